import type { Policy } from '../policy';
import type { Role } from '../role';

/** Working days in a year (52 weeks of five days), the base that leave and training are spread over. */
export const WORKING_DAYS_PER_YEAR = 260;

export interface PersonHours {
  contracted: number;
  absence: number;
  /** Contracted hours less absence: what the person is at work for before any overtime. */
  worked: number;
  /** The most overtime the policy lets this person work in a week. */
  overtimeMax: number;
}

/**
 * A person's average week. Leave, bank holidays and training are days away spread over the
 * year; sickness is already a share of working days. Overtime is offered only to case-holding
 * roles: the source (DfE longitudinal study: about 40 hours worked against 37 contracted) is
 * about social workers, and support staff are not expected to work unpaid hours.
 */
export function personHours(role: Role, policy: Policy): PersonHours {
  const a = role.absence;
  const awayShare = Math.min(1, (a.annualLeaveDays + a.bankHolidayDays + a.trainingDaysPerYear) / WORKING_DAYS_PER_YEAR + a.sicknessShare);
  const contracted = role.hoursPerFte;
  const absence = contracted * awayShare;
  const overtimeMax = policy.overtime.allowed && role.keyWorker.eligible ? policy.overtime.maxHoursPerWeek : 0;
  return { contracted, absence, worked: contracted - absence, overtimeMax };
}

/** FTE actually at work: vacancies without agency cover leave their share of posts empty. */
export function staffedFte(role: Role): number {
  const w = role.workforce;
  return role.posts * (1 - (w.agencyCover ? 0 : w.vacancyShare));
}
