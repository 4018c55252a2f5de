/**
 * Every assumption behind a scenario with its source (DESIGN §2), and the evidence behind its
 * preset: the scenario's `sources` map names the default behind each value the person did not
 * type; a value that had a source and lost it was typed, and says "entered by you".
 */
import { DEFAULTS, employerCost } from '../../models/defaults';
import { presetFigures, type PresetFigure } from '../../models/presets/figures';
import { findPreset, presetScenario, type Preset } from '../../models/presets';
import type { Scenario } from '../../models/scenario';
import { describeSource, type Source } from '../../models/source';
import { getAt } from '../document/paths';
import { formatMoney, formatNumber, formatPercentOne } from '../format';

export interface AssumptionRow {
  /** The default's id, or the path for a value entered by the person. */
  id: string;
  label: string;
  /** The value(s) the scenario uses, formatted with their unit. */
  value: string;
  /** What it is used for: roles, activities or case types. */
  usedFor: string;
  source: string;
  entered: boolean;
}

const FIELD_LABELS: Record<string, string> = {
  hoursPerFte: 'contracted hours',
  costPerFte: 'cost per FTE',
  'absence.annualLeaveDays': 'annual leave',
  'absence.bankHolidayDays': 'bank holidays',
  'absence.sicknessShare': 'sickness absence',
  'absence.trainingDaysPerYear': 'training days',
  'workforce.turnoverPerYear': 'turnover',
  'workforce.recruitmentLagWeeks': 'recruitment lag',
  'workforce.agencyPremium': 'agency premium',
  'workforce.vacancyShare': 'vacancies',
  asyeCaseloadFactor: 'newly qualified caseload',
  asyePosts: 'newly qualified posts',
  travelMinutesPerVisit: 'travel per visit',
  'keyWorker.caseloadCap': 'caseload cap',
  hours: 'hours',
  delegableShare: 'delegable share',
  referralsPerWeek: 'referrals a week',
  childrenPerFamily: 'children per family',
  complexityWeight: 'caseload weight',
  'durationWeeks.mean': 'time open',
  nonStaffCostPerWeek: 'non-staff cost a week',
  costPerFamily: 'cost per family',
  discountRate: 'discount rate',
  payInflation: 'pay award',
  caseloadCap: 'caseload cap',
  'overtime.maxHoursPerWeek': 'unpaid overtime',
};

/** Names what a scenario path points at: "Social worker: cost per FTE", "Child protection: time open". */
export function describePath(s: Scenario, path: string): { entity: string; field: string } {
  const at = /^(teams\[(\d+)\]\.roles|activities|caseTypes|interventions)\[(\d+)\]\.(.+)$/.exec(path);
  if (at) {
    const index = Number(at[3]);
    const entity =
      at[1] === 'activities' ? s.activities[index]?.name
      : at[1] === 'caseTypes' ? s.caseTypes[index]?.name
      : at[1] === 'interventions' ? s.interventions[index]?.name
      : s.teams[Number(at[2])]?.roles[index]?.name;
    return { entity: entity ?? path, field: fieldLabel(at[4]!) };
  }
  const [section = '', ...rest] = path.split('.');
  return { entity: section === 'economics' ? 'Economics' : section === 'policy' ? 'Policy' : section, field: fieldLabel(rest.join('.')) };
}

function fieldLabel(sub: string): string {
  const plain = sub.replace(/\[\d+\]/g, '');
  if (FIELD_LABELS[plain]) return FIELD_LABELS[plain];
  if (/^fixed\.hoursPerWeek$/.test(plain)) return 'fixed commitment hours';
  if (/^recurring\.everyWorkingDays$/.test(plain)) return 'visit or meeting interval';
  if (/dueWorkingDays$/.test(plain)) return 'due within';
  if (/^closure\.probability$/.test(plain)) return 'chance of stepping up or down';
  if (/^elastic\.desiredPerWeek$/.test(plain)) return 'extra direct work wanted';
  return plain.replace(/([A-Z])/g, ' $1').toLowerCase();
}

const PERCENT_UNIT = /share|^of |^per year$|probability|over the post/;

/** A value with the unit its default states, as a share in per cent where the unit is a share. */
export function formatWithUnit(value: number, unit: string): string {
  if (unit.startsWith('£')) return `${formatMoney(value)}${unit.slice(1)}`;
  if (unit === 'share') return formatPercentOne(value);
  if (PERCENT_UNIT.test(unit) && Math.abs(value) <= 1.5) return `${formatPercentOne(value)} ${unit}`;
  return `${formatNumber(value)} ${unit}`;
}

