import type { BlockSink } from './diaryRecord';

// The constants are exported, and this module imports nothing at run time, so that both bundlers (esbuild
// for worker threads, Rolldown for the app) fold them into the code: a constant left as a
// variable costs a load and a type check at each use in `fill`, the innermost loop of a run.
/** Monday to Friday. */
export const DAYS = 5;
/** Free intervals a person's day can be cut into; a day with more keeps its work whole elsewhere. */
export const SLOTS = 12;
/** Kinds a diary block can be, in the order of its hours tally (fixed commitments last). */
export const BLOCK_DIRECT = 0;
export const BLOCK_TRAVEL = 4;
export const BLOCK_FIXED = 5;
export const BLOCK_KINDS = 6;
/** Hours closer than this are the same moment (rounding in sums of hours, not time). */
export const EPS = 1e-9;

/**
 * Everyone's week as free time: for each person and day, the sorted free intervals of the
 * working day (hours from 00:00 of that day) and, apart, the overtime the policy allows after it.
 * Work is placed by cutting intervals, so a person can never be in two places at once; hours
 * are exact (no rounding to slots), which keeps the week's totals equal to the capacity model's.
 * Everything lives in typed arrays sized once per replication: a week allocates nothing.
 */
export class Diary {
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly count: Int32Array;
  readonly overtimeStart: Float64Array;
  readonly overtimeEnd: Float64Array;
  /** The first day with free regular time, per person: work placed from Monday skips full days. */
  readonly firstOpen: Int32Array;
  /** Free regular and overtime hours left this week, per person. */
  readonly freeRegular: Float64Array;
  readonly freeOvertime: Float64Array;
  /** Hours placed this week per person and block kind, and how many of them were overtime. */
  readonly hours: Float64Array;
  readonly overtime: Float64Array;
  /** Where the last placement ended (hours from Monday 00:00), for follow-ups and lateness. */
  lastEnd = 0;
  /** Where overtime begins in the stretch the last `takeWhole` gave (hours from Monday 00:00). */
  overtimeFrom = Infinity;
  /** Set for the one week whose blocks the result shows. */
  recorder: BlockSink | null = null;

  constructor(readonly people: number) {
    this.start = new Float64Array(people * DAYS * SLOTS);
    this.end = new Float64Array(people * DAYS * SLOTS);
    this.count = new Int32Array(people * DAYS);
    this.overtimeStart = new Float64Array(people * DAYS);
    this.overtimeEnd = new Float64Array(people * DAYS);
    this.firstOpen = new Int32Array(people);
    this.freeRegular = new Float64Array(people);
    this.freeOvertime = new Float64Array(people);
    this.hours = new Float64Array(people * BLOCK_KINDS);
    this.overtime = new Float64Array(people);
  }

  /** An empty week for person p: nothing free. */
  clear(p: number): void {
    this.firstOpen[p] = 0;
    for (let d = 0; d < DAYS; d++) {
      this.count[p * DAYS + d] = 0;
      this.overtimeStart[p * DAYS + d] = this.overtimeEnd[p * DAYS + d] = 0;
    }
    this.freeRegular[p] = this.freeOvertime[p] = 0;
    for (let k = 0; k < BLOCK_KINDS; k++) this.hours[p * BLOCK_KINDS + k] = 0;
    this.overtime[p] = 0;
  }

  /**
   * Opens a working day [from, to). The week's overtime (`overtime` hours, the policy's weekly
   * most) may be worked after the end of any day, so a visit can run on past five o'clock.
   */
  openDay(p: number, d: number, from: number, to: number, overtime: number): void {
    const pd = p * DAYS + d;
    const base = pd * SLOTS;
    this.start[base] = from;
    this.end[base] = to;
    this.count[pd] = to > from ? 1 : 0;
    this.overtimeStart[pd] = to;
    this.overtimeEnd[pd] = to + overtime;
    this.freeRegular[p] += Math.max(0, to - from);
    this.freeOvertime[p] = overtime;
  }

  /**
   * Copies everyone's week (free time and tallies) from another diary of the same size: one bulk
   * copy per array, far cheaper than copying person by person, interval by interval.
   */
  copyAll(from: Diary): void {
    this.start.set(from.start);
    this.end.set(from.end);
    this.count.set(from.count);
    this.overtimeStart.set(from.overtimeStart);
    this.overtimeEnd.set(from.overtimeEnd);
    this.freeRegular.set(from.freeRegular);
    this.freeOvertime.set(from.freeOvertime);
    this.firstOpen.fill(0);
    this.hours.set(from.hours);
    this.overtime.set(from.overtime);
  }

