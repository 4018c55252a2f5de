/**
 * Simulation time is calendar hours since the start, which is a Monday at 00:00. Work happens
 * Monday to Friday, so due dates given in working days ("within 45 working days") are counted on
 * a working clock that stands still at weekends, then turned back into calendar time.
 */
export const HOURS_PER_DAY = 24;
export const HOURS_PER_WEEK = 168;
const WORKING_DAYS_PER_WEEK = 5;
const WORKING_HOURS_PER_WEEK = WORKING_DAYS_PER_WEEK * HOURS_PER_DAY;

/** Hours of working days elapsed by calendar time t; a weekend counts as the end of Friday. */
export function toWorkingClock(t: number): number {
  const week = Math.floor(t / HOURS_PER_WEEK);
  const intoWeek = t - week * HOURS_PER_WEEK;
  return week * WORKING_HOURS_PER_WEEK + Math.min(intoWeek, WORKING_HOURS_PER_WEEK);
}

/** The calendar time at which the working clock reads w (always on a weekday). */
export function fromWorkingClock(w: number): number {
  const week = Math.floor(w / WORKING_HOURS_PER_WEEK);
  return week * HOURS_PER_WEEK + (w - week * WORKING_HOURS_PER_WEEK);
}

/**
 * The calendar time n working days after t: the same time of day n weekdays later. A task set at
 * the weekend counts from Monday 00:00.
 */
export function addWorkingDays(t: number, n: number): number {
  return fromWorkingClock(toWorkingClock(t) + n * HOURS_PER_DAY);
}

export const weeksToHours = (weeks: number): number => weeks * HOURS_PER_WEEK;
export const hoursToWeeks = (hours: number): number => hours / HOURS_PER_WEEK;
