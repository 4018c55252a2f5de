import { addWorkingDays, HOURS_PER_WEEK } from './calendar';
import type { Caseload } from './caseload';
import { BLOCK_DIRECT, BLOCK_FIXED, BLOCK_KINDS, DAYS, EPS, type Diary } from './diary';
import { BLOCK_ABSENCE, batchedFamilies } from './diaryRecord';
import type { DueTally } from './dueTally';
import type { DesModel } from './model';
import { familyHash, pick } from './people';
import { BUCKETS, LAST_DAY_THIS_WEEK, LOOKAHEAD_HOURS, MIN_SESSION } from './planning';
import { roleEfficiency, scheduleTables, type ScheduleTables } from './scheduleTables';
import { DELEGATED, LEFTOVER, OCCURRENCE, type WorkPool } from './work';

/** What one week's diaries add up to, read by the statistics after each week. */
export interface WeekTally {
  familyDirectHours: number;
  visits: number;
  contacts: number;
  keyWorkerContacts: number;
  /** Statutory occurrences finished this week whose due date fell in the window: hours, and hours on time. */
  statutoryHours: number;
  statutoryOnTime: number;
  /** Elastic sessions families would have benefited from but did not get, in standard hours. */
  elasticUnmetHours: number;
  /** Hours of work past its due date still not done at the end of the week. */
  backlogHours: number;
  /** Hours of recurring non-statutory work never started before its next occurrence replaced it. */
  supersededHours: number;
}

/**
 * What planning a week needs from the run. An object of one class (the environment), not two
 * closures made per replication: calls on it stay inlined from one replication to the next.
 */
export interface WeekContext {
  /** The absence reason of person p on day d (0–4) of the week, 0 at work. */
  away(p: number, d: number): number;
}

/**
 * The week-level scheduling pass (DESIGN §3.2): at each Monday every person's week is planned at
 * once into their diary — fixed commitments first, then statutory work by due date, then other
 * case work, delegable shares to support people (what they cannot take goes back), travel around
 * visits, joint visits in two diaries at once, then elastic direct work up to each family's
 * desired amount with the time left. Work not done is carried over to the next week.
 */
export class WeekScheduler {
  /** Per person and priority, a due-ordered list of items: heads and tails by bucket. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  /** Per person and priority, a bit for each bucket with items in it, so doing the work skips empty days. */
  private readonly filled: Int32Array;
  private readonly supportHead: Int32Array;
  private readonly supportTail: Int32Array;
  private next = new Int32Array(256);
  private nextSupport = new Int32Array(256);
  /** Person p's regular and away hours this week. */
  readonly awayHours: Float64Array;
  readonly contractedHours: Float64Array;
  private readonly full: Uint8Array;
  private readonly ownCursor: Int32Array;
  private readonly teamCursor: Int32Array;
  private readonly teamDone: Uint8Array;
  /**
   * Per support list (team × activities + activity): 1 once nobody on it has regular time left this
   * week. Free time only shrinks while a week is planned, so the list stays full, and later
   * delegated shares go straight back without looking through it again.
   */
  private readonly supportFull: Uint8Array;
  private readonly A: number;
  private readonly tables: ScheduleTables;
  /** The model's tables (see ScheduleTables), held as fields of their own so the hot loops read them directly. */
  private readonly sessionHoursOf: Float64Array;
  private readonly followUpHoursOf: Float64Array;
  private readonly batched: Uint8Array;
  private readonly paperwork: Int32Array;
  private readonly perChild: Uint8Array;
  private readonly supersedable: Uint8Array;
  private readonly cycleWeeks: Float64Array;
  private readonly taskHours: Float64Array;
  /** This week's batch of each person and paperwork (p × tasks + paperwork task), -1 until an occurrence starts it. */
  private readonly batch: Int32Array;
  /** The batches' pieces for support, one per due day: (p × tasks + paperwork task) × BUCKETS + day. */
  private readonly piece: Int32Array;
  /** The places in piece set this week. */
  private readonly pieceKeys: Int32Array;
  private pieceCount = 0;
  /** Standard hours of elastic sessions the open families would like this week, summed as they are released. */
  private desiredHours = 0;
  private weekStart = 0;

