// The simulation's speed and memory, through the same public simulate() the app and CLI use.
// An event is one pop from the event queue.
import { workerPoolExecutor } from '../main/workers/workerPool';
import { queueingScenario } from '../models/des/queueingScenario';
import { simulate } from '../models/simulate';
import { median, report } from './measure';

/** M/M/c with c = 20, λ = 17 and μ = 1 a week: 59 replications of 1,000 weeks are a million families. */
const mmc = (replications: number, weeks: number, warmupWeeks: number) =>
  queueingScenario({ slots: 20, arrivalsPerWeek: 17, meanWeeksOpen: 1, keyWorkers: 4, weeks, warmupWeeks, replications, seed: 1 });

async function eventsPerSecond(): Promise<void> {
  // A short run first, so the timed runs measure compiled code rather than the JIT warming up.
  await simulate(mmc(5, 1000, 0), { engine: 'des' });
  const rates: number[] = [];
  let families = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = await simulate(mmc(59, 1000, 0), { engine: 'des' });
    rates.push(result.run.events / ((performance.now() - started) / 1000));
    families = (result.kpis as { referralsPerWeek: { mean: number } }).referralsPerWeek.mean * 1000 * 59;
  }
  report('des.mmc20.one-core', 'families_per_run', families, 'families');
  report('des.mmc20.one-core', 'events_per_second', median(rates), 'events/s');
  report('des.mmc20.one-core', 'events_per_second_best_of_3', Math.max(...rates), 'events/s');
}

/** Peak memory of a 1,000-replication run on worker threads (one per core): the process's RSS covers them all. */
async function thousandReplications(): Promise<void> {
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  const result = await simulate(mmc(1000, 52, 8), { engine: 'des', des: { executor: workerPoolExecutor() } });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  report('des.mmc20.1000-replications', 'peak_rss', peakRss / 2 ** 20, 'MB');
  report('des.mmc20.1000-replications', 'peak_heap_main_thread', peakHeap / 2 ** 20, 'MB');
  report('des.mmc20.1000-replications', 'wall', seconds, 's');
  report('des.mmc20.1000-replications', 'events', result.run.events, 'events');
}

await eventsPerSecond();
await thousandReplications();
