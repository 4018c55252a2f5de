import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultProject } from '../../models/project';
import { test, expect } from './fixtures/app';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const socialWorkers = defaultProject().scenarios[0]!.teams[0]!.roles.find((r) => r.category === 'qualified_sw')!;

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('no serious or critical accessibility violations', async ({ app: { page } }) => {
  await page.getByRole('textbox', { name: `Posts (FTE), ${socialWorkers.name}` }).fill('-2');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`screenshot at ${width}×${height}`, async ({ app: { page } }) => {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SHOTS, `team-${width}x${height}.png`), fullPage: true });
    await page.getByRole('textbox', { name: `Posts (FTE), ${socialWorkers.name}` }).fill('-1');
    await page.getByRole('textbox', { name: `Contracted hours a week, ${socialWorkers.name}` }).fill('abc');
    await expect(page.locator('[aria-invalid="true"]')).toHaveCount(2);
    await page.screenshot({ path: join(SHOTS, `team-invalid-${width}x${height}.png`), fullPage: true });
  });
}
