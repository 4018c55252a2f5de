import { describe, expect, it } from 'vitest';
import {
  describeChanges,
  direction,
  goalSeekOnGrain,
  interval95,
  intervalsOverlap,
  kpiCatalogue,
  kpiFigure,
  kpiValue,
  numericPaths,
  parameterLabel,
  sweep,
  sweepParameters,
  SW_DIRECT_SHARE,
  tornado,
  withinUncertainty,
  defaultRange,
} from '../../../models/analyses/index';
import { presetScenario } from '../../../models/presets/index';
import type { SimulationResult } from '../../../models/result';
import { simulate } from '../../../models/simulate';
import { setAt } from '../../../models/analyses/paths';

const figure = (mean: number, ci95: number) => ({ mean, ci95, p10: mean - 2 * ci95, p50: mean, p90: mean + 2 * ci95 });

describe('the overlap note', () => {
  it('says the difference is within the uncertainty only when the 95 % intervals overlap', () => {
    expect(withinUncertainty(figure(0.5, 0.02), figure(0.53, 0.02))).toBe(true);
    expect(withinUncertainty(figure(0.5, 0.02), figure(0.55, 0.02))).toBe(false);
    // Touching intervals overlap; order does not matter.
    expect(intervalsOverlap({ low: 0, high: 1 }, { low: 1, high: 2 })).toBe(true);
    expect(withinUncertainty(figure(0.55, 0.02), figure(0.5, 0.02))).toBe(false);
  });

  it('says nothing where either figure has no simulation behind it', () => {
    expect(withinUncertainty(0.5, figure(0.5, 0.1))).toBeNull();
    expect(withinUncertainty(figure(0.5, 0.1), null)).toBeNull();
    expect(interval95(0.5)).toBeNull();
    expect(interval95(figure(10, 2))).toEqual({ low: 8, high: 12 });
  });
});

describe('KPIs by address', () => {
  const result = simulate(presetScenario('skilled-admin'), { engine: 'capacity' });

  it('reads the derived social workers’ direct share and plain result paths', () => {
    const sw = result.roles.find((r) => r.id === 'social_worker')!;
    expect(kpiValue(result, SW_DIRECT_SHARE)).toBeCloseTo(sw.shares.direct as number, 12);
    expect(kpiValue(result, 'team.capacityChildren')).toBe(result.team.capacityChildren);
    expect(kpiValue(result, 'roles[nobody].shares.direct')).toBeNull();
  });

  it('gives the derived share an interval from the roles’ simulated figures', () => {
    const simulated = structuredClone(result) as SimulationResult;
    for (const r of simulated.roles) r.shares.direct = figure(r.shares.direct as number, 0.01);
    const f = kpiFigure(simulated, SW_DIRECT_SHARE);
    expect(typeof f).toBe('object');
    expect(interval95(f)!.high - interval95(f)!.low).toBeCloseTo(0.02, 12);
  });

  it('lists every team and money figure and each role’s shares, and knows which way is good', () => {
    const catalogue = kpiCatalogue([result]);
    expect(catalogue.map((k) => k.id)).toContain('roles[skilled_administrator].shares.admin');
    expect(catalogue.find((k) => k.id === 'money.staffCostPerYear')!.better).toBe('lower');
    // Administration is a social worker's burden but an administrator's job.
    expect(catalogue.find((k) => k.id === 'roles[social_worker].shares.admin')!.better).toBe('lower');
    expect(catalogue.find((k) => k.id === 'roles[skilled_administrator].shares.admin')!.better).toBe('neither');
    expect(catalogue.find((k) => k.id === 'money.npv')!.againstBaseline).toBe(true);
    expect(direction({ better: 'higher' }, 0.3, 0.5)).toBe(1);
    expect(direction({ better: 'lower' }, 0.3, 0.5)).toBe(-1);
    expect(direction({ better: 'neither' }, 0.3, 0.5)).toBe(0);
    expect(direction({ better: 'higher' }, null, 0.5)).toBe(0);
  });
});

