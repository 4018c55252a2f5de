import { z } from 'zod';
import { IdSchema, NameSchema, nonNegative, positiveNumber } from './common';
import { SourceSchema } from './source';

/** A named, cited effect on case types (Family Group Conferencing: 34 → 24 weeks in the system). */
export const InterventionSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  source: SourceSchema,
  caseTypeIds: z.array(IdSchema).min(1, 'name the case types it applies to'),
  /** Multiplies each affected case type's duration in the system. */
  durationScale: positiveNumber('Duration scale', 5),
  /** Tasks added at allocation (the conference itself), due within the given working days. */
  addOneOff: z.array(z.object({ activityId: IdSchema, dueWorkingDays: nonNegative('Due within', 520) })),
  /**
   * Tasks that repeat while a family is open (Family Safeguarding's joint visits with an adult
   * specialist): the model's way to add ongoing work without changing the case types.
   */
  addRecurring: z
    .array(
      z.object({
        activityId: IdSchema,
        everyWorkingDays: positiveNumber('Every (working days)', 520),
        perChild: z.boolean(),
      }),
    )
    .default([]),
  /** Non-staff cost per family it reaches (a co-ordinator's fee), in pounds. */
  costPerFamily: nonNegative('Cost per family', 1_000_000),
});
export type Intervention = z.infer<typeof InterventionSchema>;