  constructor(
    private readonly model: DesModel,
    private readonly caseload: Caseload,
    private readonly pool: WorkPool,
    private readonly diary: Diary,
    private readonly inPost: Uint8Array,
    readonly tally: WeekTally,
    /** Occurrences falling due in the measured window, counted as they are released; its window also counts statutory work. */
    private readonly due: DueTally,
  ) {
    const P = model.staff.count;
    this.A = model.activities.length;
    this.head = new Int32Array(P * 2 * BUCKETS);
    this.tail = new Int32Array(P * 2 * BUCKETS);
    this.filled = new Int32Array(P * 2);
    this.supportHead = new Int32Array(2 * BUCKETS);
    this.supportTail = new Int32Array(2 * BUCKETS);
    this.awayHours = new Float64Array(P);
    this.contractedHours = new Float64Array(P);
    this.full = new Uint8Array(P);
    this.ownCursor = new Int32Array(P);
    const teams = Math.max(1, ...Array.from(model.staff.team, (t) => t + 1));
    this.teamCursor = new Int32Array(teams);
    this.teamDone = new Uint8Array(teams);
    this.supportFull = new Uint8Array(teams * this.A);
    const tables = (this.tables = scheduleTables(model));
    this.sessionHoursOf = tables.sessionHoursOf;
    this.followUpHoursOf = tables.followUpHoursOf;
    this.batched = tables.batched;
    this.paperwork = tables.paperwork;
    this.perChild = tables.perChild;
    this.supersedable = tables.supersedable;
    this.cycleWeeks = tables.cycleWeeks;
    this.taskHours = tables.taskHours;
    this.batch = new Int32Array(P * model.tasks.length);
    this.piece = new Int32Array(P * model.tasks.length * BUCKETS).fill(-1);
    this.pieceKeys = new Int32Array(this.piece.length);
  }

  /**
   * Plans the week that starts at `weekStart`.
   */
  run(weekStart: number, week: WeekContext): void {
    this.weekStart = weekStart;
    const t = this.tally;
    t.familyDirectHours = t.visits = t.contacts = t.keyWorkerContacts = 0;
    t.statutoryHours = t.statutoryOnTime = t.elasticUnmetHours = t.backlogHours = t.supersededHours = 0;
    this.openDiaries(week);
    // The tally's zeros above are what these passes would leave with no work in the pool.
    if (!this.model.familyWork) return;
    this.release();
    this.sortWork();
    this.supportFull.fill(0);
    for (let priority = 0; priority < 2; priority++) {
      this.delegate(priority);
      const P = this.model.staff.count;
      for (let p = 0; p < P; p++) if (this.inPost[p] !== 0) this.doOwnWork(p, priority);
    }
    this.elastic();
    this.countBacklog();
  }

  /** Each person's week starts from the standing week of fixed commitments, less days away. */
  private openDiaries(week: WeekContext): void {
    const { staff, fixedWeek: fw } = this.model;
    const diary = this.diary;
    const rec = diary.recorder;
    diary.copyAll(fw.template);
    for (let p = 0; p < staff.count; p++) {
      this.awayHours[p] = 0;
      this.contractedHours[p] = 0;
      if (this.inPost[p] === 0) {
        diary.clear(p);
        continue;
      }
      this.contractedHours[p] = staff.dayHours[p] * DAYS;
      for (let d = 0; d < DAYS; d++) {
        const reason = week.away(p, d);
        if (reason === 0) continue;
        diary.closeDay(p, d);
        this.awayHours[p] += staff.dayHours[p];
        rec?.block(p, d, 9, 9 + staff.dayHours[p], this.model.absenceLabel + reason - 1, BLOCK_ABSENCE, -1, false, false);
      }
      for (let b = fw.first[p]; b < fw.first[p + 1]; b++) {
        const d = fw.day[b];
        const hours = fw.end[b] - fw.start[b];
        if (week.away(p, d) !== 0) {
          diary.hours[p * BLOCK_KINDS + BLOCK_FIXED] -= hours;
          continue;
        }
        const q = fw.partner[b];
        if (q >= 0 && (this.inPost[q] === 0 || week.away(q, d) !== 0)) {
          // Supervision needs both people: with one away it does not happen and the time is free.
          diary.release(p, d, fw.start[b], fw.end[b]);
          diary.hours[p * BLOCK_KINDS + BLOCK_FIXED] -= hours;
          continue;
        }
        rec?.block(p, d, fw.start[b], fw.end[b], fw.label[b], BLOCK_FIXED, -1, false, false);
      }
    }
  }

  /**
   * Releases each open family's tasks falling due before the lookahead ends (and before the case
   * closes), and sums the elastic sessions the families would like this week on the same pass.
   */
  private release(): void {
    const c = this.caseload;
    const caseTypes = this.model.caseTypes;
    const horizon = this.weekStart + LOOKAHEAD_HOURS;
    const stride = c.taskStride;
    // No family is admitted during the pass, so the caseload's arrays stay the same ones: read them once.
    const { serial, holder, caseType, closesAt, credit, taskDue } = c;
    this.batch.fill(-1);
    // Only the week's pieces are cleared (a few dozen of thousands of places).
    for (let k = 0; k < this.pieceCount; k++) this.piece[this.pieceKeys[k]] = -1;
    this.pieceCount = 0;
    let desired = 0;
    for (let f = 0; f < c.slotCount; f++) {
      if (serial[f] === 0 || holder[f] < 0) continue;
      const ct = caseTypes[caseType[f]];
      if (ct.elasticPerWeek > 0) credit[f] = Math.min(credit[f] + ct.elasticPerWeek, Math.max(ct.elasticPerWeek, 1));
      if (ct.elasticActivity >= 0) desired += ct.elasticPerWeek * this.sessionHoursOf[ct.elasticActivity];
      const until = Math.min(horizon, closesAt[f]);
      const tasks = ct.tasks;
      // Most slots have nothing due this week: only those that do are looked at further.
      const slots = f * stride;
      for (let k = 0; k < tasks.length; k++) if (taskDue[slots + k] < until) this.releaseSlot(slots + k, tasks[k], f, until);
    }
    this.desiredHours = desired;
  }

