import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SimulationResult, Stochastic } from '../../models/result';
import { test, expect } from './fixtures/app';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

/** The same scenario's run in Node, never cancelled. */
function uncancelledRun(runs: number): Pick<SimulationResult, 'team' | 'money'> & { kpis?: Record<string, unknown> } {
  const script = join(import.meta.dirname, 'helpers', 'desRun.ts');
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, 'traditional', String(runs)], { encoding: 'utf8' }));
}

async function openResults(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Results' }).click();
  await expect(page.getByRole('heading', { name: 'Simulation' })).toBeVisible();
}

async function setRuns(page: Page, runs: number): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Runs', exact: true });
  await field.fill(String(runs));
  await field.blur();
}

const progressNow = async (page: Page) => Number(await page.getByRole('progressbar', { name: 'Simulation progress' }).getAttribute('aria-valuenow'));

async function simulatedValue(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(`sim-kpi-${id}`).getAttribute('data-value'));
}

const KPIS = ['families-open', 'children-open', 'backlog', 'kw-changes'] as const;

async function simulatedKpis(page: Page): Promise<Record<string, [number, number]>> {
  const out: Record<string, [number, number]> = {};
  for (const id of KPIS) {
    const card = page.getByTestId(`sim-kpi-${id}`);
    out[id] = [Number(await card.getAttribute('data-value')), Number(await card.getAttribute('data-ci95'))];
  }
  return out;
}

test('a run shows progress, stops on Cancel, and a rerun with the same seed equals a run never cancelled', async ({ app: { page, problems } }) => {
  // Three runs of a hundred simulated years and one in Node: minutes on a busy 2-core machine.
  test.setTimeout(300_000);
  await openResults(page);
  const run = page.getByRole('button', { name: 'Run simulation' });
  const status = page.getByTestId('simulation-status');

  // A run never cancelled.
  await setRuns(page, 100);
  await run.click();
  await expect(status).toHaveText(/^Finished in/, { timeout: 120_000 });
  const uncancelled = await simulatedKpis(page);

  // A long run, cancelled part way: the bar moves, then stops where Cancel left it.
  await setRuns(page, 4000);
  await run.click();
  const bar = page.getByRole('progressbar', { name: 'Simulation progress' });
  await expect(bar).toBeVisible();
  await expect.poll(() => progressNow(page)).toBeGreaterThan(0);
  await page.getByRole('heading', { name: 'Simulation' }).scrollIntoViewIfNeeded();
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `simulation-progress-${w}x${h}.png`) });
  }
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(bar).toHaveCount(0);
  await expect(status).toHaveText(/^Cancelled after [\d,]+ of 4,000 runs; nothing was kept\.$/);
  const cancelledAt = await status.textContent();
  await page.waitForTimeout(1500);
  await expect(status).toHaveText(cancelledAt!);
  await expect(page.getByTestId('simulation-stale')).toBeVisible();

  // The first settings again: cancelled at once, then run to the end.
  await setRuns(page, 100);
  await run.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toHaveText(/^Cancelled after [\d,]+ of 100 runs/);
  await run.click();
  await expect(status).toHaveText(/^Finished in/, { timeout: 120_000 });
  await expect(page.getByTestId('simulation-stale')).toHaveCount(0);
  expect(await simulatedKpis(page)).toEqual(uncancelled);

  // The CLI's engine (Node) for the same seed: equal up to the last bits its V8's Math.log and
  // Math.exp may differ from Chromium's in.
  const node = uncancelledRun(100);
  const stochastic = (f: unknown) => f as Stochastic;
  const nodeFigures: Record<(typeof KPIS)[number], Stochastic> = {
    'families-open': stochastic(node.team.familiesOpen),
    'children-open': stochastic(node.team.childrenOpen),
    backlog: stochastic(node.kpis?.['familiesWaiting']),
    'kw-changes': stochastic(node.team.keyWorkerChangesPerFamily),
  };
  for (const id of KPIS) {
    const [mean, ci95] = uncancelled[id]!;
    expect(Math.abs(mean - nodeFigures[id].mean), id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(mean)));
    expect(Math.abs(ci95 - nodeFigures[id].ci95), id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ci95)));
  }
  expect(problems).toEqual([]);
});

test('fan charts of the weekly series, each with its table, and no serious accessibility violations', async ({ app: { page } }) => {
  await openResults(page);
  await setRuns(page, 24);
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('simulation-status')).toHaveText(/^Finished in/, { timeout: 120_000 });

  const fan = page.getByRole('figure', { name: 'Families open, week by week' });
  await expect(fan).toBeVisible();
  await expect(fan.getByTestId('fan-band')).toHaveAttribute('d', /^M.+Z$/);
  await expect(fan.getByTestId('fan-median')).toHaveAttribute('d', /^M/);
  await expect(page.getByRole('figure', { name: 'Backlog: families waiting for a key worker' })).toBeVisible();
  const direct = page.getByRole('figure', { name: 'Social workers’ time with families, week by week' });
  await expect(direct.getByTestId('fan-median')).toHaveAttribute('d', /^M/);
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.getByRole('heading', { name: 'Simulated figures' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `simulation-figures-${w}x${h}.png`) });
    await fan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `simulation-fan-chart-${w}x${h}.png`) });
    await direct.screenshot({ path: join(SHOTS, `simulation-fan-direct-share-${w}x${h}.png`) });
  }
  await fan.getByText('Show as table').click();
  const table = fan.getByRole('table');
  // 52 weeks after the warm-up, and the header row.
  await expect(table.getByRole('row')).toHaveCount(53);
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText('9');

  await expect(page.getByTestId('sim-kpi-wait')).toContainText('95 % interval');
  const results = await new AxeBuilder({ page }).include('#panel-results').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('a run is kept with the project: reopened unchanged it shows again, and an edit marks it stale', async ({ app: { page, dialogs, filesDir } }) => {
  await openResults(page);
  await setRuns(page, 12);
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('simulation-status')).toHaveText(/^Finished in/, { timeout: 120_000 });
  const families = await simulatedValue(page, 'families-open');

  dialogs.willSave(join(filesDir, 'with results.skillmix'));
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('with results.skillmix — SkillMix');
  await page.keyboard.press('Control+n');
  await openResults(page);
  await expect(page.getByTestId('simulation-results')).toHaveCount(0);

  dialogs.willOpen(join(filesDir, 'with results.skillmix'));
  await page.keyboard.press('Control+o');
  await expect(page).toHaveTitle('with results.skillmix — SkillMix');
  await openResults(page);
  await expect(page.getByTestId('simulation-results')).toBeVisible();
  expect(await simulatedValue(page, 'families-open')).toBe(families);
  await expect(page.getByTestId('simulation-stale')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Team' }).click();
  await page.getByRole('textbox', { name: 'Posts (FTE), Social worker' }).fill('7');
  await openResults(page);
  await expect(page.getByTestId('simulation-stale')).toContainText('Stale');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('simulation-stale')).toHaveCount(0);
});

test('bad run settings show the error summary and block the run; fixing them unblocks it', async ({ app: { page } }) => {
  await openResults(page);
  await setRuns(page, 0);
  const summary = page.getByTestId('simulation-problems');
  await expect(summary).toContainText('Runs: Run at least 1 replication');
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(summary).toBeFocused();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await setRuns(page, 6);
  await expect(summary).toHaveCount(0);
  await page.getByRole('button', { name: 'Run simulation' }).click();
  await expect(page.getByTestId('simulation-status')).toHaveText(/^Finished in/, { timeout: 120_000 });
});
