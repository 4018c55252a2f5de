import type { ReplicationExecutor } from '../../models/des/monteCarloRun';
import { webWorkerExecutor, type WorkerLike } from './webWorkerExecutor';

let shared: ReplicationExecutor | null = null;

/**
 * The app's workers: one per logical core, each a module Vite builds from simulation.worker.ts.
 * One executor for the page, so its warm workers serve every run after the first.
 */
export function browserExecutor(): ReplicationExecutor {
  shared ??= webWorkerExecutor({
    threads: Math.max(1, navigator.hardwareConcurrency || 1),
    createWorker: () => new Worker(new URL('./workers/simulation.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
  });
  return shared;
}
