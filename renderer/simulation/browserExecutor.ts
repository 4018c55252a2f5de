import type { ReplicationExecutor } from '../../models/des/monteCarloRun';
import { webWorkerExecutor, type WorkerLike } from './webWorkerExecutor';

/** The app's workers: one per logical core, each a module Vite builds from simulation.worker.ts. */
export function browserExecutor(): ReplicationExecutor {
  return webWorkerExecutor({
    threads: Math.max(1, navigator.hardwareConcurrency || 1),
    createWorker: () => new Worker(new URL('./workers/simulation.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
  });
}
