import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { presetScenario } from '../../models/presets';
import { test, expect } from './fixtures/app';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const HELPERS = join(import.meta.dirname, 'helpers');
const percentOne = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const tsx = (script: string, ...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', join(HELPERS, script), ...args], { encoding: 'utf8' });

/** The capacity model's social-worker direct share for skilled-admin with `admins` skilled administrators. */
const expectedDirectShare = (admins: number) => percentOne.format(JSON.parse(tsx('directShare.ts', 'skilled-admin', 'skilled_administrator', String(admins))) as number);

async function openSkilledAdmin(page: Page) {
  const library = page.getByRole('region', { name: 'Evidence library' });
  await library.locator('[data-preset-id="skilled-admin"]').getByRole('button', { name: /Open as new scenario/ }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText(presetScenario('skilled-admin').name);
}

async function axeSerious(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the diary of a chosen week shows the blocks and hours the simulation recorded for each person', async ({ app: { page, problems } }) => {
  await page.getByRole('tab', { name: 'Diary' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Diary' });
  await panel.getByRole('combobox', { name: 'Week' }).selectOption({ label: 'Week 28 (2nd after the build-up)' });
  await panel.getByRole('combobox', { name: 'Replication' }).selectOption({ label: 'Run 2' });
  await expect(panel.getByRole('heading', { name: 'Each person’s diary, week 28, run 2' })).toBeVisible({ timeout: 20_000 });

  const expected = JSON.parse(tsx('diaryWeek.ts', 'traditional', '28', '2')) as { name: string; blocks: number; hours: number }[];
  await expect(panel.locator('[data-block]')).toHaveCount(expected.reduce((sum, p) => sum + p.blocks, 0));
  await panel.getByText('Show as table').click();
  const table = panel.getByRole('region', { name: /as a table/ });
  for (const person of expected) {
    const row = table.getByRole('row', { name: new RegExp(`^${person.name} `) });
    await expect(row.getByRole('cell').nth(1)).toHaveText(String(person.blocks));
    await expect(row.getByRole('cell').nth(2)).toHaveText(number.format(Math.round(person.hours * 100) / 100));
  }

  // Blocks are one tab stop; arrows move between them and each says what it is.
  const first = panel.locator('[data-block][tabindex="0"]');
  await first.focus();
  const tip = panel.getByRole('tooltip');
  const firstSays = (await first.getAttribute('aria-label')) ?? '';
  expect(firstSays).toMatch(/(Monday|Tuesday|Wednesday|Thursday|Friday) \d\d:\d\d–\d\d:\d\d, (for family \d+|for \d+ famil(y|ies)|not for a family)/);
  await expect(tip).toHaveText(firstSays);
  await page.keyboard.press('ArrowRight');
  await expect(tip).not.toHaveText(firstSays);
  await expect(tip).toHaveText((await page.locator('[data-block]:focus').getAttribute('aria-label')) ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-block]:focus')).toHaveCount(1);
  await expect(panel.locator('[data-block][tabindex="0"]')).toHaveCount(1);
  // A week's case administration is done in a few sittings, each saying how many families it was for.
  const batch = panel.locator('[data-block][aria-label^="Case administration"][aria-label*=" families"]').first();
  await batch.focus();
  await expect(tip).toHaveText(/^Case administration.*, (Monday|Tuesday|Wednesday|Thursday|Friday) \d\d:\d\d–\d\d:\d\d, for \d+ families/);
  await page.screenshot({ path: join(SHOTS, 'diary-batched-paperwork-1280x720.png') });
  expect(problems).toEqual([]);
});

test('before and after: a social worker’s week in the traditional team and with skilled administrators', async ({ app: { page, problems } }) => {
  await page.getByRole('tab', { name: 'Before and after' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Before and after' });
  await expect(panel.getByTestId('side-before')).toContainText('Before: Traditional team', { timeout: 20_000 });
  await expect(panel.getByTestId('side-after')).toContainText('After: Skilled administrators');
  await expect(panel.getByTestId('direct-before')).toHaveText(/^\d+(\.\d)? h$/);
  await expect(panel.getByTestId('direct-after')).toHaveText(/^\d+(\.\d)? h$/);
  // Five days a side, blocks on both.
  await expect(panel.getByTestId('side-before').locator('[data-block]').first()).toBeVisible();
  await expect(panel.getByTestId('side-after').locator('[data-block]').first()).toBeVisible();
  for (const summary of await panel.locator('details > summary').all()) await summary.click();
  expect(await axeSerious(page, '#panel-before-after')).toEqual([]);
  expect(problems).toEqual([]);
});

test('trainer mode: the administrators lever raises social workers’ time with families to the model’s value; Escape leaves the planner’s scenario as it was', async ({ app: { page, problems } }) => {
  await openSkilledAdmin(page);
  const opener = page.getByRole('button', { name: 'Trainer mode' });
  await opener.click();
  const trainer = page.getByRole('dialog', { name: presetScenario('skilled-admin').name });
  await expect(trainer).toBeVisible();
  const share = trainer.getByTestId('trainer-direct-share');
  const before = expectedDirectShare(2);
  await expect(share).toHaveText(before);

  const lever = trainer.getByRole('slider', { name: 'Administrators' });
  await expect(lever).toHaveAttribute('aria-valuetext', '2 administrator posts — 1 for every 3 social workers');
  await lever.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(lever).toHaveAttribute('aria-valuetext', /^3 administrator posts/);
  const after = expectedDirectShare(3);
  await expect(share).toHaveText(after);
  expect(Number.parseFloat(after)).toBeGreaterThan(Number.parseFloat(before));
  await expect(trainer.getByText(`${before} as planned`)).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(trainer).toHaveCount(0);
  await expect(opener).toBeFocused();
  await page.getByRole('tab', { name: 'Team' }).click();
  await expect(page.getByRole('textbox', { name: 'Posts (FTE), Skilled administrator (PA to social workers)' })).toHaveValue('2');

  // Kept on purpose, the trainer's setting becomes a variant of the scenario, one undo step.
  await opener.click();
  await trainer.getByRole('slider', { name: 'Administrators' }).focus();
  await page.keyboard.press('ArrowRight');
  await trainer.getByRole('button', { name: 'Keep as variant' }).click();
  const name = `${presetScenario('skilled-admin').name} – from trainer mode`;
  await expect(trainer.getByRole('status').filter({ hasText: 'Kept as' })).toContainText(name);
  await trainer.getByRole('button', { name: /^Leave/ }).click();
  const tree = page.getByRole('navigation', { name: 'Scenarios' });
  await expect(tree.getByRole('button', { name })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(tree.getByRole('button', { name })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('trainer mode: the replay steps week by week, plays, and stops at the last week', async ({ app: { page, problems } }) => {
  await page.getByRole('button', { name: 'Trainer mode' }).click();
  const trainer = page.getByRole('dialog');
  await trainer.getByRole('button', { name: 'Week by week' }).click();
  const week = trainer.getByTestId('replay-week');
  await expect(week).toHaveText('Week 0 of 52: the start', { timeout: 20_000 });
  const step = trainer.getByRole('button', { name: 'Step one week' });
  await step.click();
  await expect(week).toHaveText('Week 1 of 52');
  await step.click();
  await expect(week).toHaveText('Week 2 of 52');
  await trainer.getByText('Show as table').click();
  const table = trainer.getByRole('region', { name: /as a table/ });
  await expect(table.locator('tbody tr')).toHaveCount(2);

  await trainer.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '8 weeks a second' });
  await trainer.getByRole('button', { name: 'Play' }).click();
  await expect(trainer.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(week).toHaveText('Week 52 of 52 — the end', { timeout: 60_000 });
  await expect(trainer.getByRole('button', { name: 'Play' })).toBeDisabled();
  await expect(step).toBeDisabled();
  await expect(table.locator('tbody tr')).toHaveCount(52);
  await trainer.getByRole('button', { name: 'Start again' }).click();
  await expect(week).toHaveText('Week 0 of 52: the start');
  expect(problems).toEqual([]);
});

test('the diary and trainer mode have no serious or critical accessibility violations', async ({ app: { page, problems } }) => {
  // axe reads every block of the week: slow on a busy two-core machine, and not a timing check.
  test.setTimeout(180_000);
  await page.getByRole('tab', { name: 'Diary' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Diary' });
  await expect(panel.locator('[data-block]').first()).toBeVisible({ timeout: 20_000 });
  for (const summary of await panel.locator('details > summary').all()) await summary.click();
  expect(await axeSerious(page, '#panel-diary')).toEqual([]);

  await page.getByRole('button', { name: 'Trainer mode' }).click();
  const trainer = page.getByRole('dialog');
  await expect(trainer.getByTestId('trainer-direct-share')).toBeVisible();
  expect(await axeSerious(page, '.trainer')).toEqual([]);
  await trainer.getByRole('button', { name: 'Week by week' }).click();
  await trainer.getByRole('button', { name: 'Step one week' }).click();
  for (const summary of await trainer.locator('details > summary').all()) await summary.click();
  expect(await axeSerious(page, '.trainer')).toEqual([]);
  expect(problems).toEqual([]);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`screenshots of the diary, before and after, and trainer mode at ${width}×${height}`, async ({ app: { page } }) => {
    await page.setViewportSize({ width, height });
    await page.getByRole('tab', { name: 'Diary' }).click();
    const diary = page.getByRole('tabpanel', { name: 'Diary' });
    await expect(diary.locator('[data-block]').first()).toBeVisible({ timeout: 20_000 });
    await diary.locator('[data-block][tabindex="0"]').focus();
    await page.screenshot({ path: join(SHOTS, `diary-${width}x${height}.png`), fullPage: true });

    await page.getByRole('tab', { name: 'Before and after' }).click();
    const sides = page.getByRole('tabpanel', { name: 'Before and after' });
    await expect(sides.getByTestId('side-after').locator('[data-block]').first()).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, `before-after-${width}x${height}.png`), fullPage: true });

    await page.getByRole('button', { name: 'Trainer mode' }).click();
    const trainer = page.getByRole('dialog');
    await trainer.getByRole('switch', { name: /hand admin/ }).or(trainer.getByRole('checkbox', { name: /hand admin/ })).check();
    await trainer.getByRole('slider', { name: 'Administrators' }).fill('2');
    await expect(trainer.getByTestId('trainer-direct-share')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `trainer-levers-${width}x${height}.png`) });
    await trainer.getByRole('button', { name: 'Week by week' }).click();
    await expect(trainer.getByTestId('replay-week')).toContainText('Week 0', { timeout: 20_000 });
    for (let i = 0; i < 26; i++) await trainer.getByRole('button', { name: 'Step one week' }).click();
    await expect(trainer.getByTestId('replay-week')).toHaveText('Week 26 of 52');
    await page.screenshot({ path: join(SHOTS, `trainer-replay-${width}x${height}.png`) });
  });
}
