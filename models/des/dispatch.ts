import type { DesRunRequest } from './monteCarloRun';
import type { ReplicationOutcome } from './outcome';

/**
 * Host → worker, whatever kind of worker it is (a Node thread or a Web Worker): the scenario of a
 * job, then ranges of its replications. A worker kept warm between runs is given each new job's
 * scenario the same way; the job number tells a late reply from an earlier job apart. `warm`
 * readies a new worker's code on a scenario before any run asks for it (job WARM_JOB).
 */
export type ToReplicationWorker =
  | { type: 'setup'; job: number; request: DesRunRequest }
  | { type: 'run'; job: number; from: number; to: number }
  | { type: 'warm'; job: typeof WARM_JOB; request: DesRunRequest };

/** The job number of a warm-up: no run's (those count from 1), so its replies reach no run. */
export const WARM_JOB = 0;

/** Worker → host: outcomes (the replications finished since the last message), ready for more work, or a failure with its message. */
export type WorkerReply = ({ type: 'outcomes'; outcomes: ReplicationOutcome[] } | { type: 'ready' } | { type: 'failed'; message: string }) & { job: number };

/** One worker as the dispatcher sees it: it is told ranges to run, and at the end given back or stopped. */
export interface ReplicationWorker {
  run(from: number, to: number): void;
  /** The run went well: the worker may be kept warm for the next. */
  release(): void;
  /** Cancelled, failed or crashed: the worker stops at once, whatever it is doing. */
  terminate(): void;
}

/** Where a worker's replies and crashes go. */
export interface WorkerEvents {
  reply(message: WorkerReply): void;
  crash(error: Error): void;
}

/** How a host starts a worker and passes its replies and crashes back to the dispatcher. */
export type StartWorker = (events: WorkerEvents) => ReplicationWorker;

export interface Dispatch {
  runs: number;
  workers: number;
  /**
   * Most replications per range: large enough that messages cost little. Ranges shrink as the run
   * nears its end (a share of what is left), so the workers finish together rather than one
   * waiting idle while another works through a last long range.
   */
  chunk: number;
  start: StartWorker;
  onOutcome(outcome: ReplicationOutcome): void;
  signal?: AbortSignal;
}

/**
 * Hands out replication ranges as workers come free and collects their outcomes. Which worker runs
 * a replication has no effect on it (replication i draws only from stream i). On cancel, a failure
 * or a crash every worker is terminated at once, so nothing arrives after the promise settles; after
 * a run that went well they are released, to be reused warm. The CLI's worker threads and the
 * app's Web Workers share this; only how a worker starts differs.
 */
export function dispatchReplications({ runs, workers: count, chunk, start, onOutcome, signal }: Dispatch): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const workers: ReplicationWorker[] = [];
    let next = 0;
    let received = 0;
    let settled = false;

    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const w of workers) {
        if (error === undefined) w.release();
        else w.terminate();
      }
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = () => finish(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    const handOut = (worker: ReplicationWorker) => {
      if (next >= runs) return;
      const from = next;
      next = Math.min(runs, next + rangeSize(runs - next, count, chunk));
      worker.run(from, next);
    };
    const receive = (outcome: ReplicationOutcome) => {
      received++;
      try {
        onOutcome(outcome);
      } catch (error) {
        return finish(error);
      }
      if (received === runs) finish();
    };

    for (let i = 0; i < count && !settled; i++) {
      const worker: ReplicationWorker = start({
        reply(message) {
          if (settled) return;
          if (message.type === 'failed') finish(new Error(`a replication failed: ${message.message}`));
          else if (message.type === 'ready') handOut(worker);
          else for (const outcome of message.outcomes) if (!settled) receive(outcome);
        },
        crash: (error) => finish(error),
      });
      workers.push(worker);
    }
  });
}

/** Guided self-scheduling: a range is a share of the replications left, at most `chunk`, at least one. */
export function rangeSize(left: number, workers: number, chunk: number): number {
  return Math.max(1, Math.min(chunk, Math.ceil(left / (2 * workers))));
}
