import { describe, expect, it } from 'vitest';
import { evaluateCapacity } from '../../../models/capacity/evaluate';
import { runReplication } from '../../../models/des/environment';
import { compileModel } from '../../../models/des/model';
import { KPI, ROLE_HOURS, type ReplicationOutcome } from '../../../models/des/outcome';
import { presetScenario } from '../../../models/presets';
import type { Role, Scenario, Workforce } from '../../../models/scenario';

const runs = (s: Scenario, n: number, weeks = 52, warmupWeeks = 30): ReplicationOutcome[] => {
  const model = compileModel(s);
  return Array.from({ length: n }, (_, r) => runReplication(model, { weeks, warmupWeeks, seed: 17 }, r));
};
const mean = (os: ReplicationOutcome[], k: keyof typeof KPI) => os.reduce((sum, o) => sum + o.kpis[KPI[k]], 0) / os.length;
const roleHours = (os: ReplicationOutcome[], role: number, key: (typeof ROLE_HOURS)[number]) =>
  os.reduce((sum, o) => sum + o.roleHours[role * ROLE_HOURS.length + ROLE_HOURS.indexOf(key)], 0) / os.length;

function withWorkforce(s: Scenario, change: Partial<Workforce>, roles: (r: Role) => boolean = () => true): Scenario {
  return { ...s, teams: s.teams.map((t) => ({ ...t, roles: t.roles.map((r) => (roles(r) ? { ...r, workforce: { ...r.workforce, ...change } } : r)) })) };
}
/** No steps up or down: every key-worker change is a leaver's. */
const noSteps = (s: Scenario): Scenario => ({ ...s, caseTypes: s.caseTypes.map((c) => ({ ...c, closure: [] })) });

describe('people over time', () => {
  it('reallocates a leaving key worker’s families and counts the change for each family', () => {
    const s = noSteps(presetScenario('traditional'));
    const stay = runs(withWorkforce(s, { turnoverPerYear: 0 }), 4);
    expect(mean(stay, 'keyWorkerChangesPerFamily')).toBe(0);
    expect(mean(stay, 'leaversPerYear')).toBe(0);
    const leave = runs(withWorkforce(s, { turnoverPerYear: 1 }), 4);
    expect(mean(leave, 'leaversPerYear')).toBeGreaterThan(3);
    expect(mean(leave, 'keyWorkerChangesPerFamily')).toBeGreaterThan(0.1);
    // Families are taken in by colleagues, not sent back to the waiting list.
    expect(mean(leave, 'familiesOpen')).toBeGreaterThan(0.8 * mean(stay, 'familiesOpen'));
  });

  it('counts a unit practitioner leaving as one of the familiar faces lost, not a whole change', () => {
    const s = noSteps(presetScenario('rsw-unit'));
    const o = runs(withWorkforce(s, { turnoverPerYear: 1 }), 3);
    const changes = mean(o, 'keyWorkerChangesPerFamily');
    expect(changes).toBeGreaterThan(0);
    const solo = runs(withWorkforce(noSteps(presetScenario('traditional')), { turnoverPerYear: 1 }), 3);
    expect(changes).toBeLessThan(mean(solo, 'keyWorkerChangesPerFamily'));
  });

  it('keeps posts empty for the recruitment lag, or covers them with agency workers at their premium', () => {
    const s = withWorkforce(presetScenario('traditional'), { turnoverPerYear: 0.5, recruitmentLagWeeks: 20 });
    const bare = runs(s, 4);
    expect(mean(bare, 'vacancyShare')).toBeGreaterThan(0.05);
    expect(mean(bare, 'agencyPremiumPerYear')).toBe(0);
    const covered = runs(withWorkforce(s, { agencyCover: true }), 4);
    expect(mean(covered, 'vacancyShare')).toBeLessThan(mean(bare, 'vacancyShare') / 3);
    expect(mean(covered, 'agencyPremiumPerYear')).toBeGreaterThan(0);
    expect(mean(covered, 'staffCostPerYear')).toBeGreaterThan(mean(bare, 'staffCostPerYear'));
  });

  it('raises turnover while a new model beds in, as the seed warns', () => {
    const base = withWorkforce(presetScenario('traditional'), { turnoverPerYear: 0.15 });
    const uplift = { ...base, implementation: { ...base.implementation, turnoverUplift: 0.5, upliftMonths: 12 } };
    expect(mean(runs(uplift, 6), 'leaversPerYear')).toBeGreaterThan(mean(runs(base, 6), 'leaversPerYear') * 2);
  });

  it('takes leave, bank holidays, sickness and training as the role states them, and more training during implementation', () => {
    const s = withWorkforce(presetScenario('traditional'), { turnoverPerYear: 0 });
    const capacity = evaluateCapacity(s);
    const o = runs(s, 6, 104, 8);
    const sw = 0;
    const simulated = roleHours(o, sw, 'absence');
    expect(Math.abs(simulated / capacity.roles[sw].perFte.absence - 1)).toBeLessThan(0.08);
    const training = { ...s, implementation: { ...s.implementation, trainingDaysPerFte: 30 } };
    const trained = roleHours(runs(training, 6, 104, 8), sw, 'absence');
    // Thirty more days in a 104-week window: about 37 × 30 ÷ 5 ÷ 104 ≈ 2.1 hours a week more.
    expect(trained - simulated).toBeGreaterThan(1.5);
    expect(trained - simulated).toBeLessThan(2.7);
  });

  it('protects a newly qualified worker’s caseload', () => {
    const s = presetScenario('traditional');
    const model = compileModel(s);
    const sw = model.staff.roles[0].people;
    const caps = Array.from(sw, (p) => model.staff.caseloadCapacity[p]);
    expect(caps.at(-1)).toBeCloseTo(16 * s.teams[0].roles[0].asyeCaseloadFactor, 9);
    expect(caps[0]).toBe(16);
  });
});
