import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../models/defaults';
import { presetScenario } from '../../models/presets';
import { assumptionRows, presetEvidence, presetSources } from '../../renderer/engine/assumptions';
import { simulate } from '../../models/simulate';
import { answerInWords, caveats, evaluateBusinessCase, keyFigures, paybackInWords, profileTable, simulationBands } from '../../renderer/engine/businessCase';
import { formatAmount, formatFinancialYear, formatNumber } from '../../renderer/format';

function businessCase(presetId: string, edit: (s: ReturnType<typeof presetScenario>) => void = () => undefined) {
  const s = presetScenario(presetId);
  edit(s);
  const evaluation = evaluateBusinessCase(s, presetScenario('traditional'), 'test');
  if (!evaluation.ok) throw new Error(evaluation.issues.map((i) => i.message).join('; '));
  return evaluation.businessCase;
}

describe('the business case in words', () => {
  it('says plainly when a change never pays back', () => {
    expect(paybackInWords(null, 5)).toMatch(/^It does not pay back/);
    const bc = businessCase('family-safeguarding', (s) => (s.implementation.trainingDaysPerFte = 2));
    expect(bc.result.money.paybackMonths).toBeNull();
    expect(answerInWords(bc).at(-1)).toBe(paybackInWords(null, 5));
    expect(keyFigures(bc).find((f) => f.id === 'payback')!.shown).toBe('Never');
  });

  it('gives months within the profile and says when payback falls after it', () => {
    expect(paybackInWords(7, 5)).toBe('It pays back in 7 months, within the 5-year profile.');
    expect(paybackInWords(1, 3)).toBe('It pays back in 1 month, within the 3-year profile.');
    expect(paybackInWords(80, 5)).toBe('It pays back in 80 months, after the 5-year profile ends.');
  });

  it('shows the NPV and staff cost the models compute, formatted as the report prints them', () => {
    const bc = businessCase('rsw-unit', (s) => (s.implementation.trainingDaysPerFte = 3));
    const figures = Object.fromEntries(keyFigures(bc).map((f) => [f.id, f.shown]));
    expect(figures['npv']).toBe(formatAmount(bc.result.money.npv as number));
    expect(figures['staff-cost']).toBe(formatAmount(bc.result.money.staffCostPerYear as number));
    expect(figures['payback']).toBe(`${bc.result.money.paybackMonths} months`);
  });

  it('lays the profile out by financial year, ending on the NPV', () => {
    const bc = businessCase('skilled-admin');
    const table = profileTable(bc);
    expect(table.header.slice(1)).toEqual([0, 1, 2, 3, 4].map((i) => formatFinancialYear(2026 + i)));
    expect(table.header[1]).toBe('2026/27');
    expect(table.rows.find((r) => r.id === 'cumulative')!.cells.at(-1)).toBe(formatAmount(bc.result.money.npv as number));
  });

  it('carries the evidence’s own caveat: Project Crewe was not statistically significant', () => {
    const bc = businessCase('family-practitioners');
    expect(caveats(bc, false).join(' ')).toContain('not statistically significant');
  });

  it('without a comparator, says there is nothing to count savings against', () => {
    const evaluation = evaluateBusinessCase(presetScenario('traditional'), null, 'test');
    expect(evaluation.ok).toBe(true);
    if (!evaluation.ok) return;
    expect(answerInWords(evaluation.businessCase).join(' ')).toContain('choose a comparator');
    expect(profileTable(evaluation.businessCase).rows.map((r) => r.id)).not.toContain('net');
  });
});

describe('simulation bands', () => {
  it('shows the 10th to 90th percentile of each simulated figure, and none for the capacity model’s', async () => {
    const s = presetScenario('skilled-admin');
    const simulated = await simulate(s, { engine: 'des', compareTo: presetScenario('traditional'), des: { runs: 4, seed: 3, weeks: 8, warmupWeeks: 2 } });
    const rows = simulationBands(simulated);
    expect(rows.map((r) => r.id)).toContain('familiesOpen');
    for (const r of rows) {
      const figure = (r.id in simulated.money ? simulated.money : simulated.team) as Record<string, { p10: number; p90: number }>;
      expect(figure[r.id]!.p10).toBeLessThanOrEqual(figure[r.id]!.p90);
    }
    const families = simulated.team.familiesOpen as { mean: number };
    expect(rows.find((r) => r.id === 'familiesOpen')!.mean).toBe(formatNumber(Math.round(families.mean * 100) / 100));
    expect(simulationBands(simulate(s, { engine: 'capacity' }))).toEqual([]);
  });
});

describe('assumptions and evidence', () => {
  it('lists every default the scenario uses with its source, and typed values as entered by you', () => {
    const s = presetScenario('skilled-admin');
    s.teams[0]!.roles[0]!.costPerFte = 50_000;
    delete s.sources['teams[0].roles[0].costPerFte'];
    const rows = assumptionRows(s, presetSources(s, [s]));
    const used = new Set(Object.values(s.sources));
    expect(new Set(rows.filter((r) => !r.entered).map((r) => r.id))).toEqual(used);
    const discount = rows.find((r) => r.id === 'discount_rate')!;
    expect(discount.source).toContain('HM Treasury, The Green Book');
    expect(discount.value).toBe('3.5% per year');
    expect(rows.find((r) => r.id === 'salary_manager')!.value).toContain(`salary ${formatAmount(DEFAULTS['salary_manager']!.value)}`);
    const typed = rows.filter((r) => r.entered);
    expect(typed).toEqual([expect.objectContaining({ label: 'Social worker: cost per FTE', value: '£50,000 per year', source: 'Entered by you' })]);
  });

  it('shows the computed cost difference beside the cited £27,000, and the £755 per family', () => {
    const admin = presetEvidence('skilled-admin')!;
    const difference = admin.outputs.find((o) => o.id === 'staffCostDifference')!;
    expect(difference.evidence).toContain('£27,000');
    expect(difference.model).toMatch(/^£[\d,]+ per year$/);
    const fgc = presetEvidence('fgc')!;
    const saving = fgc.outputs.find((o) => o.id === 'savingPerFamily')!;
    expect(saving.evidence).toContain('£755');
    expect(saving.model).toMatch(/^£[\d,]+$/);
  });
});
