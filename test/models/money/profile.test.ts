import { describe, expect, it } from 'vitest';
import { evaluateCapacity } from '../../../models/capacity/evaluate';
import { moneyFigures, paybackMonths } from '../../../models/money/money';
import { cumulativeProfile, paybackTiming } from '../../../models/money/profile';
import { presetScenario } from '../../../models/presets/index';
import { traditionalScenario } from '../../../models/presets/traditional';

const parent = () => evaluateCapacity(traditionalScenario());

describe('the year-by-year profile', () => {
  it('runs the net benefit up year by year, and its last discounted total is the NPV', () => {
    const s = presetScenario('rsw-unit');
    s.implementation.trainingDaysPerFte = 5;
    const { money, detail } = moneyFigures(evaluateCapacity(s), parent());
    const profile = cumulativeProfile(detail.years)!;
    expect(profile.map((y) => y.financialYear)).toEqual(detail.years.map((y) => y.financialYear));
    expect(profile.at(-1)!.cumulativeDiscountedNet).toBeCloseTo(money.npv as number, 6);
    expect(profile.at(-1)!.cumulativeNet).toBeCloseTo(detail.years.reduce((sum, y) => sum + y.net!, 0), 6);
    // The one-off cost falls in the first year only, so the first year's net is the lowest.
    expect(profile[0]!.net).toBeLessThan(profile[1]!.net);
  });

  it('has no running totals without a comparator', () => {
    const { detail } = moneyFigures(parent(), null);
    expect(cumulativeProfile(detail.years)).toBeNull();
    expect(detail.years.every((y) => y.staffCost > 0)).toBe(true);
  });

  it('prices training days and a temporary turnover rise as one-off costs in the first year only', () => {
    const s = presetScenario('skilled-admin');
    const before = moneyFigures(evaluateCapacity(s), parent()).detail;
    s.implementation.trainingDaysPerFte = 3;
    s.implementation.turnoverUplift = 0.1;
    s.implementation.upliftMonths = 12;
    for (const r of s.teams[0]!.roles) r.workforce.agencyCover = true;
    const after = moneyFigures(evaluateCapacity(s), parent()).detail;
    expect(after.implementation.map((l) => l.label)).toEqual(['Training days', 'Agency cover while extra leavers are replaced']);
    expect(after.years[0]!.oneOffCost).toBeCloseTo(after.implementation.reduce((sum, l) => sum + l.amount, 0), 6);
    expect(after.years.slice(1).every((y) => y.oneOffCost === 0)).toBe(true);
    expect(before.years[0]!.oneOffCost).toBe(0);
  });
});

describe('payback', () => {
  it('never pays back when the yearly net benefit is nil or negative: null', () => {
    expect(paybackMonths(0, 10_000, 0.03)).toBeNull();
    expect(paybackMonths(-500, 10_000, 0.03)).toBeNull();
    expect(paybackMonths(-500, 0, 0)).toBeNull();
    expect(paybackTiming(null, 5)).toBe('never');
  });

  it('pays back at once with nothing to repay and no yearly loss', () => {
    expect(paybackMonths(0, 0, 0)).toBe(0);
    expect(paybackTiming(0, 5)).toBe('immediate');
  });

  it('counts whole months, and a pay award brings payback forward', () => {
    expect(paybackMonths(12_000, 12_000, 0)).toBe(12);
    expect(paybackMonths(12_000, 12_001, 0)).toBe(13);
    expect(paybackMonths(12_000, 18_000, 0.5)).toBe(16);
    expect(paybackMonths(12_000, 18_000, 0)).toBe(18);
  });

  it('says whether payback falls inside the profile or after it', () => {
    expect(paybackTiming(60, 5)).toBe('within');
    expect(paybackTiming(61, 5)).toBe('after');
    expect(paybackMonths(1_000, 10_000, 0)).toBe(120);
    expect(paybackTiming(paybackMonths(1_000, 10_000, 0), 5)).toBe('after');
  });

  it('gives up after fifty years rather than counting for ever', () => {
    expect(paybackMonths(1, 1_000_000, 0)).toBeNull();
  });
});
