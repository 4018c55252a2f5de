import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../../models/random/randomStream';
import { EmpiricalSampler, ExponentialSampler, FixedSampler, LognormalSampler, PoissonSampler, samplerFor, type Sampler } from '../../../models/random/samplers';

const N = 200_000;

function moments(draw: () => number, n = N): { mean: number; variance: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 1; i <= n; i++) {
    const x = draw();
    const d = x - mean;
    mean += d / i;
    m2 += d * (x - mean);
  }
  return { mean, variance: m2 / (n - 1) };
}

/** The sample mean lies within 5 standard errors, the sample variance within 5 % (or 5 SE for heavy tails). */
function expectMoments(sampler: Sampler, seed: number, varianceTolerance = 0.05) {
  const rng = RandomStream.forReplication(seed, 0);
  const { mean, variance } = moments(() => sampler.sample(rng));
  const se = Math.sqrt(sampler.variance / N);
  expect(Math.abs(mean - sampler.mean)).toBeLessThanOrEqual(5 * se + 1e-12);
  if (sampler.variance === 0) expect(variance).toBe(0);
  else expect(Math.abs(variance / sampler.variance - 1)).toBeLessThan(varianceTolerance);
}

describe('random streams', () => {
  it('give the same numbers for the same seed and replication, on any call order', () => {
    const a = RandomStream.forReplication(42, 7);
    const b = RandomStream.forReplication(42, 7);
    const xs = Array.from({ length: 100 }, () => a.nextUint32());
    expect(Array.from({ length: 100 }, () => b.nextUint32())).toEqual(xs);
  });

  it('give different, uncorrelated numbers for neighbouring replications and seeds', () => {
    const streams = [RandomStream.forReplication(1, 0), RandomStream.forReplication(1, 1), RandomStream.forReplication(2, 0)];
    const n = 50_000;
    const xs = streams.map((s) => Array.from({ length: n }, () => s.uniform()));
    const corr = (a: number[], b: number[]) => {
      let sab = 0;
      for (let i = 0; i < n; i++) sab += (a[i] - 0.5) * (b[i] - 0.5);
      return sab / n / (1 / 12);
    };
    // Independent streams: the correlation is about N(0, 1/n), so |r| < 5/sqrt(n).
    expect(Math.abs(corr(xs[0], xs[1]))).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(corr(xs[0], xs[2]))).toBeLessThan(5 / Math.sqrt(n));
    expect(xs[0].slice(0, 10)).not.toEqual(xs[1].slice(0, 10));
  });

  it('are uniform on [0, 1): mean 1/2, variance 1/12, and every tenth of the range equally often', () => {
    const rng = RandomStream.forReplication(3, 0);
    const bins = new Array(10).fill(0);
    const { mean, variance } = moments(() => {
      const u = rng.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      bins[Math.floor(u * 10)]++;
      return u;
    });
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
    expect(Math.abs(variance * 12 - 1)).toBeLessThan(0.01);
    // Chi-square with 9 degrees of freedom: 27.9 is its 0.999 quantile.
    const chi2 = bins.reduce((s, b) => s + (b - N / 10) ** 2 / (N / 10), 0);
    expect(chi2).toBeLessThan(27.9);
  });

  it('reject seeds and replications that are not whole numbers in range', () => {
    expect(() => RandomStream.forReplication(-1, 0)).toThrow(/seed/);
    expect(() => RandomStream.forReplication(1.5, 0)).toThrow(/seed/);
    expect(() => RandomStream.forReplication(0, 2 ** 32)).toThrow(/replication/);
  });
});

describe('samplers match their mean and variance', () => {
  it('exponential', () => expectMoments(new ExponentialSampler(26), 11));
  it('lognormal given by its own mean and sd', () => expectMoments(new LognormalSampler(26, 15.6), 12, 0.1));
  it('Poisson with a small mean (multiplication method)', () => expectMoments(new PoissonSampler(3.5), 13));
  it('Poisson with a large mean (transformed rejection)', () => expectMoments(new PoissonSampler(170), 14));
  it('Poisson of mean 0 is always 0', () => {
    const rng = RandomStream.forReplication(1, 0);
    expect(Array.from({ length: 100 }, () => new PoissonSampler(0).sample(rng)).every((k) => k === 0)).toBe(true);
  });
  it('fixed', () => expectMoments(new FixedSampler(12), 15));
  it('empirical, weighted, drawing only the observed values', () => {
    const s = new EmpiricalSampler([4, 10, 52], [1, 2, 1]);
    expect(s.mean).toBeCloseTo(19, 10);
    expectMoments(s, 16);
    const rng = RandomStream.forReplication(16, 1);
    for (let i = 0; i < 1000; i++) expect([4, 10, 52]).toContain(s.sample(rng));
  });
  it('are built from a scenario distribution with its stated mean', () => {
    expect(samplerFor({ type: 'lognormal', mean: 34, sd: 20 }).mean).toBe(34);
    expect(samplerFor({ type: 'empirical', values: [1, 3] }).mean).toBe(2);
  });
});
