// Machine instructions per replication of the standard workload, in the steady state the worker
// threads reach (the code optimised, the heap warm): valgrind counts the instructions of runs of
// 20 and of 50 replications, and the difference is divided by 30, so start-up and compilation
// cancel out. Unlike a time, the count does not drift with the machine's speed, so a change worth
// one percent shows as one percent (docs/performance.md). Needs valgrind (Debian: `valgrind`);
// takes about two minutes:  npx tsx scripts/instructions.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { workerBundle } from '../main/workers/workerPool';

const FEW = 20;
const MANY = 50;

/** Instructions valgrind counted for a run of `runs` replications of the bundled program. */
function instructions(program: string, runs: number): number {
  // --single-threaded and --predictable keep V8's compiler and collector on the main thread, where valgrind sees them in the same order every time.
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', '--predictable', program, String(runs)], { encoding: 'utf8' });
  if (run.error) throw new Error(`valgrind could not be started (${run.error.message}); on Debian: apt-get install valgrind`);
  const collected = /Collected : (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !collected) throw new Error(`the run under valgrind failed:\n${run.stderr.slice(-2000)}`);
  return Number(collected[1]);
}

const dir = mkdtempSync(join(tmpdir(), 'skillmix-instructions-'));
try {
  const program = join(dir, 'replicate.mjs');
  // Bundled as the worker threads are (minifySyntax folds the module constants into the hot loops).
  buildSync({ ...workerBundle(), entryPoints: [join(import.meta.dirname, 'replicate.ts')], outfile: program, logLevel: 'warning' });
  const perReplication = (instructions(program, MANY) - instructions(program, FEW)) / (MANY - FEW);
  console.log(JSON.stringify({ name: 'des.standard.one-replication', metric: 'instructions_steady_state', value: Math.round(perReplication / 1000), unit: 'k instructions' }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
