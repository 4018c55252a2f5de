import { useState } from 'react';
import { z } from 'zod';
import { defaultRange, type KpiSpec, type Parameter } from '../../../models/analyses';
import { NumberField } from '../../components/NumberField';
import { useScenarioScope } from '../../document/context';
import { createVariantWith } from '../../document/variantWith';
import { formatValue, inputScale } from '../compare/kpiFormat';
import { adminPostsPath, type ExploreScope } from './ExploreView';
import { Labelled, ParameterSelect, RangeFields, rangeProblem, RunProblem, RunStatus, type Range } from './controls';
import { useSectionErrors } from './SweepSection';
import { useAnalysis, type Done } from './useAnalysis';

/** A first target a planner would ask about: 50 % direct time, or today's value otherwise. */
function firstTarget(kpi: KpiSpec): number {
  return kpi.unit === 'share' ? 0.5 : 0;
}

const targetSchema = (kpi: KpiSpec) =>
  kpi.unit === 'share'
    ? z.number({ error: 'Target must be a number' }).min(0, 'Target must be 0 % or more').max(100, 'Target must be 100 % or less')
    : z.number({ error: 'Target must be a number' }).finite();

/**
 * Goal seek: the least value of a parameter in a range at which the KPI reaches a target, by
 * bisection (the KPI must move one way as the parameter grows), rounded up to a value one can set.
 */
export function GoalSeekSection({ scope }: { scope: ExploreScope }) {
  const { scenario } = useScenarioScope();
  const { parameters, kpi, valid } = scope;
  const [path, setPath] = useState(() => adminPostsPath(parameters, scenario));
  const parameter = parameters.find((p) => p.path === path) ?? parameters[0]!;
  const [range, setRange] = useState<Range>(() => ({ ...defaultRange(parameter), steps: 2 }));
  const [targets, setTargets] = useState<Record<string, number>>({});
  const target = targets[kpi.id] ?? firstTarget(kpi);
  const [problem, setProblem] = useState<string | null>(null);
  const invalidFields = useSectionErrors('goal-');
  const { state, run, cancel } = useAnalysis<'goal'>();

  function start(): void {
    const message = invalidFields > 0 ? 'Correct the values marked above, then find the value' : rangeProblem(range, parameter.label);
    setProblem(message);
    if (message || !valid) return;
    run({ kind: 'goal', scenario, path: parameter.path, kpi: kpi.id, target, lo: range.from, hi: range.to, grain: parameter.grain });
  }

  return (
    <section className="section explore-section" aria-labelledby="goal-heading">
      <h2 id="goal-heading">Find the value that reaches a target</h2>
      <div className="explore-controls">
        <Labelled id="goal-target" text={`Target for ${kpi.label.toLowerCase()}${kpi.unit === 'share' ? ' (%)' : ''}`}>
          <NumberField
            id="goal-target"
            label={`Target for ${kpi.label.toLowerCase()}${kpi.unit === 'share' ? ' (%)' : ''}`}
            value={target}
            scale={kpi.unit === 'share' ? 100 : 1}
            schema={targetSchema(kpi)}
            width="narrow"
            onCommit={(v) => setTargets((t) => ({ ...t, [kpi.id]: v! }))}
          />
        </Labelled>
        <ParameterSelect
          id="goal-parameter"
          label="By changing"
          parameters={parameters}
          value={parameter.path}
          onChange={(p) => {
            setPath(p);
            setRange({ ...defaultRange(parameters.find((x) => x.path === p)!), steps: 2 });
          }}
        />
      </div>
      <div className="explore-controls">
        <GoalRange key={parameter.path} parameter={parameter} range={range} onChange={setRange} />
        <button type="button" className="button explore-run" onClick={start} disabled={!valid || state.status === 'running'}>
          Find the value
        </button>
      </div>
      <RunProblem id="goal-problem" message={problem} />
      <RunStatus state={state} onCancel={cancel} what="goal seek" />
      {state.status === 'done' && <GoalAnswer state={state} parameters={parameters} kpi={kpi} />}
    </section>
  );
}

/** Goal seek searches between two values; it has no steps. */
function GoalRange({ parameter, range, onChange }: { parameter: Parameter; range: Range; onChange: (r: Range) => void }) {
  return (
    <div className="explore-goal-range">
      <span className="explore-field__label">Search between</span>
      <RangeFields idPrefix="goal" parameter={parameter} range={range} maxSteps={2} onChange={onChange} hideSteps />
    </div>
  );
}

function GoalAnswer({ state, parameters, kpi }: { state: Done<'goal'>; parameters: Parameter[]; kpi: KpiSpec }) {
  const { store, scenario } = useScenarioScope();
  const { job, answer } = state;
  const p = parameters.find((x) => x.path === job.path);
  const unit = p?.unit ?? 'number';
  const label = p?.label ?? job.path;
  const kpiUnit = job.kpi === kpi.id ? kpi.unit : 'number';
  const kpiLabel = job.kpi === kpi.id ? kpi.label : job.kpi;
  const stale = job.scenario !== scenario;
  const fk = (v: number) => formatValue(kpiUnit, v);
  if (answer.value === null) {
    return (
      <p className="notice" role="status" data-testid="goal-answer">
        No value of {label} from {formatValue(unit, job.lo)} to {formatValue(unit, job.hi)} brings {kpiLabel.toLowerCase()} to {fk(job.target)}
        {answer.achieved !== null ? `: at ${formatValue(unit, job.hi)} it is ${fk(answer.achieved)}` : ''}. Try a wider range or another parameter.
      </p>
    );
  }
  const value = answer.value;
  // The variant sits under its parent in the tree, so its name need only say what differs.
  const name = `${label} = ${formatValue(unit, value)}`;
  return (
    <div className="explore-answer" role="status" data-testid="goal-answer">
      {stale && <p className="notice">The scenario has changed since this ran: find the value again to update it.</p>}
      <p className="explore-answer__text">
        {label} at <strong data-testid="goal-value">{formatValue(unit, value)}</strong> gives {kpiLabel.toLowerCase()} of{' '}
        <strong data-testid="goal-achieved">{answer.achieved === null ? '—' : fk(answer.achieved)}</strong> (target {fk(job.target)}).
        {value === job.lo && ' The target is already reached at the bottom of the range.'}
      </p>
      <p className="hint">
        Found by bisection in {answer.iterations} steps and rounded up to {formatValue(unit, p?.grain ?? 0.01)}; today’s value is {p ? formatValue(unit, p.value) : 'unknown'}.
        {inputScale(unit) === 100 ? ' Shares are shown as percentages.' : ''}
      </p>
      <button type="button" className="button" disabled={stale} onClick={() => createVariantWith(store, job.scenario.id, job.path, value, name)}>
        Create this variant<span className="visually-hidden">: {name}</span>
      </button>
    </div>
  );
}
