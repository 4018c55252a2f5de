import { CAPACITY_EPSILON as SHARED_EPSILON, type DesModel } from './model';

const NO_HOLDER = -1;
/** A module-local copy: an imported binding can cost a lookup on every allocation once transpiled. */
const CAPACITY_EPSILON = SHARED_EPSILON;

/**
 * Who holds which family: the key workers' weighted caseloads, the families open or waiting, and
 * the first-come waiting lists (one per case type, so a heavy case at the head of one list does
 * not hold up lighter cases of another type that a freed key worker could take).
 *
 * Families live in parallel typed arrays indexed by a slot that is reused after the family leaves,
 * so a run of a million families allocates only as many slots as are open at once.
 */
export class Caseload {
  readonly capacity: Float64Array;
  readonly load: Float64Array;
  readonly holderFamilies: Int32Array;

  caseType = new Int32Array(0);
  children = new Int32Array(0);
  weight = new Float64Array(0);
  holder = new Int32Array(0);
  /** When the family joined the waiting list for its current case (its referral or its step). */
  waitingSince = new Float64Array(0);
  /** Increases with every case a slot starts, so events for an earlier case can be recognised. */
  serial = new Int32Array(0);
  /** When the current case began with its key worker. */
  startedAt = new Float64Array(0);
  /** Fractional where a unit loses one of the several practitioners a family knows. */
  keyWorkerChanges = new Float64Array(0);
  /** When the current case ends (its closure or step), so no task is released beyond it. */
  closesAt = new Float64Array(0);
  /** The next due time of each of the case's tasks: taskDue[f × taskStride + k]. */
  taskDue = new Float64Array(0);
  readonly taskStride: number;
  /** The work item last released for each task slot, and its generation (to tell whether it is still pending). */
  taskItem = new Int32Array(0);
  taskItemGeneration = new Int32Array(0);
  /** Elastic sessions the family may still have this week. */
  credit = new Float64Array(0);
  /** Each holder's families as a doubly linked list, for reallocation and the elastic pass. */
  readonly firstFamily: Int32Array;
  nextFamily = new Int32Array(0);
  private prevFamily = new Int32Array(0);
  /** Whether the family's wait counts towards the statistics (false for families open at the start). */
  counted = new Uint8Array(0);

  private nextFree = new Int32Array(0);
  private freeHead = NO_HOLDER;
  private slots = 0;
  /** Family slots ever used: the weekly pass looks at these. */
  slotCount = 0;
  private serials = 0;

  private readonly lists: WaitingList[];

  constructor(private readonly model: DesModel) {
    const n = model.holders.length;
    this.capacity = Float64Array.from(model.holders.map((h) => h.capacity));
    this.load = new Float64Array(n);
    this.holderFamilies = new Int32Array(n);
    this.firstFamily = new Int32Array(n).fill(NO_HOLDER);
    this.taskStride = Math.max(1, ...model.caseTypes.map((c) => c.tasks.length));
    // A loop, not caseTypes.map: map's result is a packed array from the builtin but a holey one
    // once the constructor is optimised, and the code compiled for one was thrown away at the other.
    this.lists = [];
    for (let i = 0; i < model.caseTypes.length; i++) this.lists.push(new WaitingList());
    // Room from the start for the families open at the start and as many again, so a run seldom grows its arrays.
    const opening = model.caseTypes.reduce((sum, c) => sum + c.openFamilies, 0);
    this.growFamilies(Math.max(64, 2 ** Math.ceil(Math.log2(2 * opening + 1))));
  }

  /** A new family slot for a case of type `caseType` with `children` children. */
  admit(caseType: number, children: number, now: number, counted: boolean): number {
    if (this.freeHead === NO_HOLDER) this.growFamilies(this.slots * 2);
    const f = this.freeHead;
    this.freeHead = this.nextFree[f];
    if (f >= this.slotCount) this.slotCount = f + 1;
    this.holder[f] = NO_HOLDER;
    this.keyWorkerChanges[f] = 0;
    this.credit[f] = 0;
    this.counted[f] = counted ? 1 : 0;
    this.setCase(f, caseType, children, now);
    return f;
  }

  /** Starts a new case on a family's slot (a referral or a step up or down). */
  setCase(f: number, caseType: number, children: number, now: number): void {
    this.caseType[f] = caseType;
    this.children[f] = children;
    this.weight[f] = children * this.model.caseTypes[caseType].complexityWeight;
    this.waitingSince[f] = now;
    // Serial 0 marks a free slot, so a free slot never matches a pending event.
    this.serial[f] = this.serials = (this.serials + 1) | 0 || 1;
  }

  release(f: number): void {
    this.serial[f] = 0;
    this.nextFree[f] = this.freeHead;
    this.freeHead = f;
  }

