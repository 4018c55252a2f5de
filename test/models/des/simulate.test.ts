import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkThreads, workerBundle, workerPoolExecutor } from '../../../main/workers/workerPool';
import { queueingScenario } from '../../../models/des/queueingScenario';
import { traditionalScenario } from '../../../models/presets/traditional';
import { ResultSchema } from '../../../models/result';
import { ScenarioError } from '../../../models/scenarioError';
import { simulate } from '../../../models/simulate';

const small = { ...traditionalScenario(), run: { weeks: 26, warmupWeeks: 4, replications: 12, seed: 5 } };

describe('simulate() with the des engine', () => {
  it('returns the result JSON of DESIGN §8 with summaries across replications and weekly bands', async () => {
    const result = await simulate(small, { engine: 'des', appVersion: '9.9.9' });
    expect(ResultSchema.safeParse(result).success).toBe(true);
    expect(result.engine).toBe('des');
    expect(result.run).toMatchObject({ seed: 5, runs: 12, weeks: 26, warmupWeeks: 4, appVersion: '9.9.9' });
    expect(result.run.events).toBeGreaterThan(0);
    const open = result.team.familiesOpen as { mean: number; ci95: number; p10: number; p50: number; p90: number };
    expect(open.p10).toBeLessThanOrEqual(open.p50);
    expect(open.p50).toBeLessThanOrEqual(open.p90);
    expect(open.ci95).toBeGreaterThan(0);
    expect(result.series!.weeks).toEqual(Array.from({ length: 26 }, (_, i) => i + 5));
    expect(result.series!.familiesOpen).toHaveLength(26);
    expect(result.series!.familiesWaiting).toHaveLength(26);
    // Wait percentiles across families are KPIs of their own; the few figures still from the capacity model say so.
    expect(result).toHaveProperty('kpis.waitP90Weeks.mean');
    expect(result.fromCapacityModel).toEqual(['team.capacityChildren', 'money.cashableSavingsPerYear', 'money.releasedFte', 'money.paybackMonths', 'money.npv']);
    // Role figures are simulated: summaries across replications, and each role's week adds up.
    const sw = result.roles.find((r) => r.id === 'social_worker')!;
    const mean = (x: unknown) => (x as { mean: number }).mean;
    expect(mean(sw.shares.direct)).toBeGreaterThan(0.1);
    const h = sw.hoursPerWeek;
    const total = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'absence', 'idle'].reduce((sum, k) => sum + mean(h[k as keyof typeof h]), 0);
    expect(total).toBeCloseTo(37 + mean(h.overtime), 6);
    expect(mean(result.team.statutoryOnTimeShare)).toBeGreaterThan(0.5);
    expect(result.series!.swDirectShare).toHaveLength(26);
    expect(result.series!.backlogHours).toHaveLength(26);
  });

  it('takes runs, seed and weeks from the options over the scenario’s own', async () => {
    const result = await simulate(small, { engine: 'des', des: { runs: 3, seed: 9, weeks: 10, warmupWeeks: 0 } });
    expect(result.run).toMatchObject({ runs: 3, seed: 9, weeks: 10, warmupWeeks: 0 });
  });

  it('rejects settings that make no run, naming the field', async () => {
    await expect(simulate(small, { engine: 'des', des: { runs: 0 } })).rejects.toThrow(ScenarioError);
    await expect(simulate(small, { engine: 'des', des: { weeks: -1 } })).rejects.toMatchObject({ path: 'run.weeks' });
  });

  it('reports progress once per replication and stops when cancelled', async () => {
    const seen: number[] = [];
    await simulate(small, { engine: 'des', des: { onProgress: (done, total) => seen.push(done / total) } });
    expect(seen).toHaveLength(12);
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    const long = queueingScenario({ slots: 20, arrivalsPerWeek: 17, meanWeeksOpen: 1, weeks: 1000, replications: 10_000 });
    const run = simulate(long, { engine: 'des', des: { signal: controller.signal, onProgress: (done) => done === 3 && controller.abort() } });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the worker-thread pool', () => {
  it('gives the same result as running in this thread, run after run on warm threads, and can be cancelled', async () => {
    const executor = workerPoolExecutor({ threads: 2 });
    const other = { ...small, run: { ...small.run, seed: small.run.seed + 7 } };
    for (const scenario of [small, other, small]) {
      const here = await simulate(scenario, { engine: 'des' });
      const pooled = await simulate(scenario, { engine: 'des', des: { executor } });
      expect(pooled.team).toEqual(here.team);
      expect(pooled.series).toEqual(here.series);
    }
    const controller = new AbortController();
    const long = queueingScenario({ slots: 20, arrivalsPerWeek: 17, meanWeeksOpen: 1, weeks: 1000, replications: 10_000 });
    const run = simulate(long, { engine: 'des', des: { executor, signal: controller.signal, onProgress: () => controller.abort() } });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // The cancelled run's threads were stopped; the next run starts new ones.
    const after = await simulate(small, { engine: 'des', des: { executor } });
    expect(after.team).toEqual((await simulate(small, { engine: 'des' })).team);
  }, 30_000);

  it('warms its threads up ahead of a run, and the run on them gives the same result', async () => {
    const executor = workerPoolExecutor({ threads: 2 });
    // Settles once both threads have answered their warm-up.
    await executor.prewarm(small);
    const pooled = await simulate(small, { engine: 'des', des: { executor } });
    const here = await simulate(small, { engine: 'des' });
    expect(pooled.team).toEqual(here.team);
    expect(pooled.series).toEqual(here.series);
  }, 30_000);

  it('starts light: the replication worker loads no schema library (zod was four fifths of its code)', () => {
    const built = buildSync({ ...workerBundle(), write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(built.metafile.inputs);
    expect(inputs.some((path) => path.includes('models/des/environment.ts'))).toBe(true);
    expect(inputs.filter((path) => path.includes('node_modules/'))).toEqual([]);
    // The diary's constants are folded into its innermost loop (about a tenth of a run's instructions otherwise).
    const code = built.outputFiles[0].text;
    const fill = code.slice(code.indexOf('  fill(p, hours'), code.indexOf('  jointStart('));
    expect(fill).toContain('1e-9');
    expect(fill).not.toMatch(/\b(EPS|DAYS|SLOTS)\b/);
  });

  it('refuses absurd thread counts', () => {
    expect(checkThreads(0)).toMatch(/at least 1/);
    expect(checkThreads(10_000)).toMatch(/at most/);
    expect(checkThreads(2)).toBeNull();
    expect(() => workerPoolExecutor({ threads: 0 })).toThrow(RangeError);
  });
});