/** The value a scenario holds at a sourced path, said with its default's unit (salaries with on-costs). */
function usedValue(defaultId: string, used: number): string {
  const entry = DEFAULTS[defaultId]!;
  if (defaultId.startsWith('salary_') && used === employerCost(entry.value)) {
    return `${formatMoney(used)} a year: salary ${formatMoney(entry.value)} plus employer National Insurance and pension`;
  }
  return formatWithUnit(used, entry.unit);
}

export function sourceText(source: Source): string {
  return `${describeSource(source)}${source.year ? `, ${source.year}` : ''}${source.note ? `. ${source.note}` : ''}`;
}

/**
 * Every default the scenario uses, one row each with the values used and what for, then every
 * value the person typed over a default. `baseSources` is the sources map of the preset the
 * scenario started from: a path there but not in the scenario's map was typed.
 */
export function assumptionRows(s: Scenario, baseSources: Record<string, string> | null): AssumptionRow[] {
  const byDefault = new Map<string, { values: Set<string>; uses: Set<string> }>();
  for (const [path, defaultId] of Object.entries(s.sources)) {
    const used = getAt(s, path);
    if (!DEFAULTS[defaultId] || typeof used !== 'number') continue;
    const entry = byDefault.get(defaultId) ?? { values: new Set<string>(), uses: new Set<string>() };
    entry.values.add(usedValue(defaultId, used));
    entry.uses.add(describePath(s, path).entity);
    byDefault.set(defaultId, entry);
  }
  const rows: AssumptionRow[] = [...byDefault].map(([id, { values, uses }]) => ({
    id,
    label: DEFAULTS[id]!.label,
    value: [...values].join('; '),
    usedFor: [...uses].join(', '),
    source: sourceText(DEFAULTS[id]!.source),
    entered: false,
  }));
  for (const path of Object.keys(baseSources ?? {})) {
    const used = getAt(s, path);
    if (path in s.sources || typeof used !== 'number') continue;
    const { entity, field } = describePath(s, path);
    const unit = DEFAULTS[baseSources![path]!]?.unit ?? '';
    rows.push({ id: path, label: `${entity}: ${field}`, value: formatWithUnit(used, unit), usedFor: entity, source: 'Entered by you', entered: true });
  }
  return rows;
}

/** The sources map of the preset a scenario (or its nearest ancestor) was opened from. */
export function presetSources(s: Scenario, scenarios: readonly Scenario[]): Record<string, string> | null {
  let at: Scenario | undefined = s;
  for (let hops = 0; at && hops < scenarios.length + 1; hops++) {
    if (at.presetId && findPreset(at.presetId)) return presetScenario(at.presetId).sources;
    const parentId: string | null = at.parentId;
    at = parentId ? scenarios.find((x) => x.id === parentId) : undefined;
  }
  return null;
}

export interface EvidenceOutput {
  id: string;
  label: string;
  model: string;
  evidence: string;
}

export interface Evidence {
  preset: Preset;
  citations: string[];
  inputs: { label: string; value: string; source: string }[];
  /** The preset's outputs as the model computes them for the preset as published, beside the evidence. */
  outputs: EvidenceOutput[];
}

function formatOutput(f: PresetFigure): string {
  if (f.value === null) return 'not computed';
  if (f.unit === 'share') return formatPercentOne(f.value);
  if (f.unit === 'points') return `${formatNumber(Math.round(f.value * 1000) / 10)} percentage points`;
  if (f.unit === 'times') return `×${formatNumber(Math.round(f.value * 100) / 100)}`;
  if (f.unit.startsWith('£')) return `${formatMoney(f.value)}${f.unit.slice(1)}`;
  return `${formatNumber(Math.round(f.value * 100) / 100)} ${f.unit}`;
}

function evidenceFor(f: PresetFigure): string {
  const parts: string[] = [];
  if (f.target !== undefined) parts.push(f.unit === 'share' ? formatPercentOne(f.target) : f.unit === '£' ? formatMoney(f.target) : formatNumber(f.target));
  if (f.range) parts.push(`expected ${f.unit === 'times' ? '×' : ''}${formatNumber(f.range[0])}–${formatNumber(f.range[1])}`);
  if (f.note) parts.push(f.note);
  return parts.join('; ') || 'reported, no figure in the evidence';
}

/** The evidence behind a scenario's preset, or null for a scenario not opened from one. */
export function presetEvidence(presetId: string | null): Evidence | null {
  const preset = presetId ? findPreset(presetId) : undefined;
  if (!preset) return null;
  return {
    preset,
    citations: preset.citations.map(sourceText),
    inputs: preset.inputs.map((i) => ({
      label: i.label,
      value: typeof i.value === 'number' ? formatWithUnit(i.value, i.unit) : `${i.value}${i.unit ? ` ${i.unit}` : ''}`,
      source: sourceText(i.source),
    })),
    outputs: presetFigures(preset.id).map((f) => ({ id: f.id, label: f.label, model: formatOutput(f), evidence: evidenceFor(f) })),
  };
}
