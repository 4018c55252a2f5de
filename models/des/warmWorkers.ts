import type { Scenario } from '../scenario';
import { ScenarioError } from '../scenarioError';
import { dispatchReplications, WARM_JOB, type StartWorker, type ToReplicationWorker, type WorkerEvents } from './dispatch';
import { resolveSettings, type DesRunRequest, type ReplicationExecutor } from './monteCarloRun';

/** How one kind of host makes, talks to and stops its workers (Node threads, Web Workers). */
export interface WorkerHost<W> {
  create(events: WorkerEvents): W;
  post(worker: W, message: ToReplicationWorker): void;
  terminate(worker: W): void;
  /** A worker starts or stops working: a Node thread waiting idle must not keep the process alive. */
  busy?(worker: W, busy: boolean): void;
}

interface Slot<W> {
  worker: W;
  /** The run the worker is lent to (null while idle) and its job number. */
  events: WorkerEvents | null;
  job: number;
  /** Settles a prewarm's wait for this worker: set while its warm-up is under way. */
  warmed: (() => void) | null;
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
  /** Workers lent to runs now. */
  private lent = 0;
  private nextJob = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: WorkerHost<W>,
    private readonly idleMs: number,
    /** Most workers kept waiting: two runs at once need twice the workers, but not for ever after. */
    private readonly maxIdle: number,
  ) {}

  /** A `start` for the dispatcher: each call lends a warm worker (or makes one) for this run of `request`. */
  starter(request: DesRunRequest): StartWorker {
    const job = this.nextJob++;
    return (events) => {
      const slot = this.idle.pop() ?? this.make();
      slot.events = events;
      slot.job = job;
      this.lent++;
      this.host.busy?.(slot.worker, true);
      this.host.post(slot.worker, { type: 'setup', job, request });
      return {
        run: (from, to) => this.host.post(slot.worker, { type: 'run', job, from, to }),
        release: () => {
          slot.events = null;
          this.lent--;
          if (this.idle.length >= this.maxIdle) return this.host.terminate(slot.worker);
          this.host.busy?.(slot.worker, false);
          this.idle.push(slot);
          this.stopIdleLater();
        },
        terminate: () => {
          slot.events = null;
          this.lent--;
          this.host.terminate(slot.worker);
        },
      };
    };
  }

  /**
   * Starts the workers a run would use, unless they are there already, and has each warm up on
   * `request`'s scenario (replications of its own, thrown away), so that a planner's first run goes
   * at the speed of later ones. A run asked for meanwhile takes these workers as they are and starts
   * once their warm-up ends. Settles when every worker started here has warmed up, failed or stopped.
   */
  prewarm(request: DesRunRequest): Promise<void> {
    const warming: Promise<void>[] = [];
    while (this.idle.length + this.lent < this.maxIdle) {
      const slot = this.make();
      warming.push(new Promise<void>((resolve) => (slot.warmed = resolve)));
      this.host.busy?.(slot.worker, true);
      this.host.post(slot.worker, { type: 'warm', job: WARM_JOB, request });
      this.idle.push(slot);
    }
    if (warming.length > 0) this.stopIdleLater();
    return Promise.all(warming).then(() => undefined);
  }

  /** Stops every idle worker now. */
  close(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    for (const slot of this.idle.splice(0)) {
      this.warmed(slot);
      this.host.terminate(slot.worker);
    }
  }

  private make(): Slot<W> {
    const slot: Slot<W> = { worker: undefined as W, events: null, job: 0, warmed: null };
    slot.worker = this.host.create({
      // A reply for an earlier job (a `ready` still on its way when that run ended) is dropped,
      // and a warm-up's reaches no run.
      reply: (message) => {
        if (message.job === WARM_JOB) this.warmed(slot);
        else if (slot.events && message.job === slot.job) slot.events.reply(message);
      },
      crash: (error) => {
        this.warmed(slot);
        if (slot.events) slot.events.crash(error);
        else this.forget(slot);
      },
    });
    return slot;
  }

  private warmed(slot: Slot<W>): void {
    if (!slot.warmed) return;
    slot.warmed();
    slot.warmed = null;
    // Lent to a run meanwhile, it is that run's to give back.
    if (!slot.events) this.host.busy?.(slot.worker, false);
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

export interface PooledExecutorOptions {
  threads: number;
  /** Most replications per range, for a run of `runs` on `workers` workers. */
  chunk(runs: number, workers: number): number;
  /** Idle workers are stopped after this long (default five minutes). */
  idleMs?: number;
}

/** An executor whose workers can be started and warmed up before its first run (WarmWorkers.prewarm). */
export type WarmExecutor = ReplicationExecutor & {
  /** Warms the workers on the scenario; one whose run settings are not valid warms nothing. */
  prewarm(scenario: Scenario): Promise<void>;
};

/**
 * An executor that runs replications on a host's workers, kept warm between its runs: the CLI's
 * worker threads and the app's Web Workers differ only in their host and range size.
 */
export function pooledExecutor<W>(host: WorkerHost<W>, { threads, chunk, idleMs = 5 * 60_000 }: PooledExecutorOptions): WarmExecutor {
  const warm = new WarmWorkers(host, idleMs, threads);
  const execute: ReplicationExecutor = (request, onOutcome, signal) => {
    const count = Math.max(1, Math.min(threads, request.runs));
    return dispatchReplications({ runs: request.runs, workers: count, chunk: chunk(request.runs, count), onOutcome, signal, start: warm.starter(request) });
  };
  const prewarm = (scenario: Scenario) => {
    try {
      return warm.prewarm({ scenario, ...resolveSettings(scenario, {}) });
    } catch (error) {
      // The run itself will say what is wrong with the settings, where the planner sees it.
      if (error instanceof ScenarioError) return Promise.resolve();
      throw error;
    }
  };
  return Object.assign(execute, { prewarm });
}