  /** A holder of the family's case type with room for it under the allocation policy, or -1. */
  findHolder(f: number): number {
    const candidates = this.model.caseTypes[this.caseType[f]].holders;
    const need = this.weight[f] - CAPACITY_EPSILON;
    const capacity = this.capacity;
    const load = this.load;
    if (!this.model.leastLoaded) {
      for (let i = 0; i < candidates.length; i++) {
        const h = candidates[i];
        if (capacity[h] - load[h] >= need) return h;
      }
      return NO_HOLDER;
    }
    let best = NO_HOLDER;
    let bestShare = Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const h = candidates[i];
      if (capacity[h] - load[h] < need) continue;
      const share = load[h] / capacity[h];
      if (share < bestShare) {
        best = h;
        bestShare = share;
      }
    }
    return best;
  }

  /** Whether holder h may take family f's case now, given that it already holds `alreadyHeld` of f's weight. */
  fits(h: number, f: number, alreadyHeld: number): boolean {
    if (!this.model.caseTypes[this.caseType[f]].holders.includes(h)) return false;
    return this.capacity[h] - this.load[h] + alreadyHeld >= this.weight[f] - CAPACITY_EPSILON;
  }

  assign(f: number, h: number): void {
    this.holder[f] = h;
    this.load[h] += this.weight[f];
    this.holderFamilies[h]++;
    const first = this.firstFamily[h];
    this.nextFamily[f] = first;
    this.prevFamily[f] = NO_HOLDER;
    if (first !== NO_HOLDER) this.prevFamily[first] = f;
    this.firstFamily[h] = f;
  }

  /**
   * Where a family goes when its key worker leaves: the eligible holder with the lowest share of
   * its caseload used, even over its cap (a team takes the families in; they do not queue again);
   * -1 if nobody may hold the case.
   */
  reallocationTarget(f: number, except: number): number {
    const candidates = this.model.caseTypes[this.caseType[f]].holders;
    let best = NO_HOLDER;
    let bestShare = Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const h = candidates[i];
      if (h === except || this.capacity[h] <= 0) continue;
      const share = (this.load[h] + this.weight[f]) / this.capacity[h];
      if (share < bestShare) {
        best = h;
        bestShare = share;
      }
    }
    return best;
  }

  /** Takes the family off its holder's caseload; returns the holder it had. */
  unassign(f: number, weight: number): number {
    const h = this.holder[f];
    this.load[h] -= weight;
    // Sums of fractional weights drift; a holder with nothing on it carries exactly nothing.
    if (--this.holderFamilies[h] === 0) this.load[h] = 0;
    this.holder[f] = NO_HOLDER;
    const prev = this.prevFamily[f];
    const next = this.nextFamily[f];
    if (prev !== NO_HOLDER) this.nextFamily[prev] = next;
    else this.firstFamily[h] = next;
    if (next !== NO_HOLDER) this.prevFamily[next] = prev;
    return h;
  }

  enqueue(f: number): void {
    this.lists[this.caseType[f]].push(f);
  }

  /**
   * The family that a holder with freed room should take next: among the heads of the waiting
   * lists of the case types it may hold, the one waiting longest that fits; -1 if none fits.
   */
  nextWaitingFor(h: number): number {
    const types = this.model.holderCaseTypes[h];
    const room = this.capacity[h] - this.load[h] + CAPACITY_EPSILON;
    let best = NO_HOLDER;
    let bestSince = Infinity;
    for (let i = 0; i < types.length; i++) {
      const list = this.lists[types[i]];
      if (list.length === 0) continue;
      const f = list.peek();
      if (this.weight[f] <= room && this.waitingSince[f] < bestSince) {
        best = f;
        bestSince = this.waitingSince[f];
      }
    }
    if (best !== NO_HOLDER) this.lists[this.caseType[best]].shift();
    return best;
  }

  /** Every family still waiting, in list order (for the end-of-run count of censored waits). */
  forEachWaiting(visit: (f: number) => void): void {
    for (const list of this.lists) list.forEach(visit);
  }

  private growFamilies(n: number): void {
    const from = this.slots;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (k: number) => T): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.caseType = grow(this.caseType, (k) => new Int32Array(k));
    this.children = grow(this.children, (k) => new Int32Array(k));
    this.weight = grow(this.weight, (k) => new Float64Array(k));
    this.holder = grow(this.holder, (k) => new Int32Array(k));
    this.waitingSince = grow(this.waitingSince, (k) => new Float64Array(k));
    this.serial = grow(this.serial, (k) => new Int32Array(k));
    this.startedAt = grow(this.startedAt, (k) => new Float64Array(k));
    this.keyWorkerChanges = grow(this.keyWorkerChanges, (k) => new Float64Array(k));
    this.closesAt = grow(this.closesAt, (k) => new Float64Array(k));
    this.credit = grow(this.credit, (k) => new Float64Array(k));
    this.nextFamily = grow(this.nextFamily, (k) => new Int32Array(k));
    this.prevFamily = grow(this.prevFamily, (k) => new Int32Array(k));
    const tasks = new Float64Array(n * this.taskStride);
    tasks.set(this.taskDue);
    this.taskDue = tasks;
    const items = new Int32Array(n * this.taskStride);
    items.set(this.taskItem);
    this.taskItem = items;
    const generations = new Int32Array(n * this.taskStride);
    generations.set(this.taskItemGeneration);
    this.taskItemGeneration = generations;
    this.counted = grow(this.counted, (k) => new Uint8Array(k));
    this.nextFree = grow(this.nextFree, (k) => new Int32Array(k));
    for (let f = n - 1; f >= from; f--) {
      this.nextFree[f] = this.freeHead;
      this.freeHead = f;
    }
    this.slots = n;
  }
}

/** A first-come queue of family slots in a growable ring buffer. */
class WaitingList {
  private items = new Int32Array(16);
  private head = 0;
  length = 0;

  push(f: number): void {
    if (this.length === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      for (let i = 0; i < this.length; i++) next[i] = this.items[(this.head + i) % this.items.length];
      this.items = next;
      this.head = 0;
    }
    this.items[(this.head + this.length) % this.items.length] = f;
    this.length++;
  }

  peek(): number {
    return this.items[this.head];
  }

  shift(): number {
    const f = this.items[this.head];
    this.head = (this.head + 1) % this.items.length;
    this.length--;
    return f;
  }

  forEach(visit: (f: number) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.items[(this.head + i) % this.items.length]);
  }
}
