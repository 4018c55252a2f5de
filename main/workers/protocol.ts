import type { DesRunRequest } from '../../models/des/monteCarloRun';
import type { ReplicationOutcome } from '../../models/des/outcome';

/** What a replication worker is started with. */
export interface WorkerSetup {
  request: DesRunRequest;
}

/** Pool → worker: run replications [from, to), or stop. */
export type ToWorker = { type: 'run'; from: number; to: number } | { type: 'stop' };

/** Worker → pool: an outcome, ready for more work, or a failure with its message. */
export type FromWorker = { type: 'outcome'; outcome: ReplicationOutcome } | { type: 'ready' } | { type: 'failed'; message: string };
