import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { presetScenario } from '../../models/presets';
import { test, expect } from './fixtures/app';

const percentOne = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The capacity model's social-worker direct share for the skilled-admin preset with `admins` skilled administrators. */
function expectedDirectShare(admins: number): string {
  const script = join(import.meta.dirname, 'helpers', 'directShare.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, 'skilled-admin', 'skilled_administrator', String(admins)], { encoding: 'utf8' });
  return percentOne.format(JSON.parse(out) as number);
}

test('a planner opens skilled administrators, adds a post, sees direct time rise, and Ctrl+Z puts it back', async ({ app: { page, problems } }) => {
  const library = page.getByRole('region', { name: 'Evidence library' });
  await library.locator('[data-preset-id="skilled-admin"]').getByRole('button', { name: /Open as new scenario/ }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText(presetScenario('skilled-admin').name);
  await expect(page.getByTestId('dirty')).toHaveText('Unsaved changes');

  const share = page.getByTestId('kpi-sw-direct-share-value');
  const before = expectedDirectShare(2);
  await expect(share).toHaveText(before);

  const posts = page.getByRole('textbox', { name: 'Posts (FTE), Skilled administrator (PA to social workers)' });
  await posts.fill('3');
  await page.getByRole('tab', { name: 'Results' }).click();
  const after = expectedDirectShare(3);
  await expect(share).toHaveText(after);
  expect(Number.parseFloat(after)).toBeGreaterThan(Number.parseFloat(before));

  await page.keyboard.press('Control+z');
  await expect(share).toHaveText(before);
  await page.getByRole('tab', { name: 'Team' }).click();
  await expect(posts).toHaveValue('2');
  await page.keyboard.press('Control+Shift+z');
  await expect(posts).toHaveValue('3');
  expect(problems).toEqual([]);
});

test('typing a number is one undo step, and the Undo button says what it undoes', async ({ app: { page } }) => {
  const posts = page.getByRole('textbox', { name: 'Posts (FTE), Social worker' });
  await posts.fill('');
  await posts.pressSequentially('7.5');
  await posts.blur();
  const undo = page.getByRole('button', { name: /^Undo Social worker: posts/ });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(posts).toHaveValue('6');
  await expect(page.getByRole('button', { name: 'Nothing to undo' })).toBeDisabled();
  await expect(page.getByTestId('dirty')).toHaveCount(0);
});

test('bad input shows the error summary, its link focuses the field, and fixing it clears the summary', async ({ app: { page } }) => {
  const posts = page.getByRole('textbox', { name: 'Posts (FTE), Social worker' });
  await posts.fill('-1');
  const summary = page.getByRole('tabpanel', { name: 'Team' }).getByTestId('error-summary');
  await expect(summary).toContainText('There is a problem');
  const link = summary.getByRole('link', { name: 'Posts (FTE), Social worker: Posts cannot be negative' });
  await page.getByRole('tab', { name: 'Team' }).focus();
  await link.click();
  await expect(posts).toBeFocused();
  await expect(page.getByRole('tab', { name: /Team/ })).toContainText('1 problem');
  await posts.fill('5');
  await expect(summary).toHaveCount(0);
  await expect(page.getByTestId('total-posts')).toContainText('6.5');
});

test('the scenario tree: a variant, renamed, deleted, and the delete undone', async ({ app: { page } }) => {
  const tree = page.getByRole('navigation', { name: 'Scenarios' });
  await tree.getByRole('button', { name: 'New variant' }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Traditional team – variant');
  await expect(page.getByText('Scenario · variant of Traditional team')).toBeVisible();
  // The variant sits under its parent.
  await expect(tree.locator('.tree--nested [aria-current="true"]')).toHaveText('Traditional team – variant');

  await tree.getByRole('button', { name: 'Rename' }).click();
  const name = tree.getByRole('textbox', { name: 'New name for Traditional team – variant' });
  await expect(name).toBeFocused();
  await name.fill('Two more family practitioners');
  await name.press('Enter');
  await expect(page.getByTestId('scenario-name')).toHaveText('Two more family practitioners');

  await tree.getByRole('button', { name: 'Rename' }).click();
  await tree.getByRole('textbox').fill('Not this');
  await tree.getByRole('textbox').press('Escape');
  await expect(tree.getByRole('button', { name: 'Two more family practitioners' })).toBeVisible();

  await tree.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('scenario-name')).toHaveText('Traditional team');
  await expect(tree.getByRole('button', { name: 'Two more family practitioners' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete', exact: true }).click();
  await expect(tree.getByRole('button', { name: 'Two more family practitioners' })).toBeVisible();
  await expect(page.getByTestId('scenario-name')).toHaveText('Two more family practitioners');
});

test('the activity grid works from the keyboard', async ({ app: { page } }) => {
  const first = page.getByRole('checkbox', { name: 'Social worker does Statutory visit' });
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const cell = page.getByRole('checkbox', { name: 'Team manager does Child in need visit' });
  await expect(cell).toBeFocused();
  await expect(cell).not.toBeChecked();
  await page.keyboard.press('Space');
  await expect(cell).toBeChecked();
  await page.keyboard.press('Control+z');
  await expect(cell).not.toBeChecked();
  // One tab stop for the whole grid.
  await expect(page.locator('.grid-table input[tabindex="0"]')).toHaveCount(1);
});

test('a default value shows its source on focus; Escape closes it; a typed value says so', async ({ app: { page } }) => {
  const cost = page.getByRole('textbox', { name: 'Cost per FTE a year (£), Social worker' });
  await cost.focus();
  const tip = page.getByRole('tooltip').filter({ hasText: 'Social worker salary' }).or(page.getByRole('tooltip').filter({ hasText: 'Local pay scales' }));
  await expect(tip.first()).toBeVisible();
  await expect(tip.first()).toContainText('Stated assumption');
  await page.keyboard.press('Escape');
  await expect(tip.first()).toBeHidden();
  await cost.fill('50000');
  await cost.blur();
  await cost.focus();
  await expect(page.getByRole('tooltip').filter({ hasText: 'Entered by you' })).toBeVisible();
});

test('tabs follow the ARIA pattern: arrows move between them', async ({ app: { page } }) => {
  const team = page.getByRole('tab', { name: 'Team' });
  await team.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Demand & activities' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Demand & activities' })).toBeVisible();
  // End and Home reach the ends of the list, however many views it holds.
  const tabs = page.getByRole('tablist', { name: 'Scenario views' }).getByRole('tab');
  await page.keyboard.press('End');
  await expect(tabs.last()).toBeFocused();
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(team).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Results' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Key figures' })).toBeVisible();
});

test('Edit › Undo and Redo in the menu act on the document', async ({ app: { page, menu } }) => {
  const posts = page.getByRole('textbox', { name: 'Posts (FTE), Social worker' });
  await posts.fill('4');
  await posts.blur();
  await menu('edit:undo');
  await expect(posts).toHaveValue('6');
  await menu('edit:redo');
  await expect(posts).toHaveValue('4');
});

test('a rule that joins fields holds the results back until it is fixed', async ({ app: { page } }) => {
  await page.getByRole('tab', { name: 'Demand & activities' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Demand & activities' });
  await panel.getByRole('textbox', { name: 'Delegable share (%), Case planning and analysis' }).fill('30');
  const problems = panel.getByTestId('scenario-problems');
  await expect(problems).toContainText('Case planning and analysis: a delegable share needs at least one category to delegate to');
  const row = panel.getByRole('row', { name: /Case planning and analysis/ });
  await row.locator('summary').click();
  await row.getByRole('checkbox', { name: 'Administrator / unit co-ordinator' }).check();
  await expect(problems).toHaveCount(0);
});
