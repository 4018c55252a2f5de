import { describe, expect, it } from 'vitest';
import { evaluateCapacity } from '../../../models/capacity/evaluate';
import { discountFactor, financialYearLabel } from '../../../models/money/financialYears';
import { moneyFigures, paybackMonths } from '../../../models/money/money';
import { agencySpendPerYear, staffCostPerYear } from '../../../models/money/staffCost';
import { presetScenario } from '../../../models/presets/index';
import { traditionalScenario } from '../../../models/presets/traditional';

describe('economics in council terms', () => {
  it('labels financial years April to March', () => {
    expect(financialYearLabel(2026)).toBe('2026-27');
    expect(financialYearLabel(2099)).toBe('2099-00');
  });

  it('discounts at the Green Book rate from year 0', () => {
    expect(discountFactor(0.035, 0)).toBe(1);
    expect(discountFactor(0.035, 2)).toBeCloseTo(1 / 1.035 ** 2, 12);
  });

  it('costs every post and adds the agency premium only on vacancies covered by agency staff', () => {
    const s = traditionalScenario();
    const sw = s.teams[0].roles[0];
    const before = staffCostPerYear(s);
    expect(before).toBe(s.teams[0].roles.reduce((sum, r) => sum + r.posts * r.costPerFte, 0));
    sw.workforce.vacancyShare = 0.189;
    expect(agencySpendPerYear(sw)).toBe(0);
    sw.workforce.agencyCover = true;
    expect(staffCostPerYear(s) - before).toBeCloseTo(6 * 0.189 * sw.costPerFte * sw.workforce.agencyPremium, 6);
  });

  it('leaves savings, payback and NPV empty without a parent', () => {
    const { money } = moneyFigures(evaluateCapacity(traditionalScenario()), null);
    expect([money.cashableSavingsPerYear, money.releasedFte, money.paybackMonths, money.npv]).toEqual([null, null, null, null]);
    expect(money.costPerFamily).toBeGreaterThan(0);
  });

  it('counts placements avoided as cashable and released social work time as FTE, not cash', () => {
    const parent = evaluateCapacity(traditionalScenario());
    const fewerCla = traditionalScenario();
    fewerCla.caseTypes[2].referralsPerWeek /= 2;
    const { money } = moneyFigures(evaluateCapacity(fewerCla), parent);
    expect(money.cashableSavingsPerYear as number).toBeGreaterThan(0);
    const skilled = moneyFigures(evaluateCapacity(presetScenario('skilled-admin')), parent);
    expect(skilled.money.releasedFte as number).toBeGreaterThan(0.5);
    expect(skilled.money.cashableSavingsPerYear).toBeCloseTo(0, 6);
  });

  it('computes NPV as the discounted sum of the yearly net benefit less one-off costs', () => {
    const parent = evaluateCapacity(traditionalScenario());
    const s = presetScenario('skilled-admin');
    s.implementation.oneOffCosts = [{ label: 'Recruitment', amount: 10_000 }];
    const { money, detail } = moneyFigures(evaluateCapacity(s), parent);
    const net = detail.netBenefitPerYear!;
    const expected = Array.from({ length: s.economics.years }, (_, y) => (net * (1 + s.economics.payInflation) ** y - (y === 0 ? 10_000 : 0)) / 1.035 ** y).reduce((a, b) => a + b, 0);
    expect(money.npv).toBeCloseTo(expected, 6);
    expect(detail.years.map((y) => y.financialYear)).toEqual(['2026-27', '2027-28', '2028-29', '2029-30', '2030-31']);
  });

  it('pays back when the net benefit covers the one-off cost, month by month', () => {
    expect(paybackMonths(12_000, 6_000, 0)).toBe(6);
    expect(paybackMonths(-1, 6_000, 0)).toBeNull();
    expect(paybackMonths(1, 0, 0)).toBe(0);
  });
});
