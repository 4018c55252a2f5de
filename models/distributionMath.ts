import type { Distribution } from './distribution';

// Arithmetic on distributions, apart from their schema so the simulation's workers load no zod
// (it was four fifths of the worker's code and most of a worker's start-up).

export function distributionMean(d: Distribution): number {
  switch (d.type) {
    case 'exponential':
    case 'lognormal':
      return d.mean;
    case 'fixed':
      return d.value;
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      return d.values.reduce((sum, v, i) => sum + v * (w[i] ?? 0), 0) / total;
    }
  }
}

/** Scales a duration distribution, e.g. for an intervention that shortens time in the system. */
export function scaleDistribution(d: Distribution, factor: number): Distribution {
  switch (d.type) {
    case 'exponential':
      return { type: 'exponential', mean: d.mean * factor };
    case 'lognormal':
      return { type: 'lognormal', mean: d.mean * factor, sd: d.sd * factor };
    case 'fixed':
      return { type: 'fixed', value: d.value * factor };
    case 'empirical':
      return { ...d, values: d.values.map((v) => v * factor) };
  }
}
