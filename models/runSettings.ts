import { z } from 'zod';

export const RunSettingsSchema = z.object({
  weeks: z.number().int('weeks must be a whole number').min(1, 'run at least 1 week').max(1040, 'run at most 1,040 weeks (20 years)'),
  warmupWeeks: z.number().int('warm-up weeks must be a whole number').min(0, 'warm-up cannot be negative').max(520),
  replications: z.number().int('replications must be a whole number').min(1, 'run at least 1 replication').max(100_000),
  seed: z.number().int('seed must be a whole number').min(0).max(2 ** 32 - 1),
});
export type RunSettings = z.infer<typeof RunSettingsSchema>;
