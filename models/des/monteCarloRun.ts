import { RunSettingsSchema } from '../runSettings';
import type { Scenario } from '../scenario';
import { ScenarioError } from '../scenarioError';
import { runReplication, type ReplicationSettings } from './environment';
import { compileModel, type DesModel } from './model';
import { MonteCarloAggregate } from './monteCarlo';
import type { ReplicationOutcome } from './outcome';

export interface DesRunRequest {
  scenario: Scenario;
  settings: ReplicationSettings;
  runs: number;
}

/**
 * Runs replications 0 … runs − 1 somewhere and hands each outcome over as it finishes, in any
 * order. The default runs them here, one after another; the CLI passes a worker-thread pool and
 * the app a Web Worker pool. Replication i always draws from stream i, wherever it runs.
 */
export type ReplicationExecutor = (request: DesRunRequest, onOutcome: (o: ReplicationOutcome) => void, signal?: AbortSignal) => Promise<void>;

export interface DesRunOptions {
  runs?: number;
  seed?: number;
  /** Weeks after the warm-up. */
  weeks?: number;
  warmupWeeks?: number;
  /** The week whose diaries the result shows (counted like `series.weeks`) and from which replication. */
  diaryWeek?: number;
  diaryReplication?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  executor?: ReplicationExecutor;
}

export interface DesRun {
  model: DesModel;
  settings: ReplicationSettings;
  runs: number;
  aggregate: MonteCarloAggregate;
  elapsedMs: number;
}

/** The run settings, the scenario's own unless the options override them; a bad one is a ScenarioError naming it. */
export function resolveSettings(scenario: Scenario, o: DesRunOptions): { settings: ReplicationSettings; runs: number } {
  const candidate = {
    weeks: o.weeks ?? scenario.run.weeks,
    warmupWeeks: o.warmupWeeks ?? scenario.run.warmupWeeks,
    replications: o.runs ?? scenario.run.replications,
    seed: o.seed ?? scenario.run.seed,
  };
  const parsed = RunSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioError(`run.${issue.path.join('.')}`, issue.message);
  }
  const { weeks, warmupWeeks, replications, seed } = parsed.data;
  const diaryWeek = o.diaryWeek ?? warmupWeeks + 1;
  const diaryReplication = o.diaryReplication ?? 0;
  if (!Number.isInteger(diaryWeek) || diaryWeek < 1 || diaryWeek > warmupWeeks + weeks) {
    throw new ScenarioError('run.diaryWeek', `the diary week must be a whole number from 1 to ${warmupWeeks + weeks}, not ${diaryWeek}`);
  }
  if (!Number.isInteger(diaryReplication) || diaryReplication < 0 || diaryReplication >= replications) {
    throw new ScenarioError('run.diaryReplication', `the diary replication must be a whole number from 0 to ${replications - 1}, not ${diaryReplication}`);
  }
  return { settings: { weeks, warmupWeeks, seed, diaryWeek, diaryReplication }, runs: replications };
}

/** Replications in this thread, yielding now and then so progress shows and a cancel is heard. */
export const inProcessExecutor: ReplicationExecutor = async (request, onOutcome, signal) => {
  const model = compileModel(request.scenario);
  let lastYield = performance.now();
  for (let r = 0; r < request.runs; r++) {
    signal?.throwIfAborted();
    onOutcome(runReplication(model, request.settings, r));
    if (performance.now() - lastYield > 50) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      lastYield = performance.now();
    }
  }
};

/** Runs every replication of a scenario and aggregates them across replications. */
export async function runMonteCarlo(scenario: Scenario, options: DesRunOptions = {}): Promise<DesRun> {
  const started = performance.now();
  const { settings, runs } = resolveSettings(scenario, options);
  const model = compileModel(scenario);
  const aggregate = new MonteCarloAggregate(runs, settings.weeks, model.holders.length, model.roles.length);
  const execute = options.executor ?? inProcessExecutor;
  options.signal?.throwIfAborted();
  await execute({ scenario, settings, runs }, (outcome) => {
    aggregate.add(outcome);
    options.onProgress?.(aggregate.added, runs);
  }, options.signal);
  options.signal?.throwIfAborted();
  if (!aggregate.complete) throw new Error(`only ${aggregate.added} of ${runs} replications came back`);
  return { model, settings, runs, aggregate, elapsedMs: performance.now() - started };
}
