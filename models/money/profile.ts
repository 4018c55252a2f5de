import type { YearProfile } from './money';

/** One financial year of the profile with the running totals a payback chart draws. */
export interface CumulativeYear {
  financialYear: string;
  /** The year's net benefit: savings and released time, less extra staff and one-off costs. */
  net: number;
  discountedNet: number;
  /** Net benefit from the first year to the end of this one, undiscounted and discounted. */
  cumulativeNet: number;
  cumulativeDiscountedNet: number;
}

/**
 * The year-by-year profile as running totals: the last year's discounted total is the NPV, and
 * the year in which the undiscounted total turns positive is the year the change has paid back.
 * Null without a comparator, when there is no net benefit to add up.
 */
export function cumulativeProfile(years: readonly YearProfile[]): CumulativeYear[] | null {
  if (years.some((y) => y.net === null || y.discountedNet === null)) return null;
  let cumulativeNet = 0;
  let cumulativeDiscountedNet = 0;
  return years.map((y) => {
    cumulativeNet += y.net!;
    cumulativeDiscountedNet += y.discountedNet!;
    return { financialYear: y.financialYear, net: y.net!, discountedNet: y.discountedNet!, cumulativeNet, cumulativeDiscountedNet };
  });
}

/**
 * Where a payback falls against the profile: at once (no one-off cost to repay), within the
 * years profiled, after them (the NPV over the profile does not yet show it), or never.
 */
export type PaybackTiming = 'immediate' | 'within' | 'after' | 'never';

export function paybackTiming(months: number | null, profileYears: number): PaybackTiming {
  if (months === null) return 'never';
  if (months === 0) return 'immediate';
  return months <= profileYears * 12 ? 'within' : 'after';
}

