/** The page's simulation workers speak the dispatcher's protocol (models/des/dispatch.ts). */
export type { ToReplicationWorker as ToSimulationWorker, WorkerReply as FromSimulationWorker } from '../../models/des/dispatch';
