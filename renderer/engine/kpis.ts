/**
 * The headline figures the Results view shows, read from the result JSON. Kept apart from the
 * views so the tests compute the same figure from `simulate()` in Node.
 */
import type { Figure } from '../../models/result';

/** A figure as one number: the mean of a stochastic summary, the number itself otherwise. */
export const value = (figure: Figure): number => (typeof figure === 'number' ? figure : figure.mean);

/** Social workers' share of worked time with families (kept in models so the analyses can sweep it). */
export { socialWorkerDirectShare } from '../../models/analyses/kpis';
