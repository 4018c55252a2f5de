import type { Scenario } from '../scenario';
import { kpiWith } from './evaluateAt';

export interface GoalSeek {
  /** The parameter value found, or null if the target lies outside what [lo, hi] can reach. */
  value: number | null;
  achieved: number | null;
  iterations: number;
}

/**
 * The parameter value at which a KPI reaches a target ("how many administrators for 50 % direct
 * time?"), by bisection on [lo, hi]: the KPI must move one way as the parameter grows, as these do.
 */
export function goalSeek(base: Scenario, path: string, kpi: string, target: number, lo: number, hi: number, tolerance = 1e-4, maxIterations = 60): GoalSeek {
  const at = (x: number) => kpiWith(base, [[path, x]], kpi);
  let fLo = at(lo);
  const fHi = at(hi);
  if (fLo === null || fHi === null) return { value: null, achieved: null, iterations: 0 };
  const rising = fHi >= fLo;
  const below = (f: number) => (rising ? f < target : f > target);
  if (below(fHi) || !below(fLo)) {
    if (!below(fLo)) return { value: lo, achieved: fLo, iterations: 0 };
    return { value: null, achieved: fHi, iterations: 0 };
  }
  let iterations = 0;
  while (hi - lo > tolerance && iterations < maxIterations) {
    iterations++;
    const mid = (lo + hi) / 2;
    const f = at(mid);
    if (f === null) return { value: null, achieved: null, iterations };
    if (below(f)) {
      lo = mid;
      fLo = f;
    } else hi = mid;
  }
  return { value: hi, achieved: at(hi), iterations };
}

/**
 * Goal seek for a value a person can type and a team can hire: the bisection's answer rounded up
 * to the parameter's grain (hundredths of a post), where the KPI still reaches the target because
 * it moves one way; the achieved value is recomputed at the rounded answer.
 */
export function goalSeekOnGrain(base: Scenario, path: string, kpi: string, target: number, lo: number, hi: number, grain: number): GoalSeek {
  const found = goalSeek(base, path, kpi, target, lo, hi, grain / 4);
  if (found.value === null) return found;
  const rounded = Math.min(hi, Number((Math.ceil(found.value / grain - 1e-9) * grain).toFixed(10)));
  return { value: rounded, achieved: kpiWith(base, [[path, rounded]], kpi), iterations: found.iterations };
}
