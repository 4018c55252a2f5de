import type { Scenario } from '../scenario';
import { resultWith } from './evaluateAt';
import { kpiValue } from './kpis';

export interface SweepAxis {
  path: string;
  values: number[];
}

export interface SweepPoint {
  values: number[];
  kpis: Record<string, number | null>;
}

/** Evenly spaced values from `from` to `to`, `count` of them. */
export function range(from: number, to: number, count: number): number[] {
  if (count <= 1) return [from];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/** Told after each point, so a worker can report how far a long sweep has gone. */
export type Progress = (done: number, total: number) => void;

/** One or two parameters over their values (a grid for two), each point's KPIs by the capacity model. */
export function sweep(base: Scenario, axes: SweepAxis[], kpis: string[], progress?: Progress): SweepPoint[] {
  if (axes.length < 1 || axes.length > 2) throw new Error('sweep one or two parameters');
  const points: SweepPoint[] = [];
  const grid = axes.length === 1 ? axes[0].values.map((v) => [v]) : axes[0].values.flatMap((a) => axes[1].values.map((b) => [a, b]));
  for (const values of grid) {
    const changes = axes.map((ax, i) => [ax.path, values[i]] as [string, number]);
    // One evaluation per point serves every KPI asked for.
    const result = resultWith(base, changes);
    points.push({ values, kpis: Object.fromEntries(kpis.map((k) => [k, result ? kpiValue(result, k) : null])) });
    progress?.(points.length, grid.length);
  }
  return points;
}
