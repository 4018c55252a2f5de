// Runs the first N replications of the standard workload (bench/standard.json of the checkout at
// ROOT) in this thread and nothing else: the program scripts/instructions.ts counts under valgrind.
// Usage: replicate N ROOT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySimulationJsFlags } from '../main/workers/jitFlags';
import { runReplication } from '../models/des/environment';
import { compileModel } from '../models/des/model';
import { ScenarioSchema } from '../models/scenario';

applySimulationJsFlags();
const [runs, root] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(runs) || runs < 0 || !root) {
  console.error('usage: replicate.ts N ROOT (N replications of ROOT/bench/standard.json)');
  process.exit(2);
}
const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(join(root, 'bench', 'standard.json'), 'utf8')));
const model = compileModel(scenario);
const settings = { weeks: scenario.run.weeks, warmupWeeks: scenario.run.warmupWeeks, seed: scenario.run.seed };
for (let r = 0; r < runs; r++) runReplication(model, settings, r);
