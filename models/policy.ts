import { z } from 'zod';
import { nonNegative } from './common';

export const ALLOCATION_RULES = ['least_loaded', 'first_free'] as const;

export const PolicySchema = z.object({
  /** How a new family is given a key worker among those with free weighted capacity. */
  allocation: z.enum(ALLOCATION_RULES),
  /** Keep the key worker when a case steps up or down, where the new case type allows. */
  keyWorkerContinuity: z.boolean(),
  /** Hand delegable shares of work to support roles. */
  delegation: z.boolean(),
  /** Weighted children per case-holding FTE, unless a role sets its own. */
  caseloadCap: nonNegative('Caseload cap', 100),
  overtime: z.object({
    allowed: z.boolean(),
    maxHoursPerWeek: nonNegative('Overtime per week', 30),
  }),
  /** Statutory work is scheduled before other case work. */
  statutoryFirst: z.boolean(),
});
export type Policy = z.infer<typeof PolicySchema>;
