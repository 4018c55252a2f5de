import { HOURS_PER_WEEK } from './calendar';
import type { DesModel } from './model';
import { KIND_COUNT } from './model';
import { quantileWithZeros } from './orderStatistics';
import { BLOCK_KINDS, type Diary } from './diary';
import type { DueTally } from './dueTally';
import { KPI, REPLICATION_KPIS, ROLE_HOURS, SERIES, SERIES_INDEX, type ReplicationOutcome } from './outcome';
import type { WeekScheduler } from './schedule';
import { AGENCY, VACANT } from './workforce';

const ROLE_KEYS = ROLE_HOURS.length;
const ABSENCE = 6;
const IDLE = 7;
const OVERTIME = 8;

const WEEKS_PER_MONTH = 52 / 12;

/**
 * The running tallies of one replication. Levels (families open, waiting) are integrated over
 * time so their means are time averages; counts and waits are kept only for the window after the
 * warm-up. Levels that few events touch (each holder's caseload, each case type's families) are
 * integrated lazily, when they change, so an event pays only for what it alters.
 */
export class Statistics {
  /** Current levels. */
  open = 0;
  openChildren = 0;
  waiting = 0;
  waitingChildren = 0;
  heldWeight = 0;
  readonly typeOpen: Float64Array;

  /** Length of the measured window in hours. */
  get windowHours(): number {
    return this.weeks * HOURS_PER_WEEK;
  }

  /** Whether the warm-up is over. */
  measuring = false;
  nextWeekEnd = HOURS_PER_WEEK;

  private last = 0;
  private windowStart: number;
  private openArea = 0;
  private openChildrenArea = 0;
  private waitingArea = 0;
  private waitingChildrenArea = 0;
  private heldArea = 0;
  private readonly typeArea: Float64Array;
  private readonly typeLast: Float64Array;
  private readonly holderLoadArea: Float64Array;
  private readonly holderFamiliesArea: Float64Array;
  private readonly holderLast: Float64Array;

  private referrals = 0;
  private allocations = 0;
  private closures = 0;
  private steps = 0;
  private caseHours = 0;
  private casesEnded = 0;
  private changesOfLeavers = 0;
  private waitedCount = 0;
  private waitHours = 0;
  private positiveWaits = new Float64Array(256);
  private positiveWaitCount = 0;
  private waitingChildrenAtStart = 0;
  private tasksDue = 0;
  private statutoryDue = 0;
  private visitsDue = 0;
  private readonly taskHours = new Float64Array(KIND_COUNT);
  /** Occurrences (times children where per child) falling due in the window, by task; the hours follow at the end. */
  private readonly taskTimes: Float64Array;
  private readonly taskCalls: Float64Array;
  /**
   * Tasks each release of a task stands for: itself and its companions, which are released with
   * it and counted from it at the end (they are desk work, one per family, so nothing else differs).
   */
  private readonly sitting: Int32Array;
  private readonly visitsPerTask: Float64Array;
  private readonly tasksDueSeries: number;
  private travelDue = 0;
  private interventionCost = 0;

  private weekReferrals = 0;
  private windowEnd: number;
  /** Role hours summed over people-weeks in the window, and the FTE-weeks they were in post. */
  private readonly roleHours: Float64Array;
  private readonly roleFteWeeks: Float64Array;
  private familyDirectHours = 0;
  private visits = 0;
  private contacts = 0;
  private keyWorkerContacts = 0;
  private statutoryHours = 0;
  private statutoryOnTime = 0;
  private unmetHours = 0;
  private backlogSum = 0;
  private staffCost = 0;
  private agencyPremium = 0;
  private vacantFteWeeks = 0;
  private postFteWeeks = 0;
  private leaversAtStart = 0;
  private readonly series: Float64Array;
  private readonly waitSumByWeek: Float64Array;
  private readonly referralsByWeek: Float64Array;
  private readonly waitedByWeek: Float64Array;

