/**
 * Runs a simulation's replications in Web Workers (DESIGN §3.3), so the page never freezes.
 * Work goes out in small ranges as workers come free; the workers stay warm between runs, so
 * the next run after an edit starts at once. On cancel every worker is terminated at once, so no
 * outcome (and no progress) arrives after it.
 */
import { pooledExecutor, type WarmExecutor, type WorkerHost } from '../../models/des/warmWorkers';
import type { FromSimulationWorker, ToSimulationWorker } from './protocol';

/** The part of a Worker the pool uses, so tests can stand in a worker that runs in the same thread. */
export interface WorkerLike {
  postMessage(message: ToSimulationWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromSimulationWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}

export interface WebWorkerPoolOptions {
  threads: number;
  createWorker: () => WorkerLike;
  /** Idle workers are stopped after this long (default five minutes). */
  idleMs?: number;
}

/** Ranges small enough to balance the load and show progress often, large enough that messages cost little. */
export function chunkSize(runs: number, workers: number): number {
  return Math.max(1, Math.min(8, Math.floor(runs / (workers * 8))));
}

export function webWorkerExecutor({ threads, createWorker, idleMs }: WebWorkerPoolOptions): WarmExecutor {
  return pooledExecutor(webHost(createWorker), { threads, chunk: chunkSize, idleMs });
}

function webHost(createWorker: () => WorkerLike): WorkerHost<WorkerLike> {
  return {
    create({ reply, crash }) {
      const worker = createWorker();
      worker.onmessage = ({ data }) => reply(data);
      worker.onerror = (event) => {
        event.preventDefault?.();
        crash(new Error(`a simulation worker stopped: ${event.message || 'unknown error'}`));
      };
      return worker;
    },
    post: (worker, message) => worker.postMessage(message),
    terminate: (worker) => worker.terminate(),
  };
}