  /** Takes a whole day away (leave, sickness): its free time and overtime go. */
  closeDay(p: number, d: number): void {
    const pd = p * DAYS + d;
    const base = pd * SLOTS;
    for (let k = 0; k < this.count[pd]; k++) this.freeRegular[p] -= this.end[base + k] - this.start[base + k];
    this.count[pd] = 0;
    this.overtimeStart[pd] = this.overtimeEnd[pd];
  }

  /** Whether [a, b) on day d is wholly free (regular time) for person p. */
  isFree(p: number, d: number, a: number, b: number): boolean {
    const pd = p * DAYS + d;
    const base = pd * SLOTS;
    for (let k = 0; k < this.count[pd]; k++) {
      if (this.start[base + k] <= a + EPS && this.end[base + k] >= b - EPS) return true;
    }
    return false;
  }

  /** Gives [a, b) on day d back to person p's free time (a commitment that did not happen). */
  release(p: number, d: number, a: number, b: number): void {
    const pd = p * DAYS + d;
    const base = pd * SLOTS;
    const n = this.count[pd];
    let k = 0;
    while (k < n && this.start[base + k] < a) k++;
    const joinsLeft = k > 0 && Math.abs(this.end[base + k - 1] - a) < EPS;
    const joinsRight = k < n && Math.abs(this.start[base + k] - b) < EPS;
    this.freeRegular[p] += b - a;
    if (joinsLeft && joinsRight) {
      this.end[base + k - 1] = this.end[base + k];
      this.remove(base, pd, k);
    } else if (joinsLeft) this.end[base + k - 1] = b;
    else if (joinsRight) this.start[base + k] = a;
    else this.insert(base, pd, k, a, b);
  }

  /**
   * Marks [a, b) on day d as taken for person p (a fixed commitment, one side of a joint visit):
   * the interval holding it is cut. Returns false, changing nothing, when it is not wholly free.
   */
  occupy(p: number, d: number, a: number, b: number): boolean {
    const pd = p * DAYS + d;
    const base = pd * SLOTS;
    for (let k = 0; k < this.count[pd]; k++) {
      const s = this.start[base + k];
      const e = this.end[base + k];
      if (s <= a + EPS && e >= b - EPS) return this.cut(p, base, pd, k, Math.max(a, s), Math.min(b, e));
    }
    return false;
  }

  /**
   * The earliest start at or after `from` (hours from Monday 00:00) of a free stretch of `length`
   * hours within one day, in regular time if any day has one, else running on into the overtime
   * the policy allows (`overtime`). Takes it and returns its start, or -1; `overtimeFrom` says
   * where in it overtime begins (Infinity when none), for `tallyVisit`.
   */
  takeWhole(p: number, length: number, from: number, overtime: boolean): number {
    this.overtimeFrom = Infinity;
    // Visits are placed from Monday (from 0): no division for them.
    const firstDay = from > 0 ? Math.floor(from / 24) : 0;
    // Days before the first open one have no regular time left (fill keeps that mark).
    for (let d = Math.max(firstDay, this.firstOpen[p]); d < DAYS; d++) {
      const pd = p * DAYS + d;
      const base = pd * SLOTS;
      const earliest = from - d * 24;
      for (let k = 0; k < this.count[pd]; k++) {
        const s = Math.max(this.start[base + k], earliest);
        if (this.end[base + k] - s >= length - EPS) {
          this.cut(p, base, pd, k, s, s + length);
          return d * 24 + s;
        }
      }
    }
    if (!overtime) return -1;
    for (let d = firstDay; d < DAYS; d++) {
      const pd = p * DAYS + d;
      const extra = Math.min(this.overtimeEnd[pd] - this.overtimeStart[pd], this.freeOvertime[p]);
      if (extra <= EPS) continue;
      const base = pd * SLOTS;
      const earliest = from - d * 24;
      const last = this.count[pd] - 1;
      let s = Math.max(this.overtimeStart[pd], earliest);
      let regular = 0;
      if (last >= 0 && Math.abs(this.end[base + last] - this.overtimeStart[pd]) < EPS) {
        const r = Math.max(this.start[base + last], earliest);
        if (r < this.end[base + last]) {
          s = r;
          regular = this.end[base + last] - r;
        }
      }
      if (regular + Math.min(this.overtimeStart[pd] + extra, this.overtimeEnd[pd]) - Math.max(this.overtimeStart[pd], s) < length - EPS) continue;
      if (regular > 0) this.cut(p, base, pd, last, s, s + regular);
      const used = s + length - Math.max(this.overtimeStart[pd], s + regular);
      this.overtimeStart[pd] = s + length;
      this.freeOvertime[p] -= used;
      this.overtimeFrom = d * 24 + s + regular;
      return d * 24 + s;
    }
    return -1;
  }

