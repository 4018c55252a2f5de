/**
 * Whether two simulated figures differ by more than the simulation's own uncertainty. Each
 * figure's interval is its mean ± the half-width of its 95 % interval; where the intervals of two
 * scenarios overlap, the app says the difference is within the simulation's uncertainty.
 */
import type { Figure } from '../result';

export interface Interval {
  low: number;
  high: number;
}

/** The 95 % interval of a simulated mean; null for a plain number (no replications behind it). */
export function interval95(figure: Figure | null): Interval | null {
  if (figure === null || typeof figure === 'number') return null;
  return { low: figure.mean - figure.ci95, high: figure.mean + figure.ci95 };
}

/** Closed intervals overlap when each starts before the other ends (touching counts). */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/**
 * True when both figures are simulated and their intervals overlap, false when both are and they
 * do not, null when either lacks an interval (nothing can be said).
 */
export function withinUncertainty(a: Figure | null, b: Figure | null): boolean | null {
  const x = interval95(a);
  const y = interval95(b);
  return x && y ? intervalsOverlap(x, y) : null;
}

export const OVERLAP_NOTE = 'The difference is within the simulation’s uncertainty.';
