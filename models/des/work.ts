/** A task occurrence for a family, done by its performer in stages: the main activity, then each follow-up. */
export const OCCURRENCE = 0;
/** The delegated share of an occurrence's work, for a support person; what they cannot do goes back. */
export const DELEGATED = 1;
/** Recording left over from an elastic session, done by the person who held the session. */
export const LEFTOVER = 2;

/**
 * The work in hand: every task occurrence released and not yet finished, carried over from week
 * to week until done or until the family's case ends. Struct-of-arrays with a free list and a
 * dense list of live items, so a week walks only live work and nothing is allocated per task.
 */
export class WorkPool {
  type = new Uint8Array(0);
  family = new Int32Array(0);
  serial = new Int32Array(0);
  /** OCCURRENCE: the task; DELEGATED and LEFTOVER: the activity. */
  what = new Int32Array(0);
  priority = new Uint8Array(0);
  /** Due, hours from the start of the run; Infinity for work without a due date. */
  due = new Float64Array(0);
  statutory = new Uint8Array(0);
  /** 0: main activity to do; k ≥ 1: follow-up k − 1 under way. */
  stage = new Int32Array(0);
  /** Standard hours left of the current desk stage (or of a delegated or leftover piece). */
  left = new Float64Array(0);
  /** The person doing it once started (-1 before), so follow-ups stay with whoever made the visit. */
  performer = new Int32Array(0);
  /** The person a not-yet-started occurrence was given to, and the holder that choice was made for (kept while the family stays with that holder). */
  assignee = new Int32Array(0);
  assignedHolder = new Int32Array(0);
  /** Bit k set: part k (0 = main, k ≥ 1 = follow-up k − 1) had its delegable share handed over. */
  delegated = new Int32Array(0);
  /**
   * The first delegable share of an occurrence, waiting for support this week (standard hours and
   * activity), kept on the occurrence itself; any further delegable part is a DELEGATED item.
   */
  handed = new Float64Array(0);
  handedActivity = new Int32Array(0);
  /** Hours support handed back, with their activity, for the performer to do as desk work. */
  returned = new Float64Array(0);
  returnedActivity = new Int32Array(0);
  /** DELEGATED: the occurrence it belongs to, and that item's generation when it was made. */
  parent = new Int32Array(0);
  parentGeneration = new Int32Array(0);
  generation = new Int32Array(0);
  /** Standard hours of the whole occurrence, for the on-time share of statutory work. */
  weight = new Float64Array(0);
  /**
   * Occurrences the item stands for: 1, or for a person's recurring paperwork of the week batched
   * across their families (family -1), one per family. Its hours are that many times the task's.
   */
  occurrences = new Int32Array(0);

  /** Live items, densely, and each item's place in that list. */
  live = new Int32Array(0);
  private place = new Int32Array(0);
  size = 0;
  private nextFree = new Int32Array(0);
  private freeHead = -1;
  private capacity = 0;

  constructor(initial = 256) {
    this.grow(initial);
  }

  add(type: number, family: number, serial: number, what: number, priority: number, due: number, statutory: boolean): number {
    const i = this.claim();
    this.type[i] = type;
    this.family[i] = family;
    this.serial[i] = serial;
    this.what[i] = what;
    this.priority[i] = priority;
    this.due[i] = due;
    this.statutory[i] = statutory ? 1 : 0;
    this.stage[i] = 0;
    this.left[i] = 0;
    this.performer[i] = -1;
    this.assignee[i] = -1;
    this.assignedHolder[i] = -1;
    this.delegated[i] = 0;
    this.returned[i] = 0;
    this.returnedActivity[i] = -1;
    this.handed[i] = 0;
    this.handedActivity[i] = -1;
    this.parent[i] = -1;
    this.parentGeneration[i] = 0;
    this.weight[i] = 0;
    this.occurrences[i] = 1;
    this.enlist(i);
    return i;
  }

  /**
   * A delegated piece for support: only what a piece is read for is written (it is done or dropped
   * the week it is made, and an item's other fields are set again when its place is reused by add).
   */
  addPiece(family: number, serial: number, activity: number, priority: number, due: number, hours: number, parent: number): number {
    const i = this.claim();
    this.type[i] = DELEGATED;
    this.family[i] = family;
    this.serial[i] = serial;
    this.what[i] = activity;
    this.priority[i] = priority;
    this.due[i] = due;
    this.left[i] = hours;
    this.parent[i] = parent;
    this.parentGeneration[i] = this.generation[parent];
    this.occurrences[i] = 1;
    this.enlist(i);
    return i;
  }

  /** A free place for a new item (the arrays grow when none is left). */
  private claim(): number {
    if (this.freeHead < 0) this.grow(this.capacity * 2);
    const i = this.freeHead;
    this.freeHead = this.nextFree[i];
    return i;
  }

  /** Item i, newly written, joins the live list as a new generation of its place. */
  private enlist(i: number): void {
    this.generation[i]++;
    this.place[i] = this.size;
    this.live[this.size++] = i;
  }

  remove(i: number): void {
    const at = this.place[i];
    const last = this.live[--this.size];
    this.live[at] = last;
    this.place[last] = at;
    this.generation[i]++;
    this.nextFree[i] = this.freeHead;
    this.freeHead = i;
  }

  /**
   * Whether item i is still the one a reference made at `generation` pointed to. Joining the live
   * list and leaving it each add one to a place's generation, so a live item's is odd and no later
   * item's equals it; a reference never set (generation 0) matches nothing.
   */
  isCurrent(i: number, generation: number): boolean {
    return this.generation[i] === generation && (generation & 1) === 1;
  }

  private grow(n: number): void {
    const from = this.capacity;
    const g = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (k: number) => T): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    const i32 = (k: number) => new Int32Array(k);
    const f64 = (k: number) => new Float64Array(k);
    const u8 = (k: number) => new Uint8Array(k);
    this.type = g(this.type, u8);
    this.family = g(this.family, i32);
    this.serial = g(this.serial, i32);
    this.what = g(this.what, i32);
    this.priority = g(this.priority, u8);
    this.due = g(this.due, f64);
    this.statutory = g(this.statutory, u8);
    this.stage = g(this.stage, i32);
    this.left = g(this.left, f64);
    this.performer = g(this.performer, i32);
    this.assignee = g(this.assignee, i32);
    this.assignedHolder = g(this.assignedHolder, i32);
    this.delegated = g(this.delegated, i32);
    this.returned = g(this.returned, f64);
    this.handed = g(this.handed, f64);
    this.handedActivity = g(this.handedActivity, i32);
    this.returnedActivity = g(this.returnedActivity, i32);
    this.parent = g(this.parent, i32);
    this.parentGeneration = g(this.parentGeneration, i32);
    this.generation = g(this.generation, i32);
    this.weight = g(this.weight, f64);
    this.occurrences = g(this.occurrences, i32);
    this.live = g(this.live, i32);
    this.place = g(this.place, i32);
    this.nextFree = g(this.nextFree, i32);
    for (let i = n - 1; i >= from; i--) {
      this.nextFree[i] = this.freeHead;
      this.freeHead = i;
    }
    this.capacity = n;
  }
}
