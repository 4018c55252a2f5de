import standard from './standard.json' with { type: 'json' };
import { ScenarioSchema, type Scenario } from '../models/scenario';

/**
 * The standard workload of issue 5 (bench/standard.json: two teams of ten, about 300 families),
 * parsed. The week benchmark, scripts/replicate.ts and scripts/outcome-hash.ts all run it; imported
 * rather than read, so a bundle of any of them carries it.
 */
export function standardScenario(): Scenario {
  return ScenarioSchema.parse(standard);
}
