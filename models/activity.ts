import { z } from 'zod';
import { ActivityKindSchema, RoleCategorySchema } from './categories';
import { IdSchema, NameSchema, positiveNumber, share } from './common';

/** Work that another activity brings with it each time it happens (a visit brings its recording). */
export const FollowUpSchema = z.object({
  activityId: IdSchema,
  times: positiveNumber('Times', 10),
});

export const ActivitySchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    kind: ActivityKindSchema,
    /** Hours per occurrence, excluding travel. */
    hours: positiveNumber('Duration', 200),
    /** Eligible categories in the order the policy prefers them. */
    eligible: z.array(RoleCategorySchema).min(1, 'name at least one role category that may do this'),
    /** 2 = a joint visit: it occupies a second person's diary for the same hours. */
    performers: z.union([z.literal(1), z.literal(2)]),
    /** Categories that may be the second performer of a joint visit, in order of preference. */
    secondPerformer: z.array(RoleCategorySchema),
    /** Statutory work is done by the key worker's qualified role, by a due date. */
    statutory: z.boolean(),
    /** The part that can be handed to a support role (the typing and filing of recording). */
    delegableShare: share('Delegable share'),
    delegateTo: z.array(RoleCategorySchema),
    /** A visit needs travel: the performer's travel minutes per visit are added each time. */
    visit: z.boolean(),
    followUps: z.array(FollowUpSchema),
  })
  .refine((a) => a.performers === 1 || a.secondPerformer.length > 0, {
    message: 'a joint visit needs at least one category for the second performer',
    path: ['secondPerformer'],
  })
  .refine((a) => a.delegableShare === 0 || a.delegateTo.length > 0, {
    message: 'a delegable share needs at least one category to delegate to',
    path: ['delegateTo'],
  });
export type Activity = z.infer<typeof ActivitySchema>;
