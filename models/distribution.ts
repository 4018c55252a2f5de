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

export { distributionMean, scaleDistribution } from './distributionMath';
