import { describe, expect, it } from 'vitest';
import { rangeSize } from '../../models/des/dispatch';
import { replicationHandler } from '../../models/des/replicationHandler';
import { presetScenario } from '../../models/presets';
import type { SimulationResult } from '../../models/result';
import type { Scenario } from '../../models/scenario';
import { simulate } from '../../models/simulate';
import type { FromSimulationWorker, ToSimulationWorker } from '../../renderer/simulation/protocol';
import { chunkSize, webWorkerExecutor, type WorkerLike } from '../../renderer/simulation/webWorkerExecutor';
import { interval, stochasticFigures, unmetByActivity, weeklySeries } from '../../renderer/simulation/desFigures';

/**
 * A stand-in for the Web Worker: the real worker's handler (models/des/replicationHandler.ts), run
 * in this thread with a macrotask between messages, as a real worker's replies arrive.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: FromSimulationWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  ranges: [number, number][] = [];
  jobs: number[] = [];
  /** Scenarios this worker was told to warm up on. */
  warmed: string[] = [];
  private readonly handle = replicationHandler((data) => {
    if (!this.terminated) this.onmessage?.({ data });
  });

  postMessage(message: ToSimulationWorker): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (message.type === 'setup') this.jobs.push(message.job);
      else if (message.type === 'warm') this.warmed.push(message.request.scenario.id);
      else this.ranges.push([message.from, message.to]);
      this.handle(message);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** The Web Worker pool on stand-in workers, and every worker it has made, in order. */
function fakePool(threads: number, idleMs?: number) {
  const workers: FakeWorker[] = [];
  const executor = webWorkerExecutor({ threads, idleMs, createWorker: () => workers[workers.push(new FakeWorker()) - 1]! });
  return { workers, executor };
}

/** A pooled run's figures are exactly those of the same run in this thread. */
async function expectInProcessFigures(pooled: SimulationResult, scenario: Scenario): Promise<void> {
  const here = await simulate(scenario, { engine: 'des', des: {} });
  expect(pooled.team).toEqual(here.team);
  expect(pooled.series).toEqual(here.series);
}

function smallScenario(runs: number) {
  const scenario = presetScenario('traditional');
  scenario.run = { ...scenario.run, replications: runs, weeks: 12, warmupWeeks: 2 };
  return scenario;
}

