import { z } from 'zod';

const positive = z.number().positive().finite();

/**
 * How long a case stays open, in weeks. Exponential is the queueing-theory baseline; lognormal
 * fits observed case durations better; fixed and empirical let a council use its own data.
 */
export const DistributionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exponential'), mean: positive }),
  z.object({ type: z.literal('lognormal'), mean: positive, sd: positive }),
  z.object({ type: z.literal('fixed'), value: positive }),
  z.object({
    type: z.literal('empirical'),
    values: z.array(positive).min(1, 'give at least one observed value'),
    weights: z.array(z.number().nonnegative().finite()).optional(),
  }),
]);
export type Distribution = z.infer<typeof DistributionSchema>;

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
