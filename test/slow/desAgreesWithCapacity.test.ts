import { describe, expect, it } from 'vitest';
import { evaluateCapacity } from '../../models/capacity/evaluate';
import { runMonteCarlo } from '../../models/des/monteCarloRun';
import { traditionalScenario } from '../../models/presets/traditional';
import type { Scenario } from '../../models/scenario';

/**
 * A lightly loaded traditional team: room on every caseload (no one waits), recurring work only
 * (no one-off tasks or elastic work, whose timing the diaries will decide), run long enough for
 * the looked-after cases (60 weeks) to reach their steady state.
 */
function lightlyLoaded(): Scenario {
  const s = traditionalScenario();
  return {
    ...s,
    policy: { ...s.policy, caseloadCap: 60 },
    caseTypes: s.caseTypes.map((c) => ({ ...c, oneOff: [], elastic: null })),
    run: { weeks: 520, warmupWeeks: 300, replications: 24, seed: 3 },
  };
}

describe('the simulation and the capacity model agree on a lightly loaded team', () => {
  it('on mean families open and the mean weekly hours of recurring work, by kind, within 5 %', async () => {
    const s = lightlyLoaded();
    const capacity = evaluateCapacity(s);
    const des = (await runMonteCarlo(s)).aggregate;
    expect(des.kpi('probabilityOfWait')!.mean).toBe(0);
    const within5 = (simulated: number, expected: number) => expect(Math.abs(simulated / expected - 1)).toBeLessThan(0.05);
    within5(des.kpi('familiesOpen')!.mean, capacity.team.familiesOpen as number);
    within5(des.kpi('childrenOpen')!.mean, capacity.team.childrenOpen as number);
    const total = (kind: 'direct' | 'caseIndirect' | 'admin' | 'meeting' | 'travel') => capacity.roles.reduce((sum, r) => sum + r.total[kind], 0);
    within5(des.kpi('taskHoursDirect')!.mean, total('direct'));
    within5(des.kpi('taskHoursCaseIndirect')!.mean, total('caseIndirect'));
    within5(des.kpi('taskHoursAdmin')!.mean, total('admin'));
    within5(des.kpi('taskHoursMeeting')!.mean, total('meeting'));
    within5(des.kpi('taskHoursTravel')!.mean, total('travel'));
  }, 120_000);
});
