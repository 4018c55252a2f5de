import { evaluateCapacity } from './capacity/evaluate';
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
}

/**
 * THE public entry: the app, the CLI and the benchmarks all call this. The scenario must
 * already be valid (ScenarioSchema); a scenario that passes the schema but cannot be evaluated
 * throws a ScenarioError naming the field.
 */
export function simulate(scenario: Scenario, options: SimulateOptions): SimulationResult {
  switch (options.engine) {
    case 'capacity':
      return runCapacity(scenario, options);
    case 'des':
      throw new ScenarioError('engine', 'the des engine is not available yet');
  }
}

function runCapacity(scenario: Scenario, options: SimulateOptions): SimulationResult {
  const t0 = performance.now();
  const outcome = evaluateCapacity(scenario);
  const parent = options.compareTo ? evaluateCapacity(options.compareTo) : null;
  return capacityResult(outcome, parent, performance.now() - t0, options.appVersion ?? 'unknown');
}