  /** The longest stretch a whole piece of work could have now (regular time, running on into overtime if allowed). */
  longestWhole(p: number, overtime: boolean): number {
    let best = 0;
    for (let d = 0; d < DAYS; d++) {
      const pd = p * DAYS + d;
      const base = pd * SLOTS;
      const n = this.count[pd];
      for (let k = 0; k < n; k++) best = Math.max(best, this.end[base + k] - this.start[base + k]);
      if (!overtime) continue;
      let run = Math.min(this.overtimeEnd[pd] - this.overtimeStart[pd], this.freeOvertime[p]);
      if (n > 0 && Math.abs(this.end[base + n - 1] - this.overtimeStart[pd]) < EPS) run += this.end[base + n - 1] - this.start[base + n - 1];
      best = Math.max(best, run);
    }
    return best;
  }

  /**
   * Tallies a visit in a stretch `takeWhole` (or `occupy`) gave on day d, from `s`: half the travel,
   * the visit's `hours`, the other half of the travel. Its hours count by kind, the part past
   * `overtimeFrom` as overtime, all at once; in the recorded week it is written down as blocks too.
   */
  tallyVisit(p: number, d: number, s: number, hours: number, travel: number, kind: number, activity: number, family: number, due: number, travelLabel: number): void {
    const end = s + travel + hours;
    this.hours[p * BLOCK_KINDS + BLOCK_TRAVEL] += travel;
    this.hours[p * BLOCK_KINDS + kind] += hours;
    const split = this.overtimeFrom - d * 24;
    if (split < end - EPS) this.overtime[p] += end - Math.max(split, s);
    if (d * 24 + end > this.lastEnd) this.lastEnd = d * 24 + end;
    if (this.recorder !== null) this.recordVisit(p, d, s, hours, travel, kind, activity, family, due, travelLabel);
  }

  /** The recorded week's blocks of a visit: travel, the visit, travel, each split where overtime begins. */
  private recordVisit(p: number, d: number, s: number, hours: number, travel: number, kind: number, activity: number, family: number, due: number, travelLabel: number): void {
    const from = s + travel / 2;
    if (travel > 0) this.recordSpan(p, d, s, from, BLOCK_TRAVEL, travelLabel, family, Infinity);
    this.recordSpan(p, d, from, from + hours, kind, activity, family, due);
    if (travel > 0) this.recordSpan(p, d, from + hours, s + travel + hours, BLOCK_TRAVEL, travelLabel, family, Infinity);
  }

  /** Writes [a, b) of day d down, as two blocks where overtime begins inside it. */
  private recordSpan(p: number, d: number, a: number, b: number, kind: number, activity: number, family: number, due: number): void {
    const split = this.overtimeFrom - d * 24;
    if (split >= b - EPS) this.record(p, d, a, b, activity, kind, family, due, false);
    else if (split <= a + EPS) this.record(p, d, a, b, activity, kind, family, due, true);
    else {
      this.record(p, d, a, split, activity, kind, family, due, false);
      this.record(p, d, split, b, activity, kind, family, due, true);
    }
  }

  /**
   * Splittable work (recording, letters): fills free time from `from` onwards, regular time
   * first and then overtime if allowed, and tallies it. Returns the hours it could not place.
   */
  fill(p: number, hours: number, from: number, overtime: boolean, kind: number, activity: number, family: number, due: number): number {
    // Most calls for support people come when they are already full: nothing to look through.
    if (this.freeRegular[p] <= EPS && (!overtime || this.freeOvertime[p] <= EPS)) return hours;
    // A parameter may be anything to the compiler; `+` makes this a number, so the loop keeps it
    // unboxed instead of allocating a heap number for every piece placed.
    let left = +hours;
    const firstDay = from > 0 ? Math.floor(from / 24) : 0;
    let d = firstDay;
    if (d <= this.firstOpen[p]) {
      // Days before the first open one are full; passing over them moves the mark on.
      while (this.firstOpen[p] < DAYS && this.count[p * DAYS + this.firstOpen[p]] === 0) this.firstOpen[p]++;
      d = this.firstOpen[p];
    }
    for (; d < DAYS && left > EPS; d++) {
      const pd = p * DAYS + d;
      const base = pd * SLOTS;
      const earliest = from - d * 24;
      let k = 0;
      while (k < this.count[pd] && left > EPS) {
        const s = Math.max(this.start[base + k], earliest);
        const e = this.end[base + k];
        if (e - s <= EPS) {
          k++;
          continue;
        }
        const take = Math.min(e - s, left);
        const before = this.count[pd];
        this.cut(p, base, pd, k, s, s + take);
        this.tally(p, d, s, s + take, kind, activity, family, due, false);
        left -= take;
        // A cut from the middle leaves the earlier part at k; a whole interval taken shifts the rest down.
        if (this.count[pd] >= before) k++;
      }
    }
    if (!overtime) return left;
    for (let d = firstDay; d < DAYS && left > EPS; d++) {
      const pd = p * DAYS + d;
      const s = Math.max(this.overtimeStart[pd], from - d * 24);
      const take = Math.min(this.overtimeEnd[pd] - s, left, this.freeOvertime[p]);
      if (take <= EPS) continue;
      this.overtimeStart[pd] = s + take;
      this.freeOvertime[p] -= take;
      this.tally(p, d, s, s + take, kind, activity, family, due, true);
      left -= take;
    }
    return left;
  }

