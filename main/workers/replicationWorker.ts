/**
 * A worker thread that runs replications of one scenario. The pool sends ranges of replication
 * indices; the worker answers with each outcome, handing its typed arrays over without a copy,
 * then asks for more by reporting the range done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runReplication } from '../../models/des/environment';
import { compileModel } from '../../models/des/model';
import type { ReplicationOutcome } from '../../models/des/outcome';
import type { WorkerSetup, ToWorker, FromWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('replicationWorker runs only as a worker thread');
const { request } = workerData as WorkerSetup;
const model = compileModel(request.scenario);

port.on('message', (message: ToWorker) => {
  if (message.type === 'stop') {
    port.close();
    return;
  }
  try {
    for (let r = message.from; r < message.to; r++) {
      const outcome = runReplication(model, request.settings, r);
      const reply: FromWorker = { type: 'outcome', outcome };
      port.postMessage(reply, transferables(outcome));
    }
    const done: FromWorker = { type: 'ready' };
    port.postMessage(done);
  } catch (error) {
    const failed: FromWorker = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    port.postMessage(failed);
  }
});
const ready: FromWorker = { type: 'ready' };
port.postMessage(ready);

function transferables(o: ReplicationOutcome): ArrayBuffer[] {
  return [o.kpis, o.series, o.roleHours, o.holderLoad, o.holderFamilies, o.waitSumByWeek, o.referralsByWeek, o.waitedByWeek].map((a) => a.buffer as ArrayBuffer);
}
