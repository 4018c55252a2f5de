import { z } from 'zod';

/**
 * The result JSON of DESIGN §8: the same object the app shows, the CLI prints and the report
 * prints. Stochastic figures are summaries across replications; deterministic ones are plain
 * numbers; a figure that does not exist (the wait when overloaded) is null.
 */
export const StochasticSchema = z.object({
  mean: z.number(),
  ci95: z.number().nonnegative(),
  p10: z.number(),
  p50: z.number(),
  p90: z.number(),
});
export type Stochastic = z.infer<typeof StochasticSchema>;

/** A figure is a plain number (capacity model) or a summary across replications (simulation). */
export const FigureSchema = z.union([z.number(), StochasticSchema]);
export type Figure = z.infer<typeof FigureSchema>;
const Maybe = FigureSchema.nullable();

export const HOURS_KEYS = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'absence', 'idle', 'overtime'] as const;
export const SHARE_KEYS = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'idle'] as const;
export type HoursKey = (typeof HOURS_KEYS)[number];
export type ShareKey = (typeof SHARE_KEYS)[number];

export const RoleResultSchema = z.object({
  id: z.string(),
  team: z.string(),
  name: z.string(),
  category: z.string(),
  posts: z.number(),
  utilisation: FigureSchema,
  hoursPerWeek: z.object(Object.fromEntries(HOURS_KEYS.map((k) => [k, FigureSchema])) as Record<HoursKey, typeof FigureSchema>),
  shares: z.object(Object.fromEntries(SHARE_KEYS.map((k) => [k, FigureSchema])) as Record<ShareKey, typeof FigureSchema>),
});
export type RoleResult = z.infer<typeof RoleResultSchema>;

export const TeamResultSchema = z.object({
  familiesOpen: FigureSchema,
  childrenOpen: FigureSchema,
  capacityChildren: FigureSchema,
  /** Children per week by which demand exceeds capacity; 0 when it does not. */
  overload: FigureSchema,
  waitForAllocationWeeks: Maybe,
  probabilityOfWait: Maybe,
  statutoryOnTimeShare: FigureSchema,
  directHoursPerFamilyPerWeek: FigureSchema,
  visitsPerFamilyPerMonth: FigureSchema,
  keyWorkerChangesPerFamily: FigureSchema,
  unmetHoursPerWeek: FigureSchema,
});
export type TeamResult = z.infer<typeof TeamResultSchema>;

export const MoneyResultSchema = z.object({
  staffCostPerYear: FigureSchema,
  nonStaffCostPerYear: FigureSchema,
  costPerFamily: Maybe,
  costPerDirectHour: Maybe,
  /** Against the parent scenario; null without one. */
  cashableSavingsPerYear: Maybe,
  releasedFte: Maybe,
  paybackMonths: Maybe,
  npv: Maybe,
});
export type MoneyResult = z.infer<typeof MoneyResultSchema>;

export const BandSchema = z.object({ p10: z.number(), p50: z.number(), p90: z.number() });

export const ResultSchema = z
  .object({
    scenario: z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() }),
    engine: z.enum(['capacity', 'des']),
    roles: z.array(RoleResultSchema),
    team: TeamResultSchema,
    money: MoneyResultSchema,
    /** Weekly bands, des only: `weeks` plus one array of bands per KPI. */
    series: z.record(z.string(), z.array(z.union([z.number(), BandSchema]))).optional(),
    run: z.object({
      seed: z.number().nullable(),
      runs: z.number().int().nonnegative(),
      weeks: z.number().nonnegative(),
      warmupWeeks: z.number().nonnegative(),
      events: z.number().nonnegative(),
      elapsedMs: z.number().nonnegative(),
      appVersion: z.string(),
    }),
  })
  /** Engines may add figures (unmet hours by activity, wait percentiles) beside these. */
  .loose();
export type SimulationResult = z.infer<typeof ResultSchema>;
