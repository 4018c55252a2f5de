import type { DesRunRequest } from '../../models/des/monteCarloRun';
import type { ReplicationOutcome } from '../../models/des/outcome';

/** Page → worker: the scenario to compile once, then ranges of replication indices to run. */
export type ToSimulationWorker = { type: 'setup'; request: DesRunRequest } | { type: 'run'; from: number; to: number };

/** Worker → page: one replication's outcome, ready for more work, or a failure with its message. */
export type FromSimulationWorker = { type: 'outcome'; outcome: ReplicationOutcome } | { type: 'ready' } | { type: 'failed'; message: string };

/** The typed arrays of an outcome, handed over without a copy. */
export function outcomeBuffers(outcome: ReplicationOutcome): ArrayBuffer[] {
  return Object.values(outcome).flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer as ArrayBuffer] : []));
}
