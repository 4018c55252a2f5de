import type { StartWorker, ToReplicationWorker, WorkerReply } from './dispatch';
import type { DesRunRequest } from './monteCarloRun';

/** How one kind of host makes, talks to and stops its workers (Node threads, Web Workers). */
export interface WorkerHost<W> {
  create(events: { reply(message: WorkerReply): void; crash(error: Error): void }): W;
  post(worker: W, message: ToReplicationWorker): void;
  terminate(worker: W): void;
  /** A worker starts or stops working: a Node thread waiting idle must not keep the process alive. */
  busy?(worker: W, busy: boolean): void;
}

interface Slot<W> {
  worker: W;
  /** The run the worker is lent to (null while idle) and its job number. */
  events: { reply(message: WorkerReply): void; crash(error: Error): void } | null;
  job: number;
}

/**
 * Workers kept warm between runs. Starting a thread and getting the model's code compiled and
 * optimised costs a short run as much as its replications do, and a planner runs again and again
 * as they edit; so a worker that finished a run well is kept for the next, and told the new
 * scenario. One cancelled, failed or crashed is stopped and forgotten, so nothing it was doing can
 * reach a later run. Idle workers are stopped after `idleMs`, to give their memory back.
 */
export class WarmWorkers<W> {
  private readonly idle: Slot<W>[] = [];
  private nextJob = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: WorkerHost<W>,
    private readonly idleMs = 5 * 60_000,
    /** Most workers kept waiting: two runs at once need twice the workers, but not for ever after. */
    private readonly maxIdle = Infinity,
  ) {}

  /** Workers waiting for a run. */
  get idleCount(): number {
    return this.idle.length;
  }

  /** A `start` for the dispatcher: each call lends a warm worker (or makes one) for this run of `request`. */
  starter(request: DesRunRequest): StartWorker {
    const job = this.nextJob++;
    return (events) => {
      const slot = this.idle.pop() ?? this.make();
      slot.events = events;
      slot.job = job;
      this.host.busy?.(slot.worker, true);
      this.host.post(slot.worker, { type: 'setup', job, request });
      return {
        run: (from, to) => this.host.post(slot.worker, { type: 'run', job, from, to }),
        release: () => {
          slot.events = null;
          if (this.idle.length >= this.maxIdle) return this.host.terminate(slot.worker);
          this.host.busy?.(slot.worker, false);
          this.idle.push(slot);
          this.stopIdleLater();
        },
        terminate: () => {
          slot.events = null;
          this.host.terminate(slot.worker);
        },
      };
    };
  }

  /** Stops every idle worker now. */
  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    for (const slot of this.idle.splice(0)) this.host.terminate(slot.worker);
  }

  private make(): Slot<W> {
    const slot: Slot<W> = { worker: undefined as W, events: null, job: 0 };
    slot.worker = this.host.create({
      // A reply for an earlier job (a `ready` still on its way when that run ended) is dropped.
      reply: (message) => {
        if (slot.events && message.job === slot.job) slot.events.reply(message);
      },
      crash: (error) => {
        if (slot.events) slot.events.crash(error);
        else this.forget(slot);
      },
    });
    return slot;
  }

  private forget(slot: Slot<W>): void {
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    this.host.terminate(slot.worker);
  }

  private stopIdleLater(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), this.idleMs);
    // In Node the timer must not keep a finished CLI run alive; browsers have no unref.
    (this.idleTimer as { unref?: () => void }).unref?.();
  }
}
