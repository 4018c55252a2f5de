import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../models/csv';
import { test, expect } from './fixtures/app';

const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

interface Expected {
  scenarioName: string;
  comparatorName: string;
  staffCost: string;
  npv: string;
  payback: string;
  paybackWords: string;
  paybackMonths: number | null;
  money: Record<string, number | null>;
}

/** The business case of a preset against the traditional team, computed and formatted in Node. */
function expected(presetId: string, trainingDays: number): Expected {
  const script = join(import.meta.dirname, 'helpers', 'businessCase.ts');
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, presetId, String(trainingDays)], { encoding: 'utf8' })) as Expected;
}

/** Opens a preset from the evidence library (its parent, the traditional team, is in the project) and its business case. */
async function openBusinessCase(page: Page, presetId: string, trainingDays: number) {
  await page.getByRole('region', { name: 'Evidence library' }).locator(`[data-preset-id="${presetId}"]`).getByRole('button', { name: /Open as new scenario/ }).click();
  await page.getByRole('tab', { name: 'Business case' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Business case' });
  if (trainingDays > 0) {
    const training = panel.getByRole('textbox', { name: 'Training days a post' });
    await training.fill(String(trainingDays));
    await training.blur();
  }
  return panel;
}

/** The text of a PDF as poppler lays it out, with runs of white space made single spaces. */
function pdfText(path: string): { text: string; flat: string } {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { text, flat: text.replace(/\s+/g, ' ') };
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('Export PDF: an A4 report whose names, staff cost, payback and NPV are the models’ own', async ({ app: { page, problems, dialogs, filesDir } }) => {
  const want = expected('rsw-unit', 3);
  const panel = await openBusinessCase(page, 'rsw-unit', 3);
  await expect(panel.getByTestId('business-payback-value')).toHaveText(want.payback);
  const pdf = join(filesDir, 'business case.pdf');
  dialogs.willSave(pdf);

  await panel.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.getByTestId('report-status')).toHaveText(/^Saved “.+\.pdf”\.$/, { timeout: 60_000 });
  expect(dialogs.asked).toContain(`save pdf ${want.scenarioName} – business case.pdf`);
  const { text, flat } = pdfText(pdf);

  expect(flat).toContain(want.scenarioName);
  expect(flat).toContain(`against ${want.comparatorName}`);
  expect(flat).toContain(want.staffCost);
  expect(flat).toContain(want.npv);
  expect(want.paybackMonths).toBeGreaterThan(0);
  expect(flat).toContain(want.paybackWords);
  expect(flat).toMatch(/Page 1 of \d/);
  // The summary is one page: the first page break comes before the year-by-year tables.
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages[0]).toContain('The answer');
  expect(pages[0]).toContain('What to keep in mind');
  expect(pages[0]).not.toContain('1. Costs and savings by financial year');
  // Every profile row appears with all five financial years on one page, not split.
  const profilePage = pages.find((p) => p.includes('1. Costs and savings by financial year'))!;
  expect(profilePage.replace(/\s+/g, ' ')).toContain('2026/27 2027/28 2028/29 2029/30 2030/31');

  const prefix = join(SHOTS, 'report-page');
  for (const old of readdirSync(SHOTS).filter((f) => f.startsWith('report-page'))) rmSync(join(SHOTS, old));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, prefix]);
  expect(readdirSync(SHOTS).filter((f) => f.startsWith('report-page')).length).toBe(pages.length);
  expect(problems).toEqual([]);
});