  /** Releases the occurrences of task ti falling due before `until` from its slot of family f. */
  private releaseSlot(slot: number, ti: number, f: number, until: number): void {
    const c = this.caseload;
    const times = this.perChild[ti] !== 0 ? c.children[f] : 1;
    let due = c.taskDue[slot];
    do {
      if (this.supersedable[ti] !== 0) this.supersede(slot);
      for (let n = 0; n < times; n++) c.taskItem[slot] = this.occurrence(ti, f, due);
      c.taskItemGeneration[slot] = this.pool.generation[c.taskItem[slot]];
      this.due.count(ti, c.holder[f], times, due);
      due = this.nextDue(ti, due);
    } while (due < until);
    c.taskDue[slot] = due;
  }

  /** The due time of the occurrence of task ti after the one due at `due` (Infinity for a one-off task). */
  private nextDue(ti: number, due: number): number {
    const weeks = this.cycleWeeks[ti];
    // Cycles of whole weeks (most are) step by calendar weeks: due dates fall on weekdays.
    if (weeks > 0) return due + weeks * HOURS_PER_WEEK;
    return weeks < 0 ? Infinity : addWorkingDays(due, this.model.tasks[ti].workingDays);
  }

  /**
   * Recurring work that is not statutory (weekly case administration, case planning) does not
   * pile up: an occurrence already overdue and not started when the next is released is replaced
   * by it, and its hours count as unmet. Statutory work is never dropped.
   */
  private supersede(slot: number): void {
    const pool = this.pool;
    const i = this.caseload.taskItem[slot];
    if (!pool.isCurrent(i, this.caseload.taskItemGeneration[slot]) || pool.stage[i] !== 0 || pool.type[i] !== OCCURRENCE) return;
    if (pool.due[i] >= this.weekStart) return;
    // This week's batch holds other families' paperwork too: the overdue occurrence is done with it.
    if (pool.family[i] < 0 && this.batch[pool.assignee[i] * this.model.tasks.length + pool.what[i]] === i) return;
    this.tally.supersededHours += pool.weight[i];
    pool.remove(i);
  }

  /**
   * An occurrence of task ti for family f: an item of its own or, for recurring paperwork, one
   * more family in the batch its worker does this week (a practitioner does the week's case
   * administration in sittings, not in a separate sitting per family or per kind of case).
   */
  private occurrence(ti: number, f: number, due: number): number {
    const h = this.caseload.holder[f];
    if (this.batched[ti] === 0) return this.addOccurrence(ti, f, h, due);
    const p = this.assigneeFor(h, f, this.model.tasks[ti].activity);
    if (p < 0) return this.addOccurrence(ti, f, h, due);
    const pool = this.pool;
    const kind = this.paperwork[ti];
    const key = p * this.model.tasks.length + kind;
    let b = this.batch[key];
    if (b < 0) b = this.batch[key] = this.addBatch(kind, p, h, due);
    else {
      pool.weight[b] += this.taskHours[ti];
      // The batch falls due when its occurrences do on average.
      pool.due[b] += (due - pool.due[b]) / ++pool.occurrences[b];
    }
    if (pool.delegated[b] !== 0) this.handOverBatched(b, key * BUCKETS + this.bucketOf(due), ti, due);
    return b;
  }

  /** A new batch of task ti's paperwork for person p of holder h. */
  private addBatch(ti: number, p: number, h: number, due: number): number {
    const pool = this.pool;
    const i = pool.add(OCCURRENCE, -1, 0, ti, this.model.tasks[ti].priority, due, false);
    pool.assignee[i] = p;
    pool.assignedHolder[i] = h;
    pool.weight[i] = this.taskHours[ti];
    // Paperwork has at most one delegable part: its task's first (and only) hand-over.
    const { handFirst, handActivity, handBit } = this.tables;
    const n = handFirst[ti];
    if (n < handFirst[ti + 1] && this.hasSupport(handActivity[n], this.model.holders[h].teamIndex)) pool.delegated[i] = handBit[n];
    return i;
  }

