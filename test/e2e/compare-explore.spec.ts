import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { socialWorkerDirectShare } from '../../models/analyses/kpis';
import { presetScenario } from '../../models/presets';
import { simulate } from '../../models/simulate';
import { test, expect } from './fixtures/app';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percentOne = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

async function openSkilledAdmin(page: Page): Promise<void> {
  const library = page.getByRole('region', { name: 'Evidence library' });
  await library.locator('[data-preset-id="skilled-admin"]').getByRole('button', { name: /Open as new scenario/ }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText(presetScenario('skilled-admin').name);
}

/** The table alternative of a figure, as rows of cell texts (header row first). */
async function figureTable(page: Page, title: string): Promise<string[][]> {
  const figure = page.getByRole('figure', { name: title });
  await figure.locator('summary').click();
  return figure.locator('table tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent ?? '')));
}

const number = (text: string) => Number(text.replace(/,/g, ''));

test('Compare: traditional against skilled administrators shows the models’ direct-share difference, what changed, and no bands without a simulation', async ({ app: { page, problems } }) => {
  await openSkilledAdmin(page);
  await page.getByRole('tab', { name: 'Compare' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Compare' });

  const before = socialWorkerDirectShare(simulate(presetScenario('traditional'), { engine: 'capacity' }))!;
  const after = socialWorkerDirectShare(simulate(presetScenario('skilled-admin'), { engine: 'capacity' }))!;
  const points = Math.round(Math.abs(after - before) * 1000) / 10;
  expect(after).toBeGreaterThan(before);

  await expect(panel.getByLabel('Baseline')).toHaveValue('traditional');
  await expect(panel.getByTestId('value-socialWorkers.directShare-0').locator('.compare-table__value')).toHaveText(percentOne.format(before));
  await expect(panel.getByTestId('value-socialWorkers.directShare-1').locator('.compare-table__value')).toHaveText(percentOne.format(after));
  const delta = panel.getByTestId('delta-socialWorkers.directShare-1');
  await expect(delta).toHaveText(`▲ +${plain.format(points)} points better`);
  await expect(delta).toHaveClass(/delta--better/);

  const changes = panel.getByTestId(/^changes-/).nth(1);
  await expect(changes).toContainText('Skilled administrator (PA to social workers) added: 2 FTE');
  await expect(changes).toContainText('Delegation off → on');
  await expect(panel.getByTestId('no-simulation')).toBeVisible();
  await expect(panel.getByText('within the simulation’s uncertainty')).toHaveCount(0);

  // The paired chart's table holds the same two figures.
  const rows = await figureTable(page, 'Social workers’ time with families');
  expect(rows.slice(1).map((r) => number(r[1]!))).toEqual([Math.round(before * 1000) / 10, Math.round(after * 1000) / 10]);
  expect(problems).toEqual([]);
});

test('Explore: a sweep of skilled administrator posts never lowers social workers’ direct time', async ({ app: { page, problems } }) => {
  await openSkilledAdmin(page);
  await page.getByRole('tab', { name: 'Explore' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Explore' });
  await expect(panel.getByLabel('Parameter', { exact: true })).toHaveValue('teams[0].roles[3].posts');
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  const title = 'Social workers’ time with families as Skilled administrator (PA to social workers): posts (FTE) changes';
  await expect(page.getByRole('figure', { name: title })).toBeVisible();
  const rows = (await figureTable(page, title)).slice(1);
  const posts = rows.map((r) => number(r[0]!));
  const shares = rows.map((r) => number(r[1]!));
  expect(posts).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]);
  for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeGreaterThanOrEqual(shares[i - 1]!);
  expect(shares.at(-1)!).toBeGreaterThan(shares[0]!);
  expect(problems).toEqual([]);
});

test('Explore: bad sweep input gets a clear message, keeps what was typed, and runs nothing', async ({ app: { page } }) => {
  await page.getByRole('tab', { name: 'Explore' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Explore' });
  const steps = panel.getByRole('textbox', { name: /^Steps, / }).first();
  await steps.fill('2.5');
  await expect(panel.getByTestId('error-summary')).toContainText('Steps must be a whole number');
  await expect(page.getByRole('tab', { name: /Explore/ })).toContainText('1 problem');
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  await expect(panel.getByText('Correct the values marked above, then run the sweep')).toBeVisible();
  await expect(steps).toHaveValue('2.5');
  await steps.fill('5');
  const to = panel.getByRole('textbox', { name: /^To \(FTE\), / }).first();
  await to.fill('0');
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  await expect(panel.getByText(/To must be more than From/)).toBeVisible();
  await expect(panel.getByRole('figure')).toHaveCount(0);
});

test('Explore: goal seek finds the skilled administrator posts for 50 % direct time, and the variant it creates reaches it (one undo step)', async ({ app: { page, problems } }) => {
  await openSkilledAdmin(page);
  await page.getByRole('tab', { name: 'Explore' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Explore' });
  const target = panel.getByRole('textbox', { name: /^Target for social workers’ time with families/ });
  const answer = panel.getByTestId('goal-answer');
  // Out of reach in the range: said in words, with how close the range gets.
  await target.fill('70');
  await panel.getByRole('button', { name: 'Find the value' }).click();
  await expect(answer).toContainText(/No value of .* from 0 FTE to 4 FTE brings social workers’ time with families to 70\.0%: at 4 FTE it is/);

  await target.fill('50');
  await panel.getByRole('button', { name: 'Find the value' }).click();
  await expect(answer.getByTestId('goal-value')).toBeVisible();
  const posts = number((await answer.getByTestId('goal-value').textContent())!.replace(' FTE', ''));
  // Fewer than the preset's two posts reach 50 %; none do not.
  expect(posts).toBeGreaterThan(0);
  expect(posts).toBeLessThan(2);

  await answer.getByRole('button', { name: /Create this variant/ }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText(`Skilled administrator (PA to social workers): posts (FTE) = ${plain.format(posts)} FTE`);
  await expect(page.getByText(`Scenario · variant of ${presetScenario('skilled-admin').name}`)).toBeVisible();
  await page.getByRole('tab', { name: 'Results' }).click();
  const shown = await page.getByTestId('kpi-sw-direct-share-value').textContent();
  // The goal seek's rounding is upward, so the variant reaches the target itself.
  expect(Number.parseFloat(shown!)).toBeGreaterThanOrEqual(50);

  await page.getByRole('tab', { name: 'Team' }).click();
  await expect(page.getByRole('textbox', { name: 'Posts (FTE), Skilled administrator (PA to social workers)' })).toHaveValue(plain.format(posts));
  await page.getByRole('tab', { name: 'Team' }).focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('scenario-name')).toHaveText(presetScenario('skilled-admin').name);
  expect(problems).toEqual([]);
});

test('Explore: a running analysis shows progress and Cancel stops it without drawing anything', async ({ app: { page, problems } }) => {
  // Hold the worker's script, so the run is still starting whatever the machine's speed.
  const held: Route[] = [];
  await page.route('**/explore.worker-*.js', (route) => void held.push(route));
  await page.getByRole('tab', { name: 'Explore' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Explore' });
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  await expect(panel.getByRole('progressbar', { name: 'sweep progress' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Run sweep' })).toBeDisabled();
  await expect.poll(() => held.length).toBe(1);
  await panel.getByRole('button', { name: 'Cancel sweep' }).click();
  await expect(panel.getByText('Cancelled. Nothing was changed.')).toBeVisible();
  await expect(panel.getByRole('progressbar')).toHaveCount(0);

  await page.unroute('**/explore.worker-*.js');
  for (const route of held) await route.continue().catch(() => undefined);
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  await expect(panel.getByRole('figure')).toHaveCount(1);
  await expect(panel.getByText('Cancelled. Nothing was changed.')).toHaveCount(0);
  expect(problems).toEqual([]);
});

/** Runs all four analyses of the Explore view on skilled-admin, so the page shows every chart. */
async function runEverything(page: Page): Promise<void> {
  await openSkilledAdmin(page);
  await page.getByRole('tab', { name: 'Explore' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Explore' });
  await panel.getByRole('button', { name: 'Run sweep' }).click();
  await panel.getByRole('button', { name: 'Draw heatmap' }).click();
  await panel.getByRole('button', { name: 'Run sensitivity' }).click();
  await panel.getByRole('button', { name: 'Find the value' }).click();
  await expect(panel.locator('figure#sweep, figure[aria-labelledby="sweep-title"]')).toBeVisible();
  await expect(panel.locator('figure[aria-labelledby="heatmap-title"]')).toBeVisible();
  // All four run at once; on a slow spell of a shared machine the goal seek can finish seconds
  // after the sensitivity analysis, so it gets the same allowance.
  await expect(panel.locator('figure[aria-labelledby="tornado-title"]')).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByTestId('goal-answer')).toBeVisible({ timeout: 60_000 });
}

for (const [id, name] of [
  ['compare', 'Compare'],
  ['explore', 'Explore'],
] as const) {
  test(`the ${name} view has no serious or critical accessibility violations`, async ({ app: { page, problems } }) => {
    if (id === 'explore') await runEverything(page);
    else {
      await openSkilledAdmin(page);
      await page.getByRole('tab', { name }).click();
    }
    const panel = page.getByRole('tabpanel', { name });
    await expect(panel).toBeVisible();
    for (const summary of await panel.locator('details > summary').all()) await summary.click();
    const results = await new AxeBuilder({ page }).include(`#panel-${id}`).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(problems).toEqual([]);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`screenshot of ${name} at ${width}×${height}`, async ({ app: { page } }) => {
      await page.setViewportSize({ width, height });
      if (id === 'explore') await runEverything(page);
      else {
        await openSkilledAdmin(page);
        await page.getByRole('tab', { name }).click();
      }
      await expect(page.getByRole('tabpanel', { name })).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `view-${id}-${width}x${height}.png`), fullPage: true });
      if (id === 'explore') {
        for (const section of ['sweep', 'heat', 'tornado', 'goal']) {
          await page.locator(`section[aria-labelledby="${section}-heading"]`).screenshot({ path: join(SHOTS, `view-explore-${section}-${width}x${height}.png`) });
        }
      }
    });
  }
}
