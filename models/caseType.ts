import { z } from 'zod';
import { RoleCategorySchema } from './categories';
import { IdSchema, NameSchema, nonNegative, positiveNumber, share, uniqueIds } from './common';
import { DistributionSchema } from './distribution';

/** A one-off task due a number of working days after allocation (assessment within 45). */
export const OneOffTaskSchema = z.object({
  activityId: IdSchema,
  dueWorkingDays: nonNegative('Due within (working days)', 520),
});

/** A task that repeats while the case is open (a statutory visit every 10 working days). */
export const RecurringTaskSchema = z.object({
  activityId: IdSchema,
  everyWorkingDays: positiveNumber('Every (working days)', 520),
  /** Per child rather than per family (some visits must see each child alone). */
  perChild: z.boolean(),
});

/**
 * Direct work a family would benefit from beyond the statutory minimum. Time the skill mix
 * frees turns into this, up to the desired amount: it is what "more time with families" buys.
 */
export const ElasticWorkSchema = z.object({
  activityId: IdSchema,
  desiredPerWeek: nonNegative('Desired sessions per week', 20),
});

export const ClosureSchema = z.object({
  toCaseTypeId: IdSchema,
  probability: share('Probability'),
  keepKeyWorker: z.boolean(),
});

export const CaseTypeSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    referralsPerWeek: nonNegative('Referrals per week', 1000),
    /** Relative change in referrals per year (0.05 = 5 % more each year). */
    trendPerYear: z.number().min(-0.9).max(5),
    seasonality: z.object({
      amplitude: share('Seasonal amplitude'),
      peakWeek: z.number().int().min(0).max(51),
    }),
    /** Families already open when the run starts. */
    openFamilies: nonNegative('Open families', 100_000),
    childrenPerFamily: z.number().min(1, 'a family has at least one child').max(15),
    /** Caseload weight per child; 1 = a standard case. */
    complexityWeight: positiveNumber('Complexity weight', 10),
    durationWeeks: DistributionSchema,
    keyWorkerCategories: z.array(RoleCategorySchema).min(1, 'name at least one category that may hold this case'),
    oneOff: z.array(OneOffTaskSchema),
    recurring: z.array(RecurringTaskSchema),
    elastic: ElasticWorkSchema.nullable(),
    closure: z.array(ClosureSchema),
    /** Non-staff cost per week while open (a placement), in pounds. */
    nonStaffCostPerWeek: nonNegative('Non-staff cost per week', 100_000),
  })
  .refine((c) => c.closure.reduce((s, x) => s + x.probability, 0) <= 1 + 1e-9, {
    message: 'closure probabilities add up to more than 1',
    path: ['closure'],
  });
export type CaseType = z.infer<typeof CaseTypeSchema>;

export const CaseTypesSchema = z.array(CaseTypeSchema).superRefine((list, ctx) => uniqueIds(list, ctx, 'case type'));
