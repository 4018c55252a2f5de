import type { Distribution } from '../distribution';
import { logGamma } from './logGamma';
import type { RandomStream } from './randomStream';

/**
 * Samplers hold no state between draws (no cached second normal deviate, say): a draw depends
 * only on the stream it is given, so a replication's numbers cannot leak into the next one run
 * by the same worker, and results stay identical for any number of threads.
 */
export interface Sampler {
  sample(rng: RandomStream): number;
  readonly mean: number;
  readonly variance: number;
}

export class ExponentialSampler implements Sampler {
  readonly variance: number;
  constructor(readonly mean: number) {
    if (!(mean > 0)) throw new RangeError(`an exponential mean must be positive, not ${mean}`);
    this.variance = mean * mean;
  }
  sample(rng: RandomStream): number {
    return -this.mean * Math.log(rng.uniformPositive());
  }
}

/** A standard normal deviate by the Box–Muller transform, using one of its pair (stateless). */
export function standardNormal(rng: RandomStream): number {
  return Math.sqrt(-2 * Math.log(rng.uniformPositive())) * Math.cos(2 * Math.PI * rng.uniform());
}

/**
 * Lognormal given by its own mean and standard deviation, the figures a council reports
 * (mean time open 26 weeks, sd 16), rather than by the parameters of the underlying normal.
 */
export class LognormalSampler implements Sampler {
  readonly variance: number;
  private readonly mu: number;
  private readonly sigma: number;
  constructor(
    readonly mean: number,
    sd: number,
  ) {
    if (!(mean > 0) || !(sd >= 0)) throw new RangeError(`a lognormal needs a positive mean and sd, not ${mean} and ${sd}`);
    const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
    this.sigma = Math.sqrt(sigma2);
    this.mu = Math.log(mean) - sigma2 / 2;
    this.variance = sd * sd;
  }
  sample(rng: RandomStream): number {
    return Math.exp(this.mu + this.sigma * standardNormal(rng));
  }
}

export class FixedSampler implements Sampler {
  readonly variance = 0;
  constructor(readonly mean: number) {}
  sample(): number {
    return this.mean;
  }
}

/** Resamples a council's observed values, each with its weight (equal weights by default). */
export class EmpiricalSampler implements Sampler {
  readonly mean: number;
  readonly variance: number;
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;
  constructor(values: readonly number[], weights?: readonly number[]) {
    if (values.length === 0) throw new RangeError('an empirical distribution needs at least one value');
    const w = weights ?? values.map(() => 1);
    if (w.length !== values.length) throw new RangeError('give one weight per observed value');
    const total = w.reduce((a, b) => a + b, 0);
    if (!(total > 0)) throw new RangeError('the weights of an empirical distribution must add up to more than 0');
    this.values = Float64Array.from(values);
    this.cumulative = new Float64Array(values.length);
    let running = 0;
    let mean = 0;
    for (let i = 0; i < values.length; i++) {
      running += w[i] / total;
      this.cumulative[i] = running;
      mean += (values[i] * w[i]) / total;
    }
    this.cumulative[values.length - 1] = 1;
    this.mean = mean;
    this.variance = values.reduce((s, v, i) => s + ((v - mean) ** 2 * w[i]) / total, 0);
  }
  sample(rng: RandomStream): number {
    const u = rng.uniform();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < this.cumulative[mid]) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

/**
 * Poisson counts. Small means multiply uniforms (Knuth), which costs one draw per unit of the
 * mean; from a mean of 10 the transformed rejection method PTRS (Hörmann, 1993) takes about
 * 1.2 draw pairs whatever the mean.
 */
export class PoissonSampler implements Sampler {
  readonly variance: number;
  private readonly expMinusMean: number;
  private readonly logMean: number;
  private readonly a: number;
  private readonly b: number;
  private readonly logInvAlpha: number;
  private readonly vr: number;
  constructor(readonly mean: number) {
    if (!(mean >= 0) || !Number.isFinite(mean)) throw new RangeError(`a Poisson mean must be 0 or more, not ${mean}`);
    this.variance = mean;
    this.expMinusMean = Math.exp(-mean);
    this.logMean = Math.log(mean);
    this.b = 0.931 + 2.53 * Math.sqrt(mean);
    this.a = -0.059 + 0.02483 * this.b;
    this.logInvAlpha = Math.log(1.1239 + 1.1328 / (this.b - 3.4));
    this.vr = 0.9277 - 3.6224 / (this.b - 2);
  }
  sample(rng: RandomStream): number {
    if (this.mean < 10) {
      let k = 0;
      let product = rng.uniform();
      while (product > this.expMinusMean) {
        k++;
        product *= rng.uniform();
      }
      return k;
    }
    for (;;) {
      const u = rng.uniform() - 0.5;
      const v = rng.uniformPositive();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * this.a) / us + this.b) * u + this.mean + 0.43);
      if (us >= 0.07 && v <= this.vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      const lhs = Math.log(v) + this.logInvAlpha - Math.log(this.a / (us * us) + this.b);
      if (lhs <= -this.mean + k * this.logMean - logGamma(k + 1)) return k;
    }
  }
}

/** The sampler for a scenario's duration distribution. */
export function samplerFor(d: Distribution): Sampler {
  switch (d.type) {
    case 'exponential':
      return new ExponentialSampler(d.mean);
    case 'lognormal':
      return new LognormalSampler(d.mean, d.sd);
    case 'fixed':
      return new FixedSampler(d.value);
    case 'empirical':
      return new EmpiricalSampler(d.values, d.weights);
  }
}
