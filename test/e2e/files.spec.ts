import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createHandlers } from '../../main/handlers';
import { test, expect } from './fixtures/app';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const postsField = (page: Page) => page.getByRole('textbox', { name: 'Posts (FTE), Social worker' });

async function setPosts(page: Page, value: string): Promise<void> {
  await postsField(page).fill(value);
  await postsField(page).blur();
}

async function fileMenu(page: Page, item: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
}

async function expectNoSeriousViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('save to a file, edit, save again, reopen: the edit is there and the title loses its mark', async ({ app: { page, dialogs, filesDir, windowCalls, problems } }) => {
  const file = join(filesDir, 'Hampshire plan.skillmix');
  await expect(page).toHaveTitle('Untitled project — SkillMix');

  dialogs.willSave(file);
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('Hampshire plan.skillmix — SkillMix');
  expect(dialogs.asked).toEqual(['save project Untitled project.skillmix']);

  await setPosts(page, '5');
  await expect(page).toHaveTitle('● Hampshire plan.skillmix — SkillMix');
  await expect(page.getByTestId('dirty')).toBeVisible();
  await expect.poll(() => windowCalls.at(-1)).toBe('dirty');

  // Saving a file that has a name asks nothing.
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('Hampshire plan.skillmix — SkillMix');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  await expect.poll(() => windowCalls.at(-1)).toBe('clean');
  expect(dialogs.asked).toHaveLength(1);

  await page.keyboard.press('Control+n');
  await expect(page).toHaveTitle('Untitled project — SkillMix');
  await expect(postsField(page)).toHaveValue('6');

  // Open Recent lists the file; choosing it opens it.
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Open Recent' }).press('ArrowRight');
  const recent = page.getByRole('menu', { name: 'Open Recent' }).getByRole('menuitem', { name: 'Hampshire plan.skillmix' });
  await expect(recent).toBeFocused();
  await recent.press('Enter');
  await expect(page).toHaveTitle('Hampshire plan.skillmix — SkillMix');
  await expect(postsField(page)).toHaveValue('5');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('Save As from the menu writes a second file; the application menu’s Open Recent opens by path', async ({ app: { page, dialogs, filesDir, menu } }) => {
  const first = join(filesDir, 'first.skillmix');
  const second = join(filesDir, 'second.skillmix');
  dialogs.willSave(first);
  await menu('file:save-as');
  await expect(page).toHaveTitle('first.skillmix — SkillMix');
  await setPosts(page, '7');
  dialogs.willSave(second);
  await fileMenu(page, /^Save As/);
  await expect(page).toHaveTitle('second.skillmix — SkillMix');
  await menu('file:open-recent', first);
  await expect(page).toHaveTitle('first.skillmix — SkillMix');
  await expect(postsField(page)).toHaveValue('6');
});

test('a damaged file: the alert names the problem and the open project is untouched', async ({ app: { page, dialogs, filesDir, userDataDir } }) => {
  // A real project file, cut short.
  const good = join(filesDir, 'good.skillmix');
  const saver = createHandlers({ userDataDir: join(userDataDir, 'other'), dialogs: { chooseOpen: async () => null, chooseSave: async () => good } });
  const project = await saver['project:default']({});
  if (!project.ok) throw new Error(project.error.message);
  await saver['project:saveAs']({ project: project.value, results: [] });
  const bytes = await readFile(good);
  const damaged = join(filesDir, 'damaged.skillmix');
  await writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length / 2) + 7));

  await setPosts(page, '4');
  dialogs.willOpen(damaged);
  await page.keyboard.press('Control+o');
  const unsaved = page.getByRole('alertdialog', { name: /Save the changes/ });
  await expect(unsaved).toBeVisible();
  await unsaved.getByRole('button', { name: 'Don’t save' }).click();

  const alert = page.getByRole('alertdialog', { name: 'The project could not be opened' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('incomplete');
  await expectNoSeriousViolations(page, '[data-testid="alert-dialog"]');
  await page.keyboard.press('Escape');
  await expect(alert).toBeHidden();
  await expect(postsField(page)).toHaveValue('4');
  await expect(page.getByTestId('dirty')).toBeVisible();
  await expect(page).toHaveTitle('● Untitled project — SkillMix');
  expect(await readFile(damaged)).toEqual(bytes.subarray(0, Math.floor(bytes.length / 2) + 7));
});

test('New with unsaved changes asks first: Cancel keeps the work, and Escape returns focus to the opener', async ({ app: { page } }) => {
  await setPosts(page, '3');
  const fileButton = page.getByRole('button', { name: 'File' });
  await fileButton.click();
  await page.getByRole('menuitem', { name: /^New/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Save the changes to “Untitled project”?' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousViolations(page, '[data-testid="unsaved-dialog"]');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(postsField(page)).toHaveValue('3');
  await expect(fileButton).toBeFocused();

  await page.keyboard.press('Control+n');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(postsField(page)).toHaveValue('3');

  await page.keyboard.press('Control+n');
  await dialog.getByRole('button', { name: 'Don’t save' }).click();
  await expect(postsField(page)).toHaveValue('6');
  await expect(page.getByTestId('dirty')).toHaveCount(0);
});

test('the File menu works from the keyboard and closes with Escape', async ({ app: { page } }) => {
  const fileButton = page.getByRole('button', { name: 'File' });
  await fileButton.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'File' });
  await expect(menu.getByRole('menuitem', { name: /^New/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Open…/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Close' })).toBeFocused();
  await expectNoSeriousViolations(page, '.file-menu');
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `file-menu-${w}x${h}.png`) });
  }
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(fileButton).toBeFocused();
});

