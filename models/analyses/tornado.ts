import type { Scenario } from '../scenario';
import { kpiWith } from './evaluateAt';
import { getNumber } from './paths';
import type { Progress } from './sweep';

export interface TornadoBar {
  path: string;
  base: number;
  low: number | null;
  high: number | null;
  /** The larger distance of low and high from the base KPI: bars sort by it. */
  swing: number;
}

/** Fields that identify or schedule rather than describe the service. */
const SKIP = /(^|\.)(formatVersion|firstFinancialYear|years|seed|weeks|warmupWeeks|replications|peakWeek)$/;

/** Every numeric parameter of the scenario, as a path (ids and run settings left out). */
export function numericPaths(s: Scenario): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'number') {
      if (!SKIP.test(path)) out.push(path);
    } else if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) if (k !== 'sources' && k !== 'source') walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk({ teams: s.teams, activities: s.activities, caseTypes: s.caseTypes, interventions: s.interventions, policy: s.policy, implementation: s.implementation, economics: s.economics }, '');
  return out;
}

/**
 * Sensitivity: each parameter moved ±`delta` (0.1 = ±10 %) on its own, the KPI recomputed.
 * Parameters at zero cannot move by a percentage and are left out; bars come largest first.
 */
export function tornado(base: Scenario, kpi: string, delta = 0.1, paths = numericPaths(base), progress?: Progress): TornadoBar[] {
  const baseValue = kpiWith(base, [], kpi, false);
  if (baseValue === null) return [];
  const bars: TornadoBar[] = [];
  for (const [i, path] of paths.entries()) {
    progress?.(i, paths.length);
    const v = getNumber(base, path);
    if (v === null || v === 0) continue;
    const low = kpiWith(base, [[path, v * (1 - delta)]], kpi);
    const high = kpiWith(base, [[path, v * (1 + delta)]], kpi);
    const swing = Math.max(low === null ? 0 : Math.abs(low - baseValue), high === null ? 0 : Math.abs(high - baseValue));
    bars.push({ path, base: baseValue, low, high, swing });
  }
  progress?.(paths.length, paths.length);
  return bars.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
}
