import { describe, expect, it } from 'vitest';
import { compare, getAt, goalSeek, numericPaths, range, setAt, sweep, tornado } from '../../../models/analyses/index';
import { presetScenario } from '../../../models/presets/index';
import { simulate } from '../../../models/simulate';

const DIRECT = 'roles[social_worker].shares.direct';

describe('analyses', () => {
  it('addresses parameters by path and KPIs by role id', () => {
    const s = presetScenario('traditional');
    expect(getAt(s, 'teams[0].roles[0].posts')).toBe(6);
    const changed = setAt(s, 'teams[0].roles[0].posts', 7);
    expect(changed.teams[0].roles[0].posts).toBe(7);
    expect(s.teams[0].roles[0].posts).toBe(6);
    expect(() => setAt(s, 'teams[0].roles[9].posts', 1)).toThrow(/teams\[0\]\.roles\[9\]\.posts/);
  });

  it('compares a preset with its parent: what changed and how the KPIs moved', () => {
    const parent = presetScenario('traditional');
    const variant = presetScenario('skilled-admin');
    const r = compare(parent, variant, simulate(parent, { engine: 'capacity' }), simulate(variant, { engine: 'capacity' }));
    expect(r.changes.map((c) => c.path)).toContain('policy.delegation');
    expect(r.changes.every((c) => c.path.startsWith('teams') || c.path.startsWith('policy'))).toBe(true);
    expect(r.kpis.find((k) => k.kpi === 'roles[social_worker].shares.direct')!.delta!).toBeGreaterThan(0.2);
  });

  it('sweeps administrator posts: direct share never falls as posts rise', () => {
    const s = presetScenario('skilled-admin');
    const points = sweep(s, [{ path: 'teams[0].roles[3].posts', values: range(0, 3, 7) }], [DIRECT]);
    const values = points.map((p) => p.kpis[DIRECT]!);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] - 1e-9);
    expect(values[values.length - 1]).toBeGreaterThan(values[0]);
  });

  it('sweeps two parameters as a grid', () => {
    const points = sweep(presetScenario('traditional'), [{ path: 'teams[0].roles[0].posts', values: [5, 6, 7] }, { path: 'caseTypes[0].referralsPerWeek', values: [0.5, 0.7] }], ['team.capacityChildren']);
    expect(points).toHaveLength(6);
    expect(points[4].kpis['team.capacityChildren']!).toBeGreaterThan(points[0].kpis['team.capacityChildren']!);
  });

  it('ranks parameters by how far ±10 % moves the KPI (tornado)', () => {
    const s = presetScenario('traditional');
    const bars = tornado(s, DIRECT, 0.1, numericPaths(s).filter((p) => p.startsWith('activities') || p.startsWith('teams[0].roles[0]')));
    expect(bars.length).toBeGreaterThan(5);
    for (let i = 1; i < bars.length; i++) expect(bars[i].swing).toBeLessThanOrEqual(bars[i - 1].swing);
    expect(bars[0].swing).toBeGreaterThan(0.005);
  });

  it('goal-seeks the skilled administrator posts that give social workers 50 % direct time', () => {
    const s = presetScenario('skilled-admin');
    const g = goalSeek(s, 'teams[0].roles[3].posts', DIRECT, 0.5, 0, 2, 1e-3);
    expect(g.value).not.toBeNull();
    expect(g.value!).toBeGreaterThan(0);
    expect(g.value!).toBeLessThan(2);
    expect(g.achieved!).toBeGreaterThanOrEqual(0.5 - 1e-9);
    expect(g.iterations).toBeLessThanOrEqual(60);
  });
});
