import { defaultProject } from '../../models/project';
import { ROLE_CATEGORY_LABELS } from '../../models/scenario';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures/app';

const scenario = defaultProject().scenarios[0]!;
const roles = scenario.teams.flatMap((t) => t.roles);
const socialWorkers = roles.find((r) => r.category === 'qualified_sw')!;
const gb = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const totalPosts = roles.reduce((sum, r) => sum + r.posts, 0);

/** The field's message: the first thing it is described by (the second is its source). */
async function errorIdOf(field: Locator): Promise<string> {
  return ((await field.getAttribute('aria-describedby')) ?? '').split(' ')[0]!;
}

test('the default project opens on the traditional team', async ({ app: { page, problems } }) => {
  await expect(page.getByTestId('scenario-name')).toHaveText(scenario.name);
  const rows = page.getByTestId('establishment').locator('tbody tr');
  await expect(rows).toHaveCount(roles.length);
  expect(roles.length).toBe(3);
  for (const role of roles) {
    const row = page.locator(`tr[data-role-id="${role.id}"]`);
    await expect(row.getByRole('rowheader')).toContainText(role.name);
    await expect(row).toContainText(ROLE_CATEGORY_LABELS[role.category]);
  }
  await expect(page.getByRole('textbox', { name: `Posts (FTE), ${socialWorkers.name}` })).toHaveValue('6');
  await expect(page.getByTestId('total-posts')).toHaveText(`${gb.format(totalPosts)} FTE`);
  expect(problems).toEqual([]);
});

test('editing posts changes the totals as you type', async ({ app: { page } }) => {
  const posts = page.getByRole('textbox', { name: `Posts (FTE), ${socialWorkers.name}` });
  await posts.fill('4');
  await expect(page.getByTestId('total-posts')).toHaveText(`${gb.format(totalPosts - 2)} FTE`);
  await expect(page.getByTestId('team-posts')).toHaveText(gb.format(totalPosts - 2));
  const cost = roles.reduce((sum, r) => sum + (r.id === socialWorkers.id ? 4 : r.posts) * r.costPerFte, 0);
  const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
  await expect(page.getByTestId('total-cost')).toHaveText(money.format(cost));
});

test('an invalid value is explained beside the field and the last valid value is kept', async ({ app: { page } }) => {
  const posts = page.getByRole('textbox', { name: `Posts (FTE), ${socialWorkers.name}` });
  await posts.fill('5');
  await expect(page.getByTestId('total-posts')).toHaveText(`${gb.format(totalPosts - 1)} FTE`);

  await posts.fill('-1');
  await expect(posts).toHaveAttribute('aria-invalid', 'true');
  const message = page.locator(`[id="${await errorIdOf(posts)}"]`);
  await expect(message).toContainText('Posts cannot be negative');
  await expect(page.getByTestId('total-posts')).toHaveText(`${gb.format(totalPosts - 1)} FTE`);

  await posts.fill('six');
  await expect(message).toContainText('Posts must be a number');
  await posts.blur();
  await expect(posts).toHaveValue('six');
  await expect(page.getByTestId('total-posts')).toHaveText(`${gb.format(totalPosts - 1)} FTE`);

  await posts.fill('6');
  await expect(posts).not.toHaveAttribute('aria-invalid');
  await expect(message).toHaveCount(0);
  await expect(page.getByTestId('total-posts')).toHaveText(`${gb.format(totalPosts)} FTE`);
});

test('contracted hours above 60 are refused with the schema’s message', async ({ app: { page } }) => {
  const hours = page.getByRole('textbox', { name: `Contracted hours a week, ${socialWorkers.name}` });
  await hours.fill('61');
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`[id="${await errorIdOf(hours)}"]`)).toContainText('at most 60');
});

test('cost accepts £ and thousands separators', async ({ app: { page } }) => {
  const cost = page.getByRole('textbox', { name: `Cost per FTE a year (£), ${socialWorkers.name}` });
  await cost.fill('£50,000');
  await expect(cost).not.toHaveAttribute('aria-invalid');
  await cost.blur();
  await expect(cost).toHaveValue('50,000');
  await expect(page.locator(`tr[data-role-id="${socialWorkers.id}"] [data-testid="role-cost"]`)).toHaveText('£300,000');
});

test('Help › About SkillMix shows the version from the main process', async ({ app: { page, menu } }) => {
  await menu('help:about');
  const dialog = page.getByRole('dialog', { name: 'About SkillMix' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/Version \d+\.\d+\.\d+/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
