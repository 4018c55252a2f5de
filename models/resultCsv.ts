import type { Figure, SimulationResult } from './result';

/** The columns of DESIGN §8: one row per figure. */
export const CSV_HEADER = ['section', 'team', 'role', 'kpi', 'stat', 'value', 'unit'] as const;
const BOM = '\uFEFF';

const HOURS_UNIT = 'hours per week per FTE';
const TEAM_UNITS: Record<string, string> = {
  familiesOpen: 'families',
  childrenOpen: 'children',
  capacityChildren: 'children',
  overload: 'children per week',
  waitForAllocationWeeks: 'weeks',
  probabilityOfWait: 'probability',
  statutoryOnTimeShare: 'share',
  directHoursPerFamilyPerWeek: 'hours',
  visitsPerFamilyPerMonth: 'visits',
  keyWorkerChangesPerFamily: 'changes',
  unmetHoursPerWeek: 'hours per week',
};
const MONEY_UNITS: Record<string, string> = {
  staffCostPerYear: '£ per year',
  nonStaffCostPerYear: '£ per year',
  costPerFamily: '£ per family per year',
  costPerDirectHour: '£ per hour',
  cashableSavingsPerYear: '£ per year',
  releasedFte: 'FTE',
  paybackMonths: 'months',
  npv: '£',
};
const RUN_UNITS: Record<string, string> = { seed: '', runs: 'replications', weeks: 'weeks', warmupWeeks: 'weeks', events: 'events', elapsedMs: 'ms', appVersion: '' };

type Row = [string, string, string, string, string, string, string];

/** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function figureRows(section: string, team: string, role: string, kpi: string, f: Figure | null | string, unit: string): Row[] {
  if (f === null) return [[section, team, role, kpi, 'value', '', unit]];
  if (typeof f === 'number' || typeof f === 'string') return [[section, team, role, kpi, 'value', String(f), unit]];
  return (['mean', 'ci95', 'p10', 'p50', 'p90'] as const).map((stat) => [section, team, role, kpi, stat, String(f[stat]), unit]);
}

/** The result as CSV (UTF-8 with BOM, CRLF line ends), the same for the CLI, the app and the report. */
export function resultToCsv(r: SimulationResult): string {
  const rows: Row[] = [];
  rows.push(['scenario', '', '', 'id', 'value', r.scenario.id, ''], ['scenario', '', '', 'name', 'value', r.scenario.name, ''], ['scenario', '', '', 'engine', 'value', r.engine, '']);
  for (const role of r.roles) {
    rows.push(['role', role.team, role.id, 'posts', 'value', String(role.posts), 'FTE']);
    rows.push(...figureRows('role', role.team, role.id, 'utilisation', role.utilisation, 'share'));
    for (const [k, v] of Object.entries(role.hoursPerWeek)) rows.push(...figureRows('role', role.team, role.id, `hoursPerWeek.${k}`, v, HOURS_UNIT));
    for (const [k, v] of Object.entries(role.shares)) rows.push(...figureRows('role', role.team, role.id, `shares.${k}`, v, 'share of hours worked'));
  }
  for (const [k, v] of Object.entries(r.team)) rows.push(...figureRows('team', '', '', k, v, TEAM_UNITS[k] ?? ''));
  for (const [k, v] of Object.entries(r.money)) rows.push(...figureRows('money', '', '', k, v, MONEY_UNITS[k] ?? ''));
  for (const [k, v] of Object.entries(r.run)) rows.push(...figureRows('run', '', '', k, v as number | string | null, RUN_UNITS[k] ?? ''));
  const unmet = (r as { details?: { unmetByActivity?: Record<string, number> } }).details?.unmetByActivity;
  for (const [activity, hours] of Object.entries(unmet ?? {})) rows.push(['unmet', '', '', activity, 'value', String(hours), 'hours per week']);
  return BOM + [CSV_HEADER.join(','), ...rows.map((row) => row.map(field).join(','))].join('\r\n') + '\r\n';
}
