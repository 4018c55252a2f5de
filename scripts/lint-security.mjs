/**
 * `npm run lint:security`: electronegativity over the built app (out/), with its online check
 * off, failing on any finding not listed with a reason in docs/electronegativity.json.
 *
 * The package's own CLI cannot be used here: it reads options the commander@5 way, but npm
 * hoists d3's commander@7 above it, so every flag is silently ignored. Its documented entry
 * point (the runner) takes the same options as a plain object instead.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const input = resolve(process.argv[2] ?? join(root, 'out'));
const config = JSON.parse(readFileSync(join(root, 'docs', 'electronegativity.json'), 'utf8'));

// Its messages are looked up by locale; an unknown one (C.UTF-8) leaves them as bare keys.
process.env.LANG = 'en-US';
const { default: run } = await import('@doyensec/electronegativity');

const tmp = mkdtempSync(join(tmpdir(), 'skillmix-electronegativity-'));
const output = join(tmp, 'findings.csv');

const originalLog = console.log;
// It announces a failed download of fresh translations; that is noise, not a finding.
console.log = (...args) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) originalLog(...args);
};
let result;
try {
  result = await run(
    {
      input,
      output,
      isSarif: false,
      customScan: [],
      excludeFromScan: config.excludedChecks.map((c) => c.check.toLowerCase()),
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: config.electronVersion,
      parserPlugins: [],
    },
    false,
  );
} finally {
  console.log = originalLog;
  rmSync(tmp, { recursive: true, force: true });
}

const isSuppressed = (issue) => config.suppressed.some((s) => s.check === issue.id && (!s.file || s.file === issue.file));
const label = (issue) => `${issue.id} ${issue.file}:${issue.location?.line ?? 0} — ${issue.description}`;
const open = result.issues.filter((issue) => !isSuppressed(issue));
const accepted = result.issues.filter(isSuppressed);
const unused = config.suppressed.filter((s) => !result.issues.some((i) => i.id === s.check && (!s.file || s.file === i.file)));

console.log(`electronegativity over ${input}: ${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings`);
for (const issue of accepted) console.log(`  accepted  ${label(issue)}`);
for (const issue of open) console.log(`  FINDING   ${label(issue)}`);
for (const s of unused) console.log(`  note: the suppression of ${s.check} (${s.file ?? 'any file'}) matched nothing; remove it if it is no longer needed`);
for (const error of result.errors ?? []) console.log(`  could not parse ${error.file}: ${error.message ?? error.error ?? error}`);

const failed = open.length + (result.errors?.length ?? 0);
console.log(`${open.length === 0 ? 'OK' : 'FAILED'}: ${open.length} unsuppressed, ${accepted.length} accepted with a reason`);
process.exit(failed === 0 ? 0 : 1);