  constructor(
    private readonly model: DesModel,
    private readonly warmupWeeks: number,
    private readonly weeks: number,
    private readonly capacity: Float64Array,
    private readonly load: Float64Array,
    private readonly families: Int32Array,
  ) {
    this.windowStart = warmupWeeks * HOURS_PER_WEEK;
    this.windowEnd = (warmupWeeks + weeks) * HOURS_PER_WEEK;
    this.roleHours = new Float64Array(model.staff.roles.length * ROLE_KEYS);
    this.roleFteWeeks = new Float64Array(model.staff.roles.length);
    this.taskTimes = new Float64Array(model.tasks.length);
    this.taskCalls = new Float64Array(model.tasks.length);
    this.sitting = Int32Array.from(model.tasks, (t) => 1 + t.companions.length);
    this.visitsPerTask = Float64Array.from(model.tasks, (t) => t.visits);
    this.tasksDueSeries = SERIES_INDEX.tasksDue * weeks;
    const types = model.caseTypes.length;
    const holders = model.holders.length;
    this.typeOpen = new Float64Array(types);
    this.typeArea = new Float64Array(types);
    this.typeLast = new Float64Array(types);
    this.holderLoadArea = new Float64Array(holders);
    this.holderFamiliesArea = new Float64Array(holders);
    this.holderLast = new Float64Array(holders);
    this.series = new Float64Array(SERIES.length * weeks);
    this.waitSumByWeek = new Float64Array(weeks);
    this.referralsByWeek = new Float64Array(weeks);
    this.waitedByWeek = new Float64Array(weeks);
    if (warmupWeeks === 0) this.openWindow(0);
  }

  /** Integrates the levels up to time t. */
  advance(t: number): void {
    const dt = t - this.last;
    this.last = t;
    this.openArea += this.open * dt;
    this.openChildrenArea += this.openChildren * dt;
    this.waitingArea += this.waiting * dt;
    this.waitingChildrenArea += this.waitingChildren * dt;
    this.heldArea += this.heldWeight * dt;
  }

  /** Closes every week that ended by time t: the warm-up's end opens the window. */
  rollWeeks(t: number): void {
    while (t >= this.nextWeekEnd) {
      const end = this.nextWeekEnd;
      const week = Math.round(end / HOURS_PER_WEEK) - 1;
      this.advance(end);
      if (week === this.warmupWeeks - 1) this.openWindow(end);
      else if (week >= this.warmupWeeks) this.recordWeek(week - this.warmupWeeks);
      this.weekReferrals = 0;
      this.nextWeekEnd += HOURS_PER_WEEK;
    }
  }

  /** Call before a holder's caseload changes. */
  touchHolder(h: number, t: number): void {
    const dt = t - this.holderLast[h];
    this.holderLast[h] = t;
    this.holderLoadArea[h] += this.load[h] * dt;
    this.holderFamiliesArea[h] += this.families[h] * dt;
  }

  /** Call before the number of open cases of a type changes. */
  touchType(c: number, t: number): void {
    this.typeArea[c] += this.typeOpen[c] * (t - this.typeLast[c]);
    this.typeLast[c] = t;
  }

  referred(): void {
    this.weekReferrals++;
    if (this.measuring) this.referrals++;
  }

  allocated(caseType: number): void {
    if (!this.measuring) return;
    this.allocations++;
    this.interventionCost += this.model.caseTypes[caseType].interventionCostPerFamily;
  }

  /** A referred family's wait from referral to its key worker, in hours. */
  waited(hours: number, referredAt: number): void {
    const week = Math.floor((referredAt - this.windowStart) / HOURS_PER_WEEK);
    this.waitHours += hours;
    this.referralsByWeek[week]++;
    if (hours > 0) {
      this.waitedCount++;
      this.waitSumByWeek[week] += hours / HOURS_PER_WEEK;
      this.waitedByWeek[week]++;
      if (this.positiveWaitCount === this.positiveWaits.length) {
        const grown = new Float64Array(this.positiveWaits.length * 2);
        grown.set(this.positiveWaits);
        this.positiveWaits = grown;
      }
      this.positiveWaits[this.positiveWaitCount++] = hours;
    }
  }

