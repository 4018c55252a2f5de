import { z } from 'zod';
import { share } from './common';

export const EconomicsSchema = z.object({
  /** The calendar year in which the first financial year (April–March) starts. */
  firstFinancialYear: z.number().int().min(2000).max(2100),
  years: z.number().int().min(3, 'the profile covers 3 to 5 years').max(5, 'the profile covers 3 to 5 years'),
  discountRate: share('Discount rate'),
  /** Annual pay award applied to staff costs from the second year. */
  payInflation: share('Pay inflation'),
});
export type Economics = z.infer<typeof EconomicsSchema>;
