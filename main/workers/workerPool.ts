import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildOptions } from 'esbuild';
import type { WorkerReply } from '../../models/des/dispatch';
import { pooledExecutor, type WarmExecutor, type WorkerHost } from '../../models/des/warmWorkers';

export const MAX_THREADS = 256;

export interface WorkerPoolOptions {
  /** Worker threads; default: one per core. */
  threads?: number;
  /**
   * The worker's module. From source (tsx, vitest) it is replicationWorker.ts beside this file;
   * a bundle that emits the worker as its own chunk passes that chunk's URL.
   */
  workerUrl?: URL;
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/** Thread counts a user may ask for: at least 1, at most MAX_THREADS. */
export function checkThreads(threads: number): string | null {
  if (!Number.isInteger(threads) || threads < 1) return `threads must be a whole number of at least 1, not ${threads}`;
  if (threads > MAX_THREADS) return `threads must be at most ${MAX_THREADS}, not ${threads}`;
  return null;
}

/**
 * Runs replications on worker threads. Work goes out in small ranges as workers come free, so a
 * slow replication does not hold up a thread's whole share; which thread runs a replication has
 * no effect on it, because replication i draws only from stream i. The threads stay warm between
 * runs of the same executor (idle, they do not keep the process alive). On cancel every worker is
 * terminated at once and the run rejects with the signal's reason.
 */
export function workerPoolExecutor(options: WorkerPoolOptions = {}): WarmExecutor {
  const threads = options.threads ?? defaultThreads();
  const problem = checkThreads(threads);
  if (problem) throw new RangeError(problem);
  // Ranges small enough to balance the load, large enough that messages cost little.
  return pooledExecutor(nodeHost(options.workerUrl), { threads, chunk: (runs, workers) => Math.max(1, Math.floor(runs / (workers * 8))) });
}

/** Node worker threads as the warm pool's workers. */
function nodeHost(workerUrl?: URL): WorkerHost<Worker> {
  const stopped = new WeakSet<Worker>();
  return {
    create({ reply, crash }) {
      const worker = startWorker(workerUrl);
      worker.on('message', (message: WorkerReply) => reply(message));
      worker.on('error', crash);
      worker.on('exit', (code) => {
        if (!stopped.has(worker) && code !== 0) crash(new Error(`a simulation worker stopped with exit code ${code}`));
      });
      return worker;
    },
    post: (worker, message) => worker.postMessage(message),
    terminate(worker) {
      stopped.add(worker);
      void worker.terminate();
    },
    busy: (worker, busy) => (busy ? worker.ref() : worker.unref()),
  };
}

const here = import.meta.url;

/**
 * Starts a replication worker. Running from TypeScript source (tsx, vitest, the benchmarks), the
 * worker is bundled once per process with esbuild into plain JavaScript, so each thread starts
 * without compiling the model's modules itself (most of a short run's wall time otherwise); if
 * that fails, a small bootstrap registers tsx's loader in the worker and imports the source.
 */
function startWorker(workerUrl?: URL): Worker {
  if (workerUrl) return new Worker(workerUrl);
  if (!here.endsWith('.ts')) return new Worker(new URL('./replicationWorker.js', here));
  const bundled = bundledWorker();
  if (bundled) return new Worker(bundled);
  const source = new URL('./replicationWorker.ts', here).href;
  const tsx = tsxLoaderApi();
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}

let bundle: URL | null | undefined;

function bundledWorker(): URL | null {
  if (bundle !== undefined) return bundle;
  try {
    const esbuild = createRequire(here)('esbuild') as typeof import('esbuild');
    const dir = join(tmpdir(), `skillmix-worker-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, 'replicationWorker.mjs');
    esbuild.buildSync({ ...workerBundle(), outfile, logLevel: 'silent' });
    bundle = pathToFileURL(outfile);
  } catch {
    bundle = null;
  }
  return bundle;
}

/**
 * The worker as one ES module. `minifySyntax` folds module constants (the diary's EPS, DAYS…)
 * into the code that uses them: left as variables, each use in a hot loop is a load and a type check.
 */
export function workerBundle(): BuildOptions {
  return { entryPoints: [new URL('./replicationWorker.ts', here).pathname], bundle: true, platform: 'node', format: 'esm', minifySyntax: true };
}

/** tsx's ESM register API (the CommonJS entry that `require.resolve` finds cannot be imported). */
function tsxLoaderApi(): string {
  const resolved = createRequire(here).resolve('tsx/esm/api');
  return pathToFileURL(resolved.replace(/\.cjs$/, '.mjs')).href;
}
