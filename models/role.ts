import { z } from 'zod';
import { RoleCategorySchema } from './categories';
import { IdSchema, NameSchema, nonNegative, positiveNumber, share } from './common';

export const FIXED_COMMITMENT_KINDS = ['supervision', 'group_case_discussion', 'team_meeting', 'other'] as const;

/**
 * A weekly commitment that comes before case work. Supervision also takes the supervisor's
 * time (one hour of supervision received is one hour of the supervisor's week); a group case
 * discussion is held by the whole unit at once, so it costs each member the same hours.
 */
export const FixedCommitmentSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  kind: z.enum(FIXED_COMMITMENT_KINDS),
  hoursPerWeek: nonNegative('Hours per week', 40),
  /** The role whose people give this supervision; only for kind 'supervision'. */
  supervisorRoleId: IdSchema.nullable().default(null),
});
export type FixedCommitment = z.infer<typeof FixedCommitmentSchema>;

export const AbsenceSchema = z.object({
  annualLeaveDays: nonNegative('Annual leave', 60),
  bankHolidayDays: nonNegative('Bank holidays', 15),
  sicknessShare: share('Sickness absence'),
  trainingDaysPerYear: nonNegative('Training days', 60),
});
export type Absence = z.infer<typeof AbsenceSchema>;

export const WorkforceSchema = z.object({
  turnoverPerYear: share('Turnover per year'),
  vacancyShare: share('Vacancy rate'),
  recruitmentLagWeeks: nonNegative('Recruitment lag', 104),
  agencyCover: z.boolean(),
  /** Extra cost of an agency worker over the post's own cost, as a fraction (0.5 = +50 %). */
  agencyPremium: nonNegative('Agency premium', 3),
});
export type Workforce = z.infer<typeof WorkforceSchema>;

export const RoleActivitySchema = z
  .object({
    activityId: IdSchema,
    /** Work done per hour relative to the activity's standard duration; 1 = standard. */
    efficiency: positiveNumber('Efficiency', 3),
    note: z.string().optional(),
  })
  .refine((a) => a.efficiency === 1 || (a.note ?? '').trim().length > 0, {
    message: 'an efficiency other than 1 must say why (note)',
    path: ['note'],
  });
export type RoleActivity = z.infer<typeof RoleActivitySchema>;

export const RoleSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  category: RoleCategorySchema,
  /** Posts in full-time equivalents; fractional posts are allowed (0.5 = a half-time post). */
  posts: nonNegative('Posts', 500),
  hoursPerFte: positiveNumber('Contracted hours per week', 60),
  /** Salary plus employer on-costs per FTE per year; for volunteers, expenses and co-ordination. */
  costPerFte: nonNegative('Annual cost per FTE', 1_000_000),
  absence: AbsenceSchema,
  workforce: WorkforceSchema,
  /** Newly qualified (ASYE) posts among `posts`, with a protected caseload. */
  asyePosts: nonNegative('ASYE posts', 500),
  /** An ASYE worker's caseload cap as a fraction of the full cap. */
  asyeCaseloadFactor: share('ASYE caseload factor'),
  fixed: z.array(FixedCommitmentSchema),
  keyWorker: z.object({
    eligible: z.boolean(),
    /** Weighted children per FTE; null uses the scenario policy's cap. */
    caseloadCap: nonNegative('Caseload cap', 100).nullable(),
  }),
  /** Round trip per visit, in minutes. */
  travelMinutesPerVisit: nonNegative('Travel per visit', 480),
  activities: z.array(RoleActivitySchema),
});
export type Role = z.infer<typeof RoleSchema>;
