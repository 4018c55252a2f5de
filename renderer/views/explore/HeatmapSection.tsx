import { useState } from 'react';
import { range as spaced, type KpiUnit, type Parameter } from '../../../models/analyses';
import { ChartFigure } from '../../charts/ChartFigure';
import { fileSlug } from '../../charts/csv';
import { useScenarioScope } from '../../document/context';
import { formatValue } from '../compare/kpiFormat';
import { adminPostsPath, type ExploreScope } from './ExploreView';
import { Heatmap } from './Heatmap';
import { ParameterSelect, RangeFields, rangeProblem, RunProblem, RunStatus, type Range } from './controls';
import { firstRange, round, useSectionErrors } from './SweepSection';
import { useAnalysis, type Done } from './useAnalysis';

export const MAX_GRID_STEPS = 21;

/** Half-posts where they fit the grid, else whole posts, else the most steps it takes. */
const gridRange = (p: Parameter): Range => {
  const r = firstRange(p);
  if (r.steps <= MAX_GRID_STEPS) return r;
  const whole = Math.round(r.to - r.from) + 1;
  return { ...r, steps: p.unit === 'fte' && whole <= MAX_GRID_STEPS ? whole : MAX_GRID_STEPS };
};

/** The social workers' posts beside the administrators', if there are any: the trade the seed is about. */
function secondDefault(parameters: Parameter[], first: string): string {
  return parameters.find((p) => p.path !== first && p.unit === 'fte')?.path ?? parameters.find((p) => p.path !== first)!.path;
}

export function HeatmapSection({ scope }: { scope: ExploreScope }) {
  const { scenario } = useScenarioScope();
  const { parameters, kpi, valid } = scope;
  const [xPath, setXPath] = useState(() => adminPostsPath(parameters, scenario));
  const [yPath, setYPath] = useState(() => secondDefault(parameters, xPath));
  const xp = parameters.find((p) => p.path === xPath) ?? parameters[0]!;
  const yp = parameters.find((p) => p.path === yPath) ?? parameters[1] ?? parameters[0]!;
  const [xRange, setXRange] = useState<Range>(() => gridRange(xp));
  const [yRange, setYRange] = useState<Range>(() => gridRange(yp));
  const [problem, setProblem] = useState<string | null>(null);
  const invalidFields = useSectionErrors('heat-');
  const { state, run, cancel } = useAnalysis<'sweep'>();

  function start(): void {
    const message =
      invalidFields > 0 ? 'Correct the values marked above, then draw the heatmap'
      : xp.path === yp.path ? 'Choose two different parameters'
      : (rangeProblem(xRange, xp.label) ?? rangeProblem(yRange, yp.label));
    setProblem(message);
    if (message || !valid) return;
    run({
      kind: 'sweep',
      scenario,
      axes: [
        { path: xp.path, values: spaced(xRange.from, xRange.to, xRange.steps) },
        { path: yp.path, values: spaced(yRange.from, yRange.to, yRange.steps) },
      ],
      kpi: kpi.id,
    });
  }

  return (
    <section className="section explore-section" aria-labelledby="heat-heading">
      <h2 id="heat-heading">Two parameters together</h2>
      <div className="explore-controls">
        <ParameterSelect
          id="heat-x"
          label="Across"
          parameters={parameters}
          value={xp.path}
          onChange={(p) => {
            setXPath(p);
            setXRange(gridRange(parameters.find((x) => x.path === p)!));
          }}
        />
        <RangeFields key={`x${xp.path}`} idPrefix="heat-x" parameter={xp} range={xRange} maxSteps={MAX_GRID_STEPS} onChange={setXRange} />
      </div>
      <div className="explore-controls">
        <ParameterSelect
          id="heat-y"
          label="Up"
          parameters={parameters}
          value={yp.path}
          onChange={(p) => {
            setYPath(p);
            setYRange(gridRange(parameters.find((x) => x.path === p)!));
          }}
        />
        <RangeFields key={`y${yp.path}`} idPrefix="heat-y" parameter={yp} range={yRange} maxSteps={MAX_GRID_STEPS} onChange={setYRange} />
        <button type="button" className="button explore-run" onClick={start} disabled={!valid || state.status === 'running'}>
          Draw heatmap
        </button>
      </div>
      <RunProblem id="heat-problem" message={problem} />
      <RunStatus state={state} onCancel={cancel} what="heatmap" />
      {state.status === 'done' && <HeatmapResult state={state} parameters={parameters} kpiLabel={kpi.label} kpiUnit={kpi.unit} stale={state.job.scenario !== scenario} />}
    </section>
  );
}

function HeatmapResult({ state, parameters, kpiLabel, kpiUnit, stale }: { state: Done<'sweep'>; parameters: Parameter[]; kpiLabel: string; kpiUnit: KpiUnit; stale: boolean }) {
  const { scenario } = useScenarioScope();
  const [ax, ay] = state.job.axes as [{ path: string; values: number[] }, { path: string; values: number[] }];
  const px = parameters.find((p) => p.path === ax.path);
  const py = parameters.find((p) => p.path === ay.path);
  const ux = px?.unit ?? 'number';
  const uy = py?.unit ?? 'number';
  const values = ax.values.map((_, i) => ay.values.map((_, j) => state.answer[i * ay.values.length + j]?.kpis[state.job.kpi] ?? null));
  const title = `${kpiLabel} by ${px?.label ?? ax.path} and ${py?.label ?? ay.path}`;
  const fv = (v: number) => formatValue(kpiUnit, v);
  return (
    <>
      {stale && <p className="notice">The scenario has changed since this ran: draw it again to update it.</p>}
      <ChartFigure
        id="heatmap"
        title={title}
        description={`${state.answer.length} runs of the capacity model. Darker cells are lower values, lighter ones higher; each cell shows its value${kpiUnit === 'share' ? ' (the table’s values are percentages)' : ''}.${values.flat().includes(null) ? ' “—”: no value there (the scenario breaks a rule, or the figure does not exist).' : ''}`}
        chart={<Heatmap title={title} xs={ax.values} ys={ay.values} values={values} formatX={(v) => formatValue(ux, v)} formatY={(v) => formatValue(uy, v)} formatValue={fv} xLabel={px?.label ?? ax.path} yLabel={py?.label ?? ay.path} />}
        table={{
          header: [`${py?.label ?? ay.path} ↓ / ${px?.label ?? ax.path} →`, ...ax.values.map((v) => formatValue(ux, v))],
          rows: [...ay.values].reverse().map((yv) => {
            const j = ay.values.indexOf(yv);
            return [formatValue(uy, yv), ...ax.values.map((_, i) => (values[i]![j] === null ? null : round(kpiUnit === 'share' ? values[i]![j]! * 100 : values[i]![j]!)))];
          }),
          numeric: [false, ...ax.values.map(() => true)],
        }}
        csv={{ filename: `${fileSlug(scenario.name)}-heatmap.csv` }}
      />
    </>
  );
}