  /**
   * The earliest moment (hours from Monday 00:00) at which two people are both free for a joint
   * visit: p from `leadP` hours before it for `lengthP` hours, q likewise (their travel differs).
   * Regular time only: a joint visit is arranged inside both working days. -1 if there is none.
   */
  jointStart(p: number, q: number, leadP: number, lengthP: number, leadQ: number, lengthQ: number): number {
    for (let d = 0; d < DAYS; d++) {
      const bp = (p * DAYS + d) * SLOTS;
      const bq = (q * DAYS + d) * SLOTS;
      const np = this.count[p * DAYS + d];
      const nq = this.count[q * DAYS + d];
      for (let i = 0; i < np; i++) {
        for (let j = 0; j < nq; j++) {
          const at = Math.max(this.start[bp + i] + leadP, this.start[bq + j] + leadQ);
          if (at - leadP + lengthP <= this.end[bp + i] + EPS && at - leadQ + lengthQ <= this.end[bq + j] + EPS) return d * 24 + at;
        }
      }
    }
    return -1;
  }

  /** Counts a block's hours and, in the recorded week, writes it down. */
  tally(p: number, d: number, a: number, b: number, kind: number, activity: number, family: number, due: number, overtime: boolean): void {
    const h = b - a;
    this.hours[p * BLOCK_KINDS + kind] += h;
    if (overtime) this.overtime[p] += h;
    const at = d * 24 + b;
    if (at > this.lastEnd) this.lastEnd = at;
    if (this.recorder !== null) this.record(p, d, a, b, activity, kind, family, due, overtime);
  }

  /** Kept out of tally: with the recorder's call inside it, tally was too big to be inlined into its callers. */
  private record(p: number, d: number, a: number, b: number, activity: number, kind: number, family: number, due: number, overtime: boolean): void {
    this.recorder!.block(p, d, a, b, activity, kind, family, d * 24 + b > due + EPS, overtime);
  }

  /** Removes [a, b) from interval k, which holds it. */
  private cut(p: number, base: number, pd: number, k: number, a: number, b: number): boolean {
    const s = this.start[base + k];
    const e = this.end[base + k];
    this.freeRegular[p] -= b - a;
    const left = a - s > EPS;
    const right = e - b > EPS;
    if (left && right) {
      if (this.count[pd] === SLOTS) {
        // No room to split: the shorter side is given up as too small to use this week.
        if (a - s < e - b) this.start[base + k] = b;
        else this.end[base + k] = a;
        this.freeRegular[p] -= Math.min(a - s, e - b);
        return true;
      }
      this.split(base, pd, k);
      this.end[base + k] = a;
      this.start[base + k + 1] = b;
    } else if (left) this.end[base + k] = a;
    else if (right) this.start[base + k] = b;
    else this.remove(base, pd, k);
    return true;
  }

  private insert(base: number, pd: number, k: number, a: number, b: number): void {
    if (this.count[pd] === SLOTS) return;
    this.split(base, pd, k);
    this.start[base + k] = a;
    this.end[base + k] = b;
  }

  /**
   * Interval k, twice over (at k and k + 1) for the caller to trim. It takes no hours as arguments:
   * a fractional number passed to a call is boxed first, and in `fill`'s loop that box was made
   * for every piece of work, split or not.
   */
  private split(base: number, pd: number, k: number): void {
    const n = this.count[pd];
    for (let i = n; i > k; i--) {
      this.start[base + i] = this.start[base + i - 1];
      this.end[base + i] = this.end[base + i - 1];
    }
    this.count[pd] = n + 1;
  }

  private remove(base: number, pd: number, k: number): void {
    const n = this.count[pd];
    for (let i = k; i < n - 1; i++) {
      this.start[base + i] = this.start[base + i + 1];
      this.end[base + i] = this.end[base + i + 1];
    }
    this.count[pd] = n - 1;
  }
}
