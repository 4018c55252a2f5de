import { RandomStream } from '../random/randomStream';
import { AbsenceCalendar, AT_WORK } from './absence';
import { addWorkingDays, HOURS_PER_WEEK } from './calendar';
import { Caseload } from './caseload';
import { Diary } from './diary';
import { DiaryRecorder, type DiaryWeek } from './diaryRecord';
import { DueTally } from './dueTally';
import { EventQueue } from './eventQueue';
import type { DesModel } from './model';
import type { ReplicationOutcome } from './outcome';
import { peakReferralRate, referralRate, varyingRate } from './referrals';
import { WeekScheduler, type WeekContext } from './schedule';
import { Statistics } from './statistics';
import { WorkPool, OCCURRENCE } from './work';
import { AGENCY, Workforce } from './workforce';

/**
 * Event kinds. Referrals of a case type with a constant rate and of one whose rate varies are
 * different kinds, so a scenario without trend or seasonality never runs the thinning code; a
 * scenario without tasks never schedules a task event.
 */
const REFERRAL = 0;
const VARYING_REFERRAL = 1;
const CLOSURE = 2;
/** Each Monday 00:00: the week is planned into everyone's diary. */
const WEEK_START = 3;
const LEAVE = 4;
const HIRE = 5;
const AGENCY_START = 6;
/** Draws from which a case open at the start picks its length (length-biased sampling). */
const LENGTH_BIASED_DRAWS = 8;

export interface ReplicationSettings {
  weeks: number;
  warmupWeeks: number;
  seed: number;
  /** The week whose diaries the result shows, counted like `series.weeks` (default: the first after the warm-up). */
  diaryWeek?: number;
  /** The replication that records them (default 0). */
  diaryReplication?: number;
}

/**
 * One replication of the simulation: the environment owns the clock, the event queue and the
 * replication's random stream, and runs the processes of the model (referrals arriving, families
 * allocated to key workers or waiting, cases closing or stepping up or down, tasks falling due)
 * until the end of the run.
 */
export class Environment implements WeekContext {
  private readonly queue = new EventQueue(256);
  private readonly rng: RandomStream;
  private readonly caseload: Caseload;
  private readonly stats: Statistics;
  private readonly end: number;
  /** Mean hours between referrals (constant rate) or between candidates (thinning), per case type. */
  private readonly referralGap: Float64Array;
  private readonly peakRate: Float64Array;
  private readonly referralKind: Int32Array;
  private readonly diary: Diary;
  private readonly pool = new WorkPool(1024);
  private readonly scheduler: WeekScheduler;
  private readonly workforce: Workforce;
  private readonly absence: AbsenceCalendar;
  private readonly weeks: number;
  /** The first working day of the year (0–259) of the week being planned. */
  private dayOfYear = 0;
  private readonly due: DueTally;
  private readonly recordWeek: number;
  private recorded: DiaryWeek | undefined;
  /** True while the families open at the start are allocated. */
  private openingCases = false;
  private readonly draws = new Float64Array(LENGTH_BIASED_DRAWS);