  /**
   * A batched occurrence's delegable share joins the piece for support of its due day, so support
   * takes a week's paperwork in the same order by due date as the rest of its work (hours handed
   * over in one lump would all go to whoever is first, and none shared out as the week goes on).
   */
  private handOverBatched(b: number, key: number, ti: number, due: number): void {
    const pool = this.pool;
    const { handFirst, handActivity, handHours } = this.tables;
    const n = handFirst[ti];
    let d = this.piece[key];
    if (d < 0) {
      d = this.piece[key] = pool.addPiece(-1, 0, handActivity[n], pool.priority[b], due, handHours[n], b);
      this.pieceKeys[this.pieceCount++] = key;
    } else {
      pool.due[d] += (due - pool.due[d]) / ++pool.occurrences[d];
      pool.left[d] += handHours[n];
    }
  }

  /**
   * A new item for an occurrence of task ti for family f, held by holder h. Each delegable part's
   * share becomes work for support if the team has support people who may do it: the first rides
   * on the occurrence itself (handed), any other is a piece of its own.
   */
  private addOccurrence(ti: number, f: number, h: number, due: number): number {
    const task = this.model.tasks[ti];
    const pool = this.pool;
    const i = pool.add(OCCURRENCE, f, this.caseload.serial[f], ti, task.priority, due, task.statutory);
    const team = this.model.holders[h].teamIndex;
    const { handFirst, handBit, handActivity, handHours } = this.tables;
    let mask = 0;
    for (let n = handFirst[ti]; n < handFirst[ti + 1]; n++) {
      const a = handActivity[n];
      if (!this.hasSupport(a, team)) continue;
      mask |= handBit[n];
      if (pool.handedActivity[i] < 0) {
        pool.handed[i] = handHours[n];
        pool.handedActivity[i] = a;
      } else pool.addPiece(f, pool.serial[i], a, task.priority, due, handHours[n], i);
    }
    pool.delegated[i] = mask;
    pool.weight[i] = this.taskHours[ti];
    return i;
  }

  /** Whether the team has support people who may take activity a (the hand-over table lists only activities with a delegable share). */
  private hasSupport(a: number, team: number): boolean {
    return this.model.staff.supportChoice[team * this.A + a] !== null;
  }

  /** Buckets every live item by performer, priority and due day (a counting sort: no comparisons). */
  private sortWork(): void {
    const pool = this.pool;
    this.head.fill(-1);
    this.filled.fill(0);
    this.supportHead.fill(-1);
    if (this.next.length < pool.live.length) {
      this.next = new Int32Array(pool.live.length);
      this.nextSupport = new Int32Array(pool.live.length);
    }
    // Items are only removed while sorting, never added, so the pool's arrays stay the same ones.
    const { live, family, serial, due, priority, type, parent, parentGeneration, handed } = pool;
    const caseSerial = this.caseload.serial;
    for (let n = pool.size - 1; n >= 0; n--) {
      const i = live[n];
      const f = family[i];
      if (f >= 0 && caseSerial[f] !== serial[i]) {
        // The family's case has closed or moved on: its outstanding work goes with it.
        pool.remove(i);
        continue;
      }
      const bucket = this.bucketOf(due[i]);
      if (type[i] === DELEGATED) {
        if (pool.isCurrent(parent[i], parentGeneration[i])) this.appendSupport(priority[i] * BUCKETS + bucket, i);
        else pool.remove(i);
        continue;
      }
      if (handed[i] > 0) this.appendSupport(priority[i] * BUCKETS + bucket, i);
      const p = this.performerFor(i, bucket);
      if (p < 0) continue;
      this.append(this.head, this.tail, (p * 2 + priority[i]) * BUCKETS + bucket, i);
      this.filled[p * 2 + priority[i]] |= 1 << bucket;
    }
  }

  /**
   * Who does item i this week: whoever started it or was given it, or if they are no longer in post
   * (or the family has a new holder) the holder's choice now; -1 if nobody. Statutory work due this
   * week while its worker has no time goes to a colleague who has (cover).
   */
  private performerFor(i: number, bucket: number): number {
    const pool = this.pool;
    const started = pool.stage[i] > 0 || pool.type[i] === LEFTOVER;
    let p = started ? pool.performer[i] : pool.assignee[i];
    const h = this.holderOf(i);
    if (p < 0 || this.inPost[p] === 0 || (!started && pool.assignedHolder[i] !== h)) {
      if (h < 0) return -1;
      const f = pool.family[i];
      p = this.assigneeFor(h, f, pool.type[i] === OCCURRENCE ? this.currentActivity(i) : pool.what[i]);
      if (p < 0) {
        // A batch whose worker's post is now vacant has no one to do it (their families have
        // gone to other key workers, who take up their next cycle): it goes unmet.
        if (f < 0) this.drop(i);
        return -1;
      }
      if (started) pool.performer[i] = p;
      else {
        pool.assignee[i] = p;
        pool.assignedHolder[i] = h;
      }
    }
    if (pool.priority[i] === 0 && bucket <= LAST_DAY_THIS_WEEK && this.diary.freeRegular[p] <= EPS && pool.type[i] === OCCURRENCE) return this.cover(p, i);
    return p;
  }

  /** The case holder an item's work is for: its family's, or the one its batch was made for. */
  private holderOf(i: number): number {
    const f = this.pool.family[i];
    return f >= 0 ? this.caseload.holder[f] : this.pool.assignedHolder[i];
  }

