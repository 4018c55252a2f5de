/**
 * A Web Worker that runs replications of one scenario for the page's pool. Replication i draws
 * only from stream i, so which worker runs it, and how many workers there are, changes nothing.
 */
import { runReplication } from '../../../models/des/environment';
import { compileModel, type DesModel } from '../../../models/des/model';
import type { DesRunRequest } from '../../../models/des/monteCarloRun';
import { outcomeBuffers, type FromSimulationWorker, type ToSimulationWorker } from '../protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let job: { request: DesRunRequest; model: DesModel } | null = null;

function reply(message: FromSimulationWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<ToSimulationWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'setup') {
      job = { request: message.request, model: compileModel(message.request.scenario) };
    } else {
      if (!job) throw new Error('a range of replications arrived before the scenario');
      for (let r = message.from; r < message.to; r++) {
        const outcome = runReplication(job.model, job.request.settings, r);
        reply({ type: 'outcome', outcome }, outcomeBuffers(outcome));
      }
    }
    reply({ type: 'ready' });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
