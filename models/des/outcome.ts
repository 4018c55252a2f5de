import type { DiaryWeek } from './diaryRecord';

/**
 * What one replication reports: one value per KPI (after the warm-up) and, per week after the
 * warm-up, a value per series. Plain typed arrays, so a worker thread can hand them over without
 * copying and the Monte Carlo aggregate never holds a replication's whole state.
 */
export const REPLICATION_KPIS = [
  /** Families with a key worker, time-averaged. */
  'familiesOpen',
  'childrenOpen',
  /** Families referred and waiting for a key worker (the allocation backlog), time-averaged. */
  'familiesWaiting',
  'childrenWaiting',
  'waitForAllocationWeeks',
  'probabilityOfWait',
  'waitP50Weeks',
  'waitP90Weeks',
  'referralsPerWeek',
  'allocationsPerWeek',
  /** Families leaving the service (closures that are not steps up or down). */
  'closuresPerWeek',
  'stepsPerWeek',
  /** Mean time with a key worker of the cases that ended in the window, in weeks. */
  'caseWeeks',
  'keyWorkerChangesPerFamily',
  /** Children per week by which the waiting list grew; 0 when it did not. */
  'overload',
  /** Weighted children held ÷ weighted caseload capacity, time-averaged. */
  'caseloadUtilisation',
  'tasksDuePerWeek',
  'statutoryTasksDuePerWeek',
  'visitsDuePerWeek',
  'visitsDuePerFamilyPerMonth',
  'taskHoursDirect',
  'taskHoursCaseIndirect',
  'taskHoursAdmin',
  'taskHoursMeeting',
  'taskHoursTravel',
  'nonStaffCostPerYear',
  /** Statutory work (hours, by due date in the window) finished by its due date. */
  'statutoryOnTimeShare',
  /** Time with families as the family receives it (a joint visit counts once). */
  'directHoursPerFamilyPerWeek',
  'visitsPerFamilyPerMonth',
  /** Contacts (visits and sessions) made by the family's own key worker (or unit). */
  'keyWorkerContactShare',
  /** Elastic sessions wanted but not had, plus work that went past its due date, in hours a week. */
  'unmetHoursPerWeek',
  /** Hours of work past its due date carried into the next week, averaged over weeks. */
  'backlogHours',
  /** Staff cost at the people actually in post: vacancies unpaid, agency workers at their premium. */
  'staffCostPerYear',
  'agencyPremiumPerYear',
  'costPerFamily',
  /** Staff cost per hour of staff time with families. */
  'costPerDirectHour',
  'leaversPerYear',
  /** FTE of posts without anyone in them, as a share of all posts, averaged over weeks. */
  'vacancyShare',
] as const;
export type ReplicationKpi = (typeof REPLICATION_KPIS)[number];
export const KPI = Object.fromEntries(REPLICATION_KPIS.map((k, i) => [k, i])) as Record<ReplicationKpi, number>;

/**
 * Weekly series: families open, the allocation backlog, referrals and tasks per week, the work
 * backlog (hours past due carried over) and social workers' share of their week with families.
 */
export const SERIES = ['familiesOpen', 'childrenOpen', 'familiesWaiting', 'referrals', 'tasksDue', 'backlogHours', 'swDirectShare'] as const;

/** A role's week per FTE in post, in the order of the result's `hoursPerWeek`. */
export const ROLE_HOURS = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'absence', 'idle', 'overtime'] as const;
export type SeriesName = (typeof SERIES)[number];
export const SERIES_INDEX = Object.fromEntries(SERIES.map((k, i) => [k, i])) as Record<SeriesName, number>;

export interface ReplicationOutcome {
  replication: number;
  /** One value per REPLICATION_KPIS entry; NaN where a KPI has no value (no family waited). */
  kpis: Float64Array;
  /** SERIES.length rows of `weeks` values, row by row. */
  series: Float64Array;
  weeks: number;
  /** Each role's hours per FTE-week by ROLE_HOURS entry: roleHours[role × ROLE_HOURS.length + k]. */
  roleHours: Float64Array;
  /** The recorded week's diaries, from the one replication asked for. */
  diary?: DiaryWeek;
  /** Time-averaged weighted children and families held by each case holder. */
  holderLoad: Float64Array;
  holderFamilies: Float64Array;
  /**
   * Waits by the week of referral (sum in weeks, families, families that waited): the raw
   * material for batch means in the validation against queueing theory.
   */
  waitSumByWeek: Float64Array;
  referralsByWeek: Float64Array;
  waitedByWeek: Float64Array;
  events: number;
}
