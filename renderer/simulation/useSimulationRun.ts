import { useCallback, useEffect, useRef, useState } from 'react';
import type { WarmExecutor } from '../../models/des/warmWorkers';
import type { SimulationResult } from '../../models/result';
import { resultKey, type CachedResult } from '../../models/resultCache';
import type { Scenario } from '../../models/scenario';
import { simulate } from '../../models/simulate';
import { browserExecutor } from './browserExecutor';

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'failed'; message: string }
  | { status: 'finished'; elapsedMs: number };

export interface RunRequest {
  scenario: Scenario;
  parent: Scenario | null;
  appVersion: string;
  /** Where the finished run goes: the project's result cache. */
  onResult: (entry: CachedResult) => void;
}

/**
 * One simulation run at a time for the scenario on screen: started, followed (progress drawn at
 * most once a frame), cancelled. Cancel terminates the workers, and a run's late messages are
 * ignored by identity, so nothing moves after Cancel. `prewarm` readies the workers on a scenario
 * before the first run (nothing happens if they are ready already).
 */
export function useSimulationRun(executor: () => WarmExecutor = browserExecutor): {
  state: RunState;
  start: (request: RunRequest) => void;
  cancel: () => void;
  prewarm: (scenario: Scenario) => void;
} {
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const active = useRef<{ controller: AbortController; done: number; total: number; frame: number | null } | null>(null);

  const cancel = useCallback(() => {
    const run = active.current;
    if (!run) return;
    active.current = null;
    if (run.frame !== null) cancelAnimationFrame(run.frame);
    run.controller.abort(new DOMException('The run was cancelled.', 'AbortError'));
    setState({ status: 'cancelled', done: run.done, total: run.total });
  }, []);

  // A run belongs to the scenario on screen: leaving it stops the workers.
  useEffect(() => () => cancel(), [cancel]);

  const start = useCallback(
    ({ scenario, parent, appVersion, onResult }: RunRequest) => {
      if (active.current) return;
      const total = scenario.run.replications;
      const run = { controller: new AbortController(), done: 0, total, frame: null as number | null };
      active.current = run;
      setState({ status: 'running', done: 0, total });
      const draw = () => {
        run.frame = null;
        if (active.current === run) setState({ status: 'running', done: run.done, total });
      };
      const key = resultKey(scenario, 'des');
      simulate(scenario, {
        engine: 'des',
        compareTo: parent,
        appVersion,
        des: {
          executor: executor(),
          signal: run.controller.signal,
          onProgress: (done) => {
            run.done = done;
            if (active.current === run && run.frame === null) run.frame = requestAnimationFrame(draw);
          },
        },
      }).then(
        (result: SimulationResult) => {
          if (active.current !== run) return;
          active.current = null;
          if (run.frame !== null) cancelAnimationFrame(run.frame);
          onResult({ key, scenarioId: scenario.id, engine: 'des', result, created: new Date().toISOString() });
          setState({ status: 'finished', elapsedMs: result.run.elapsedMs });
        },
        (error: unknown) => {
          if (active.current !== run) return;
          active.current = null;
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    },
    [executor],
  );

  const prewarm = useCallback((scenario: Scenario) => void executor().prewarm(scenario), [executor]);

  return { state, start, cancel, prewarm };
}