  /** The family an item's blocks are for, or for a batch how many families (see batchedFamilies). */
  private forWhom(i: number): number {
    const f = this.pool.family[i];
    return f >= 0 ? f : batchedFamilies(this.pool.occurrences[i]);
  }

  /** Who of holder h does activity a for family f: the holder, or in a unit one of its people, the same one each time. */
  private assigneeFor(h: number, f: number, a: number): number {
    const choice = this.model.staff.holderChoice[h * this.A + a];
    return choice !== null ? pick(choice, familyHash(f, a), this.inPost) : -1;
  }

  /** Work that will not be done: its hours count as unmet. */
  private drop(i: number): void {
    this.tally.supersededHours += this.hoursLeft(i);
    this.pool.remove(i);
  }

  /**
   * Statutory work falling due while its worker is away all week goes to a colleague of the team
   * who may do it, the one with the most time (a duty or covering worker), so a visit is not
   * missed for annual leave; the family's key worker does not change.
   */
  private cover(p: number, i: number): number {
    const staff = this.model.staff;
    const a = this.currentActivity(i);
    const choice = staff.teamChoice[staff.team[p] * this.A + a];
    if (choice === null) return p;
    let best = p;
    for (let k = 0; k < choice.people.length; k++) {
      const q = choice.people[k];
      if (this.inPost[q] !== 0 && this.diary.freeRegular[q] > this.diary.freeRegular[best]) best = q;
    }
    if (best !== p && this.pool.stage[i] > 0) this.pool.performer[i] = best;
    return best;
  }

  private currentActivity(i: number): number {
    const task = this.model.tasks[this.pool.what[i]];
    const stage = this.pool.stage[i];
    if (stage === 0) return task.activity;
    const fus = task.followUps;
    return stage - 1 < fus.length ? fus[stage - 1].activity : task.activity;
  }

  private bucketOf(due: number): number {
    if (due === Infinity) return BUCKETS - 1;
    const day = Math.floor((due - this.weekStart) / 24) + 1;
    return day < 0 ? 0 : day >= BUCKETS ? BUCKETS - 1 : day;
  }

  private appendSupport(list: number, i: number): void {
    this.nextSupport[i] = -1;
    if (this.supportHead[list] < 0) this.supportHead[list] = i;
    else this.nextSupport[this.supportTail[list]] = i;
    this.supportTail[list] = i;
  }

  private append(head: Int32Array, tail: Int32Array, list: number, i: number): void {
    this.next[i] = -1;
    if (head[list] < 0) head[list] = i;
    else this.next[tail[list]] = i;
    tail[list] = i;
  }

  /**
   * Support people take the delegated shares, most urgent first, the cheapest role first and,
   * within it, whoever has the most time; what none of them can fit this week goes back to the
   * practitioner, as in the capacity model.
   */
  private delegate(priority: number): void {
    // Nothing is added to the pool while support works, so its arrays stay the same ones: read them once.
    const { type, parent, handed, handedActivity, what, returned, returnedActivity } = this.pool;
    const supportChoice = this.model.staff.supportChoice;
    const holders = this.model.holders;
    const A = this.A;
    for (let b = 0; b < BUCKETS; b++) {
      for (let i = this.supportHead[priority * BUCKETS + b]; i >= 0; ) {
        const nextItem = this.nextSupport[i];
        // The first delegable share rides on its occurrence; any other is an item of its own.
        const inline = type[i] === OCCURRENCE;
        const owner = inline ? i : parent[i];
        const a = inline ? handedActivity[i] : what[i];
        const h = this.holderOf(owner);
        const key = h >= 0 ? holders[h].teamIndex * A + a : -1;
        const list = key >= 0 ? supportChoice[key] : null;
        const hours = inline ? handed[i] : this.pool.left[i];
        const left = list !== null && this.supportFull[key] === 0 ? this.support(list, key, a, this.forWhom(i), hours) : hours;
        if (left > EPS) {
          returned[owner] += left;
          returnedActivity[owner] = a;
        }
        if (inline) handed[i] = 0;
        else this.pool.remove(i);
        i = nextItem;
      }
    }
  }

