import { useContext, useState } from 'react';
import { defaultRange, range as spaced, type KpiUnit, type Parameter } from '../../../models/analyses';
import { ChartFigure } from '../../charts/ChartFigure';
import { fileSlug } from '../../charts/csv';
import { FieldErrorContext, useFieldErrors, createFieldErrorRegistry } from '../../components/fieldErrors';
import { useScenarioScope } from '../../document/context';
import { formatValue, inputScale } from '../compare/kpiFormat';
import { adminPostsPath, type ExploreScope } from './ExploreView';
import { LineChart } from './LineChart';
import { ParameterSelect, RangeFields, rangeProblem, RunProblem, RunStatus, type Range } from './controls';
import { useAnalysis, type Done } from './useAnalysis';

export const MAX_LINE_STEPS = 101;

/** A sweep's first range: posts in half-posts, anything else in ten steps. */
export function firstRange(p: Parameter): Range {
  const r = defaultRange(p);
  return { ...r, steps: p.unit === 'fte' ? Math.min(MAX_LINE_STEPS, Math.round((r.to - r.from) * 2) + 1) : 11 };
}

/** The fields of this section that hold text the schema refused (the view's registry lists them). */
export function useSectionErrors(prefix: string): number {
  const registry = useContext(FieldErrorContext);
  const errors = useFieldErrors(registry ?? fallbackRegistry);
  return errors.filter((e) => e.id.startsWith(prefix)).length;
}
const fallbackRegistry = createFieldErrorRegistry();

export function SweepSection({ scope }: { scope: ExploreScope }) {
  const { scenario } = useScenarioScope();
  const { parameters, kpi, valid } = scope;
  const [path, setPath] = useState(() => adminPostsPath(parameters, scenario));
  const parameter = parameters.find((p) => p.path === path) ?? parameters[0]!;
  const [range, setRange] = useState<Range>(() => firstRange(parameter));
  const [problem, setProblem] = useState<string | null>(null);
  const invalidFields = useSectionErrors('sweep-');
  const { state, run, cancel } = useAnalysis<'sweep'>();

  function choose(next: string): void {
    setPath(next);
    setRange(firstRange(parameters.find((p) => p.path === next)!));
    setProblem(null);
  }

  function start(): void {
    const message = invalidFields > 0 ? 'Correct the values marked above, then run the sweep' : rangeProblem(range, parameter.label);
    setProblem(message);
    if (message || !valid) return;
    run({ kind: 'sweep', scenario, axes: [{ path: parameter.path, values: spaced(range.from, range.to, range.steps) }], kpi: kpi.id });
  }

  return (
    <section className="section explore-section" aria-labelledby="sweep-heading">
      <h2 id="sweep-heading">Sweep one parameter</h2>
      <div className="explore-controls">
        <ParameterSelect id="sweep-parameter" label="Parameter" parameters={parameters} value={parameter.path} onChange={choose} />
        <RangeFields key={parameter.path} idPrefix="sweep" parameter={parameter} range={range} maxSteps={MAX_LINE_STEPS} onChange={setRange} />
        <button type="button" className="button explore-run" onClick={start} disabled={!valid || state.status === 'running'} aria-describedby={problem ? 'sweep-problem' : undefined}>
          Run sweep
        </button>
      </div>
      <RunProblem id="sweep-problem" message={problem} />
      <RunStatus state={state} onCancel={cancel} what="sweep" />
      {state.status === 'done' && <SweepResult state={state} kpiLabel={kpi.label} parameters={parameters} stale={state.job.scenario !== scenario} kpiUnit={kpi.unit} />}
    </section>
  );
}

function SweepResult({ state, kpiLabel, kpiUnit, parameters, stale }: { state: Done<'sweep'>; kpiLabel: string; kpiUnit: KpiUnit; parameters: Parameter[]; stale: boolean }) {
  const { scenario } = useScenarioScope();
  const axis = state.job.axes[0]!;
  const p = parameters.find((x) => x.path === axis.path);
  const label = p?.label ?? axis.path;
  const unit = p?.unit ?? 'number';
  const kpiId = state.job.kpi;
  const points = state.answer.map((pt) => ({ x: pt.values[0]!, y: pt.kpis[kpiId] ?? null }));
  const title = `${kpiLabel} as ${label} changes`;
  const scale = inputScale(unit);
  return (
    <>
      {stale && <p className="notice">The scenario has changed since this sweep ran: run it again to update it.</p>}
      <ChartFigure
        id="sweep"
        title={title}
        description={`${points.length} runs of the capacity model, ${formatValue(unit, axis.values[0]!)} to ${formatValue(unit, axis.values.at(-1)!)}; every other value as in ${scenario.name}.${points.some((pt) => pt.y === null) ? ' Gaps: values where the scenario becomes invalid or the figure does not exist.' : ''}`}
        chart={<LineChart title={title} points={points} formatX={(v) => formatValue(unit, v)} formatY={(v) => formatValue(kpiUnit, v)} xLabel={label} yLabel={kpiLabel} current={p?.value} />}
        table={{
          header: [`${label}${scale === 100 ? ' (%)' : ''}`, `${kpiLabel}${kpiUnit === 'share' ? ' (%)' : ''}`],
          rows: points.map((pt) => [round(pt.x * scale), pt.y === null ? null : round(kpiUnit === 'share' ? pt.y * 100 : pt.y)]),
          numeric: [true, true],
        }}
        csv={{ filename: `${fileSlug(scenario.name)}-sweep.csv` }}
      />
    </>
  );
}

/** Table figures to four significant decimals: enough to see a trend, no floating noise. */
export const round = (v: number) => Math.round(v * 10_000) / 10_000;
