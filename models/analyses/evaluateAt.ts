import type { SimulationResult } from '../result';
import type { Scenario } from '../scenario';
import { ScenarioSchema } from '../scenario';
import { simulate } from '../simulate';
import { kpiValue } from './kpis';
import { setAt } from './paths';

/**
 * The capacity model's value of a KPI with some parameters changed, or null where the change
 * makes the scenario invalid (a share above 1) or the KPI does not exist (a wait when overloaded).
 */
export function kpiWith(base: Scenario, changes: [string, number][], kpi: string, check = true): number | null {
  const result = resultWith(base, changes, check);
  return result ? kpiValue(result, kpi) : null;
}

export function resultWith(base: Scenario, changes: [string, number][], check = true): SimulationResult | null {
  let s = base;
  for (const [path, value] of changes) s = setAt(s, path, value);
  if (check && !ScenarioSchema.safeParse(s).success) return null;
  return simulate(s, { engine: 'capacity' });
}