describe('what a variant changed, in words', () => {
  it('reads skilled-admin against traditional as an added role and delegation switched on', () => {
    const lines = describeChanges(presetScenario('traditional'), presetScenario('skilled-admin'));
    expect(lines).toContainEqual({ area: 'Teams', kind: 'added', label: 'Skilled administrator (PA to social workers)', from: null, to: 2, unit: 'fte' });
    expect(lines).toContainEqual({ area: 'Policy', kind: 'changed', label: 'Delegation', from: false, to: true, unit: 'switch' });
    expect(lines.every((l) => l.area === 'Teams' || l.area === 'Policy')).toBe(true);
  });

  it('names a changed number by its role and field, and finds no change between equal scenarios', () => {
    const s = presetScenario('traditional');
    const changed = setAt(s, 'teams[0].roles[2].posts', 2);
    expect(describeChanges(s, changed)).toEqual([{ area: 'Teams', kind: 'changed', label: 'Team administrator: posts (FTE)', from: 0.5, to: 2, unit: 'fte' }]);
    expect(describeChanges(s, structuredClone(s))).toEqual([]);
  });
});

describe('parameters in words', () => {
  const s = presetScenario('skilled-admin');

  it('labels every numeric parameter the tornado moves', () => {
    for (const path of numericPaths(s)) expect(parameterLabel(s, path)).not.toMatch(/undefined|: $/);
    expect(parameterLabel(s, 'activities[9].delegableShare')).toBe(`${s.activities[9]!.name}: delegable share`);
    expect(parameterLabel(s, 'policy.caseloadCap')).toBe('Policy: caseload cap (children per case-holding FTE)');
  });

  it('offers posts of each role, the caseload cap, referrals and delegable shares to sweep, with ranges inside their limits', () => {
    const params = sweepParameters(s);
    const paths = params.map((p) => p.path);
    for (let ri = 0; ri < s.teams[0]!.roles.length; ri++) expect(paths).toContain(`teams[0].roles[${ri}].posts`);
    expect(paths).toContain('policy.caseloadCap');
    expect(paths).toContain('caseTypes[0].referralsPerWeek');
    expect(paths.some((p) => p.endsWith('delegableShare'))).toBe(true);
    for (const p of params) {
      const r = defaultRange(p);
      expect(r.from).toBeGreaterThanOrEqual(p.min);
      expect(r.to).toBeLessThanOrEqual(p.max);
      expect(r.to).toBeGreaterThan(r.from);
    }
  });
});

describe('progress and goal seek on the grain', () => {
  const s = presetScenario('skilled-admin');

  it('reports each sweep point and each tornado parameter', () => {
    const seen: number[] = [];
    sweep(s, [{ path: 'teams[0].roles[3].posts', values: [0, 1, 2] }], [SW_DIRECT_SHARE], (done) => seen.push(done));
    expect(seen).toEqual([1, 2, 3]);
    const steps: number[] = [];
    tornado(s, SW_DIRECT_SHARE, 0.1, ['teams[0].roles[3].posts', 'policy.caseloadCap'], (done) => steps.push(done));
    expect(steps.at(-1)).toBe(2);
  });

  it('rounds the answer up to hundredths of a post and still reaches the target', () => {
    const g = goalSeekOnGrain(s, 'teams[0].roles[3].posts', SW_DIRECT_SHARE, 0.5, 0, 4, 0.01);
    expect(g.value).not.toBeNull();
    expect(Math.abs(g.value! * 100 - Math.round(g.value! * 100))).toBeLessThan(1e-9);
    expect(g.achieved!).toBeGreaterThanOrEqual(0.5);
    // A hundredth less falls short: the answer is the least such value.
    const less = simulate(setAt(s, 'teams[0].roles[3].posts', g.value! - 0.01), { engine: 'capacity' });
    expect(kpiValue(less, SW_DIRECT_SHARE)!).toBeLessThan(0.5);
  });
});
