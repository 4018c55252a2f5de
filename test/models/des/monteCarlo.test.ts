import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../models/des/monteCarlo';
import { quantile } from '../../../models/des/orderStatistics';

/** The textbook definition: linear interpolation between order statistics of sorted values (R type 7, numpy's default). */
function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Replication values as a run gives them: repeats, negatives, and now and then a NaN (no value). */
const values = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN)), { maxLength: 60 });

describe('summaries across replications', () => {
  it('finds each percentile by selection exactly as interpolating in the sorted values does', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(0, 0.1, 0.5, 0.9, 1), (list, p) => {
        const numbers = list.filter((v) => !Number.isNaN(v));
        const expected = quantileSorted(Float64Array.from(numbers).sort(), p);
        const found = quantile(Float64Array.from(numbers), p);
        // Equal as numbers (selection may meet -0 and 0 in either order); NaN when there are none.
        expect(found === expected || (Number.isNaN(found) && Number.isNaN(expected))).toBe(true);
      }),
    );
  });

  it('leaves replications without a value out, and has no summary when none has one', () => {
    expect(summarise([NaN, NaN])).toBeNull();
    const s = summarise([4, NaN, 1, 3, 2, NaN])!;
    expect(s.mean).toBe(2.5);
    expect(s.p50).toBe(2.5);
    expect(s.p10).toBeCloseTo(1.3, 12);
    expect(s.p90).toBeCloseTo(3.7, 12);
  });
});
