import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OCCURRENCE, WorkPool } from '../../../models/des/work';

/** A step of the week's work: a new item, or the removal of the n-th live one (n wraps). */
type Step = { add: true } | { add: false; n: number };

const steps = fc.array(
  fc.oneof(fc.constant<Step>({ add: true }), fc.nat(40).map<Step>((n) => ({ add: false, n }))),
  { maxLength: 300 },
);

// A task slot remembers the item its last occurrence became and that item's generation; the week
// planner asks the pool whether that item is still pending (to supersede it) and whether a
// delegated piece's occurrence still exists. A wrong answer would drop or keep the wrong work.
describe('the work pool', () => {
  it('says a reference is current exactly while the item it was made for is live (property)', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        // A small start, so places are reused and the arrays grow along the way.
        const pool = new WorkPool(4);
        const live: { item: number; generation: number }[] = [];
        const gone: { item: number; generation: number }[] = [];
        for (const step of plan) {
          if (step.add) {
            const item = pool.add(OCCURRENCE, 1, 1, 0, 0, 10, false);
            live.push({ item, generation: pool.generation[item] });
          } else if (live.length > 0) {
            const [ref] = live.splice(step.n % live.length, 1);
            pool.remove(ref.item);
            gone.push(ref);
          }
          expect(pool.size).toBe(live.length);
        }
        for (const ref of live) expect(pool.isCurrent(ref.item, ref.generation)).toBe(true);
        for (const ref of gone) expect(pool.isCurrent(ref.item, ref.generation)).toBe(false);
        expect(new Set(Array.from(pool.live.subarray(0, pool.size)))).toEqual(new Set(live.map((ref) => ref.item)));
      }),
      { numRuns: 300 },
    );
  });

  it('never takes a reference that was never set (item 0, generation 0) for a live item', () => {
    const pool = new WorkPool(4);
    expect(pool.isCurrent(0, 0)).toBe(false);
    const first = pool.add(OCCURRENCE, 1, 1, 0, 0, 10, false);
    expect(first).toBe(0);
    expect(pool.isCurrent(0, 0)).toBe(false);
    pool.remove(first);
    expect(pool.isCurrent(0, 0)).toBe(false);
  });
});
