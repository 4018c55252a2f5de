// The simulated week at the standard workload (bench/standard.json: two teams of ten people,
// about 300 families, 52 weeks after 8 weeks' warm-up, diaries, absence and turnover on),
// through the same public simulate() the app and CLI use, on two worker threads.
// Targets (issue 5): 1,000 replications ≤ 6 s wall; 200 ≤ 1.5 s; peak memory ≤ 300 MB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerPoolExecutor } from '../main/workers/workerPool';
import { runReplication } from '../models/des/environment';
import { compileModel } from '../models/des/model';
import { ScenarioSchema } from '../models/scenario';
import { simulate } from '../models/simulate';
import { median, report } from './measure';

const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'standard.json'), 'utf8')));
const THREADS = 2;

/** CPU time of one replication in this thread: on a shared machine it says more than wall time does. */
function cpuPerReplication(): void {
  const model = compileModel(scenario);
  const settings = { weeks: scenario.run.weeks, warmupWeeks: scenario.run.warmupWeeks, seed: scenario.run.seed };
  for (let r = 0; r < 20; r++) runReplication(model, settings, r);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    const before = process.cpuUsage();
    for (let r = 0; r < 20; r++) runReplication(model, settings, r);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000 / 20);
  }
  report('des.standard.one-replication', 'cpu_time_median_of_5', median(times), 'ms');
  report('des.standard.one-replication', 'cpu_time_best_of_5', Math.min(...times), 'ms');
}

async function replications(runs: number): Promise<void> {
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await simulate(scenario, { engine: 'des', des: { runs, executor: workerPoolExecutor({ threads: THREADS }) } });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const name = `des.standard.${runs}-replications.${THREADS}-threads`;
  report(name, 'wall', seconds, 's');
  report(name, 'cpu_all_threads', (used.user + used.system) / 1e6, 's');
  report(name, 'peak_rss', peakRss / 2 ** 20, 'MB');
  report(name, 'events', result.run.events, 'events');
  report(name, 'families_open', (result.team.familiesOpen as { mean: number }).mean, 'families');
}

cpuPerReplication();
// One run first, so worker start-up and the JIT are measured warm as well as cold below.
await replications(200);
for (let i = 0; i < 2; i++) await replications(200);
await replications(1000);
