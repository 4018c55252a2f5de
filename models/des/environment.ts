import { RandomStream } from '../random/randomStream';
import { addWorkingDays, HOURS_PER_WEEK as WEEK } from './calendar';
import { Caseload } from './caseload';
import { EventQueue } from './eventQueue';
import type { DesModel } from './model';
import type { ReplicationOutcome } from './outcome';
import { peakReferralRate, referralRate, varyingRate } from './referrals';
import { Statistics } from './statistics';

/**
 * Event kinds. Referrals of a case type with a constant rate and of one whose rate varies are
 * different kinds, so a scenario without trend or seasonality never runs the thinning code; a
 * scenario without tasks never schedules a task event.
 */
const REFERRAL = 0;
const VARYING_REFERRAL = 1;
const CLOSURE = 2;
/** Task events are TASK_BASE + the task's index in the model. */
const TASK_BASE = 3;
/** A module-local copy: an imported binding can cost a lookup per event once transpiled. */
const HOURS_PER_WEEK = WEEK;

export interface ReplicationSettings {
  weeks: number;
  warmupWeeks: number;
  seed: number;
}

/**
 * One replication of the simulation: the environment owns the clock, the event queue and the
 * replication's random stream, and runs the processes of the model (referrals arriving, families
 * allocated to key workers or waiting, cases closing or stepping up or down, tasks falling due)
 * until the end of the run.
 */
export class Environment {
  private readonly queue = new EventQueue(256);
  private readonly rng: RandomStream;
  private readonly caseload: Caseload;
  private readonly stats: Statistics;
  private readonly end: number;
  /** Mean hours between referrals (constant rate) or between candidates (thinning), per case type. */
  private readonly referralGap: Float64Array;
  private readonly peakRate: Float64Array;
  private readonly referralKind: Int32Array;

  constructor(
    private readonly model: DesModel,
    settings: ReplicationSettings,
    private readonly replication: number,
  ) {
    this.rng = RandomStream.forReplication(settings.seed, replication);
    this.caseload = new Caseload(model);
    this.end = (settings.warmupWeeks + settings.weeks) * HOURS_PER_WEEK;
    this.stats = new Statistics(model, settings.warmupWeeks, settings.weeks, this.caseload.capacity, this.caseload.load, this.caseload.holderFamilies);
    this.referralGap = new Float64Array(model.caseTypes.length);
    this.peakRate = new Float64Array(model.caseTypes.length);
    this.referralKind = Int32Array.from(model.caseTypes.map((c) => (varyingRate(c) ? VARYING_REFERRAL : REFERRAL)));
  }

  run(): ReplicationOutcome {
    this.start();
    const queue = this.queue;
    const stats = this.stats;
    const end = this.end;
    let events = 0;
    while (queue.peekTime() <= end) {
      queue.pop();
      events++;
      const t = queue.time;
      if (t >= stats.nextWeekEnd) stats.rollWeeks(t);
      stats.advance(t);
      switch (queue.kind) {
        case REFERRAL:
          this.scheduleReferral(queue.a, t);
          this.refer(queue.a, t);
          break;
        case VARYING_REFERRAL:
          this.scheduleReferral(queue.a, t);
          if (this.rng.uniform() * this.peakRate[queue.a] < referralRate(this.model.caseTypes[queue.a], t)) this.refer(queue.a, t);
          break;
        case CLOSURE:
          this.close(queue.a, t);
          break;
        default:
          this.taskDue(queue.kind - TASK_BASE, queue.a, queue.b, t);
      }
    }
    this.countStillWaiting();
    return this.stats.finish(end, events, this.replication);
  }

  private start(): void {
    this.model.caseTypes.forEach((c, ci) => {
      for (let i = 0; i < c.openFamilies; i++) this.allocateOrWait(this.caseload.admit(ci, this.children(ci), 0, false), 0);
      if (c.ratePerHour <= 0) return;
      this.peakRate[ci] = varyingRate(c) ? peakReferralRate(c, this.end) : c.ratePerHour;
      this.referralGap[ci] = 1 / this.peakRate[ci];
      this.scheduleReferral(ci, 0);
    });
  }

  private scheduleReferral(ci: number, now: number): void {
    this.queue.push(now - this.referralGap[ci] * Math.log(this.rng.uniformPositive()), this.referralKind[ci], ci, 0);
  }

  /**
   * Children in a referred family: the case type's figure when it is whole; otherwise the whole
   * number below or above it, with chances that keep the mean (1.7 → 1 or 2, 2 with chance 0.7).
   */
  private children(ci: number): number {
    const mean = this.model.caseTypes[ci].childrenPerFamily;
    const whole = Math.floor(mean);
    return whole === mean ? whole : whole + (this.rng.uniform() < mean - whole ? 1 : 0);
  }

  private refer(ci: number, now: number): void {
    this.stats.referred();
    this.allocateOrWait(this.caseload.admit(ci, this.children(ci), now, this.stats.measuring), now);
  }

  /** Allocation at the moment of referral (DESIGN §3.2), else the first-come waiting list. */
  private allocateOrWait(f: number, now: number): void {
    const h = this.caseload.findHolder(f);
    if (h >= 0) {
      this.allocate(f, h, now);
      return;
    }
    this.caseload.enqueue(f);
    this.stats.waiting++;
    this.stats.waitingChildren += this.caseload.children[f];
  }

  private allocate(f: number, h: number, now: number): void {
    const caseload = this.caseload;
    const stats = this.stats;
    if (caseload.counted[f] === 1) {
      stats.waited(now - caseload.waitingSince[f], caseload.waitingSince[f]);
      caseload.counted[f] = 0;
    }
    stats.touchHolder(h, now);
    caseload.assign(f, h);
    stats.open++;
    stats.openChildren += caseload.children[f];
    stats.heldWeight += caseload.weight[f];
    this.startCase(f, now);
  }

