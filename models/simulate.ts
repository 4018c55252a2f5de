import { evaluateCapacity } from './capacity/evaluate';
import { simulateDes } from './des';
import type { DesRunOptions } from './des/monteCarloRun';
import { capacityResult } from './resultBuild';
import type { SimulationResult } from './result';
import type { Scenario } from './scenario';
import { ScenarioError } from './scenarioError';

export type Engine = 'capacity' | 'des';

export interface SimulateOptions {
  engine: Engine;
  /** The scenario to count savings against (the parent, or `--compare-to`); none: savings are null. */
  compareTo?: Scenario | null;
  /** Written into `run.appVersion`; the app and CLI pass their package version. */
  appVersion?: string;
  /** The simulation's runs, seed, weeks, progress, cancel and where replications run (des only). */
  des?: DesRunOptions;
}

/**
 * THE public entry: the app, the CLI and the benchmarks all call this. The scenario must
 * already be valid (ScenarioSchema); a scenario that passes the schema but cannot be evaluated
 * throws a ScenarioError naming the field.
 */
export function simulate(scenario: Scenario, options: SimulateOptions & { engine: 'capacity' }): SimulationResult;
/** The simulation runs its replications on worker threads or Web Workers, so it answers later. */
export function simulate(scenario: Scenario, options: SimulateOptions & { engine: 'des' }): Promise<SimulationResult>;
export function simulate(scenario: Scenario, options: SimulateOptions): SimulationResult | Promise<SimulationResult>;
export function simulate(scenario: Scenario, options: SimulateOptions): SimulationResult | Promise<SimulationResult> {
  switch (options.engine) {
    case 'capacity':
      return runCapacity(scenario, options);
    case 'des':
      return simulateDes(scenario, { ...options.des, capacity: (s) => runCapacity(s, options), appVersion: options.appVersion ?? 'unknown' });
    default:
      throw new ScenarioError('engine', `no engine "${String(options.engine)}": use capacity or des`);
  }
}

function runCapacity(scenario: Scenario, options: SimulateOptions): SimulationResult {
  const t0 = performance.now();
  const outcome = evaluateCapacity(scenario);
  const parent = options.compareTo ? evaluateCapacity(options.compareTo) : null;
  return capacityResult(outcome, parent, performance.now() - t0, options.appVersion ?? 'unknown');
}
