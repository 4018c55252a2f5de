/**
 * The headline figures the Results view shows, read from the result JSON. Kept apart from the
 * views so the tests compute the same figure from `simulate()` in Node.
 */
import { QUALIFIED_CATEGORIES } from '../../models/categories';
import type { Figure, SimulationResult } from '../../models/result';

/** A figure as one number: the mean of a stochastic summary, the number itself otherwise. */
export const value = (figure: Figure): number => (typeof figure === 'number' ? figure : figure.mean);

/**
 * Social workers' share of worked time spent with families: the FTE-weighted mean over the
 * qualified roles (social workers and consultant social workers), as the seed reports it.
 */
export function socialWorkerDirectShare(result: SimulationResult): number | null {
  const qualified = result.roles.filter((r) => (QUALIFIED_CATEGORIES as readonly string[]).includes(r.category) && r.posts > 0);
  const posts = qualified.reduce((sum, r) => sum + r.posts, 0);
  if (posts <= 0) return null;
  return qualified.reduce((sum, r) => sum + r.posts * value(r.shares.direct), 0) / posts;
}
