/// <reference lib="webworker" />
/**
 * Runs sweeps, tornados and goal seeks off the page's thread, so the view stays responsive
 * through hundreds of model evaluations. Cancelling terminates the worker.
 */
// Zod must be told not to compile with `new Function` before any schema is built (strict CSP).
import '../../zod-setup';
import { goalSeekOnGrain, sweep, tornado } from '../../../models/analyses';
import type { Answer, Job, WorkerReply, WorkerRequest } from './jobs';

declare const self: DedicatedWorkerGlobalScope;

function run(job: Job, progress: (done: number, total: number) => void): Answer {
  switch (job.kind) {
    case 'sweep':
      return sweep(job.scenario, job.axes, [job.kpi], progress);
    case 'tornado':
      return tornado(job.scenario, job.kpi, job.delta, job.paths, progress);
    case 'goal':
      return goalSeekOnGrain(job.scenario, job.path, job.kpi, job.target, job.lo, job.hi, job.grain);
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, job } = event.data;
  const post = (reply: WorkerReply) => self.postMessage(reply);
  // Progress at most every 50 ms: enough to move a bar, few enough not to flood the page.
  let last = 0;
  try {
    const answer = run(job, (done, total) => {
      const now = performance.now();
      if (now - last < 50 && done < total) return;
      last = now;
      post({ id, type: 'progress', done, total });
    });
    post({ id, type: 'done', answer });
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
