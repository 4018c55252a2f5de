import type { CaseType } from '../caseType';
import type { Scenario } from '../scenario';
import { finish, type Draft } from './finish';
import { isFileError, isRowError, readNumber, readTable, sameName, type ColumnSpec, type NumberRule, type TableRow } from './table';
import type { CsvRowError, ImportPreview } from './types';

type Column = 'caseType' | 'referrals' | 'open' | 'children';

export const DEMAND_COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: 'caseType', label: 'case type', aliases: ['casetype', 'type', 'case'] },
  { key: 'referrals', label: 'referrals per week', aliases: ['referrals', 'referrals a week', 'weekly referrals'] },
  { key: 'open', label: 'open cases', aliases: ['open', 'open families', 'cases open'] },
  { key: 'children', label: 'children per family', aliases: ['children', 'children per case'] },
];

type Field = 'referralsPerWeek' | 'openFamilies' | 'childrenPerFamily';
const FIELDS: { column: Column; field: Field; label: string; rule: NumberRule }[] = [
  { column: 'referrals', field: 'referralsPerWeek', label: 'referrals per week', rule: { what: 'Referrals per week', min: 0, max: 1000, unit: 'families a week', example: '3.5' } },
  { column: 'open', field: 'openFamilies', label: 'open cases', rule: { what: 'Open cases', min: 0, max: 100_000, unit: 'families', example: '42' } },
  { column: 'children', field: 'childrenPerFamily', label: 'children per family', rule: { what: 'Children per family', min: 1, max: 15, unit: 'children', example: '1.8' } },
];

/**
 * A council's demand by case type: referrals a week, cases open now and children per family.
 * A case type must already exist (it carries its statutory tasks, which a CSV cannot say); an
 * empty cell leaves that figure as it is.
 */
export function previewDemand(scenario: Scenario, text: string): ImportPreview {
  const table = readTable(text, DEMAND_COLUMNS, 'A demand file');
  if (isFileError(table)) return { kind: 'demand', fileError: table, errors: [], changes: [], untouched: [], scenario: null };
  const draft: Draft = { scenario: structuredClone(scenario), changes: [], errors: [] };
  const seen = new Map<CaseType, number>();
  for (const row of table.rows) applyRow(draft, row, table.headings, seen);
  const untouched = draft.scenario.caseTypes.filter((c) => !seen.has(c)).map((c) => `${c.name}: not in the file, unchanged`);
  return finish('demand', draft, untouched);
}

function applyRow(draft: Draft, { row, cells }: TableRow<Column>, headings: Record<Column, string>, seen: Map<CaseType, number>): void {
  const s = draft.scenario;
  if (cells.caseType === '') {
    draft.errors.push({ code: 'csv_missing_value', row, column: headings.caseType, message: `The ${headings.caseType} is empty.` });
    return;
  }
  const ci = s.caseTypes.findIndex((c) => sameName(c.name, cells.caseType) || c.id === cells.caseType);
  const errors: CsvRowError[] = [];
  if (ci < 0) {
    errors.push({
      code: 'csv_unknown_case_type',
      row,
      column: headings.caseType,
      message: `There is no case type "${cells.caseType}" in this scenario; use one of: ${s.caseTypes.map((c) => c.name).join(', ')}.`,
    });
  }
  const values = FIELDS.map((f) => readNumber(cells[f.column], f.rule, row, headings[f.column]));
  for (const v of values) if (isRowError(v)) errors.push(v);
  const caseType = s.caseTypes[ci];
  if (caseType && seen.has(caseType)) {
    errors.push({ code: 'csv_duplicate_row', row, column: null, message: `${caseType.name} is listed twice (also on row ${seen.get(caseType)}).` });
  }
  if (errors.length > 0) {
    draft.errors.push(...errors);
    return;
  }
  seen.set(caseType, row);
  FIELDS.forEach((f, i) => {
    const to = values[i] as number | null;
    if (to === null || caseType[f.field] === to) return;
    const target = caseType.name;
    draft.changes.push({ kind: 'set', row, target, field: f.field, from: caseType[f.field], to, text: `${target}: ${f.label} ${caseType[f.field]} → ${to}` });
    caseType[f.field] = to;
    delete s.sources[`caseTypes[${ci}].${f.field}`];
  });
}
