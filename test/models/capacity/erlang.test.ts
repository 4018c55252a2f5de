import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, mmcWait } from '../../../models/capacity/erlang';

describe('Erlang C', () => {
  it('matches the table value for two servers at one erlang: P(wait) = 1/3', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('reduces to M/M/1: P(wait) = ρ and Wq = ρ/(μ − λ)', () => {
    expect(erlangC(1, 0.6)).toBeCloseTo(0.6, 12);
    // λ = 0.6 a week, mean service 1 week (μ = 1): Wq = 0.6 / 0.4 = 1.5 weeks.
    expect(mmcWait(1, 0.6, 1)!.meanWait).toBeCloseTo(1.5, 12);
  });

  it('matches Erlang B tables (c = 10, a = 5: B ≈ 0.018385)', () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 5);
  });

  it('stays finite and exact for thousands of slots, where a^c/c! would overflow', () => {
    const p = erlangC(2000, 1950)!;
    expect(Number.isFinite(p)).toBe(true);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(erlangC(2000, 1000)).toBeLessThan(1e-12);
  });

  it('has no answer when demand reaches capacity', () => {
    expect(erlangC(5, 5)).toBeNull();
    expect(mmcWait(3, 4, 1)).toBeNull();
  });
});
