import type { SimulationResult } from '../../../models/result';
import type { Scenario } from '../../../models/scenario';
import { simulate } from '../../../models/simulate';

export function run(s: Scenario, compareTo?: Scenario): SimulationResult {
  return simulate(s, { engine: 'capacity', compareTo });
}

export function role(r: SimulationResult, id: string) {
  const found = r.roles.find((x) => x.id === id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
}

export const num = (x: unknown) => x as number;
