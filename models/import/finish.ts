import { ScenarioSchema, type Scenario } from '../scenario';
import { validate } from '../validation';
import type { CsvRowError, ImportChange, ImportKind, ImportPreview } from './types';

/** A scenario being changed row by row, with what was changed and what was wrong. */
export interface Draft {
  scenario: Scenario;
  changes: ImportChange[];
  errors: CsvRowError[];
}

/**
 * Row checks catch what a row can get wrong; the scenario schema then checks the whole, so an
 * import can never hand back a scenario the rest of the app would reject.
 */
export function finish(kind: ImportKind, draft: Draft, untouched: string[]): ImportPreview {
  const base = { kind, fileError: null, changes: draft.changes, untouched };
  if (draft.errors.length > 0) return { ...base, errors: draft.errors, scenario: null };
  const checked = validate(ScenarioSchema, draft.scenario);
  if (checked.ok) return { ...base, errors: [], scenario: checked.value };
  const row = draft.changes[0]?.row ?? 2;
  const errors: CsvRowError[] = checked.issues.slice(0, 5).map((i) => ({
    code: 'csv_invalid_result',
    row,
    column: null,
    message: `With these changes the scenario would not be valid: ${i.path ? `${i.path}: ` : ''}${i.message}`,
  }));
  return { ...base, errors, scenario: null };
}