test('CSV establishment: the preview shows a row error, the fixed file applies, and Ctrl+Z undoes the import', async ({ app: { page, dialogs, filesDir } }) => {
  const csv = join(filesDir, 'establishment.csv');
  await writeFile(
    csv,
    'team,role,category,posts,cost\r\nLocality team,Social worker,qualified_sw,5.5,55000\r\nLocality team,Family practitioner,aq_practitioner,lots,38000\r\n',
  );
  dialogs.willOpen(csv);
  await fileMenu(page, 'Import establishment (CSV)…');
  const preview = page.getByRole('dialog', { name: 'Import establishment from establishment.csv' });
  await expect(preview).toBeVisible();
  const errors = preview.getByTestId('csv-errors');
  await expect(errors.getByRole('row')).toHaveCount(2);
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText('posts');
  await expect(errors).toContainText('lots');
  await expect(preview.getByRole('button', { name: 'Apply changes' })).toHaveCount(0);
  await expectNoSeriousViolations(page, '[data-testid="csv-preview"]');
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `csv-preview-errors-${w}x${h}.png`) });
  }

  await writeFile(
    csv,
    'team,role,category,posts,cost\r\nLocality team,Social worker,qualified_sw,5.5,55000\r\nLocality team,Family practitioner,aq_practitioner,2,38000\r\n',
  );
  dialogs.willOpen(csv);
  await preview.getByRole('button', { name: 'Choose another file…' }).click();
  await expect(preview.getByTestId('csv-errors')).toHaveCount(0);
  await expect(preview.getByTestId('csv-changes')).toContainText('5.5');
  await expect(preview.getByTestId('csv-changes')).toContainText('Family practitioner');
  await page.screenshot({ path: join(SHOTS, 'csv-preview-ready-1280x720.png') });
  await preview.getByRole('button', { name: 'Apply changes' }).click();
  await expect(preview).toBeHidden();
  await expect(postsField(page)).toHaveValue('5.5');
  await expect(page.getByRole('textbox', { name: 'Posts (FTE), Family practitioner' })).toHaveValue('2');

  // The whole import is one step back.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await expect(postsField(page)).toHaveValue('6');
  await expect(page.getByRole('textbox', { name: 'Posts (FTE), Family practitioner' })).toHaveCount(0);
});

test('a recovery copy newer than its file is offered at launch and restores the unsaved work', async ({ app: { page, dialogs, filesDir, userDataDir, relaunch } }) => {
  dialogs.willSave(join(filesDir, 'plan.skillmix'));
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('plan.skillmix — SkillMix');
  await setPosts(page, '4.5');
  // Autosave writes the copy once changes pause; the app then "crashes" before a save.
  const handlers = createHandlers({ userDataDir });
  await expect.poll(async () => {
    const listed = await handlers['recovery:list']({});
    return listed.ok ? listed.value.length : -1;
  }).toBe(1);

  await relaunch();
  const offer = page.getByRole('alertdialog', { name: 'Recover unsaved work?' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('plan.skillmix');
  await expectNoSeriousViolations(page, '[data-testid="recovery-dialog"]');
  await page.screenshot({ path: join(SHOTS, 'recovery-offer-1280x720.png') });
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).toBeHidden();
  await expect(postsField(page)).toHaveValue('4.5');
  await expect(page).toHaveTitle('● plan.skillmix — SkillMix');

  // Saving the restored work writes it to its file, and nothing is offered next time.
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('plan.skillmix — SkillMix');
  await relaunch();
  await expect(page.getByRole('alertdialog', { name: 'Recover unsaved work?' })).toHaveCount(0);
});

test('scenario JSON out and back in: the imported scenario opens as a new one, one undo step', async ({ app: { page, dialogs, filesDir } }) => {
  const json = join(filesDir, 'traditional.json');
  await setPosts(page, '8');
  dialogs.willSave(json);
  await fileMenu(page, 'Export scenario (JSON)…');
  await expect(page.getByTestId('file-notice')).toHaveText('Exported traditional.json');
  dialogs.willOpen(json);
  await fileMenu(page, 'Import scenario (JSON)…');
  await expect(page.getByTestId('scenario-name')).toHaveText('Traditional team 2');
  await expect(postsField(page)).toHaveValue('8');
  await page.getByRole('button', { name: /^Undo Import/ }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Traditional team');
});

test('Export results writes the CSV of DESIGN §8', async ({ app: { page, dialogs, filesDir } }) => {
  const csv = join(filesDir, 'results.csv');
  dialogs.willSave(csv);
  await fileMenu(page, 'Export results (CSV)…');
  await expect(page.getByTestId('file-notice')).toHaveText('Exported results.csv');
  const text = await readFile(csv, 'utf8');
  expect(text.startsWith('\uFEFFsection,team,role,kpi,stat,value,unit')).toBe(true);
});

test('main’s close prompt answered Save: the page saves, then asks main to close', async ({ app: { page, dialogs, filesDir, menu, windowCalls } }) => {
  await setPosts(page, '5');
  dialogs.willSave(join(filesDir, 'closing.skillmix'));
  await menu('file:save-and-close');
  await expect.poll(() => windowCalls.at(-1)).toBe('close');
  await expect(page).toHaveTitle('closing.skillmix — SkillMix');
});
