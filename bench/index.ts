// `npm run bench`: runs every bench/*.bench.ts in its own process (so one benchmark's heap
// does not colour another's memory figure) and passes through their JSON lines, one object per
// line: {"name","metric","value","unit"}. Anything a benchmark prints that is not such a line
// goes to stderr, so stdout stays machine-readable.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const dir = join(import.meta.dirname, '.');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of run.stdout.split('\n')) {
    if (!line.trim()) continue;
    if (isMeasurement(line)) process.stdout.write(`${line}\n`);
    else process.stderr.write(`${file}: ${line}\n`);
  }
  if (run.stderr) process.stderr.write(run.stderr);
  if (run.status !== 0) {
    failed += 1;
    process.stderr.write(`${file} exited with ${run.status}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);

function isMeasurement(line: string): boolean {
  try {
    const o = JSON.parse(line);
    return typeof o.name === 'string' && typeof o.metric === 'string' && typeof o.value === 'number' && typeof o.unit === 'string';
  } catch {
    return false;
  }
}
