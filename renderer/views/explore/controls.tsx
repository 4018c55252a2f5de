import { z } from 'zod';
import type { KpiSpec, Parameter } from '../../../models/analyses';
import { NumberField } from '../../components/NumberField';
import { formatNumber } from '../../format';
import { formatValue, inputScale, UNIT_WORDS } from '../compare/kpiFormat';
import type { AnalysisState } from './useAnalysis';
import type { JobAnswers } from './jobs';

export interface Range {
  from: number;
  to: number;
  steps: number;
}

/** The parameters grouped as the editors show them (Team, Policy, Demand, Activities). */
export function ParameterSelect({ id, label, parameters, value, onChange }: { id: string; label: string; parameters: Parameter[]; value: string; onChange: (path: string) => void }) {
  const groups = [...new Set(parameters.map((p) => p.group))];
  return (
    <div className="explore-field">
      <label className="explore-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select explore-field__select" value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {parameters
              .filter((p) => p.group === g)
              .map((p) => (
                <option key={p.path} value={p.path}>
                  {p.label} (now {formatValue(p.unit, p.value)})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function KpiSelect({ id, kpis, value, onChange }: { id: string; kpis: KpiSpec[]; value: string; onChange: (id: string) => void }) {
  const groups = [...new Set(kpis.map((k) => k.group))];
  return (
    <div className="explore-field">
      <label className="explore-field__label" htmlFor={id}>
        What to measure
      </label>
      <select id={id} className="select explore-field__select" value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {kpis
              .filter((k) => k.group === g)
              .map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** A number within the parameter's limits, as typed (a percentage for shares). */
export function boundSchema(p: Parameter, what: string) {
  const scale = inputScale(p.unit);
  const unit = UNIT_WORDS[p.unit];
  const show = (v: number) => `${formatNumber(v * scale)}${unit === '%' ? ' %' : unit ? ` ${unit}` : ''}`;
  return z
    .number({ error: `${what} must be a number` })
    .min(p.min * scale, `${what} must be ${show(p.min)} or more`)
    .max(p.max * scale, `${what} must be ${show(p.max)} or less`);
}

export const stepsSchema = (max: number) =>
  z
    .number({ error: 'Steps must be a number' })
    .int('Steps must be a whole number')
    .min(2, 'Steps must be 2 or more')
    .max(max, `Steps must be ${max} or fewer`);

/** From, to and steps for one parameter: each checked as typed, the pair checked together. */
export function RangeFields({ idPrefix, parameter, range, maxSteps, onChange, hideSteps = false }: { idPrefix: string; parameter: Parameter; range: Range; maxSteps: number; onChange: (r: Range) => void; hideSteps?: boolean }) {
  const scale = inputScale(parameter.unit);
  const unit = UNIT_WORDS[parameter.unit];
  const suffix = unit ? ` (${unit})` : '';
  return (
    <div className="explore-range">
      <Labelled id={`${idPrefix}-from`} text={`From${suffix}`}>
        <NumberField id={`${idPrefix}-from`} label={`From${suffix}, ${parameter.label}`} value={range.from} scale={scale} schema={boundSchema(parameter, 'From')} width="narrow" onCommit={(v) => onChange({ ...range, from: v! })} />
      </Labelled>
      <Labelled id={`${idPrefix}-to`} text={`To${suffix}`}>
        <NumberField id={`${idPrefix}-to`} label={`To${suffix}, ${parameter.label}`} value={range.to} scale={scale} schema={boundSchema(parameter, 'To')} width="narrow" onCommit={(v) => onChange({ ...range, to: v! })} />
      </Labelled>
      {!hideSteps && (
        <Labelled id={`${idPrefix}-steps`} text="Steps">
          <NumberField id={`${idPrefix}-steps`} label={`Steps, ${parameter.label}`} value={range.steps} schema={stepsSchema(maxSteps)} width="narrow" onCommit={(v) => onChange({ ...range, steps: v! })} />
        </Labelled>
      )}
    </div>
  );
}

/**
 * A visible label for a NumberField (which names itself for assistive technology). These fields
 * are not document edits, so Ctrl+Z in them undoes the typing, not the last change to the scenario.
 */
export function Labelled({ id, text, children }: { id: string; text: string; children: React.ReactNode }) {
  return (
    <div className="labelled explore-range__field" data-native-undo="">
      <label className="labelled__text" htmlFor={id}>
        {text}
      </label>
      {children}
    </div>
  );
}

/** The pair rule the single fields cannot check: a range must go somewhere. */
export function rangeProblem(r: Range, label: string): string | null {
  return r.to > r.from ? null : `To must be more than From for ${label}`;
}

/** Progress while the worker runs, with Cancel; what happened when it stopped otherwise. */
export function RunStatus<K extends keyof JobAnswers>({ state, onCancel, what }: { state: AnalysisState<K>; onCancel: () => void; what: string }) {
  if (state.status === 'running') {
    const pct = state.total > 0 ? Math.round((state.done / state.total) * 100) : 0;
    return (
      <div className="explore-progress" role="status">
        <progress max={100} value={pct} aria-label={`${what} progress`} />
        <span>
          {state.total > 0 ? `${formatNumber(state.done)} of ${formatNumber(state.total)} (${pct} %)` : 'Starting…'}
        </span>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          Cancel<span className="visually-hidden"> {what}</span>
        </button>
      </div>
    );
  }
  if (state.status === 'cancelled') return <p className="explore-progress" role="status">Cancelled. Nothing was changed.</p>;
  if (state.status === 'failed') return <p className="notice notice--error" role="alert">The {what} stopped: {state.message}</p>;
  return null;
}

/** A message by the Run button when the inputs cannot be used (GOV.UK: say what to fix). */
export function RunProblem({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error explore-problem" role="alert">
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
