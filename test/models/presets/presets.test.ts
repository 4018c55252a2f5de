import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../../models/defaults';
import { presetFigures } from '../../../models/presets/figures';
import { PRESET_IDS, PRESETS, presetScenario } from '../../../models/presets/index';
import { ScenarioSchema } from '../../../models/scenario';
import { validate } from '../../../models/validation';

const figure = (id: string, out: string) => {
  const f = presetFigures(id).find((x) => x.id === out);
  if (!f || f.value === null) throw new Error(`${id} has no ${out}`);
  return f.value;
};

function valueAt(root: unknown, path: string): unknown {
  return (path.match(/[^.[\]]+/g) ?? []).reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], root);
}

describe('the evidence presets', () => {
  it('are the six of DESIGN §4 with their fixed ids', () => {
    expect(PRESET_IDS).toEqual(['traditional', 'skilled-admin', 'family-practitioners', 'rsw-unit', 'family-safeguarding', 'fgc']);
  });

  it.each(PRESET_IDS)('%s validates, cites its evidence and keeps its id', (id) => {
    const s = presetScenario(id);
    const checked = validate(ScenarioSchema, s);
    expect(checked.ok ? [] : checked.issues).toEqual([]);
    expect(s.id).toBe(id);
    expect(s.presetId).toBe(id);
    expect(PRESETS.find((p) => p.id === id)!.citations.length).toBeGreaterThan(0);
  });

  it.each(PRESET_IDS.filter((id) => id !== 'traditional'))('%s inherits activities and case types from traditional unchanged', (id) => {
    const s = presetScenario(id);
    const parent = presetScenario('traditional');
    expect(s.parentId).toBe('traditional');
    expect(s.activities).toEqual(parent.activities);
    expect(s.caseTypes).toEqual(parent.caseTypes);
    expect(s.economics).toEqual(parent.economics);
  });

  it.each(PRESET_IDS)('%s takes every sourced value from the catalogue, inside its stated range', (id) => {
    const s = presetScenario(id);
    for (const [path, sourceId] of Object.entries(s.sources)) {
      const entry = DEFAULTS[sourceId];
      expect(entry, `${path} → ${sourceId}`).toBeDefined();
      const value = valueAt(s, path) as number;
      expect(typeof value, path).toBe('number');
      if (!sourceId.startsWith('salary_')) expect(value, path).toBeCloseTo(entry.value, 9);
      const range = entry.source.range;
      if (range && !sourceId.startsWith('salary_')) expect(value >= range[0] && value <= range[1], `${path}=${value} outside ${range}`).toBe(true);
    }
  });

  it.each(PRESETS.flatMap((p) => p.inputs.filter((i) => i.source.range && typeof i.value === 'number').map((i) => [p.id, i.label, i] as const)))('%s: input “%s” lies inside its range', (_id, _label, input) => {
    const [lo, hi] = input.source.range!;
    expect(input.value as number).toBeGreaterThanOrEqual(lo);
    expect(input.value as number).toBeLessThanOrEqual(hi);
  });
});

describe('skilled administrators (Hampshire and the Isle of Wight)', () => {
  it('social workers spend 34 % of their time with families in the traditional team (±2 points)', () => {
    expect(Math.abs(figure('skilled-admin', 'swDirectShareBefore') - 0.34)).toBeLessThanOrEqual(0.02);
  });

  it('and 58 % with one skilled administrator to three social workers (±2 points)', () => {
    expect(Math.abs(figure('skilled-admin', 'swDirectShare') - 0.58)).toBeLessThanOrEqual(0.02);
  });

  it('their administration falls by at least 15 points', () => {
    expect(figure('skilled-admin', 'swAdminFall')).toBeGreaterThanOrEqual(0.15);
    expect(figure('skilled-admin', 'swAdminShare')).toBeLessThan(figure('skilled-admin', 'swAdminShareBefore'));
  });

  it('shows its own cost difference and the value of released time beside the cited £27,000', () => {
    const cost = figure('skilled-admin', 'staffCostDifference');
    expect(cost).toBeGreaterThan(0);
    expect(figure('skilled-admin', 'releasedTimeValue')).toBeGreaterThan(0);
    expect(presetFigures('skilled-admin').find((f) => f.id === 'staffCostDifference')!.note).toMatch(/27,000/);
  });
});

describe('family practitioners (Cheshire East, Project Crewe)', () => {
  it('roughly triples family visits against the traditional team (×2.7–3.3)', () => {
    const ratio = figure('family-practitioners', 'visitsRatio');
    expect(ratio).toBeGreaterThanOrEqual(2.7);
    expect(ratio).toBeLessThanOrEqual(3.3);
  });

  it('says the trial’s results were not statistically significant', () => {
    expect(PRESETS.find((p) => p.id === 'family-practitioners')!.notes.join(' ')).toMatch(/not statistically significant/);
  });
});

describe('Reclaiming Social Work units', () => {
  it('hold 30–60 children each, and families see fewer key-worker changes than in the traditional team', () => {
    const perUnit = figure('rsw-unit', 'childrenPerUnit');
    expect(perUnit).toBeGreaterThanOrEqual(30);
    expect(perUnit).toBeLessThanOrEqual(60);
    expect(figure('rsw-unit', 'keyWorkerChanges')).toBeLessThan(figure('rsw-unit', 'keyWorkerChangesBefore'));
  });

  it('report qualified social workers’ direct share against the traditional team', () => {
    expect(figure('rsw-unit', 'qualifiedDirectShare')).toBeGreaterThan(0);
    expect(figure('rsw-unit', 'qualifiedDirectShareBefore')).toBeCloseTo(figure('skilled-admin', 'swDirectShareBefore'), 9);
  });
});

describe('Family Safeguarding (Hertfordshire)', () => {
  it('gives families more direct contact through joint visits with adult specialists', () => {
    expect(figure('family-safeguarding', 'directHoursPerFamily')).toBeGreaterThan(figure('family-safeguarding', 'directHoursPerFamilyBefore'));
  });
});

describe('Family Group Conferencing (Leeds)', () => {
  it('saves about £755 per family from 10 weeks less in the system, less the conference’s cost (±10 %)', () => {
    expect(figure('fgc', 'weeksSaved')).toBeCloseTo(10, 9);
    const saving = figure('fgc', 'savingPerFamily');
    expect(Math.abs(saving - 755)).toBeLessThanOrEqual(75.5);
    expect(saving).toBeCloseTo(10 * figure('fgc', 'familyWeekCost') - figure('fgc', 'conferenceCost'), 6);
  });
});