  constructor(
    private readonly model: DesModel,
    settings: ReplicationSettings,
    private readonly replication: number,
  ) {
    this.rng = RandomStream.forReplication(settings.seed, replication);
    this.caseload = new Caseload(model);
    this.weeks = settings.warmupWeeks + settings.weeks;
    this.end = this.weeks * HOURS_PER_WEEK;
    this.stats = new Statistics(model, settings.warmupWeeks, settings.weeks, this.caseload.capacity, this.caseload.load, this.caseload.holderFamilies);
    this.diary = new Diary(model.staff.count);
    const windowStart = settings.warmupWeeks * HOURS_PER_WEEK;
    this.due = new DueTally(model.tasks.length, model.holders.length, windowStart, this.end);
    this.workforce = new Workforce(
      model,
      this.caseload,
      {
        schedule: (time, kind, post, serial) => this.queue.push(time, kind === 'leave' ? LEAVE : kind === 'hire' ? HIRE : AGENCY_START, post, serial),
        touchHolder: (h, now) => this.stats.touchHolder(h, now),
        serveWaiting: (h, now) => this.serveWaiting(h, now),
      },
      windowStart,
    );
    this.scheduler = new WeekScheduler(model, this.caseload, this.pool, this.diary, this.workforce.inPost, {
      familyDirectHours: 0,
      visits: 0,
      contacts: 0,
      keyWorkerContacts: 0,
      statutoryHours: 0,
      statutoryOnTime: 0,
      elasticUnmetHours: 0,
      backlogHours: 0,
      supersededHours: 0,
    }, this.due);
    const im = model.implementation;
    this.absence = new AbsenceCalendar(model.staff, {
      spellDays: model.sicknessSpellDays,
      implementationDays: im.trainingDaysPerPerson,
      implementationFrom: settings.warmupWeeks * 5,
      implementationTo: (settings.warmupWeeks + im.trainingWeeks) * 5,
    });
    const diaryReplication = settings.diaryReplication ?? 0;
    this.recordWeek = replication === diaryReplication ? (settings.diaryWeek ?? settings.warmupWeeks + 1) - 1 : -1;
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
        case WEEK_START:
          this.planWeek(queue.a, t);
          break;
        case LEAVE:
          this.workforce.leave(queue.a, queue.b, t, this.rng);
          break;
        case HIRE:
          this.workforce.hired(queue.a, queue.b, t, this.rng);
          break;
        case AGENCY_START:
          this.workforce.agencyStarts(queue.a, queue.b, t);
          break;
      }
    }
    this.countStillWaiting();
    this.countUndoneStatutory();
    const outcome = this.stats.finish(end, events, this.replication, this.workforce.leavers, this.due);
    if (this.recorded) outcome.diary = this.recorded;
    return outcome;
  }

  /** The week being planned: person p's absence on its day d. */
  away(p: number, d: number): number {
    return this.absence.reason(p, this.dayOfYear + d);
  }

  /** Monday 00:00 of week k: everyone's week goes into their diary; the next Monday is scheduled. */
  private planWeek(k: number, now: number): void {
    if (k % 52 === 0) this.absence.drawYear(k / 52, this.rng);
    this.dayOfYear = (k % 52) * 5;
    const recording = k === this.recordWeek;
    const recorder = recording ? new DiaryRecorder(this.model.labels) : null;
    this.diary.recorder = recorder;
    this.scheduler.run(now, this);
    this.diary.recorder = null;
    this.stats.weekPlanned(k, this.diary, this.scheduler, this.workforce.inPost, this.workforce.leavers);
    if (recorder) this.recorded = this.diaryWeek(k, recorder);
    if (k + 1 < this.weeks) this.queue.push(now + HOURS_PER_WEEK, WEEK_START, k + 1, 0);
  }

  /** The recorded week's people (everyone in post) and blocks, numbered as the people list. */
  private diaryWeek(k: number, recorder: DiaryRecorder): DiaryWeek {
    const staff = this.model.staff;
    const index = new Int32Array(staff.count).fill(-1);
    const people: DiaryWeek['people'] = [];
    for (let p = 0; p < staff.count; p++) {
      if (this.workforce.inPost[p] === 0) continue;
      const role = staff.roles[staff.role[p]];
      index[p] = people.length;
      const agency = this.workforce.inPost[p] === AGENCY;
      people.push({
        id: `${role.teamId}/${role.id}/${staff.number[p]}${this.workforce.generation[p] > 0 ? `.${this.workforce.generation[p]}` : ''}`,
        roleId: role.id,
        name: `${role.name} ${staff.number[p]}${agency ? ' (agency)' : ''}`,
        fte: staff.fte[p],
      });
    }
    const blocks = recorder.blocks
      .filter((b) => index[b.person] >= 0)
      .map((b) => ({ ...b, person: index[b.person] }))
      .sort((x, y) => x.person - y.person || x.day - y.day || x.start - y.start);
    const labels: Record<string, string> = {};
    for (const b of blocks) labels[b.activity] = this.model.labelNames[b.activity] ?? b.activity;
    return { replication: this.replication, week: k + 1, people, blocks, labels };
  }

  /** Statutory work due in the window and still not done at the end was not done on time. */
  private countUndoneStatutory(): void {
    const pool = this.pool;
    for (let n = 0; n < pool.size; n++) {
      const i = pool.live[n];
      if (pool.type[i] !== OCCURRENCE || !pool.statutory[i] || this.caseload.serial[pool.family[i]] !== pool.serial[i]) continue;
      const due = pool.due[i];
      if (due >= this.end - this.stats.windowHours && due < this.end) this.stats.statutoryUndone(pool.weight[i]);
    }
  }

  private start(): void {
    this.workforce.start(this.rng);
    // Families open at the start are part-way through their cases, not all just allocated: with
    // every one-off task falling due in the same week the first weeks would be a pile-up.
    this.openingCases = true;
    this.model.caseTypes.forEach((c, ci) => {
      for (let i = 0; i < c.openFamilies; i++) this.allocateOrWait(this.caseload.admit(ci, this.children(ci), 0, false), 0);
    });
    this.openingCases = false;
    this.model.caseTypes.forEach((c, ci) => {
      if (c.ratePerHour <= 0) return;
      this.peakRate[ci] = varyingRate(c) ? peakReferralRate(c, this.end) : c.ratePerHour;
      this.referralGap[ci] = 1 / this.peakRate[ci];
      this.scheduleReferral(ci, 0);
    });
    this.queue.push(0, WEEK_START, 0, 0);
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
    const weeks = this.openingCases ? this.openCaseWeeks(ci) : c.durationWeeks.sample(this.rng);
    // An opening case has run a uniform share of its length already.
    const ageWeeks = this.openingCases ? weeks * this.rng.uniform() : 0;
    const closes = now + (weeks - ageWeeks) * HOURS_PER_WEEK;
    caseload.closesAt[f] = closes;
    this.queue.push(closes, CLOSURE, f, caseload.serial[f]);
    const tasks = c.tasks;
    const stride = caseload.taskStride;
    for (let i = 0; i < tasks.length; i++) {
      const task = this.model.tasks[tasks[i]];
      // A recurring cycle starts at a random point of its first period (the first visit falls due
      // within the first N working days), so a case open D weeks brings D ÷ period occurrences on
      // average, whatever D: starting every cycle a full period after allocation would shortchange
      // short cases of their long-period work, like reviews. The weekly pass releases them.
      const firstDue = task.recurring ? task.workingDays * this.rng.uniformPositive() : task.workingDays - ageWeeks * 5;
      caseload.taskDue[f * stride + i] = firstDue < 0 ? Infinity : addWorkingDays(now, firstDue);
    }
  }

  /**
   * The length of a case open at the start. Cases open at any moment are the longer ones (a case
   * twice as long is twice as likely to be open), so the length is drawn in proportion to itself:
   * one of a few draws, chosen with chances proportional to their lengths.
   */
  private openCaseWeeks(ci: number): number {
    const sampler = this.model.caseTypes[ci].durationWeeks;
    let total = 0;
    for (let k = 0; k < LENGTH_BIASED_DRAWS; k++) total += this.draws[k] = sampler.sample(this.rng);
    let u = this.rng.uniform() * total;
    for (let k = 0; k < LENGTH_BIASED_DRAWS - 1; k++) {
      if (u < this.draws[k]) return this.draws[k];
      u -= this.draws[k];
    }
    return this.draws[LENGTH_BIASED_DRAWS - 1];
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
