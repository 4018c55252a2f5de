import { HOURS_PER_WEEK } from './calendar';
import type { CaseTypeModel } from './model';

const WEEKS_PER_YEAR = 52;
const HOURS_PER_YEAR = WEEKS_PER_YEAR * HOURS_PER_WEEK;

/** A case type whose referral rate changes over time, so arrivals need thinning. */
export function varyingRate(c: CaseTypeModel): boolean {
  return c.trendPerYear !== 0 || c.seasonalAmplitude !== 0;
}

/**
 * Referrals per hour at time t: the base rate, compounded by the yearly trend and lifted by a
 * yearly cosine that peaks in `peakWeek` (referrals rise after school holidays, for instance).
 */
export function referralRate(c: CaseTypeModel, t: number): number {
  const trend = c.trendPerYear === 0 ? 1 : Math.pow(1 + c.trendPerYear, t / HOURS_PER_YEAR);
  const week = t / HOURS_PER_WEEK;
  const season = 1 + c.seasonalAmplitude * Math.cos((2 * Math.PI * (week - c.peakWeek)) / WEEKS_PER_YEAR);
  return c.ratePerHour * trend * season;
}

/** An upper bound of the rate over [0, horizon], for thinning (Lewis and Shedler, 1979). */
export function peakReferralRate(c: CaseTypeModel, horizonHours: number): number {
  const trend = Math.max(1, Math.pow(1 + c.trendPerYear, horizonHours / HOURS_PER_YEAR));
  return c.ratePerHour * trend * (1 + c.seasonalAmplitude);
}
