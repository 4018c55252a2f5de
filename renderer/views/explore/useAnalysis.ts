import { useCallback, useEffect, useRef, useState } from 'react';
import type { Job, JobAnswers, WorkerReply } from './jobs';

export type AnalysisState<K extends keyof JobAnswers> =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; answer: JobAnswers[K]; job: Extract<Job, { kind: K }> }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * One analysis at a time in its own Web Worker, with progress and cancel. Cancel terminates the
 * worker (a model evaluation cannot be interrupted part-way), and the next run starts a new one.
 */
export function useAnalysis<K extends keyof JobAnswers>() {
  const [state, setState] = useState<AnalysisState<K>>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const run = useCallback(
    (job: Extract<Job, { kind: K }>) => {
      stop();
      const w = new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module' });
      worker.current = w;
      const id = ++nextId.current;
      setState({ status: 'running', done: 0, total: 0 });
      w.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.id !== id || worker.current !== w) return;
        if (reply.type === 'progress') setState({ status: 'running', done: reply.done, total: reply.total });
        else {
          stop();
          setState(reply.type === 'done' ? { status: 'done', answer: reply.answer as JobAnswers[K], job } : { status: 'failed', message: reply.message });
        }
      };
      w.onerror = (event) => {
        if (worker.current !== w) return;
        stop();
        setState({ status: 'failed', message: event.message || 'the analysis stopped unexpectedly' });
      };
      w.postMessage({ id, job });
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'cancelled' });
  }, [stop]);

  return { state, run, cancel };
}

export type Done<K extends keyof JobAnswers> = Extract<AnalysisState<K>, { status: 'done' }>;
