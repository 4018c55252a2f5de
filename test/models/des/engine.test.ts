import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../models/des/environment';
import { compileModel } from '../../../models/des/model';
import { KPI, SERIES_INDEX, type ReplicationOutcome } from '../../../models/des/outcome';
import { queueingScenario } from '../../../models/des/queueingScenario';
import { traditionalScenario } from '../../../models/presets/traditional';
import { ScenarioSchema, type CaseType, type Scenario } from '../../../models/scenario';

const run = (s: Scenario, replication = 0, seed = s.run.seed): ReplicationOutcome => {
  expect(ScenarioSchema.safeParse(s).success).toBe(true);
  return runReplication(compileModel(s), { weeks: s.run.weeks, warmupWeeks: s.run.warmupWeeks, seed }, replication);
};
const kpi = (o: ReplicationOutcome, name: keyof typeof KPI) => o.kpis[KPI[name]];
const within = (actual: number, expected: number, relative: number) => expect(Math.abs(actual / expected - 1)).toBeLessThan(relative);

const mmc = (over: Partial<Parameters<typeof queueingScenario>[0]> = {}) =>
  queueingScenario({ slots: 20, arrivalsPerWeek: 17, meanWeeksOpen: 1, keyWorkers: 4, weeks: 1000, warmupWeeks: 20, ...over });

/** The M/M/c scenario with its one case type changed. */
function withCase(s: Scenario, change: Partial<CaseType>): Scenario {
  return { ...s, caseTypes: [{ ...s.caseTypes[0], ...change }] };
}

