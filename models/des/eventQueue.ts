/**
 * The future event list: a binary min-heap kept in typed arrays, ordered by time and, for events
 * at the same time, by the order they were scheduled, so a run never depends on how a sort
 * happens to break ties.
 *
 * An event is a kind (a small integer the environment dispatches on) and two integer payloads
 * (a family slot and a case serial, say). The heap itself holds only each event's time and the
 * index of a record holding the rest, so sifting moves two numbers per level; the scheduling
 * order is looked up only when two times are equal, which is rare. Nothing is allocated per
 * event: records are reused through a free list, the arrays double when full (a handful of times
 * per run), and `pop` leaves the event in fields instead of returning an object.
 */
export class EventQueue {
  /** The heap: times and record indices. */
  private times: Float64Array;
  private records: Int32Array;
  /** The records: scheduling order, kind, payloads, and the free list through `nextFree`. */
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
  private nextFree: Int32Array;
  private freeHead = 0;
  private count = 0;
  private nextSeq = 0;

  /** The event last popped. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(initialCapacity = 64) {
    const n = Math.max(2, initialCapacity);
    this.times = new Float64Array(n);
    this.records = new Int32Array(n);
    this.seqs = new Float64Array(n);
    this.kinds = new Int32Array(n);
    this.as = new Int32Array(n);
    this.bs = new Int32Array(n);
    this.nextFree = new Int32Array(n);
    this.linkFree(0, n);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the next event; +Infinity when none is scheduled. */
  peekTime(): number {
    return this.count > 0 ? this.times[0] : Infinity;
  }

  push(time: number, kind: number, a: number, b: number): void {
    if (this.count === this.times.length) this.grow();
    const record = this.freeHead;
    this.freeHead = this.nextFree[record];
    const seq = this.nextSeq++;
    this.seqs[record] = seq;
    this.kinds[record] = kind;
    this.as[record] = a;
    this.bs[record] = b;
    const times = this.times;
    const records = this.records;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p];
      if (tp < time || (tp === time && this.seqs[records[p]] < seq)) break;
      times[i] = tp;
      records[i] = records[p];
      i = p;
    }
    times[i] = time;
    records[i] = record;
  }

  /** Removes the earliest event into `time`, `kind`, `a`, `b`; false when the queue is empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const times = this.times;
    const records = this.records;
    const top = records[0];
    this.time = times[0];
    this.kind = this.kinds[top];
    this.a = this.as[top];
    this.b = this.bs[top];
    this.nextFree[top] = this.freeHead;
    this.freeHead = top;
    const n = --this.count;
    if (n === 0) return true;
    const t = times[n];
    const record = records[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let tc = times[c];
      const r = c + 1;
      if (r < n) {
        const tr = times[r];
        if (tr < tc || (tr === tc && this.seqs[records[r]] < this.seqs[records[c]])) {
          c = r;
          tc = tr;
        }
      }
      if (t < tc || (t === tc && this.seqs[record] < this.seqs[records[c]])) break;
      times[i] = tc;
      records[i] = records[c];
      i = c;
    }
    times[i] = t;
    records[i] = record;
    return true;
  }

  private linkFree(from: number, to: number): void {
    for (let r = to - 1; r >= from; r--) {
      this.nextFree[r] = this.freeHead;
      this.freeHead = r;
    }
  }

  private grow(): void {
    const old = this.times.length;
    const n = old * 2;
    const f64 = (a: Float64Array) => {
      const next = new Float64Array(n);
      next.set(a);
      return next;
    };
    const i32 = (a: Int32Array) => {
      const next = new Int32Array(n);
      next.set(a);
      return next;
    };
    this.times = f64(this.times);
    this.records = i32(this.records);
    this.seqs = f64(this.seqs);
    this.kinds = i32(this.kinds);
    this.as = i32(this.as);
    this.bs = i32(this.bs);
    this.nextFree = i32(this.nextFree);
    // Every record is in use when the heap is full, so the free list is just the new ones.
    this.linkFree(old, n);
  }
}