  /**
   * Support people of a list take up to `hours` standard hours of activity a for f: whoever of the
   * first (cheapest) role has the most time, then the rest in order. Returns the hours left.
   * `key` is the list's place in supportFull.
   */
  private support(list: Int32Array, key: number, a: number, f: number, hours: number): number {
    const { role, efficiency } = this.model.staff;
    const inPost = this.inPost;
    const freeRegular = this.diary.freeRegular;
    const firstRole = role[list[0]];
    let best = -1;
    for (let k = 0; k < list.length; k++) {
      const q = list[k];
      if (role[q] === firstRole && inPost[q] !== 0 && (best < 0 || freeRegular[q] > freeRegular[best])) best = q;
    }
    // `+` tells the compiler this is a number, so the loop keeps it unboxed (see Diary.fill).
    let left = +hours;
    let anyoneFree = false;
    for (let k = -1; k < list.length && left > EPS; k++) {
      const q = k < 0 ? best : list[k];
      if (q < 0 || (k >= 0 && q === best) || inPost[q] === 0) continue;
      // A support person with no time left takes nothing (fill would hand the hours straight back).
      if (freeRegular[q] <= EPS) continue;
      anyoneFree = true;
      const eff = efficiency[role[q] * this.A + a];
      // Support's share is not the statutory part (the analysis stays with the practitioner): no due time.
      left = this.diary.fill(q, left / eff, 0, false, this.model.activities[a].kind, a, f, Infinity) * eff;
    }
    if (!anyoneFree) this.supportFull[key] = 1;
    return left;
  }

  /** A person's own work of one priority, by due date: the main activity, then its follow-ups. */
  private doOwnWork(p: number, priority: number): void {
    const base = (p * 2 + priority) * BUCKETS;
    const diary = this.diary;
    // The lowest bucket with work first: bits & -bits is the lowest bit set.
    for (let bits = this.filled[p * 2 + priority]; bits !== 0; bits &= bits - 1) {
      const b = 31 - Math.clz32(bits & -bits);
      for (let i = this.head[base + b]; i >= 0; ) {
        // A full week takes nothing more: the rest waits for next week.
        if (diary.freeRegular[p] + diary.freeOvertime[p] <= EPS) return;
        const nextItem = this.next[i];
        this.work(i, p);
        i = nextItem;
      }
    }
  }

  private work(i: number, p: number): void {
    const pool = this.pool;
    const diary = this.diary;
    diary.lastEnd = 0;
    if (pool.type[i] === LEFTOVER) {
      const a = pool.what[i];
      const eff = this.efficiencyOf(p, a);
      pool.left[i] = diary.fill(p, pool.left[i] / eff, 0, true, this.model.activities[a].kind, a, pool.family[i], Infinity) * eff;
      if (pool.left[i] <= EPS) pool.remove(i);
      return;
    }
    const model = this.model;
    const task = model.tasks[pool.what[i]];
    const act = model.activities[task.activity];
    const f = this.forWhom(i);
    const n = pool.occurrences[i];
    const due = pool.statutory[i] ? pool.due[i] - this.weekStart : Infinity;
    let from = 0;
    if (pool.stage[i] === 0) {
      if (act.whole) {
        if (!this.doWhole(i, p, task.activity, f, due)) return;
        from = diary.lastEnd;
      } else {
        if (pool.left[i] === 0) pool.left[i] = n * act.hours * ((pool.delegated[i] & 1) !== 0 ? 1 - act.delegableShare : 1);
        const eff = this.efficiencyOf(p, task.activity);
        pool.left[i] = diary.fill(p, pool.left[i] / eff, 0, true, act.kind, task.activity, f, due) * eff;
        if (pool.left[i] > EPS) return;
        from = diary.lastEnd;
      }
      pool.performer[i] = p;
      pool.stage[i] = 1;
      pool.left[i] = 0;
    }
    const fus = task.followUps;
    while (pool.stage[i] - 1 < fus.length) {
      const k = pool.stage[i] - 1;
      const fa = fus[k].activity;
      const fAct = model.activities[fa];
      if (pool.left[i] === 0) pool.left[i] = n * fus[k].times * fAct.hours * ((pool.delegated[i] & (1 << (k + 1))) !== 0 ? 1 - fAct.delegableShare : 1);
      const q = this.followUpPerformer(pool.performer[i], this.holderOf(i), pool.family[i], fa);
      if (q < 0) return;
      const eff = this.efficiencyOf(q, fa);
      pool.left[i] = diary.fill(q, pool.left[i] / eff, from, true, fAct.kind, fa, f, due) * eff;
      if (pool.left[i] > EPS) return;
      pool.left[i] = 0;
      pool.stage[i]++;
    }
    if (pool.returned[i] > EPS) {
      const ra = pool.returnedActivity[i];
      const eff = this.efficiencyOf(p, ra);
      pool.returned[i] = diary.fill(p, pool.returned[i] / eff, 0, true, model.activities[ra].kind, ra, f, due) * eff;
      if (pool.returned[i] > EPS) return;
    }
    this.finished(i);
  }

  /** Statutory work counts by its due date: on time if finished by then. */
  private finished(i: number): void {
    const pool = this.pool;
    const due = pool.due[i];
    if (pool.statutory[i] && this.due.inWindow(due)) {
      this.tally.statutoryHours += pool.weight[i];
      if (this.weekStart + this.diary.lastEnd <= due + EPS) this.tally.statutoryOnTime += pool.weight[i];
    }
    pool.remove(i);
  }

