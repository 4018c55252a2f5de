import type { WarmExecutor } from '../../models/des/warmWorkers';
import { webWorkerExecutor, type WorkerLike } from './webWorkerExecutor';

let shared: WarmExecutor | null = null;

/**
 * The app's workers: one per logical core, each a module Vite builds from simulation.worker.ts.
 * One executor for the page, so its warm workers serve every run after the first.
 */
export function browserExecutor(): WarmExecutor {
  shared ??= webWorkerExecutor({
    threads: Math.max(1, navigator.hardwareConcurrency || 1),
    createWorker: () => new Worker(new URL('./workers/simulation.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
  });
  return shared;
}
