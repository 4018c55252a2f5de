/**
 * Runs a simulation's replications in Web Workers (DESIGN §3.3), so the page never freezes.
 * Work goes out in small ranges as workers come free; on cancel every worker is terminated at
 * once, so no outcome (and no progress) arrives after it.
 */
import type { ReplicationExecutor } from '../../models/des/monteCarloRun';
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
}

/** Ranges small enough to balance the load and show progress often, large enough that messages cost little. */
export function chunkSize(runs: number, workers: number): number {
  return Math.max(1, Math.min(8, Math.floor(runs / (workers * 8))));
}

export function webWorkerExecutor({ threads, createWorker }: WebWorkerPoolOptions): ReplicationExecutor {
  return (request, onOutcome, signal) =>
    new Promise<void>((resolve, reject) => {
      signal?.throwIfAborted();
      const runs = request.runs;
      const count = Math.max(1, Math.min(threads, runs));
      const chunk = chunkSize(runs, count);
      const workers: WorkerLike[] = [];
      let next = 0;
      let received = 0;
      let settled = false;

      const finish = (error?: unknown) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        for (const w of workers) w.terminate();
        if (error === undefined) resolve();
        else reject(error);
      };
      const onAbort = () => finish(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });

      const handOut = (worker: WorkerLike) => {
        if (next >= runs) return;
        const from = next;
        next = Math.min(runs, next + chunk);
        worker.postMessage({ type: 'run', from, to: next });
      };

      for (let i = 0; i < count; i++) {
        const worker = createWorker();
        workers.push(worker);
        worker.onmessage = ({ data }) => {
          if (settled) return;
          if (data.type === 'failed') return finish(new Error(`a replication failed: ${data.message}`));
          if (data.type === 'ready') return handOut(worker);
          received++;
          try {
            onOutcome(data.outcome);
          } catch (error) {
            return finish(error);
          }
          if (received === runs) finish();
        };
        worker.onerror = (event) => {
          event.preventDefault?.();
          finish(new Error(`a simulation worker stopped: ${event.message || 'unknown error'}`));
        };
        worker.postMessage({ type: 'setup', request });
      }
    });
}
