import { describe, expect, it } from 'vitest';
import { steadyDemand } from '../../../models/capacity/demand';
import { traditionalScenario } from '../../../models/presets/traditional';

describe('steady-state demand', () => {
  it('solves step-ups and step-downs: each case type receives its referrals plus what flows in at closure', () => {
    const s = traditionalScenario();
    const [cin, cp, cla] = steadyDemand(s);
    const p = (from: number, to: string) => s.caseTypes[from].closure.find((c) => c.toCaseTypeId === to)?.probability ?? 0;
    expect(cin.arrivals).toBeCloseTo(s.caseTypes[0].referralsPerWeek + cp.arrivals * p(1, 'cin'), 10);
    expect(cp.arrivals).toBeCloseTo(s.caseTypes[1].referralsPerWeek + cin.arrivals * p(0, 'cp'), 10);
    expect(cla.arrivals).toBeCloseTo(s.caseTypes[2].referralsPerWeek + cp.arrivals * p(1, 'cla'), 10);
  });

  it('counts open families by Little’s law: arrivals × mean time open', () => {
    for (const d of steadyDemand(traditionalScenario())) expect(d.families).toBeCloseTo(d.arrivals * d.durationWeeks, 10);
  });

  it('applies an intervention’s duration scale and adds its one-off task', () => {
    const s = traditionalScenario();
    s.interventions.push({ id: 'x', name: 'X', source: { kind: 'assumption', citation: 'test', range: [0, 1] }, caseTypeIds: ['cp'], durationScale: 0.5, addOneOff: [{ activityId: 'fgc', dueWorkingDays: 15 }], addRecurring: [], costPerFamily: 100 });
    const cp = steadyDemand(s)[1];
    expect(cp.durationWeeks).toBeCloseTo(17, 10);
    expect(cp.tasks.find((t) => t.activityId === 'fgc')?.perFamilyPerWeek).toBeCloseTo(1 / 17, 10);
    expect(cp.interventionCostPerFamily).toBe(100);
  });
});
