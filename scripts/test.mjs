/**
 * `npm test`: every check, in order — type checks, unit tests, the build, the renderer in
 * Chromium, the security lint — then one summary line, `N passed, N failed` (`, N skipped`).
 * Tests are counted from vitest's and Playwright's JSON reports; a stage without tests of its
 * own (a type check, the build, the lint) counts as one check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'skillmix-test-'));

function run(command, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const stages = [];

function check(name, command, args) {
  console.log(`\n── ${name} ──`);
  const { ok, seconds } = run(command, args);
  stages.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds, ok });
  return ok;
}

function vitest() {
  console.log('\n── unit tests (vitest) ──');
  const file = join(reports, 'vitest.json');
  const { ok, seconds } = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
  const counts = report
    ? { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
    : { passed: 0, failed: 1, skipped: 0 };
  // A failed suite (e.g. an import error) fails the run even when no single test did.
  if (!ok && counts.failed === 0) counts.failed = 1;
  stages.push({ name: 'unit tests (vitest)', ...counts, seconds, ok });
}

function playwright() {
  console.log('\n── renderer in Chromium (playwright) ──');
  const file = join(reports, 'playwright.json');
  const { ok, seconds } = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const stats = readJson(file)?.stats;
  const counts = stats
    ? { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
    : { passed: 0, failed: 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  stages.push({ name: 'renderer in Chromium (playwright)', ...counts, seconds, ok });
}

function notRun(name, why) {
  console.log(`\n── ${name} ── not run: ${why}`);
  stages.push({ name, passed: 0, failed: 1, skipped: 0, seconds: 0, ok: false, note: `not run: ${why}` });
}

check('types (node: models, main, preload, tests, scripts)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
check('types (web: renderer, models)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
check('types (browser tests)', bin('tsc'), ['-p', 'tsconfig.e2e.json', '--noEmit']);
vitest();
const built = check('build (electron-vite)', bin('electron-vite'), ['build']) && existsSync(join(root, 'out', 'renderer', 'index.html'));
if (built) {
  playwright();
  check('security lint (electronegativity)', process.execPath, [join(root, 'scripts', 'lint-security.mjs')]);
} else {
  notRun('renderer in Chromium (playwright)', 'the build failed');
  notRun('security lint (electronegativity)', 'the build failed');
}
rmSync(reports, { recursive: true, force: true });

const total = stages.reduce((t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});

console.log('\n── summary ──');
for (const s of stages) {
  const counts = `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`;
  console.log(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name.padEnd(52)} ${counts.padEnd(32)} ${s.note ?? `${s.seconds.toFixed(1)} s`}`);
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed === 0 && stages.every((s) => s.ok) ? 0 : 1);