describe('the Web Worker pool', () => {
  it('gives exactly the in-process result for the same seed, whatever the number of workers', async () => {
    const scenario = smallScenario(10);
    const inProcess = await simulate(scenario, { engine: 'des', des: {} });
    for (const threads of [1, 3]) {
      const { workers, executor } = fakePool(threads);
      const pooled = await simulate(scenario, { engine: 'des', des: { executor } });
      expect(pooled.team).toEqual(inProcess.team);
      expect(pooled.series).toEqual(inProcess.series);
      expect(workers).toHaveLength(threads);
      // Kept warm for the next run, not stopped.
      expect(workers.some((w) => w.terminated)).toBe(false);
      // Every replication ran once, somewhere.
      const ran = workers.flatMap((w) => w.ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i)));
      expect(ran.sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    }
  });

  it('keeps its workers warm: the next run reuses them, with the new scenario, and gives the same figures', async () => {
    const { workers, executor } = fakePool(2);
    const first = smallScenario(6);
    const second = smallScenario(8);
    second.run.seed = first.run.seed + 1;
    await simulate(first, { engine: 'des', des: { executor } });
    const warm = await simulate(second, { engine: 'des', des: { executor } });
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.jobs.length === 2)).toBe(true);
    await expectInProcessFigures(warm, second);
  });

  it('warms its workers up ahead of the first run: that run takes them as they are and gives the same figures', async () => {
    const { workers, executor } = fakePool(2);
    const scenario = smallScenario(6);
    await executor.prewarm(scenario);
    expect(workers.map((w) => w.warmed)).toEqual([[scenario.id], [scenario.id]]);
    // Warm already: a second call starts nobody.
    await executor.prewarm(scenario);
    expect(workers).toHaveLength(2);
    const warm = await simulate(scenario, { engine: 'des', des: { executor } });
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.jobs.length === 1 && !w.terminated)).toBe(true);
    await expectInProcessFigures(warm, scenario);
  });

  it('a run asked for while the workers warm up waits for them rather than starting more', async () => {
    const { workers, executor } = fakePool(2);
    const scenario = smallScenario(4);
    const warming = executor.prewarm(scenario);
    const run = await simulate(scenario, { engine: 'des', des: { executor } });
    await warming;
    expect(workers).toHaveLength(2);
    expect(run.run.runs).toBe(4);
    // And while a run has the workers, a warm-up starts none beside them.
    const during = simulate(smallScenario(4), { engine: 'des', des: { executor } });
    await executor.prewarm(scenario);
    await during;
    expect(workers).toHaveLength(2);
  });

  it('a scenario that cannot be run warms nothing, and its run still says why', async () => {
    const { workers, executor } = fakePool(2);
    const scenario = smallScenario(4);
    scenario.run.replications = 0;
    await executor.prewarm(scenario);
    expect(workers).toHaveLength(0);
    await expect(simulate(scenario, { engine: 'des', des: { executor } })).rejects.toThrow(/at least 1 replication/);
  });

  it('keeps no more workers waiting than it has threads, after two runs at once', async () => {
    const { workers, executor } = fakePool(2);
    await Promise.all([simulate(smallScenario(4), { engine: 'des', des: { executor } }), simulate(smallScenario(4), { engine: 'des', des: { executor } })]);
    expect(workers).toHaveLength(4);
    expect(workers.filter((w) => w.terminated)).toHaveLength(2);
  });

  it('stops idle workers after a while, and starts fresh ones for the next run', async () => {
    const { workers, executor } = fakePool(2, 20);
    await simulate(smallScenario(4), { engine: 'des', des: { executor } });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(workers.every((w) => w.terminated)).toBe(true);
    const again = await simulate(smallScenario(4), { engine: 'des', des: { executor } });
    expect(workers).toHaveLength(4);
    expect(again.run.runs).toBe(4);
  });

  it('stops on cancel: workers terminated, no progress afterwards, the run rejected', async () => {
    const { workers, executor } = fakePool(2);
    const controller = new AbortController();
    const progress: number[] = [];
    const run = simulate(smallScenario(200), {
      engine: 'des',
      des: {
        executor,
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done === 3) controller.abort(new Error('cancelled'));
        },
      },
    });
    await expect(run).rejects.toThrow('cancelled');
    const seen = progress.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(progress).toHaveLength(seen);
    expect(progress.at(-1)).toBe(3);
    expect(workers.every((w) => w.terminated)).toBe(true);
    // A cancelled run's workers are not reused: the next run starts new ones and completes.
    const next = await simulate(smallScenario(4), { engine: 'des', des: { executor } });
    expect(next.run.runs).toBe(4);
    expect(workers.slice(2).every((w) => !w.terminated)).toBe(true);
  });

  it('sends the outcomes of a range together rather than one message per replication, every one of them once', () => {
    const scenario = smallScenario(30);
    const replies: { message: FromSimulationWorker }[] = [];
    const handle = replicationHandler((message) => replies.push({ message }));
    const settings = { weeks: 12, warmupWeeks: 2, seed: 7 };
    handle({ type: 'setup', job: 1, request: { scenario, settings, runs: 30 } });
    handle({ type: 'run', job: 1, from: 0, to: 30 });
    const batches = replies.filter((r) => r.message.type === 'outcomes');
    const outcomes = batches.flatMap((r) => (r.message.type === 'outcomes' ? r.message.outcomes : []));
    expect(outcomes.map((o) => o.replication)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // A short replication takes well under the 50 ms between messages: far fewer messages than replications.
    expect(batches.length).toBeLessThan(10);
    expect(replies.at(-1)!.message.type).toBe('ready');
  });

  it('hands out small ranges so progress shows often and the load balances', () => {
    expect(chunkSize(1, 4)).toBe(1);
    expect(chunkSize(100, 2)).toBe(6);
    expect(chunkSize(100_000, 8)).toBe(8);
  });

  it('shrinks the ranges as the run nears its end, so no worker is left with a long last range', () => {
    expect(rangeSize(1000, 2, 62)).toBe(62);
    expect(rangeSize(100, 2, 62)).toBe(25);
    expect(rangeSize(3, 2, 62)).toBe(1);
    // Every replication handed out exactly once, whatever the sizes.
    let next = 0;
    const sizes: number[] = [];
    while (next < 1000) next += sizes[sizes.push(rangeSize(1000 - next, 2, 62)) - 1];
    expect(next).toBe(1000);
    expect(sizes.at(-1)).toBe(1);
  });
});

describe('what the Results view reads from a run', () => {
  it('stochastic figures with intervals that never go below zero, and every weekly series as bands', async () => {
    const result = await simulate(smallScenario(6), { engine: 'des', des: {} });
    const figures = stochasticFigures(result);
    expect(figures.map((f) => f.id)).toEqual(expect.arrayContaining(['families-open', 'children-open', 'backlog']));
    for (const f of figures) expect(interval(f.value)[0]).toBeGreaterThanOrEqual(0);
    const { weeks, series } = weeklySeries(result);
    expect(weeks).toEqual(Array.from({ length: 12 }, (_, i) => i + 3));
    expect(series.slice(0, 4).map((s) => s.id)).toEqual(['familiesOpen', 'familiesWaiting', 'backlogHours', 'swDirectShare']);
    expect(series.find((s) => s.id === 'swDirectShare')!.unit).toBe('share');
    for (const s of series) expect(s.bands).toHaveLength(12);
  });

  it('reads unmet hours by activity when a run has them, largest first', () => {
    const base = { series: {}, team: {}, money: {} } as never;
    expect(unmetByActivity(base)).toBeNull();
    const withUnmet = { ...(base as object), unmetByActivity: { visit: 2, recording: { mean: 5, ci95: 1, p10: 4, p50: 5, p90: 6 } } } as never;
    expect(unmetByActivity(withUnmet)!.map((u) => u.id)).toEqual(['recording', 'visit']);
  });
});