  /** A case begins with its key worker: its closure and its first tasks are scheduled. */
  private startCase(f: number, now: number): void {
    const caseload = this.caseload;
    const ci = caseload.caseType[f];
    const c = this.model.caseTypes[ci];
    const stats = this.stats;
    stats.touchType(ci, now);
    stats.typeOpen[ci]++;
    stats.allocated(ci);
    caseload.startedAt[f] = now;
    this.queue.push(now + c.durationWeeks.sample(this.rng) * HOURS_PER_WEEK, CLOSURE, f, caseload.serial[f]);
    const tasks = c.tasks;
    for (let i = 0; i < tasks.length; i++) {
      const task = this.model.tasks[tasks[i]];
      // A recurring cycle starts at a random point of its first period (the first visit falls due
      // within the first N working days), so a case open D weeks brings D ÷ period occurrences on
      // average, whatever D: starting every cycle a full period after allocation would shortchange
      // short cases of their long-period work, like reviews.
      const firstDue = task.recurring ? task.workingDays * this.rng.uniformPositive() : task.workingDays;
      this.queue.push(addWorkingDays(now, firstDue), TASK_BASE + tasks[i], f, caseload.serial[f]);
    }
  }

  private close(f: number, now: number): void {
    const caseload = this.caseload;
    const c = this.model.caseTypes[caseload.caseType[f]];
    this.stats.caseEnded(now - caseload.startedAt[f]);
    if (c.closureTo.length > 0) {
      const u = this.rng.uniform();
      for (let j = 0; j < c.closureTo.length; j++) {
        if (u < c.closureCumulative[j]) {
          this.step(f, c.closureTo[j], c.closureKeep[j] === 1, now);
          return;
        }
      }
    }
    this.leave(f, now);
  }

  /** The family leaves the service: its key worker's room goes to whoever has waited longest. */
  private leave(f: number, now: number): void {
    const h = this.release(f, now);
    this.stats.left(this.caseload.keyWorkerChanges[f]);
    this.caseload.release(f);
    this.serveWaiting(h, now);
  }

  /**
   * The case steps up or down to another type. The family keeps its key worker where the step
   * and the policy allow it and the key worker may hold the new type and has room for its weight;
   * otherwise it is allocated afresh, and a change of key worker is counted.
   */
  private step(f: number, to: number, keep: boolean, now: number): void {
    const caseload = this.caseload;
    const stats = this.stats;
    stats.stepped();
    const h = caseload.holder[f];
    const from = caseload.caseType[f];
    const oldWeight = caseload.weight[f];
    stats.touchType(from, now);
    stats.typeOpen[from]--;
    caseload.setCase(f, to, caseload.children[f], now);
    if (keep && this.model.keyWorkerContinuity && caseload.fits(h, f, oldWeight)) {
      stats.touchHolder(h, now);
      caseload.load[h] += caseload.weight[f] - oldWeight;
      stats.heldWeight += caseload.weight[f] - oldWeight;
      this.startCase(f, now);
      return;
    }
    stats.touchHolder(h, now);
    caseload.unassign(f, oldWeight);
    stats.open--;
    stats.openChildren -= caseload.children[f];
    stats.heldWeight -= oldWeight;
    caseload.keyWorkerChanges[f]++;
    this.allocateOrWait(f, now);
    if (caseload.holder[f] === h) caseload.keyWorkerChanges[f]--;
    this.serveWaiting(h, now);
  }

  /** Takes a family off its key worker's caseload; returns the key worker. */
  private release(f: number, now: number): number {
    const caseload = this.caseload;
    const stats = this.stats;
    const ci = caseload.caseType[f];
    stats.touchType(ci, now);
    stats.typeOpen[ci]--;
    const h = caseload.holder[f];
    stats.touchHolder(h, now);
    caseload.unassign(f, caseload.weight[f]);
    stats.open--;
    stats.openChildren -= caseload.children[f];
    stats.heldWeight -= caseload.weight[f];
    return h;
  }

  /** A holder's freed room goes to the waiting families, longest-waiting first, while they fit. */
  private serveWaiting(h: number, now: number): void {
    const caseload = this.caseload;
    for (;;) {
      const f = caseload.nextWaitingFor(h);
      if (f < 0) return;
      this.stats.waiting--;
      this.stats.waitingChildren -= caseload.children[f];
      this.allocate(f, h, now);
    }
  }

  private taskDue(task: number, f: number, serial: number, now: number): void {
    const caseload = this.caseload;
    // The case this task belonged to has closed or stepped to another type since.
    if (caseload.serial[f] !== serial) return;
    const t = this.model.tasks[task];
    const holder = this.model.holders[caseload.holder[f]];
    this.stats.taskDue(t.hoursByKind, t.perChild ? caseload.children[f] : 1, t.visits, holder.travelHoursPerVisit, t.statutory);
    if (t.recurring) this.queue.push(addWorkingDays(now, t.workingDays), TASK_BASE + task, f, serial);
  }

  /** Families referred in the window and still waiting at the end count with the wait so far. */
  private countStillWaiting(): void {
    const caseload = this.caseload;
    caseload.forEachWaiting((f) => {
      if (caseload.counted[f] === 1) this.stats.waited(this.end - caseload.waitingSince[f], caseload.waitingSince[f]);
    });
  }
}

/** Runs replication `replication` of a compiled model; it draws only from stream `replication`. */
export function runReplication(model: DesModel, settings: ReplicationSettings, replication: number): ReplicationOutcome {
  return new Environment(model, settings, replication).run();
}
