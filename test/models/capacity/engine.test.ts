import { describe, expect, it } from 'vitest';
import { erlangC } from '../../../models/capacity/erlang';
import { evaluateCapacity } from '../../../models/capacity/evaluate';
import { traditionalScenario } from '../../../models/presets/traditional';
import { presetScenario } from '../../../models/presets/index';
import { ResultSchema } from '../../../models/result';
import { num, role, run } from './helpers';

describe('the capacity model on the traditional team', () => {
  const r = run(traditionalScenario());

  it('produces the result JSON of DESIGN §8', () => {
    expect(ResultSchema.safeParse(r).success).toBe(true);
    expect(r.engine).toBe('capacity');
  });

  it('gives every role a week whose kinds add up to contracted hours plus overtime', () => {
    for (const x of r.roles) {
      const h = x.hoursPerWeek as Record<string, number>;
      const sum = h.direct + h.caseIndirect + h.admin + h.meeting + h.travel + h.fixed + h.absence + h.idle;
      expect(sum).toBeCloseTo(37 + h.overtime, 9);
      const shares = Object.values(x.shares as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(shares).toBeCloseTo(1, 9);
    }
  });

  it('takes leave, bank holidays, training and sickness off the week: (27 + 8 + 7)/260 + 3.2 % of 37 hours', () => {
    expect(num(role(r, 'social_worker').hoursPerWeek.absence)).toBeCloseTo(37 * ((27 + 8 + 7) / 260 + 0.032), 9);
  });

  it('charges supervision to the supervisor: the team manager spends six social workers’ supervision hours', () => {
    const s = traditionalScenario();
    const supervision = s.teams[0].roles[0].fixed.find((f) => f.kind === 'supervision')!.hoursPerWeek;
    const own = s.teams[0].roles[1].fixed.reduce((sum, f) => sum + f.hoursPerWeek, 0);
    expect(num(role(r, 'team_manager').hoursPerWeek.fixed)).toBeCloseTo(own + 6 * supervision, 9);
  });

  it('works social workers the overtime the policy allows when families want more time than they have', () => {
    expect(num(role(r, 'social_worker').hoursPerWeek.overtime)).toBeCloseTo(3, 9);
    expect(r.team.unmetHoursPerWeek as number).toBeGreaterThan(0);
    expect(Object.keys((r as unknown as { details: { unmetByActivity: object } }).details.unmetByActivity)).toContain('direct_work');
  });

  it('reports the wait for allocation from Erlang C with c = the caseload slots in families', () => {
    const o = evaluateCapacity(traditionalScenario());
    const c = Math.floor(o.demandFamilies * Math.min(o.scale.time, o.scale.caseload) + 1e-9);
    expect(r.team.probabilityOfWait).toBeCloseTo(erlangC(c, o.demandFamilies)!, 12);
    expect(num(r.team.statutoryOnTimeShare)).toBe(1);
    expect(num(r.team.overload)).toBe(0);
  });
});

describe('when demand exceeds capacity', () => {
  const s = traditionalScenario();
  for (const c of s.caseTypes) c.referralsPerWeek *= 2;
  const r = run(s);

  it('has no wait figure and says by how many children a week demand exceeds capacity', () => {
    expect(r.team.waitForAllocationWeeks).toBeNull();
    expect(r.team.probabilityOfWait).toBeNull();
    expect(num(r.team.overload)).toBeGreaterThan(0);
    expect(num(r.team.childrenOpen)).toBeCloseTo(num(r.team.capacityChildren), 6);
  });
});

describe('capacity', () => {
  it('is where statutory work stops fitting when time binds before the caseload caps', () => {
    const team = (demandScale: number) => {
      const s = traditionalScenario();
      s.policy.caseloadCap = 100;
      s.teams[0].roles[0].posts = 2;
      s.teams[0].roles[0].asyePosts = 0;
      for (const c of s.caseTypes) c.referralsPerWeek *= demandScale;
      return s;
    };
    const o = evaluateCapacity(team(1));
    expect(o.scale.time).toBeLessThan(o.scale.caseload);
    const over = run(team(1.2 * o.scale.time));
    expect(num(over.team.statutoryOnTimeShare)).toBeLessThan(1);
    expect(num(over.team.capacityChildren)).toBeCloseTo(o.demandChildren * o.scale.time, 4);
    expect(num(over.team.overload)).toBeGreaterThan(0);
    expect(num(run(team(0.99 * o.scale.time)).team.statutoryOnTimeShare)).toBeCloseTo(1, 9);
  });

  it('counts ASYE posts at their protected caseload', () => {
    const full = traditionalScenario();
    full.teams[0].roles[0].asyePosts = 0;
    const withAsye = traditionalScenario();
    withAsye.teams[0].roles[0].asyePosts = 2;
    const a = evaluateCapacity(full).scale.caseload;
    const b = evaluateCapacity(withAsye).scale.caseload;
    expect(b / a).toBeCloseTo((6 - 2 * (1 - 0.8)) / 6, 9);
  });

  it('a unit shares its caseload: its children’s practitioner does case work a team would leave to the key worker', () => {
    const r = run(presetScenario('rsw-unit'));
    expect(num(role(r, 'childrens_practitioner').shares.direct)).toBeGreaterThan(0);
    expect(num(role(r, 'childrens_practitioner').shares.admin)).toBeGreaterThan(0);
  });
});
