import { useEffect, useRef } from 'react';
import { RunSettingsSchema } from '../../models/runSettings';
import type { Scenario } from '../../models/scenario';
import { ScenarioNumber } from '../components/ScenarioNumber';
import { useScenarioScope } from '../document/context';
import { formatDateTime, formatNumber } from '../format';
import { useCachedResults, useResultCache } from '../project/ProjectContext';
import { shownResult } from '../project/resultCache';
import { SimulationResults } from './SimulationResults';
import { useSimulationRun } from './useSimulationRun';
import './SimulationSection.css';

interface Props {
  parent: Scenario | null;
  appVersion: string;
  /** Why the scenario cannot be simulated now, one line each; empty when it can. */
  problems: string[];
  /** Whether the section's tab is the one shown. */
  active: boolean;
}

const S = RunSettingsSchema.shape;
const SETTINGS = [
  ['run.replications', 'Runs', S.replications, 'narrow'],
  ['run.weeks', 'Weeks after the warm-up', S.weeks, 'narrow'],
  ['run.warmupWeeks', 'Warm-up weeks', S.warmupWeeks, 'narrow'],
  ['run.seed', 'Seed', S.seed, 'normal'],
] as const;

/**
 * The stochastic run (DESIGN §3.2–3.3): its settings, Run and Cancel, progress, and the last
 * run's figures — kept with the project and marked stale once the scenario changes.
 */
export function SimulationSection({ parent, appVersion, problems, active }: Props) {
  const { scenario } = useScenarioScope();
  const cache = useResultCache();
  const shown = shownResult(useCachedResults(cache), scenario);
  const { state, start, cancel, prewarm } = useSimulationRun();
  const summary = useRef<HTMLDivElement>(null);
  const running = state.status === 'running';
  const blocked = problems.length > 0;

  // While the planner reads the results, the workers start and warm up on the scenario on screen,
  // so the first run does not wait for the engine's code to be compiled (WarmWorkers.prewarm).
  useEffect(() => {
    if (active && !blocked) prewarm(scenario);
  }, [active, blocked, scenario, prewarm]);

  function run(): void {
    if (blocked) {
      summary.current?.focus();
      return;
    }
    start({ scenario, parent, appVersion, onResult: cache.put });
  }

  return (
    <section className="section simulation" aria-labelledby="simulation-heading">
      <h2 id="simulation-heading">Simulation</h2>
      <p className="hint">
        The simulation follows each family and each person week by week, many times over with different chance events, and
        shows how far the results spread. Runs use every processor core; the page stays usable while they go.
      </p>
      <fieldset className="simulation__settings">
        <legend>Run settings</legend>
        {SETTINGS.map(([path, label, schema, width]) => (
          <div key={path} className="labelled">
            <span className="labelled__text" aria-hidden="true">
              {label}
            </span>
            <ScenarioNumber path={path} label={label} schema={schema} width={width} />
          </div>
        ))}
      </fieldset>
      {blocked && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} id="simulation-problems" data-testid="simulation-problems">
          <h3 className="error-summary__title">The simulation cannot run yet</h3>
          <p className="error-summary__body">Fix these first:</p>
          <ul className="error-summary__list error-summary__list--plain">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="simulation__actions">
        <button type="button" className="button" onClick={run} disabled={running} aria-describedby={blocked ? 'simulation-problems' : undefined}>
          Run simulation
        </button>
        {running && (
          <button type="button" className="button button--secondary" onClick={cancel}>
            Cancel
          </button>
        )}
        <RunStatus state={state} />
      </div>
      {shown ? (
        <>
          {shown.stale && (
            <p className="simulation__stale" data-testid="simulation-stale">
              <strong>Stale:</strong> the scenario or its run settings have changed since this run. Run the simulation again to
              bring these figures up to date.
            </p>
          )}
          <p className="hint" data-testid="simulation-meta">
            {formatNumber(shown.entry.result.run.runs)} runs of {formatNumber(shown.entry.result.run.weeks)} weeks after{' '}
            {formatNumber(shown.entry.result.run.warmupWeeks)} weeks’ warm-up, seed {shown.entry.result.run.seed ?? '–'}; run{' '}
            {formatDateTime(shown.entry.created)}.
          </p>
          <SimulationResults result={shown.entry.result} stale={shown.stale} />
        </>
      ) : (
        state.status !== 'running' && <p className="muted">No simulation has been run for this scenario yet.</p>
      )}
    </section>
  );
}

function RunStatus({ state }: { state: ReturnType<typeof useSimulationRun>['state'] }) {
  if (state.status === 'running') {
    const percent = state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
    return (
      <div className="simulation__progress">
        <div
          className="progress"
          role="progressbar"
          aria-label="Simulation progress"
          aria-valuemin={0}
          aria-valuemax={state.total}
          aria-valuenow={state.done}
          aria-valuetext={`${formatNumber(state.done)} of ${formatNumber(state.total)} runs`}
        >
          <div className="progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <span className="simulation__count">
          {formatNumber(state.done)} of {formatNumber(state.total)} runs
        </span>
      </div>
    );
  }
  const text =
    state.status === 'cancelled' ? `Cancelled after ${formatNumber(state.done)} of ${formatNumber(state.total)} runs; nothing was kept.`
    : state.status === 'failed' ? `The simulation stopped: ${state.message}`
    : state.status === 'finished' ? `Finished in ${formatNumber(Math.round(state.elapsedMs / 100) / 10)} s.`
    : '';
  return (
    <span role="status" className={state.status === 'failed' ? 'simulation__status simulation__status--error' : 'simulation__status'} data-testid="simulation-status">
      {text}
    </span>
  );
}
