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
import { desOptions, helpText, parseArgs, type ParsedArgs } from './options';
import { UserError } from './userError';

function preset(id: string): Scenario {
  if (!findPreset(id)) throw new UserError(`no preset "${id}"; the presets are ${PRESET_IDS.join(', ')}`);
  return presetScenario(id);
}

/** The scenario to run and the one to count savings against (its parent unless --compare-to). */
async function scenarios(args: ParsedArgs): Promise<{ scenario: Scenario; compareTo: Scenario | null }> {
  const presetId = args.values['--preset'];
  if (presetId && args.file) throw new UserError('give a scenario FILE or --preset ID, not both');
  if (!presetId && !args.file) throw new UserError('give a scenario FILE or --preset ID (--list-presets lists them)');
  const loaded = presetId ? { scenario: preset(presetId), parent: null } : await loadScenarioFile(args.file!, args.values['--scenario']);
  const { scenario } = loaded;
  const other = args.values['--compare-to'];
  if (other !== undefined) {
    const compareTo = other.startsWith('preset:') ? preset(other.slice('preset:'.length)) : (await loadScenarioFile(other)).scenario;
    return { scenario, compareTo };
  }
  const parentPreset = scenario.parentId && findPreset(scenario.parentId) ? presetScenario(scenario.parentId) : null;
  return { scenario, compareTo: loaded.parent ?? parentPreset };
}

export async function run(argv: string[]): Promise<{ output: string; outFile: string | null }> {
  const args = parseArgs(argv);
  if (args.flags.has('--help')) return { output: `${helpText()}\n`, outFile: null };
  if (args.flags.has('--list-presets')) {
    return { output: PRESETS.map((p) => `${p.id}\t${p.name}: ${p.summary}`).join('\n') + '\n', outFile: null };
  }
  const engine = (args.values['--engine'] ?? 'capacity') as Engine;
  const { scenario, compareTo } = await scenarios(args);
  const des = engine === 'des' ? { ...desOptions(args), onProgress: progress, signal: interruptSignal() } : undefined;
  const result = await simulate(scenario, { engine, compareTo, appVersion: pkg.version, des });
  const output = args.values['--format'] === 'csv' ? resultToCsv(result) : `${JSON.stringify(result, null, 2)}\n`;
  return { output, outFile: args.values['--out'] ?? null };
}

/** Ctrl-C cancels the simulation: its workers are terminated and the CLI exits 130. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

/** Progress goes to stderr, as a bar on a terminal only, so stdout stays the result. */
function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / Math.max(1, total)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${done >= total ? '\n' : ''}`);
}

async function main(): Promise<void> {
  try {
    const { output, outFile } = await run(process.argv.slice(2));
    if (outFile) writeFileSync(outFile, output);
    else process.stdout.write(output);
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') {
      process.stderr.write('\nsimulate: cancelled\n');
      process.exit(130);
    }
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

void main();
