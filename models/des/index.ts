import type { SimulationResult } from '../result';
import type { Scenario } from '../scenario';
import { desResult } from './desResult';
import { runMonteCarlo, type DesRunOptions } from './monteCarloRun';

export interface SimulateDesOptions extends DesRunOptions {
  /** The capacity model, for the figures that need diaries (see FROM_CAPACITY_MODEL). */
  capacity: (scenario: Scenario) => SimulationResult;
  /** The caller's version (app or CLI): models/ reads no package files, so it runs anywhere. */
  appVersion?: string;
}

/** The stochastic engine (DESIGN §3.2–3.3): replications of the simulation, aggregated into the result JSON. */
export async function simulateDes(scenario: Scenario, options: SimulateDesOptions): Promise<SimulationResult> {
  const run = await runMonteCarlo(scenario, options);
  return desResult(scenario, run, options.capacity(scenario), { appVersion: options.appVersion ?? 'unknown' });
}

export { FROM_CAPACITY_MODEL } from './desResult';
export { runReplication, type ReplicationSettings } from './environment';
export { compileModel, type DesModel } from './model';
export { MonteCarloAggregate, summarise, studentT975 } from './monteCarlo';
export { inProcessExecutor, resolveSettings, runMonteCarlo, type DesRunOptions, type DesRunRequest, type ReplicationExecutor } from './monteCarloRun';
export { REPLICATION_KPIS, SERIES, type ReplicationOutcome } from './outcome';
export { queueingScenario } from './queueingScenario';
