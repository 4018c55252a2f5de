import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/app';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const VIEWS = [
  ['team', 'Team'],
  ['demand', 'Demand & activities'],
  ['results', 'Results'],
] as const;

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

for (const [id, name] of VIEWS) {
  test(`the ${name} view has no serious or critical accessibility violations`, async ({ app: { page, problems } }) => {
    await page.getByRole('tab', { name }).click();
    await expect(page.getByRole('tabpanel', { name })).toBeVisible();
    // Open the table alternatives and choices too, so axe checks them.
    for (const summary of await page.getByRole('tabpanel', { name }).locator('details > summary').all()) await summary.click();
    const results = await new AxeBuilder({ page }).include(`#panel-${id}`).include('.sidebar').include('.app__header').analyze();
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
      await page.getByRole('tab', { name }).click();
      await expect(page.getByRole('tabpanel', { name })).toBeVisible();
      await page.screenshot({ path: join(SHOTS, `view-${id}-${width}x${height}.png`), fullPage: true });
    });
  }
}
