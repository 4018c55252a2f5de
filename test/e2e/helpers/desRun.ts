/**
 * Prints a simulation run that was never cancelled, in this process with the models' own
 * executor: `tsx desRun.ts PRESET RUNS`. The page's Web Worker run of the same scenario and
 * seed must give exactly these figures.
 */
import { presetScenario } from '../../../models/presets';
import { simulate } from '../../../models/simulate';

const [presetId = '', runs = ''] = process.argv.slice(2);
const scenario = presetScenario(presetId);
scenario.run.replications = Number(runs);
const result = await simulate(scenario, { engine: 'des', des: {} });
process.stdout.write(JSON.stringify({ team: result.team, money: result.money, kpis: (result as { kpis?: unknown }).kpis }));