  /** A visit or meeting in one sitting, travel either side; a joint visit in both diaries at once. */
  private doWhole(i: number, p: number, a: number, f: number, due: number): boolean {
    const model = this.model;
    const staff = model.staff;
    const act = model.activities[a];
    const diary = this.diary;
    const hours = act.hours / this.efficiencyOf(p, a);
    const travel = act.visit ? staff.travel[p] : 0;
    if (act.performers === 2) {
      const q = this.secondPerformer(p, f, a);
      if (q >= 0) {
        const tq = act.visit ? staff.travel[q] : 0;
        const at = diary.jointStart(p, q, travel / 2, travel + act.hours, tq / 2, tq + act.hours);
        if (at < 0) return false;
        const d = Math.floor(at / 24);
        const s = at - d * 24;
        diary.occupy(p, d, s - travel / 2, s + act.hours + travel / 2);
        diary.occupy(q, d, s - tq / 2, s + act.hours + tq / 2);
        diary.overtimeFrom = Infinity;
        this.tallyVisit(q, d, s - tq / 2, act.hours, tq, a, f, due);
        this.tallyVisit(p, d, s - travel / 2, act.hours, travel, a, f, due);
        this.contact(p, f, a, 1);
        return true;
      }
    }
    const at = diary.takeWhole(p, hours + travel, 0, true);
    if (at < 0) return false;
    const d = Math.floor(at / 24);
    this.tallyVisit(p, d, at - d * 24, hours, travel, a, f, due);
    this.contact(p, f, a, 1);
    return true;
  }

  private tallyVisit(p: number, d: number, s: number, hours: number, travel: number, a: number, f: number, due: number): void {
    this.diary.tallyVisit(p, d, s, hours, travel, this.model.activities[a].kind, a, f, due, this.model.travelLabel);
  }

  /** Counts a visit or session (`share` of one, when shortened) for the family: its contact time, and whether its key worker made it. */
  private contact(p: number, f: number, a: number, share: number): void {
    const act = this.model.activities[a];
    const t = this.tally;
    if (act.visit) t.visits += share;
    if (act.kind !== BLOCK_DIRECT) return;
    t.contacts += share;
    t.familyDirectHours += act.hours * share;
    const h = this.caseload.holder[f];
    const staff = this.model.staff;
    if (h >= 0 && (staff.holder[p] === h || staff.unit[p] === h)) t.keyWorkerContacts += share;
  }

  private secondPerformer(p: number, f: number, a: number): number {
    const staff = this.model.staff;
    const choice = staff.secondChoice[staff.team[p] * this.A + a];
    if (choice === null) return -1;
    const first = pick(choice, familyHash(f, a + 31), this.inPost);
    if (first >= 0 && staff.role[first] !== staff.role[p]) return first;
    for (let k = 0; k < choice.people.length; k++) {
      const q = choice.people[k];
      if (this.inPost[q] !== 0 && staff.role[q] !== staff.role[p]) return q;
    }
    return -1;
  }

  /** A follow-up stays with whoever did the main activity, unless their role does not do it. */
  private followUpPerformer(p: number, h: number, f: number, a: number): number {
    const staff = this.model.staff;
    if (p >= 0 && this.inPost[p] !== 0 && staff.efficiency[staff.role[p] * this.A + a] > 0) return p;
    const choice = h >= 0 ? staff.holderChoice[h * this.A + a] : null;
    if (choice !== null) return pick(choice, familyHash(f, a), this.inPost);
    return p >= 0 && this.inPost[p] !== 0 ? p : -1;
  }

  /** Person p's work per hour against the standard: their role's (roleEfficiency). */
  private efficiencyOf(p: number, a: number): number {
    return roleEfficiency(this.model, this.model.staff.role[p], a);
  }

  /**
   * Elastic direct work with the time left: the team's eligible people in the activity's order of
   * preference, taking sessions in turn, each for their own families first and then the team's,
   * until every family has its desired sessions or nobody has a stretch long enough.
   */
  private elastic(): void {
    const model = this.model;
    const staff = model.staff;
    const desired = this.desiredHours;
    let done = 0;
    if (desired > 0) {
      for (const [key, groups] of staff.elasticGroups) {
        const team = Math.floor(key / this.A);
        const a = key - team * this.A;
        this.teamCursor[team] = 0;
        this.teamDone[team] = 0;
        for (let g = 0; g < groups.length; g++) done += this.elasticGroup(groups[g], team, a);
      }
    }
    this.tally.elasticUnmetHours = Math.max(0, desired - done);
  }

  private elasticGroup(group: Int32Array, team: number, a: number): number {
    const staff = this.model.staff;
    const c = this.caseload;
    let done = 0;
    for (let k = 0; k < group.length; k++) {
      const p = group[k];
      this.full[p] = this.inPost[p] === 0 ? 1 : 0;
      const h = staff.holder[p];
      this.ownCursor[p] = h >= 0 ? c.firstFamily[h] : -1;
    }
    for (let progress = true; progress; ) {
      progress = false;
      for (let k = 0; k < group.length; k++) {
        const p = group[k];
        if (this.full[p]) continue;
        const f = this.elasticFamily(p, team, a);
        if (f < 0) return done;
        const held = this.session(p, f, a);
        if (held === 0) {
          this.full[p] = 1;
          continue;
        }
        done += held * this.sessionHoursOf[a];
        progress = true;
      }
    }
    return done;
  }

