import type { Stochastic } from '../result';
import type { DiaryWeek } from './diaryRecord';
import { quantile } from './orderStatistics';
import { REPLICATION_KPIS, ROLE_HOURS, SERIES, type ReplicationKpi, type ReplicationOutcome, type SeriesName } from './outcome';

/**
 * The aggregate of a run's replications, filled one replication at a time in any order: each
 * replication's figures go to the slot of its index, and every summary is computed in index
 * order at the end, so the result is the same bit for bit whichever thread finished first.
 * It keeps a few numbers per replication (its KPIs, its weekly series values, each key worker's
 * caseload), never a replication's state, so a thousand replications fit in a few megabytes.
 */
export class MonteCarloAggregate {
  private readonly kpis: Float64Array;
  private readonly series: Float64Array;
  private readonly holderLoad: Float64Array;
  private readonly holderFamilies: Float64Array;
  private readonly seen: Uint8Array;
  private readonly roleHours: Float64Array;
  added = 0;
  events = 0;
  /** The recorded week's diaries, from whichever replication was asked to keep them. */
  diary: DiaryWeek | null = null;

  constructor(
    readonly runs: number,
    readonly weeks: number,
    readonly holders: number,
    readonly roles = 0,
  ) {
    this.roleHours = new Float64Array(runs * roles * ROLE_HOURS.length);
    this.kpis = new Float64Array(runs * REPLICATION_KPIS.length);
    // Week-major, so the values of one week across replications are contiguous.
    this.series = new Float64Array(SERIES.length * weeks * runs);
    this.holderLoad = new Float64Array(runs * holders);
    this.holderFamilies = new Float64Array(runs * holders);
    this.seen = new Uint8Array(runs);
  }

  add(o: ReplicationOutcome): void {
    const r = o.replication;
    if (r < 0 || r >= this.runs || this.seen[r]) throw new RangeError(`replication ${r} is not expected or came twice`);
    if (o.weeks !== this.weeks || o.holderLoad.length !== this.holders) throw new RangeError(`replication ${r} does not match the run`);
    this.seen[r] = 1;
    this.added++;
    this.events += o.events;
    this.kpis.set(o.kpis, r * REPLICATION_KPIS.length);
    for (let s = 0; s < SERIES.length; s++) {
      for (let w = 0; w < this.weeks; w++) this.series[(s * this.weeks + w) * this.runs + r] = o.series[s * this.weeks + w];
    }
    this.holderLoad.set(o.holderLoad, r * this.holders);
    this.holderFamilies.set(o.holderFamilies, r * this.holders);
    if (o.roleHours.length !== this.roles * ROLE_HOURS.length) throw new RangeError(`replication ${r} does not match the run's roles`);
    this.roleHours.set(o.roleHours, r * o.roleHours.length);
    if (o.diary) this.diary = o.diary;
  }

  /**
   * A role's figure across replications, from each replication's hours per FTE-week: one of
   * ROLE_HOURS, or a share (hours of a kind ÷ hours worked), or utilisation (1 − idle share).
   */
  role(r: number, value: (hours: (key: (typeof ROLE_HOURS)[number]) => number) => number): Stochastic | null {
    const K = ROLE_HOURS.length;
    const values = new Float64Array(this.runs);
    for (let run = 0; run < this.runs; run++) {
      const base = (run * this.roles + r) * K;
      values[run] = value((key) => this.roleHours[base + ROLE_HOURS.indexOf(key)]);
    }
    return summarise(values);
  }

  get complete(): boolean {
    return this.added === this.runs;
  }

  /** A KPI across replications; null when no replication has a value (nobody was referred). */
  kpi(name: ReplicationKpi): Stochastic | null {
    const k = REPLICATION_KPIS.indexOf(name);
    const values = new Float64Array(this.runs);
    for (let r = 0; r < this.runs; r++) values[r] = this.kpis[r * REPLICATION_KPIS.length + k];
    return summarise(values);
  }

  /** Weekly p10, p50 and p90 across replications. */
  bands(name: SeriesName): { p10: number; p50: number; p90: number }[] {
    const s = SERIES.indexOf(name);
    const out: { p10: number; p50: number; p90: number }[] = [];
    for (let w = 0; w < this.weeks; w++) {
      const start = (s * this.weeks + w) * this.runs;
      const values = withoutNaN(this.series.subarray(start, start + this.runs));
      out.push({ p10: quantile(values, 0.1), p50: quantile(values, 0.5), p90: quantile(values, 0.9) });
    }
    return out;
  }

  /** The sum over some holders of each replication's time-averaged load (weighted children or families). */
  holderSum(holders: readonly number[], what: 'load' | 'families'): Stochastic | null {
    const source = what === 'load' ? this.holderLoad : this.holderFamilies;
    const values = new Float64Array(this.runs);
    for (let r = 0; r < this.runs; r++) for (const h of holders) values[r] += source[r * this.holders + h];
    return summarise(values);
  }
}

/**
 * Mean, the half-width of its 95 % t-interval, and the 10th, 50th and 90th percentiles of the
 * replications' values (NaN values, replications without the figure, left out). A single value
 * has no interval to speak of; its half-width is reported as 0.
 */
export function summarise(values: ArrayLike<number>): Stochastic | null {
  const kept = withoutNaN(values);
  const n = kept.length;
  if (n === 0) return null;
  let mean = 0;
  for (const v of kept) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of kept) ss += (v - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  return {
    mean,
    ci95: n > 1 ? studentT975(n - 1) * (sd / Math.sqrt(n)) : 0,
    p10: quantile(kept, 0.1),
    p50: quantile(kept, 0.5),
    p90: quantile(kept, 0.9),
  };
}

/** The values that are numbers, in their order, as a new array. */
function withoutNaN(values: ArrayLike<number>): Float64Array {
  const kept = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) kept[n++] = values[i];
  return kept.subarray(0, n);
}

const T975 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788, 2.1604, 2.1448, 2.1314,
  2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];
const Z975 = 1.959963984540054;

/**
 * The 97.5th percentile of Student's t with df degrees of freedom: tabulated to 30, then the
 * Cornish–Fisher expansion in 1/df (Abramowitz and Stegun 26.7.5), good to 1e-5 beyond 30.
 */
export function studentT975(df: number): number {
  if (df < 1) return NaN;
  if (df <= 30) return T975[Math.round(df) - 1];
  const z = Z975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}
