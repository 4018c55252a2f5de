/**
 * The capacity model as the views use it: the public `simulate()` with the scenario's parent to
 * count savings against. Only this file knows how the model is called.
 */
import type { CapacityResult as ModelResult } from '../../models/resultBuild';
import type { Scenario } from '../../models/scenario';
import { simulate } from '../../models/simulate';

export interface CapacityResult extends ModelResult {
  /** Hours a week of each activity the team could not do, by activity id. */
  unmetByActivity: Record<string, number>;
}

export function runCapacity(scenario: Scenario, parent: Scenario | null = null, appVersion = 'unknown'): CapacityResult {
  const result = simulate(scenario, { engine: 'capacity', compareTo: parent, appVersion }) as ModelResult;
  return { ...result, unmetByActivity: result.details.unmetByActivity };
}
