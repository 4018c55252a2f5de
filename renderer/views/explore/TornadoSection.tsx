import { useState } from 'react';
import { z } from 'zod';
import { numericPaths, parameterLabel } from '../../../models/analyses';
import { ChartFigure } from '../../charts/ChartFigure';
import { fileSlug } from '../../charts/csv';
import { NumberField } from '../../components/NumberField';
import { useScenarioScope } from '../../document/context';
import { formatNumber } from '../../format';
import { formatValue } from '../compare/kpiFormat';
import type { ExploreScope } from './ExploreView';
import { Labelled, RunProblem, RunStatus } from './controls';
import { round, useSectionErrors } from './SweepSection';
import { TornadoChart } from './TornadoChart';
import { useAnalysis } from './useAnalysis';

/** The chart shows the widest bars; the table and CSV hold every parameter. */
const SHOWN = 15;

const PercentSchema = z
  .number({ error: 'Change must be a number' })
  .gt(0, 'Change must be more than 0 %')
  .max(90, 'Change must be 90 % or less');

export function TornadoSection({ scope }: { scope: ExploreScope }) {
  const { scenario } = useScenarioScope();
  const { kpi, valid } = scope;
  const [delta, setDelta] = useState(0.1);
  const [problem, setProblem] = useState<string | null>(null);
  const invalidFields = useSectionErrors('tornado-');
  const { state, run, cancel } = useAnalysis<'tornado'>();

  function start(): void {
    const message = invalidFields > 0 ? 'Correct the change marked above, then run the sensitivity' : null;
    setProblem(message);
    if (message || !valid) return;
    run({ kind: 'tornado', scenario, kpi: kpi.id, delta, paths: numericPaths(scenario) });
  }

  const done = state.status === 'done' ? state : null;
  const job = done?.job;
  const bars = done ? done.answer.filter((b) => b.swing > 1e-9) : [];
  const unit = kpi.id === job?.kpi ? kpi.unit : 'number';
  const pct = job ? `${formatNumber(job.delta * 100)} %` : '';
  const rows = bars.map((b) => ({ path: b.path, label: parameterLabel(job!.scenario, b.path), low: b.low, high: b.high }));
  const title = `What moves ${kpi.label.toLowerCase()} most: each parameter ±${pct}`;
  const fv = (v: number) => formatValue(unit, v);

  return (
    <section className="section explore-section" aria-labelledby="tornado-heading">
      <h2 id="tornado-heading">Which parameters matter most</h2>
      <div className="explore-controls">
        <Labelled id="tornado-delta" text="Change each parameter by (±%)">
          <NumberField id="tornado-delta" label="Change each parameter by (±%)" value={delta} scale={100} schema={PercentSchema} width="narrow" onCommit={(v) => setDelta(v!)} />
        </Labelled>
        <button type="button" className="button explore-run" onClick={start} disabled={!valid || state.status === 'running'}>
          Run sensitivity
        </button>
      </div>
      <p className="hint">Every numeric parameter of the scenario is lowered and raised on its own; parameters at zero cannot move by a percentage and are left out.</p>
      <RunProblem id="tornado-problem" message={problem} />
      <RunStatus state={state} onCancel={cancel} what="sensitivity" />
      {done && job && (
        <>
          {job.scenario !== scenario && <p className="notice">The scenario has changed since this ran: run it again to update it.</p>}
          {rows.length === 0 ? (
            <p className="notice">No parameter moves this figure by ±{pct}.</p>
          ) : (
            <ChartFigure
              id="tornado"
              title={title}
              description={`${rows.length} parameters move it; the ${Math.min(SHOWN, rows.length)} that move it most are drawn, widest first. Today: ${fv(bars[0]!.base)}.`}
              chart={<TornadoChart title={title} base={bars[0]!.base} rows={rows.slice(0, SHOWN)} format={fv} axisLabel={kpi.label} lowLabel={`Parameter −${pct}`} highLabel={`Parameter +${pct}`} />}
              table={{
                header: unit === 'share' ? ['Parameter', 'Today (%)', `Parameter −${pct} (%)`, `Parameter +${pct} (%)`, 'Largest change (points)'] : ['Parameter', 'Today', `Parameter −${pct}`, `Parameter +${pct}`, 'Largest change'],
                rows: bars.map((b) => [parameterLabel(job.scenario, b.path), shown(unit, b.base), shown(unit, b.low), shown(unit, b.high), shown(unit, b.swing)]),
                numeric: [false, true, true, true, true],
              }}
              csv={{ filename: `${fileSlug(scenario.name)}-sensitivity.csv` }}
            />
          )}
        </>
      )}
    </section>
  );
}

/** A table cell: shares as percentages; "invalid" where the change broke a rule of the scenario. */
const shown = (unit: string, v: number | null) => (v === null ? 'invalid' : round(unit === 'share' ? v * 100 : v));