describe('one replication', () => {
  it('is the same for the same seed and replication, and differs for another', () => {
    const s = mmc({ weeks: 200 });
    const a = run(s, 3);
    expect(run(s, 3)).toEqual(a);
    expect(Array.from(run(s, 4).kpis)).not.toEqual(Array.from(a.kpis));
    expect(Array.from(run(s, 3, 99).kpis)).not.toEqual(Array.from(a.kpis));
  });

  it('obeys Little’s law: families open = allocations per week × weeks open, and the backlog = referrals × wait', () => {
    const o = run(mmc());
    within(kpi(o, 'familiesOpen'), kpi(o, 'allocationsPerWeek') * kpi(o, 'caseWeeks'), 0.02);
    within(kpi(o, 'familiesWaiting'), kpi(o, 'referralsPerWeek') * kpi(o, 'waitForAllocationWeeks'), 0.02);
    within(kpi(o, 'referralsPerWeek'), 17, 0.02);
  });

  it('allocates every family the moment it arrives when key workers have room', () => {
    const o = run(mmc({ slots: 60, keyWorkers: 6 }));
    expect(kpi(o, 'probabilityOfWait')).toBe(0);
    expect(kpi(o, 'waitP90Weeks')).toBe(0);
    expect(kpi(o, 'familiesWaiting')).toBe(0);
  });

  it('queues everyone, and reports the overload, when no one may hold the case type', () => {
    const s = mmc({ weeks: 100 });
    const o = run({ ...s, caseTypes: [{ ...s.caseTypes[0], keyWorkerCategories: ['consultant_sw'] }] });
    expect(kpi(o, 'familiesOpen')).toBe(0);
    expect(kpi(o, 'probabilityOfWait')).toBe(1);
    within(kpi(o, 'overload'), 17, 0.05);
    // Still-waiting families count with their wait so far, so the mean wait is half the window and more.
    expect(kpi(o, 'waitForAllocationWeeks')).toBeGreaterThan(45);
  });

  it('weights caseloads by children and complexity: two-child families of weight 2 fill 20 slots with 5 families', () => {
    const o = run(withCase(mmc({ arrivalsPerWeek: 4, weeks: 500 }), { childrenPerFamily: 2, complexityWeight: 2 }));
    expect(Math.max(...Array.from({ length: 500 }, (_, w) => o.series[SERIES_INDEX.familiesOpen * 500 + w]))).toBeLessThanOrEqual(5);
    within(kpi(o, 'childrenOpen') / kpi(o, 'familiesOpen'), 2, 1e-9);
  });

  it('draws whole numbers of children with the case type’s mean', () => {
    const o = run(withCase(mmc({ slots: 200, keyWorkers: 10, weeks: 500 }), { childrenPerFamily: 1.7 }));
    within(kpi(o, 'childrenOpen') / kpi(o, 'familiesOpen'), 1.7, 0.03);
  });

  it('starts with the families already open, each part-way through its case', () => {
    const s = withCase(mmc({ slots: 400, keyWorkers: 20, weeks: 12, warmupWeeks: 0, arrivalsPerWeek: 0 }), {
      openFamilies: 300,
      durationWeeks: { type: 'fixed', value: 10 },
    });
    const o = run(s);
    const open = (week: number) => o.series[SERIES_INDEX.familiesOpen * 12 + week];
    // Ten-week cases begun at a uniform point of the last ten weeks: a tenth close each week.
    expect(open(0)).toBeGreaterThan(300 * 0.82);
    expect(open(0)).toBeLessThan(300 * 0.98);
    expect(open(4)).toBeGreaterThan(300 * 0.4);
    expect(open(4)).toBeLessThan(300 * 0.6);
    expect(open(10)).toBe(0);
  });

  it('varies referrals with the season (peak week) and the yearly trend', () => {
    const seasonal = run(withCase(mmc({ slots: 100, keyWorkers: 5, weeks: 520, warmupWeeks: 0, arrivalsPerWeek: 20 }), { seasonality: { amplitude: 0.5, peakWeek: 10 } }));
    const weekly = (o: ReplicationOutcome, w: number) => o.series[SERIES_INDEX.referrals * o.weeks + w];
    let peak = 0;
    let trough = 0;
    for (let y = 0; y < 10; y++) {
      for (let d = -2; d <= 2; d++) {
        peak += weekly(seasonal, y * 52 + 10 + d);
        trough += weekly(seasonal, y * 52 + 36 + d);
      }
    }
    within(peak / trough, 1.5 / 0.5, 0.15);
    within(kpi(seasonal, 'referralsPerWeek'), 20, 0.02);
    const trend = run(withCase(mmc({ slots: 200, keyWorkers: 10, weeks: 104, warmupWeeks: 0, arrivalsPerWeek: 30 }), { trendPerYear: 0.5 }));
    let first = 0;
    let second = 0;
    for (let w = 0; w < 52; w++) {
      first += weekly(trend, w);
      second += weekly(trend, 52 + w);
    }
    within(second / first, 1.5, 0.08);
  });

  it('schedules recurring visits every N working days and one-off tasks once, with their hours by kind', () => {
    const base = mmc({ slots: 200, keyWorkers: 10, arrivalsPerWeek: 5, weeks: 400 });
    const s: Scenario = withCase({ ...base }, {
      durationWeeks: { type: 'fixed', value: 20 },
      recurring: [{ activityId: 'statutory_visit', everyWorkingDays: 10, perChild: true }],
      oneOff: [{ activityId: 'assessment', dueWorkingDays: 45 }],
      childrenPerFamily: 2,
    });
    const o = run(s);
    const visit = s.activities.find((a) => a.id === 'statutory_visit')!;
    const recording = s.activities.find((a) => a.id === 'recording')!;
    const assessment = s.activities.find((a) => a.id === 'assessment')!;
    const travel = s.teams[0].roles[0].travelMinutesPerVisit / 60;
    // A 20-week case has a visit cycle of 2 weeks starting at a random point of the first
    // period: 10 visits per child, and its assessment at 9 weeks.
    const families = kpi(o, 'allocationsPerWeek');
    within(kpi(o, 'tasksDuePerWeek'), families * 11, 0.05);
    within(kpi(o, 'visitsDuePerWeek'), families * 10 * 2, 0.05);
    within(kpi(o, 'taskHoursDirect'), families * 10 * 2 * visit.hours, 0.05);
    within(kpi(o, 'taskHoursCaseIndirect'), families * (10 * 2 * recording.hours + assessment.hours), 0.05);
    within(kpi(o, 'taskHoursTravel'), families * 10 * 2 * travel, 0.05);
    within(kpi(o, 'statutoryTasksDuePerWeek'), kpi(o, 'tasksDuePerWeek'), 1e-9);
  });

  it('steps cases up or down, keeping the key worker where allowed, and counts key-worker changes otherwise', () => {
    const twoTypes = (keep: boolean): Scenario => {
      const s = mmc({ slots: 200, keyWorkers: 10, arrivalsPerWeek: 10, weeks: 300 });
      const a = s.caseTypes[0];
      return {
        ...s,
        caseTypes: [
          { ...a, id: 'cin', closure: [{ toCaseTypeId: 'cp', probability: 0.5, keepKeyWorker: keep }] },
          { ...a, id: 'cp', referralsPerWeek: 0 },
        ],
      };
    };
    const kept = run(twoTypes(true));
    within(kpi(kept, 'stepsPerWeek'), 5, 0.06);
    within(kpi(kept, 'closuresPerWeek'), 10, 0.05);
    expect(kpi(kept, 'keyWorkerChangesPerFamily')).toBe(0);
    const moved = run(twoTypes(false));
    // Half the families step and are allocated afresh; least-loaded allocation may hand some back
    // to the key worker they just left, which is no change.
    expect(kpi(moved, 'keyWorkerChangesPerFamily')).toBeGreaterThan(0.05);
    expect(kpi(moved, 'keyWorkerChangesPerFamily')).toBeLessThanOrEqual(0.5);
  });

  it('makes posts into people with the last one part-time, ASYE posts at the protected caseload', () => {
    const s = traditionalScenario();
    const sw = s.teams[0].roles[0];
    const model = compileModel({ ...s, teams: [{ ...s.teams[0], roles: [{ ...sw, posts: 2.5, asyePosts: 1, keyWorker: { eligible: true, caseloadCap: 16 } }] }] });
    expect(model.holders.map((h) => h.fte)).toEqual([1, 1, 0.5]);
    expect(model.holders.map((h) => h.capacity)).toEqual([16, 16 * (0.5 + 0.5 * sw.asyeCaseloadFactor), 16 * 0.5 * sw.asyeCaseloadFactor]);
  });

  it('runs the traditional team without errors, with plausible caseloads', () => {
    const o = run(traditionalScenario());
    expect(kpi(o, 'familiesOpen')).toBeGreaterThan(10);
    expect(kpi(o, 'caseloadUtilisation')).toBeLessThanOrEqual(1);
    expect(kpi(o, 'tasksDuePerWeek')).toBeGreaterThan(0);
  });

  it('costs each open family its weekly non-staff cost (a placement)', () => {
    const o = run(withCase(mmc({ weeks: 200 }), { nonStaffCostPerWeek: 900 }));
    within(kpi(o, 'nonStaffCostPerYear'), kpi(o, 'familiesOpen') * 900 * 52, 1e-9);
  });
});
