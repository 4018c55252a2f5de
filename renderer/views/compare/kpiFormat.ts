/**
 * KPI and parameter values in en-GB words for the Compare and Explore views: shares as
 * percentages, differences of shares in percentage points, money in pounds.
 */
import type { KpiUnit, ParameterUnit } from '../../../models/analyses';
import { formatMoney, formatNumber, formatPercentOne } from '../../format';

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

const SUFFIX: Partial<Record<KpiUnit | ParameterUnit, string>> = {
  hours: ' h',
  weeks: ' weeks',
  months: ' months',
  fte: ' FTE',
  minutes: ' min',
  days: ' days',
};

export function formatValue(unit: KpiUnit | ParameterUnit, v: number | null): string {
  if (v === null) return '—';
  if (unit === 'share') return formatPercentOne(v);
  if (unit === 'money') return formatMoney(v);
  return `${formatNumber(round(v, 2))}${SUFFIX[unit] ?? ''}`;
}

/** A signed difference: "+24.1 points" for shares, "−£3,200", "+1.5 weeks"; "no change" for zero. */
export function formatDelta(unit: KpiUnit, d: number | null): string {
  if (d === null) return '—';
  const magnitude = unit === 'share' ? round(Math.abs(d) * 100, 1) : unit === 'money' ? Math.round(Math.abs(d)) : round(Math.abs(d), 2);
  if (magnitude === 0) return 'no change';
  const sign = d > 0 ? '+' : '−';
  if (unit === 'share') return `${sign}${formatNumber(magnitude)} points`;
  if (unit === 'money') return `${sign}${formatMoney(magnitude)}`;
  return `${sign}${formatNumber(magnitude)}${SUFFIX[unit] ?? ''}`;
}

/** What the person types for a parameter: percentages for shares, the value itself otherwise. */
export const inputScale = (unit: ParameterUnit): number => (unit === 'share' ? 100 : 1);

export const UNIT_WORDS: Record<ParameterUnit, string> = {
  fte: 'FTE',
  share: '%',
  money: '£',
  hours: 'hours',
  minutes: 'minutes',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
  children: 'children',
  number: '',
};
