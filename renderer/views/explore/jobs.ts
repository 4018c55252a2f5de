/** The messages between the Explore view and its worker: one job in, progress and one answer out. */
import type { GoalSeek, SweepAxis, SweepPoint, TornadoBar } from '../../../models/analyses';
import type { Scenario } from '../../../models/scenario';

export type Job =
  | { kind: 'sweep'; scenario: Scenario; axes: SweepAxis[]; kpi: string }
  | { kind: 'tornado'; scenario: Scenario; kpi: string; delta: number; paths: string[] }
  | { kind: 'goal'; scenario: Scenario; path: string; kpi: string; target: number; lo: number; hi: number; grain: number };

export interface JobAnswers {
  sweep: SweepPoint[];
  tornado: TornadoBar[];
  goal: GoalSeek;
}

export type Answer = JobAnswers[keyof JobAnswers];

export type WorkerRequest = { id: number; job: Job };
export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; answer: Answer }
  | { id: number; type: 'error'; message: string };
