import { ok } from '../../models/api';
import { ScenarioSchema } from '../../models/scenario';
import { validate } from '../../models/validation';
import type { Implementation } from './types';

/** An invalid scenario is a normal answer (a list of issues), not an error of the call. */
export const scenarioValidate: Implementation<'scenario:validate'> = ({ scenario }) => {
  const checked = validate(ScenarioSchema, scenario);
  return ok(checked.ok ? { valid: true, issues: [] } : { valid: false, issues: checked.issues });
};
