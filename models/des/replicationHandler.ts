import type { Scenario } from '../scenario';
import { runReplication } from './environment';
import type { ToReplicationWorker, WorkerReply } from './dispatch';
import { compileModel, type DesModel } from './model';
import type { DesRunRequest } from './monteCarloRun';
import type { ReplicationOutcome } from './outcome';

/**
 * How often a worker sends what it has finished: often enough for a smooth progress bar, seldom
 * enough that a message per replication (a tenth of a millisecond each, on a busy core) is not paid.
 */
const SEND_EVERY_MS = 50;

/**
 * Before its first job a worker runs one week of the scenario, with the diary recorded, on a model
 * compiled for the purpose; the job's model is compiled afresh. Two things then happen before the
 * engine's code is optimised instead of after, where each threw the optimised code away (about
 * 200 ms a worker, in the first runs of a session):
 * - V8 makes an object literal's template the second time the literal runs, and some fields of
 *   the objects made from it then get more general types (the model's literals run twice).
 * - Only replication 0 records its diaries, so code optimised before a worker first recorded had
 *   no feedback for the recording.
 */
function warmUp(scenario: Scenario): void {
  runReplication(compileModel(scenario), { weeks: 1, warmupWeeks: 0, seed: 0, diaryWeek: 1, diaryReplication: 0 }, 0);
}

/**
 * A new worker's first replications run several times slower than later ones, while V8 compiles
 * the engine. A worker started ahead of a planner's first run (WarmWorkers.prewarm) spends that
 * time on replications of its own, thrown away; about ten replications of the standard workload
 * bring the engine's code to its steady speed. The time limit keeps a large scenario's warm-up
 * short: a run asked for meanwhile waits for it.
 */
const PREWARM_REPLICATIONS = 12;
const PREWARM_MS = 1000;

function prewarm({ scenario, settings }: DesRunRequest): void {
  const model = compileModel(scenario);
  const started = performance.now();
  for (let r = 0; r < PREWARM_REPLICATIONS && performance.now() - started < PREWARM_MS; r++) runReplication(model, settings, r);
}

/**
 * What a replication worker does with each message, the same in a Node thread and a Web Worker:
 * a job's scenario is compiled once, then each range is run, its outcomes sent every
 * SEND_EVERY_MS and at its end, followed by `ready` (the dispatcher's cue to send more). A worker
 * kept warm between runs simply receives the next job's scenario. A `warm` message runs the
 * prewarm replications and answers `ready` too.
 *
 * Outcomes are copied to the host, not transferred. Transferring would detach their buffers, and
 * V8 compiles typed-array access without a check for a detached buffer only as long as no buffer
 * of the thread has ever been detached (its "detaching protector"): once one is, every access
 * pays for the check, 19 % more instructions per replication of the standard workload, and all
 * code compiled before is thrown away. An outcome is a few kilobytes; the copy costs next to nothing.
 */
export function replicationHandler(reply: (message: WorkerReply) => void): (message: ToReplicationWorker) => void {
  let current: { job: number; request: DesRunRequest; model: DesModel } | null = null;
  let warmedUp = false;
  return (message) => {
    const job = message.job;
    try {
      if (message.type !== 'run' && !warmedUp) {
        warmUp(message.request.scenario);
        warmedUp = true;
      }
      if (message.type === 'warm') prewarm(message.request);
      else if (message.type === 'setup') current = { job, request: message.request, model: compileModel(message.request.scenario) };
      else {
        if (current?.job !== job) throw new Error('a range of replications arrived before its scenario');
        let outcomes: ReplicationOutcome[] = [];
        let sent = performance.now();
        for (let r = message.from; r < message.to; r++) {
          outcomes.push(runReplication(current.model, current.request.settings, r));
          if (r + 1 < message.to && performance.now() - sent < SEND_EVERY_MS) continue;
          reply({ type: 'outcomes', job, outcomes });
          outcomes = [];
          sent = performance.now();
        }
      }
      reply({ type: 'ready', job });
    } catch (error) {
      reply({ type: 'failed', job, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
