// Runs the first N replications of the standard workload (bench/standard.json) in this thread and
// nothing else: the program scripts/instructions.ts counts under valgrind. Usage: replicate N
import { standardScenario } from '../bench/standard';
import { applySimulationJsFlags } from '../main/workers/jitFlags';
import { runReplication } from '../models/des/environment';
import { compileModel } from '../models/des/model';

applySimulationJsFlags();
const runs = Number(process.argv[2]);
if (!Number.isInteger(runs) || runs < 0) {
  console.error('usage: replicate.ts N (N replications of bench/standard.json)');
  process.exit(2);
}
const scenario = standardScenario();
const model = compileModel(scenario);
const settings = { weeks: scenario.run.weeks, warmupWeeks: scenario.run.warmupWeeks, seed: scenario.run.seed };
for (let r = 0; r < runs; r++) runReplication(model, settings, r);
