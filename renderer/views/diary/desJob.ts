/**
 * One small simulation run in a Web Worker, for views that need the simulated week (the diary,
 * before and after, the trainer's replay). Each request gets a fresh worker; a newer request or
 * leaving the view terminates the old one, so a stale answer never lands on screen.
 */
import { useEffect, useState } from 'react';
import type { DiaryWeek } from '../../../models/des/diaryRecord';
import type { DesRunOptions } from '../../../models/des/monteCarloRun';
import type { SimulationResult } from '../../../models/result';
import type { Scenario } from '../../../models/scenario';

/** The run's settings: plain numbers only, so they cross to the worker. */
export type DesSettings = Pick<DesRunOptions, 'runs' | 'seed' | 'weeks' | 'warmupWeeks' | 'diaryWeek' | 'diaryReplication'>;

export interface DesJob {
  id: number;
  scenario: Scenario;
  des: DesSettings;
}

export type DesReply = { id: number; ok: true; result: SimulationResult } | { id: number; ok: false; message: string };

export type DesRunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'failed'; message: string }
  | { status: 'done'; result: SimulationResult };

let nextId = 1;

function startWorker(job: Omit<DesJob, 'id'>, onReply: (reply: DesReply) => void): () => void {
  const worker = new Worker(new URL('./des.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  worker.onmessage = (event: MessageEvent<DesReply>) => {
    if (event.data.id !== id) return;
    onReply(event.data);
    worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onReply({ id, ok: false, message: event.message || 'the simulation stopped' });
    worker.terminate();
  };
  worker.postMessage({ id, ...job } satisfies DesJob);
  return () => worker.terminate();
}

/**
 * Runs the simulation for `job` whenever it changes (null: nothing to run). Callers memoise the
 * job, so a re-render with the same scenario and settings does not run it again.
 */
export function useDesRun(job: Omit<DesJob, 'id'> | null): DesRunState {
  const [state, setState] = useState<DesRunState>({ status: 'idle' });
  useEffect(() => {
    if (!job) return;
    let live = true;
    setState({ status: 'running' });
    const stop = startWorker(job, (reply) => {
      if (!live) return;
      setState(reply.ok ? { status: 'done', result: reply.result } : { status: 'failed', message: reply.message });
    });
    return () => {
      live = false;
      stop();
    };
  }, [job]);
  return job ? state : { status: 'idle' };
}

/** The recorded week's diaries in a simulation result (the result JSON carries them beside §8's figures). */
export function diaryOf(result: SimulationResult): DiaryWeek | null {
  return (result as { diary?: DiaryWeek }).diary ?? null;
}
