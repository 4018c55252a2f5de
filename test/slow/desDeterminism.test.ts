import { describe, expect, it } from 'vitest';
import { workerPoolExecutor } from '../../main/workers/workerPool';
import { REPLICATION_KPIS, SERIES } from '../../models/des/outcome';
import { runMonteCarlo, type DesRun } from '../../models/des/monteCarloRun';
import { traditionalScenario } from '../../models/presets/traditional';

/** Everything a run reports: every KPI's summary and every weekly band. */
function figures(run: DesRun) {
  return {
    kpis: REPLICATION_KPIS.map((k) => run.aggregate.kpi(k)),
    series: SERIES.map((s) => run.aggregate.bands(s)),
    events: run.aggregate.events,
  };
}

describe('a simulation run is determined by its seed', () => {
  const scenario = { ...traditionalScenario(), run: { weeks: 52, warmupWeeks: 8, replications: 40, seed: 7 } };

  it('gives identical results in this thread and on 1, 2 and 4 worker threads', async () => {
    const here = figures(await runMonteCarlo(scenario));
    for (const threads of [1, 2, 4]) {
      expect(figures(await runMonteCarlo(scenario, { executor: workerPoolExecutor({ threads }) }))).toEqual(here);
    }
  }, 120_000);

  it('gives different results for another seed', async () => {
    const a = figures(await runMonteCarlo(scenario));
    const b = figures(await runMonteCarlo(scenario, { seed: 8 }));
    expect(b.kpis).not.toEqual(a.kpis);
  }, 60_000);
});
