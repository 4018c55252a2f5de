import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, HOURS_PER_DAY, HOURS_PER_WEEK } from '../../../models/des/calendar';

const MONDAY = 0;
const FRIDAY = 4 * HOURS_PER_DAY;
const SATURDAY = 5 * HOURS_PER_DAY;
const dayOfWeek = (t: number) => Math.floor((t % HOURS_PER_WEEK) / HOURS_PER_DAY);

describe('working days', () => {
  it('skip the weekend: Friday 10:00 plus one working day is Monday 10:00', () => {
    expect(addWorkingDays(FRIDAY + 10, 1)).toBe(HOURS_PER_WEEK + 10);
  });
  it('count a task set at the weekend from Monday', () => {
    expect(addWorkingDays(SATURDAY + 15, 1)).toBe(HOURS_PER_WEEK + HOURS_PER_DAY);
  });
  it('make 10 working days two calendar weeks and 45 working days nine', () => {
    expect(addWorkingDays(MONDAY + 9, 10)).toBe(2 * HOURS_PER_WEEK + 9);
    expect(addWorkingDays(MONDAY + 9, 45)).toBe(9 * HOURS_PER_WEEK + 9);
  });
  it('always fall due on a weekday, never earlier than asked', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.integer({ min: 1, max: 60 }), (t, n) => {
        const due = addWorkingDays(t, n);
        expect(dayOfWeek(due)).toBeLessThan(5);
        expect(due).toBeGreaterThanOrEqual(t + n * HOURS_PER_DAY - 1e-9);
        expect(due).toBeLessThanOrEqual(t + (n / 5 + 1) * HOURS_PER_WEEK);
      }),
    );
  });
});
