/**
 * The future event list: a binary min-heap kept in typed arrays, ordered by time and, for events
 * at the same time, by the order they were scheduled, so a run never depends on how a sort
 * happens to break ties.
 *
 * An event is a kind (a small integer the environment dispatches on) and two integer payloads
 * (a family slot and a case serial, say). Nothing is allocated per event: the arrays double when
 * full, which happens a handful of times per run, and `pop` leaves the event in fields instead of
 * returning an object.
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
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
    this.seqs = new Float64Array(n);
    this.kinds = new Int32Array(n);
    this.as = new Int32Array(n);
    this.bs = new Int32Array(n);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the next event; +Infinity when none is scheduled. */
  peekTime(): number {
    return this.count > 0 ? this.times[0] : Infinity;
  }

  clear(): void {
    this.count = 0;
    this.nextSeq = 0;
  }

  push(time: number, kind: number, a: number, b: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const times = this.times;
    const seqs = this.seqs;
    // Sift up by moving parents down into the hole, writing the new event once at the end.
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p];
      if (tp < time || (tp === time && seqs[p] < seq)) break;
      this.move(p, i);
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    this.kinds[i] = kind;
    this.as[i] = a;
    this.bs[i] = b;
  }

  /** Removes the earliest event into `time`, `kind`, `a`, `b`; false when the queue is empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const times = this.times;
    const seqs = this.seqs;
    this.time = times[0];
    this.kind = this.kinds[0];
    this.a = this.as[0];
    this.b = this.bs[0];
    const n = --this.count;
    if (n === 0) return true;
    // Sift the last event down from the root through the hole.
    const t = times[n];
    const s = seqs[n];
    const k = this.kinds[n];
    const a = this.as[n];
    const b = this.bs[n];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n && (times[r] < times[c] || (times[r] === times[c] && seqs[r] < seqs[c]))) c = r;
      const tc = times[c];
      if (t < tc || (t === tc && s < seqs[c])) break;
      this.move(c, i);
      i = c;
    }
    times[i] = t;
    seqs[i] = s;
    this.kinds[i] = k;
    this.as[i] = a;
    this.bs[i] = b;
    return true;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.seqs[to] = this.seqs[from];
    this.kinds[to] = this.kinds[from];
    this.as[to] = this.as[from];
    this.bs[to] = this.bs[from];
  }

  private grow(): void {
    const n = this.times.length * 2;
    const grown = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.times = grown(this.times, (k) => new Float64Array(k));
    this.seqs = grown(this.seqs, (k) => new Float64Array(k));
    this.kinds = grown(this.kinds, (k) => new Int32Array(k));
    this.as = grown(this.as, (k) => new Int32Array(k));
    this.bs = grown(this.bs, (k) => new Int32Array(k));
  }
}
