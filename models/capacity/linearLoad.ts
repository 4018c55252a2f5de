import type { Compiled } from './compile';

/**
 * The statutory search's work as straight lines in the scale of demand. As long as the support
 * roles first in line can take every delegable part asked of them, each role's hours are the
 * scale times a fixed number, so whether a scale fits can be read off without allocating, for
 * all but a sliver of scales around the threshold. There, and where support runs short, the
 * search still allocates, so its answer, and with it every result, is exactly the same as
 * allocating at every step.
 */
export interface LinearLoad {
  /** Hours each role has for the searched work: its week less fixed commitments (never below 0). */
  free: Float64Array;
  /** Delegable hours asked of each role as first-choice support, per unit of scale. */
  asked: Float64Array;
  /** Hours of searched work per unit of scale, by performer, and the statutory part of them. */
  need: Float64Array;
  statutory: Float64Array;
  statutoryTotal: number;
}

/**
 * Floating-point sums of a few hundred terms are off by far less than this share, so a scale
 * this far inside a performer's limit is surely within it.
 */
const SURELY_WITHIN = 1e-12;
/**
 * The search counts a scale as fitting when no more than 1e-9 of the statutory hours go undone.
 * A shortfall of four times that is past any rounding, so the allocation would say it does not fit.
 */
const SURELY_SHORT = 4e-9;

/** The searched work as lines, or null in the one shape the lines do not cover (delegable work with no support listed). */
export function linearLoad(c: Compiled): LinearLoad | null {
  // With statutory work first the search allocates class 0 only; otherwise everything is in class 1.
  const items = c.classes[c.scenario.policy.statutoryFirst ? 0 : 1];
  const R = c.roles.length;
  const load: LinearLoad = { free: new Float64Array(R), asked: new Float64Array(R), need: new Float64Array(R), statutory: new Float64Array(R), statutoryTotal: 0 };
  for (let r = 0; r < R; r++) {
    const role = c.roles[r];
    load.free[r] = Math.max(0, role.budget - Math.min(role.fixed, role.budget));
  }
  for (let i = 0; i < items.performer.length; i++) {
    if (items.delegable[i] > 0) {
      const q = items.supports[i][0];
      if (q === undefined) return null;
      load.asked[q] += items.delegable[i] / c.roles[q].efficiency[items.activity[i]];
    }
    const p = items.performer[i];
    const hours = items.ownHours[i] + items.travelHours[i];
    load.need[p] += hours;
    if (items.statutory[i]) {
      load.statutory[p] += hours;
      load.statutoryTotal += hours;
    }
  }
  return load;
}

/**
 * Whether every statutory task fits at a scale, when that is sure: true when every performer's
 * work is within its hours, false when one performer's shortfall alone is well past the search's
 * tolerance; undefined in between, and wherever a first-choice support role cannot take all
 * that is asked of it, where only the allocation itself can tell.
 */
export function surelyFits(load: LinearLoad, scale: number): boolean | undefined {
  const R = load.need.length;
  for (let q = 0; q < R; q++) if (scale * load.asked[q] * (1 + SURELY_WITHIN) > load.free[q]) return undefined;
  let within = true;
  const tolerance = SURELY_SHORT * Math.max(1, scale * load.statutoryTotal);
  for (let p = 0; p < R; p++) {
    const need = scale * load.need[p];
    // What is left once it has taken the delegated parts (support roles do those first).
    const free = load.free[p] - scale * load.asked[p] * (1 + SURELY_WITHIN);
    if (need <= 0 || need * (1 + SURELY_WITHIN) <= free) continue;
    within = false;
    // Short of time, the performer does free/need of each of its tasks.
    const shortfall = ((need - Math.max(0, free)) / need) * scale * load.statutory[p];
    if (shortfall > tolerance) return false;
  }
  return within ? true : undefined;
}
