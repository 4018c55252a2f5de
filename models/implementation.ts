import { z } from 'zod';
import { NameSchema, nonNegative, share } from './common';

/**
 * The cost of changing the model. The seed warns that turnover may rise while a new model beds
 * in, as staff self-select out of the new culture: that is a temporary uplift, not a new rate.
 */
export const ImplementationSchema = z.object({
  trainingDaysPerFte: nonNegative('Training days per FTE', 60),
  turnoverUplift: share('Turnover uplift'),
  upliftMonths: nonNegative('Uplift months', 60),
  oneOffCosts: z.array(z.object({ label: NameSchema, amount: nonNegative('Amount', 100_000_000) })),
});
export type Implementation = z.infer<typeof ImplementationSchema>;
