/**
 * A Web Worker that runs replications for the page's pool: the same handler as the CLI's worker
 * threads. Replication i draws only from stream i, so which worker runs it changes nothing.
 */
import type { ToReplicationWorker } from '../../../models/des/dispatch';
import { replicationHandler } from '../../../models/des/replicationHandler';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = replicationHandler((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToReplicationWorker>) => handle(event.data);