  caseEnded(hoursOpen: number): void {
    if (!this.measuring) return;
    this.casesEnded++;
    this.caseHours += hoursOpen;
  }

  left(keyWorkerChanges: number): void {
    if (!this.measuring) return;
    this.closures++;
    this.changesOfLeavers += keyWorkerChanges;
  }

  stepped(): void {
    if (this.measuring) this.steps++;
  }

  /** The occurrences released that fall due in the window (counted by the scheduler), with their companions: tasks due by week, and their travel. */
  private foldDue(due: DueTally): void {
    const T = due.tasks;
    for (let w = 0; w < this.weeks; w++) {
      for (let t = 0; t < T; t++) {
        const calls = due.calls[w * T + t];
        if (calls === 0) continue;
        this.series[this.tasksDueSeries + w] += calls * this.sitting[t];
        this.tasksDue += calls * this.sitting[t];
        this.taskCalls[t] += calls;
      }
    }
    const holders = this.model.holders;
    for (let t = 0; t < T; t++) {
      for (let h = 0; h < due.holders; h++) {
        const times = due.times[t * due.holders + h];
        this.taskTimes[t] += times;
        this.travelDue += this.visitsPerTask[t] * times * holders[h].travelHoursPerVisit;
      }
    }
  }

  /** Folds one planned week (week `week` of the run, from 0) into the tallies, if it is in the window. */
  weekPlanned(week: number, diary: Diary, scheduler: WeekScheduler, inPost: Uint8Array, leavers: number): void {
    if (week === this.warmupWeeks) this.leaversAtStart = leavers;
    if (week < this.warmupWeeks || week >= this.warmupWeeks + this.weeks) return;
    const staff = this.model.staff;
    const t = scheduler.tally;
    let swDirect = 0;
    let swWorked = 0;
    for (let p = 0; p < staff.count; p++) {
      const r = staff.role[p];
      const role = staff.roles[r].role;
      const fte = staff.fte[p];
      this.postFteWeeks += fte;
      if (inPost[p] === VACANT) {
        this.vacantFteWeeks += fte;
        continue;
      }
      const pay = (role.costPerFte * fte) / 52;
      this.staffCost += pay;
      if (inPost[p] === AGENCY) {
        this.staffCost += pay * role.workforce.agencyPremium;
        this.agencyPremium += pay * role.workforce.agencyPremium;
      }
      const base = r * ROLE_KEYS;
      let busy = 0;
      for (let k = 0; k < BLOCK_KINDS; k++) {
        const h = diary.hours[p * BLOCK_KINDS + k];
        this.roleHours[base + k] += h;
        busy += h;
      }
      const overtime = diary.overtime[p];
      const away = scheduler.awayHours[p];
      this.roleHours[base + ABSENCE] += away;
      this.roleHours[base + OVERTIME] += overtime;
      this.roleHours[base + IDLE] += Math.max(0, scheduler.contractedHours[p] - away - (busy - overtime));
      this.roleFteWeeks[r] += fte;
      if (staff.qualifiedSw[p]) {
        swDirect += diary.hours[p * BLOCK_KINDS];
        swWorked += scheduler.contractedHours[p] - away + overtime;
      }
    }
    this.familyDirectHours += t.familyDirectHours;
    this.visits += t.visits;
    this.contacts += t.contacts;
    this.keyWorkerContacts += t.keyWorkerContacts;
    this.statutoryHours += t.statutoryHours;
    this.statutoryOnTime += t.statutoryOnTime;
    this.unmetHours += t.elasticUnmetHours + t.supersededHours;
    this.backlogSum += t.backlogHours;
    const w = week - this.warmupWeeks;
    this.series[SERIES_INDEX.backlogHours * this.weeks + w] = t.backlogHours;
    this.series[SERIES_INDEX.swDirectShare * this.weeks + w] = swWorked > 0 ? swDirect / swWorked : NaN;
  }

