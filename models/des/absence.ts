import type { RandomStream } from '../random/randomStream';
import { WORKING_DAYS_PER_YEAR } from '../capacity/personHours';
import type { Staff } from './people';

export const AT_WORK = 0;
export const ANNUAL_LEAVE = 1;
export const BANK_HOLIDAY = 2;
export const SICK = 3;
export const TRAINING = 4;
export const ABSENCE_REASONS = ['annual_leave', 'bank_holiday', 'sickness', 'training'] as const;

/**
 * Working days of the simulated year (which starts on the Monday of the first week of April, as
 * the financial year does) that are England's bank holidays: Good Friday and Easter Monday, the
 * two May holidays, the August holiday, Christmas, Boxing Day and New Year's Day. Roles with
 * more (a local extra day) take them from the second list.
 */
const BANK_HOLIDAYS = [4, 5, 24, 39, 104, 189, 190, 194];
const EXTRA_HOLIDAYS = [60, 120, 150, 170, 200, 220, 240];
/** Leave is taken in weeks where it can be: a week is five working days. */
const LEAVE_BLOCK = 5;

export interface AbsenceSettings {
  /** Mean length of a sickness spell in working days (models/defaults.ts: sickness_spell_days). */
  spellDays: number;
  /** Extra training days per person during implementation, and the working days they fall in. */
  implementationDays: number;
  implementationFrom: number;
  implementationTo: number;
}

/**
 * Each person's year, day by day: at work, on leave, a bank holiday, sick or training. Drawn
 * at the start of every simulated year from the replication's stream, so leave is spread over
 * the year as blocks of days and sickness comes in spells, with the shares the role states.
 */
export class AbsenceCalendar {
  readonly days: Uint8Array;

  constructor(
    private readonly staff: Staff,
    private readonly settings: AbsenceSettings,
  ) {
    this.days = new Uint8Array(staff.count * WORKING_DAYS_PER_YEAR);
  }

  /** Draws every person's year `year` (0 = the run's first). */
  drawYear(year: number, rng: RandomStream): void {
    for (let p = 0; p < this.staff.count; p++) this.drawPerson(p, year, rng);
  }

  /** Reason person p is away on day `day` (0–259) of the current year, or AT_WORK. */
  reason(p: number, day: number): number {
    return this.days[p * WORKING_DAYS_PER_YEAR + day];
  }

  private drawPerson(p: number, year: number, rng: RandomStream): void {
    const Y = WORKING_DAYS_PER_YEAR;
    const days = this.days.subarray(p * Y, (p + 1) * Y);
    days.fill(AT_WORK);
    const a = this.staff.roles[this.staff.role[p]].role.absence;
    const bank = wholeDays(a.bankHolidayDays, rng);
    for (let i = 0; i < bank; i++) days[i < BANK_HOLIDAYS.length ? BANK_HOLIDAYS[i] : EXTRA_HOLIDAYS[(i - BANK_HOLIDAYS.length) % EXTRA_HOLIDAYS.length]] = BANK_HOLIDAY;

    let leave = wholeDays(a.annualLeaveDays, rng);
    while (leave > 0) {
      const block = Math.min(LEAVE_BLOCK, leave);
      markStretch(days, block, 0, Y, ANNUAL_LEAVE, rng);
      leave -= block;
    }
    const training = wholeDays(a.trainingDaysPerYear, rng);
    for (let i = 0; i < training; i++) markStretch(days, 1, 0, Y, TRAINING, rng);
    const s = this.settings;
    const from = Math.max(0, s.implementationFrom - year * Y);
    const to = Math.min(Y, s.implementationTo - year * Y);
    if (to > from) {
      // The part of the implementation's training that falls in this year.
      const share = (to - from) / Math.max(1, s.implementationTo - s.implementationFrom);
      const extra = wholeDays(s.implementationDays * share, rng);
      for (let i = 0; i < extra; i++) markStretch(days, 1, from, to, TRAINING, rng);
    }
    this.drawSickness(days, a.sicknessShare, rng);
  }

  /**
   * Spells start on a working day with a rate that, with spells of mean length L, makes the
   * share of days lost equal the role's sickness share: r·L / (1 + r·L) = share.
   */
  private drawSickness(days: Uint8Array, share: number, rng: RandomStream): void {
    if (share <= 0) return;
    const L = Math.max(1, this.settings.spellDays);
    const rate = Math.min(0.99, share / (L * Math.max(1e-9, 1 - share)));
    const gapLog = Math.log(1 - rate);
    const lengthLog = L > 1 ? Math.log(1 - 1 / L) : 0;
    let d = Math.floor(Math.log(rng.uniformPositive()) / gapLog);
    while (d < days.length) {
      const length = lengthLog < 0 ? 1 + Math.floor(Math.log(rng.uniformPositive()) / lengthLog) : 1;
      for (let k = d; k < Math.min(days.length, d + length); k++) if (days[k] === AT_WORK) days[k] = SICK;
      d += length + Math.floor(Math.log(rng.uniformPositive()) / gapLog);
    }
  }
}

/** A fractional number of days as a whole number with the same mean (27.5 → 27 or 28). */
function wholeDays(x: number, rng: RandomStream): number {
  const whole = Math.floor(x);
  return whole + (rng.uniform() < x - whole ? 1 : 0);
}

/** Marks `length` days at a random start in [from, to), moving on to the next free stretch if taken. */
function markStretch(days: Uint8Array, length: number, from: number, to: number, reason: number, rng: RandomStream): void {
  const span = to - from - length + 1;
  if (span <= 0) return;
  const start = from + Math.floor(rng.uniform() * span);
  for (let k = 0; k < span; k++) {
    const s = from + ((start - from + k) % span);
    let free = true;
    for (let i = s; i < s + length && free; i++) free = days[i] === AT_WORK;
    if (!free) continue;
    for (let i = s; i < s + length; i++) days[i] = reason;
    return;
  }
}
