import type { DesRunOptions } from '../../models/des/monteCarloRun';
import { checkThreads, defaultThreads, workerPoolExecutor } from '../workers/workerPool';
import { UserError } from './userError';

/**
 * The CLI's options (DESIGN §8) in one table. An engine's own options say which engine they
 * belong to, so the DES options are parsed here and checked against --engine in one place.
 */
interface OptionSpec {
  takesValue: boolean;
  engine?: 'des';
  help: string;
}

export const OPTIONS: Record<string, OptionSpec> = {
  '--preset': { takesValue: true, help: 'run an evidence preset by id' },
  '--scenario': { takesValue: true, help: 'the scenario of a project file, by name or id' },
  '--engine': { takesValue: true, help: 'capacity (default) or des' },
  '--compare-to': { takesValue: true, help: 'FILE or preset:ID to count savings against' },
  '--format': { takesValue: true, help: 'json (default) or csv' },
  '--out': { takesValue: true, help: 'write the result to FILE instead of stdout' },
  '--list-presets': { takesValue: false, help: 'print the presets, one a line, id first' },
  '--help': { takesValue: false, help: 'print this help' },
  '--runs': { takesValue: true, engine: 'des', help: 'replications' },
  '--seed': { takesValue: true, engine: 'des', help: 'random seed' },
  '--weeks': { takesValue: true, engine: 'des', help: 'weeks after the warm-up' },
  '--warmup': { takesValue: true, engine: 'des', help: 'warm-up weeks' },
  '--threads': { takesValue: true, engine: 'des', help: 'worker threads' },
  '--diary-week': { takesValue: true, engine: 'des', help: 'the week whose diaries the result carries (1 = the first week of the warm-up; default: the first after it)' },
  '--diary-replication': { takesValue: true, engine: 'des', help: 'the replication that records them (default 0)' },
};

export interface ParsedArgs {
  file: string | null;
  values: Record<string, string>;
  flags: Set<string>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { file: null, values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!name.startsWith('--')) {
      if (out.file !== null) throw new UserError(`one scenario file at a time: got "${out.file}" and "${arg}"`);
      out.file = arg;
      continue;
    }
    const spec = OPTIONS[name];
    if (!spec) throw new UserError(`unknown option ${name}; try --help`);
    if (!spec.takesValue) {
      out.flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UserError(`${name} needs a value`);
    out.values[name] = value;
  }
  const engine = out.values['--engine'] ?? 'capacity';
  if (engine !== 'capacity' && engine !== 'des') throw new UserError(`--engine must be capacity or des, not "${engine}"`);
  for (const name of Object.keys(out.values)) {
    if (OPTIONS[name].engine && OPTIONS[name].engine !== engine) throw new UserError(`${name} applies only to --engine ${OPTIONS[name].engine}`);
  }
  const format = out.values['--format'] ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UserError(`--format must be json or csv, not "${format}"`);
  return out;
}

export function helpText(): string {
  const lines = Object.entries(OPTIONS).map(([name, o]) => `  ${(name + (o.takesValue ? ' VALUE' : '')).padEnd(27)} ${o.help}${o.engine ? ` (--engine ${o.engine})` : ''}`);
  return ['usage: npm run -s simulate -- FILE | --preset ID [options]', '', ...lines].join('\n');
}

function wholeNumber(args: ParsedArgs, name: string): number | undefined {
  const raw = args.values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`${name} must be a whole number, not "${raw}"`);
  return n;
}

/** The simulation's settings from the command line; the scenario's own where not given. */
export function desOptions(args: ParsedArgs): DesRunOptions {
  const o: DesRunOptions = {};
  const threads = args.values['--threads'] === undefined ? defaultThreads() : Number(args.values['--threads']);
  const badThreads = checkThreads(threads);
  if (badThreads) throw new UserError(`--${badThreads}`);
  o.executor = workerPoolExecutor({ threads });
  const runs = wholeNumber(args, '--runs');
  const seed = wholeNumber(args, '--seed');
  const weeks = wholeNumber(args, '--weeks');
  const warmup = wholeNumber(args, '--warmup');
  if (runs !== undefined) o.runs = runs;
  if (seed !== undefined) o.seed = seed;
  if (weeks !== undefined) o.weeks = weeks;
  if (warmup !== undefined) o.warmupWeeks = warmup;
  const diaryWeek = wholeNumber(args, '--diary-week');
  const diaryReplication = wholeNumber(args, '--diary-replication');
  if (diaryWeek !== undefined) o.diaryWeek = diaryWeek;
  if (diaryReplication !== undefined) o.diaryReplication = diaryReplication;
  return o;
}
