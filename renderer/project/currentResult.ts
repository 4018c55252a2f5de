import type { SimulationResult } from '../../models/result';
import type { Scenario } from '../../models/scenario';
import { currentScenario } from '../document/selectors';
import { evaluate } from '../engine/check';
import type { OpenProject } from './openProject';
import { shownResult } from './resultCache';

/**
 * The results of the open scenario as the Results view shows them: the simulation run when one
 * matches the scenario as it is now, otherwise the capacity model's; null while it is invalid.
 */
export function currentResult(open: OpenProject, appVersion: string): SimulationResult | null {
  const project = open.store.getSnapshot();
  const scenario = currentScenario(project);
  if (!scenario) return null;
  const simulated = shownResult(open.results.getSnapshot(), scenario);
  if (simulated && !simulated.stale) return simulated.entry.result;
  const evaluation = evaluate(scenario, parentOf(project.scenarios, scenario), appVersion);
  return evaluation.ok ? evaluation.result : null;
}

const parentOf = (scenarios: Scenario[], s: Scenario) => (s.parentId ? (scenarios.find((x) => x.id === s.parentId) ?? null) : null);
