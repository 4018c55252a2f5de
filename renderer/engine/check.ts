/**
 * Whole-scenario checks: rules that join fields (a delegable share needs someone to delegate
 * to) cannot be caught by one field, so the scenario is checked as a whole on every edit
 * (under a millisecond) and the model runs only on a valid one.
 */
import { ScenarioSchema, type Scenario } from '../../models/scenario';
import { validate, type ValidationIssue } from '../../models/validation';
import { runCapacity, type CapacityResult } from './capacity';

export type Evaluation = { ok: true; result: CapacityResult } | { ok: false; issues: ValidationIssue[] };

export function evaluate(scenario: Scenario, parent: Scenario | null, appVersion: string): Evaluation {
  const checked = validate(ScenarioSchema, scenario);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  try {
    return { ok: true, result: runCapacity(scenario, parent, appVersion) };
  } catch (error) {
    const e = error as { path?: unknown; message?: unknown };
    return { ok: false, issues: [{ path: typeof e.path === 'string' ? e.path : '', message: String(e.message ?? error) }] };
  }
}
