/**
 * A worker thread that runs replications for the pool: the same handler as the app's Web Worker
 * (models/des/replicationHandler.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { ToReplicationWorker } from '../../models/des/dispatch';
import { replicationHandler } from '../../models/des/replicationHandler';
import { applySimulationJsFlags } from './jitFlags';

const port = parentPort;
if (!port) throw new Error('replicationWorker runs only as a worker thread');
applySimulationJsFlags();
port.on('message', replicationHandler((message) => port.postMessage(message)) as (message: ToReplicationWorker) => void);