  /** The next family wanting a session: the person's own first, then any of the team's. */
  private elasticFamily(p: number, team: number, a: number): number {
    const c = this.caseload;
    let f = this.ownCursor[p];
    while (f >= 0 && !this.wantsSession(f, a)) f = c.nextFamily[f];
    this.ownCursor[p] = f;
    if (f >= 0) return f;
    if (this.teamDone[team]) return -1;
    const holders = this.model.holders;
    for (let g = this.teamCursor[team]; g < c.slotCount; g++) {
      if (this.wantsSession(g, a) && holders[c.holder[g]].teamIndex === team) {
        this.teamCursor[team] = g;
        return g;
      }
    }
    this.teamDone[team] = 1;
    return -1;
  }

  private wantsSession(f: number, a: number): boolean {
    const c = this.caseload;
    return c.serial[f] !== 0 && c.holder[f] >= 0 && c.credit[f] >= MIN_SESSION - EPS && this.model.caseTypes[c.caseType[f]].elasticActivity === a;
  }

  /**
   * One elastic session with its travel, whole if a stretch is long enough, else shortened to the
   * longest stretch left as long as it keeps at least half its contact time (time with families
   * is what the freed hours buy; a practitioner with ninety minutes left does a shorter session).
   * Its recording's delegable share goes to support if they have time. Returns the sessions held.
   */
  private session(p: number, f: number, a: number): number {
    const model = this.model;
    const staff = model.staff;
    const act = model.activities[a];
    const diary = this.diary;
    const hours = act.hours / this.efficiencyOf(p, a);
    const travel = act.visit ? staff.travel[p] : 0;
    const team = staff.team[p];
    const own = this.followUpHoursOf[staff.role[p] * this.A + a];
    const free = diary.freeRegular[p] + diary.freeOvertime[p];
    const longest = Math.min(diary.longestWhole(p, true), free - own * MIN_SESSION);
    const share = Math.min(1, (longest - travel) / hours, (free - travel) / (hours + own));
    if (share < MIN_SESSION) return 0;
    diary.lastEnd = 0;
    const at = diary.takeWhole(p, hours * share + travel, 0, true);
    if (at < 0) return 0;
    const d = Math.floor(at / 24);
    this.tallyVisit(p, d, at - d * 24, hours * share, travel, a, f, Infinity);
    this.contact(p, f, a, share);
    this.caseload.credit[f] -= share;
    const from = diary.lastEnd;
    for (const fu of act.followUps) {
      const fAct = model.activities[fu.activity];
      let standard = fu.times * fAct.hours * share;
      const list = fAct.delegableShare > 0 ? staff.supportChoice[team * this.A + fu.activity] : null;
      if (list !== null) {
        const part = standard * fAct.delegableShare;
        for (let k = 0; k < list.length; k++) {
          const q = list[k];
          const eff = this.efficiencyOf(q, fu.activity);
          if (this.inPost[q] === 0 || diary.freeRegular[q] < part / eff - EPS) continue;
          diary.fill(q, part / eff, 0, false, fAct.kind, fu.activity, f, Infinity);
          standard -= part;
          break;
        }
      }
      const eff = this.efficiencyOf(p, fu.activity);
      const left = diary.fill(p, standard / eff, from, true, fAct.kind, fu.activity, f, Infinity) * eff;
      if (left > EPS) {
        const i = this.pool.add(LEFTOVER, f, this.caseload.serial[f], fu.activity, 1, Infinity, false);
        this.pool.left[i] = left;
        this.pool.performer[i] = p;
      }
    }
    return share;
  }

  /** Hours of work past its due date and not done, carried into next week. */
  private countBacklog(): void {
    const pool = this.pool;
    const end = this.weekStart + HOURS_PER_WEEK;
    let backlog = 0;
    for (let n = 0; n < pool.size; n++) {
      const i = pool.live[n];
      if (pool.due[i] <= end) backlog += this.hoursLeft(i);
    }
    this.tally.backlogHours = backlog;
  }

  /** Standard hours an item still needs. */
  private hoursLeft(i: number): number {
    const pool = this.pool;
    if (pool.type[i] !== OCCURRENCE) return pool.left[i];
    if (pool.stage[i] === 0) return pool.weight[i];
    const acts = this.model.activities;
    const fus = this.model.tasks[pool.what[i]].followUps;
    let hours = pool.left[i] + pool.returned[i];
    for (let k = pool.stage[i]; k < fus.length; k++) hours += pool.occurrences[i] * fus[k].times * acts[fus[k].activity].hours;
    return hours;
  }
}
