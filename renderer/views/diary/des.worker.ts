/**
 * A Web Worker that runs one small simulation (a diary week, or the weekly series for the
 * trainer's replay) off the page's thread, so levers and keys stay responsive while it runs.
 */
import '../../zod-setup';
import { simulate } from '../../../models/simulate';
import type { DesJob, DesReply } from './desJob';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DesJob>) => {
  const { id, scenario, des } = event.data;
  const reply = (message: DesReply) => scope.postMessage(message);
  simulate(scenario, { engine: 'des', des }).then(
    (result) => reply({ id, ok: true, result }),
    (error: unknown) => reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