test('a change that never pays back is said so in words, on the view and in the report', async ({ app: { page } }) => {
  const want = expected('skilled-admin', 2);
  const panel = await openBusinessCase(page, 'skilled-admin', 2);
  expect(want.paybackMonths).toBeNull();
  await expect(panel.getByTestId('business-payback-value')).toHaveText('Never');
  await expect(panel.getByTestId('business-answer')).toContainText(want.paybackWords);
  await expect(panel.getByTestId('business-npv-value')).toHaveText(want.npv);
  // The evidence: the computed cost difference beside the cited £27,000.
  const difference = panel.getByTestId('evidence-outputs').locator('[data-output="staffCostDifference"]');
  await expect(difference).toContainText('£27,000');
  await expect(difference).toContainText(/£[\d,]+ per year/);
  // Escape leaves the report and puts focus back where the person was.
  const open = panel.getByRole('button', { name: 'Open the A4 report' });
  await open.click();
  await expect(page.getByTestId('report')).toContainText(want.paybackWords);
  await expect(page.getByRole('heading', { level: 1, name: want.scenarioName })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('report')).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('Export CSV: the DESIGN §8 rows round-trip, money equal to the model’s', async ({ app: { page, dialogs, filesDir } }) => {
  const want = expected('rsw-unit', 3);
  const panel = await openBusinessCase(page, 'rsw-unit', 3);
  const csv = join(filesDir, 'results.csv');
  dialogs.willSave(csv);
  await panel.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(panel.getByTestId('business-status')).toHaveText(/^Saved “.+\.csv”\.$/);
  const parsed = parseCsv(readFileSync(csv, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  expect(parsed.rows[0]).toEqual(['section', 'team', 'role', 'kpi', 'stat', 'value', 'unit']);
  const money = Object.fromEntries(parsed.rows.filter((r) => r[0] === 'money').map((r) => [r[3], r[5] === '' ? null : Number(r[5])]));
  expect(money).toEqual(want.money);
  expect(parsed.rows.find((r) => r[0] === 'scenario' && r[3] === 'name')?.[5]).toBe(want.scenarioName);
});

test('the discount rate: shown with its Green Book source, validated, and one undo step', async ({ app: { page } }) => {
  const panel = await openBusinessCase(page, 'rsw-unit', 3);
  const rate = panel.getByRole('textbox', { name: 'Discount rate (%)' });
  await expect(rate).toHaveValue('3.5');
  await expect(panel.getByTestId('discount-source')).toContainText('HM Treasury, The Green Book');
  const npv = panel.getByTestId('business-npv-value');
  const before = await npv.textContent();

  await rate.fill('three');
  await expect(panel.getByText('Enter the discount rate as a number, like 3.5').first()).toBeVisible();
  await expect(panel.getByTestId('error-summary')).toContainText('There is a problem');
  await rate.fill('120');
  await expect(panel.getByTestId('error-summary')).toContainText('Discount rate must be 100 % or less');
  await expect(npv).toHaveText(before!);

  await rate.fill('');
  await rate.pressSequentially('6');
  await rate.blur();
  await expect(npv).not.toHaveText(before!);
  await expect(panel.getByTestId('discount-source')).toHaveText('Entered by you');
  await expect(panel.getByTestId('business-npv')).toContainText('at 6.0% a year');
  await page.keyboard.press('Control+z');
  await expect(rate).toHaveValue('3.5');
  await expect(npv).toHaveText(before!);
});

test('choosing no comparator leaves costs only, and says why', async ({ app: { page } }) => {
  const panel = await openBusinessCase(page, 'fgc', 0);
  await panel.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'No comparator (costs only)' });
  await expect(panel.getByTestId('business-payback')).toHaveCount(0);
  await expect(panel.getByTestId('business-answer')).toContainText('choose a comparator');
  await panel.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'Traditional team (its parent)' });
  await expect(panel.getByTestId('business-payback')).toBeVisible();
  // FGC's evidence: the £755 per family beside the model's own saving.
  await expect(panel.getByTestId('evidence-outputs').locator('[data-output="savingPerFamily"]')).toContainText('£755');
});

test('the Business case view has no serious or critical accessibility violations', async ({ app: { page, problems } }) => {
  await openBusinessCase(page, 'family-practitioners', 2);
  const results = await new AxeBuilder({ page }).include('#panel-business').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  await page.getByRole('tabpanel', { name: 'Business case' }).getByRole('button', { name: 'Open the A4 report' }).click();
  const report = await new AxeBuilder({ page }).include('.report-screen').analyze();
  expect(report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`screenshot of the Business case at ${width}×${height}`, async ({ app: { page } }) => {
    await page.setViewportSize({ width, height });
    const panel = await openBusinessCase(page, 'family-practitioners', 2);
    await expect(panel.getByTestId('profile-table')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `view-business-${width}x${height}.png`), fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `view-business-${width}x${height}-top.png`) });
    await panel.getByTestId('profile-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `view-business-${width}x${height}-profile.png`) });
    await panel.getByRole('button', { name: 'Open the A4 report' }).click();
    await page.screenshot({ path: join(SHOTS, `report-screen-${width}x${height}.png`) });
  });
}