  /** Statutory work still undone at the end whose due date fell in the window: not on time. */
  statutoryUndone(hours: number): void {
    this.statutoryHours += hours;
  }

  finish(end: number, events: number, replication: number, leavers: number, due: DueTally): ReplicationOutcome {
    this.rollWeeks(end);
    this.advance(end);
    this.foldDue(due);
    const span = end - this.windowStart;
    const weeks = span / HOURS_PER_WEEK;
    for (let h = 0; h < this.holderLast.length; h++) this.touchHolder(h, end);
    for (let c = 0; c < this.typeLast.length; c++) this.touchType(c, end);
    this.model.tasks.forEach((t, i) => {
      for (const c of t.companions) this.taskTimes[c] = this.taskCalls[c] = this.taskCalls[i];
    });
    this.model.tasks.forEach((t, i) => {
      const times = this.taskTimes[i];
      if (times === 0) return;
      if (t.statutory) this.statutoryDue += this.taskCalls[i];
      for (let k = 0; k < KIND_COUNT; k++) this.taskHours[k] += t.hoursByKind[k] * times;
      this.visitsDue += t.visits * times;
    });
    this.taskHours[4] += this.travelDue;
    const kpis = new Float64Array(REPLICATION_KPIS.length);
    const totalCapacity = this.capacity.reduce((a, b) => a + b, 0);
    const familiesOpen = this.openArea / span;
    const waits = this.positiveWaits.subarray(0, this.positiveWaitCount);
    const waitQuantile = (p: number) => quantileWithZeros(waits, this.referrals, p) / HOURS_PER_WEEK;
    kpis[KPI.familiesOpen] = familiesOpen;
    kpis[KPI.childrenOpen] = this.openChildrenArea / span;
    kpis[KPI.familiesWaiting] = this.waitingArea / span;
    kpis[KPI.childrenWaiting] = this.waitingChildrenArea / span;
    kpis[KPI.waitForAllocationWeeks] = this.referrals > 0 ? this.waitHours / this.referrals / HOURS_PER_WEEK : NaN;
    kpis[KPI.probabilityOfWait] = this.referrals > 0 ? this.waitedCount / this.referrals : NaN;
    kpis[KPI.waitP50Weeks] = waitQuantile(0.5);
    kpis[KPI.waitP90Weeks] = waitQuantile(0.9);
    kpis[KPI.referralsPerWeek] = this.referrals / weeks;
    kpis[KPI.allocationsPerWeek] = this.allocations / weeks;
    kpis[KPI.closuresPerWeek] = this.closures / weeks;
    kpis[KPI.stepsPerWeek] = this.steps / weeks;
    kpis[KPI.caseWeeks] = this.casesEnded > 0 ? this.caseHours / this.casesEnded / HOURS_PER_WEEK : NaN;
    kpis[KPI.keyWorkerChangesPerFamily] = this.closures > 0 ? this.changesOfLeavers / this.closures : NaN;
    kpis[KPI.overload] = Math.max(0, (this.waitingChildren - this.waitingChildrenAtStart) / weeks);
    kpis[KPI.caseloadUtilisation] = totalCapacity > 0 ? this.heldArea / span / totalCapacity : NaN;
    kpis[KPI.tasksDuePerWeek] = this.tasksDue / weeks;
    kpis[KPI.statutoryTasksDuePerWeek] = this.statutoryDue / weeks;
    kpis[KPI.visitsDuePerWeek] = this.visitsDue / weeks;
    kpis[KPI.visitsDuePerFamilyPerMonth] = familiesOpen > 0 ? ((this.visitsDue / weeks) * WEEKS_PER_MONTH) / familiesOpen : NaN;
    kpis[KPI.taskHoursDirect] = this.taskHours[0] / weeks;
    kpis[KPI.taskHoursCaseIndirect] = this.taskHours[1] / weeks;
    kpis[KPI.taskHoursAdmin] = this.taskHours[2] / weeks;
    kpis[KPI.taskHoursMeeting] = this.taskHours[3] / weeks;
    kpis[KPI.taskHoursTravel] = this.taskHours[4] / weeks;
    let placementCost = 0;
    this.model.caseTypes.forEach((c, i) => (placementCost += (this.typeArea[i] / span) * c.nonStaffCostPerWeek * 52));
    kpis[KPI.nonStaffCostPerYear] = placementCost + (this.interventionCost / weeks) * 52;
    kpis[KPI.statutoryOnTimeShare] = this.statutoryHours > 0 ? this.statutoryOnTime / this.statutoryHours : NaN;
    kpis[KPI.directHoursPerFamilyPerWeek] = familiesOpen > 0 ? this.familyDirectHours / weeks / familiesOpen : NaN;
    kpis[KPI.visitsPerFamilyPerMonth] = familiesOpen > 0 ? ((this.visits / weeks) * WEEKS_PER_MONTH) / familiesOpen : NaN;
    kpis[KPI.keyWorkerContactShare] = this.contacts > 0 ? this.keyWorkerContacts / this.contacts : NaN;
    kpis[KPI.backlogHours] = this.backlogSum / weeks;
    kpis[KPI.unmetHoursPerWeek] = this.unmetHours / weeks + kpis[KPI.backlogHours];
    kpis[KPI.staffCostPerYear] = (this.staffCost / weeks) * 52;
    kpis[KPI.agencyPremiumPerYear] = (this.agencyPremium / weeks) * 52;
    kpis[KPI.leaversPerYear] = ((leavers - this.leaversAtStart) / weeks) * 52;
    kpis[KPI.vacancyShare] = this.postFteWeeks > 0 ? this.vacantFteWeeks / this.postFteWeeks : 0;
    let directHours = 0;
    for (let r = 0; r < this.roleFteWeeks.length; r++) directHours += this.roleHours[r * ROLE_KEYS];
    kpis[KPI.costPerFamily] = familiesOpen > 0 ? (kpis[KPI.staffCostPerYear] + kpis[KPI.nonStaffCostPerYear]) / familiesOpen : NaN;
    kpis[KPI.costPerDirectHour] = directHours > 0 ? kpis[KPI.staffCostPerYear] / ((directHours / weeks) * 52) : NaN;
    const roleHours = new Float64Array(this.roleHours.length);
    for (let r = 0; r < this.roleFteWeeks.length; r++) {
      for (let k = 0; k < ROLE_KEYS; k++) roleHours[r * ROLE_KEYS + k] = this.roleFteWeeks[r] > 0 ? this.roleHours[r * ROLE_KEYS + k] / this.roleFteWeeks[r] : NaN;
    }
    return {
      roleHours,
      replication,
      kpis,
      series: this.series,
      weeks: this.weeks,
      holderLoad: this.holderLoadArea.map((a) => a / span),
      holderFamilies: this.holderFamiliesArea.map((a) => a / span),
      waitSumByWeek: this.waitSumByWeek,
      referralsByWeek: this.referralsByWeek,
      waitedByWeek: this.waitedByWeek,
      events,
    };
  }

  private openWindow(t: number): void {
    this.measuring = true;
    this.windowStart = t;
    this.openArea = this.openChildrenArea = this.waitingArea = this.waitingChildrenArea = this.heldArea = 0;
    this.holderLoadArea.fill(0);
    this.holderFamiliesArea.fill(0);
    this.holderLast.fill(t);
    for (let c = 0; c < this.typeArea.length; c++) this.touchType(c, t);
    this.typeArea.fill(0);
    this.waitingChildrenAtStart = this.waitingChildren;
  }

  private recordWeek(week: number): void {
    const w = this.weeks;
    this.series[SERIES_INDEX.familiesOpen * w + week] = this.open;
    this.series[SERIES_INDEX.childrenOpen * w + week] = this.openChildren;
    this.series[SERIES_INDEX.familiesWaiting * w + week] = this.waiting;
    this.series[SERIES_INDEX.referrals * w + week] = this.weekReferrals;
  }
}
