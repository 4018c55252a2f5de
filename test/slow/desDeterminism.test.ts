import { describe, expect, it } from 'vitest';
import { workerPoolExecutor } from '../../main/workers/workerPool';
import { REPLICATION_KPIS, ROLE_HOURS, SERIES } from '../../models/des/outcome';
import { runMonteCarlo, type DesRun } from '../../models/des/monteCarloRun';
import { traditionalScenario } from '../../models/presets/traditional';

/** Everything a run reports: every KPI's summary and every weekly band. */
function figures(run: DesRun) {
  return {
    kpis: REPLICATION_KPIS.map((k) => run.aggregate.kpi(k)),
    series: SERIES.map((s) => run.aggregate.bands(s)),
    roles: run.model.roles.map((_, r) => ROLE_HOURS.map((k) => run.aggregate.role(r, (h) => h(k)))),
    diary: run.aggregate.diary,
    events: run.aggregate.events,
  };
}

describe('a simulation run is determined by its seed', () => {
  // Turnover raised so people leave, are replaced and hand families over within the run.
  const base = traditionalScenario();
  const scenario = {
    ...base,
    teams: base.teams.map((t) => ({ ...t, roles: t.roles.map((r) => ({ ...r, workforce: { ...r.workforce, turnoverPerYear: 0.6, agencyCover: true } })) })),
    run: { weeks: 52, warmupWeeks: 8, replications: 40, seed: 7 },
  };

  it('gives identical results, diaries included, in this thread and on 1, 2 and 4 worker threads', async () => {
    const diaryOptions = { diaryWeek: 20, diaryReplication: 17 };
    const here = figures(await runMonteCarlo(scenario, diaryOptions));
    expect(here.diary?.replication).toBe(17);
    for (const threads of [1, 2, 4]) {
      expect(figures(await runMonteCarlo(scenario, { ...diaryOptions, executor: workerPoolExecutor({ threads }) }))).toEqual(here);
    }
  }, 120_000);

  it('gives different results for another seed', async () => {
    const a = figures(await runMonteCarlo(scenario));
    const b = figures(await runMonteCarlo(scenario, { seed: 8 }));
    expect(b.kpis).not.toEqual(a.kpis);
  }, 60_000);
});
