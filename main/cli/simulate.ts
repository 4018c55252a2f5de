// `npm run -s simulate -- FILE | --preset ID [options]` (DESIGN §8): runs a scenario headless and
// prints the result JSON or CSV. A user error prints one line naming the field and exits 2.
import { writeFileSync } from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import { PRESETS, findPreset, presetScenario, PRESET_IDS } from '../../models/presets/index';
import { resultToCsv } from '../../models/resultCsv';
import type { Scenario } from '../../models/scenario';
import { ScenarioError } from '../../models/scenarioError';
import { simulate, type Engine } from '../../models/simulate';
import { loadScenarioFile } from './loadScenario';
import { helpText, parseArgs, type ParsedArgs } from './options';
import { UserError } from './userError';

function preset(id: string): Scenario {
  if (!findPreset(id)) throw new UserError(`no preset "${id}"; the presets are ${PRESET_IDS.join(', ')}`);
  return presetScenario(id);
}

/** The scenario to run and the one to count savings against (its parent unless --compare-to). */
function scenarios(args: ParsedArgs): { scenario: Scenario; compareTo: Scenario | null } {
  const presetId = args.values['--preset'];
  if (presetId && args.file) throw new UserError('give a scenario FILE or --preset ID, not both');
  if (!presetId && !args.file) throw new UserError('give a scenario FILE or --preset ID (--list-presets lists them)');
  const loaded = presetId ? { scenario: preset(presetId), parent: null } : loadScenarioFile(args.file!, args.values['--scenario']);
  const { scenario } = loaded;
  const other = args.values['--compare-to'];
  if (other !== undefined) {
    const compareTo = other.startsWith('preset:') ? preset(other.slice('preset:'.length)) : loadScenarioFile(other).scenario;
    return { scenario, compareTo };
  }
  const parentPreset = scenario.parentId && findPreset(scenario.parentId) ? presetScenario(scenario.parentId) : null;
  return { scenario, compareTo: loaded.parent ?? parentPreset };
}

export function run(argv: string[]): { output: string; outFile: string | null } {
  const args = parseArgs(argv);
  if (args.flags.has('--help')) return { output: `${helpText()}\n`, outFile: null };
  if (args.flags.has('--list-presets')) {
    return { output: PRESETS.map((p) => `${p.id}\t${p.name}: ${p.summary}`).join('\n') + '\n', outFile: null };
  }
  const engine = (args.values['--engine'] ?? 'capacity') as Engine;
  const { scenario, compareTo } = scenarios(args);
  const result = simulate(scenario, { engine, compareTo, appVersion: pkg.version });
  const output = args.values['--format'] === 'csv' ? resultToCsv(result) : `${JSON.stringify(result, null, 2)}\n`;
  return { output, outFile: args.values['--out'] ?? null };
}

function main(): void {
  try {
    const { output, outFile } = run(process.argv.slice(2));
    if (outFile) writeFileSync(outFile, output);
    else process.stdout.write(output);
  } catch (e) {
    if (e instanceof UserError) fail(e.message);
    if (e instanceof ScenarioError) fail(e.path ? `${e.path}: ${e.message}` : e.message);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') fail(`cannot write the output: ${(e as Error).message}`);
    throw e;
  }
}

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
}

main();
