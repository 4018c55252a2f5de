import { useMemo, useState } from 'react';
import {
  describeChanges,
  direction,
  interval95,
  kpiCatalogue,
  kpiFigure,
  kpiValue,
  OVERLAP_NOTE,
  SW_DIRECT_SHARE,
  withinUncertainty,
  type ChangeLine,
  type KpiSpec,
} from '../../../models/analyses';
import type { SimulationResult } from '../../../models/result';
import type { Scenario } from '../../../models/scenario';
import { ChartFigure } from '../../charts/ChartFigure';
import { fileSlug, toCsv, type Cell } from '../../charts/csv';
import { downloadText } from '../../charts/download';
import { useScenarioScope } from '../../document/context';
import { useDocument } from '../../document/store';
import type { CapacityResult } from '../../engine/capacity';
import { evaluate } from '../../engine/check';
import { CompareBars, type CompareBar } from './CompareBars';
import { CompareTimeUse } from './CompareTimeUse';
import { formatDelta, formatValue } from './kpiFormat';
import './compare.css';

const MAX_SCENARIOS = 4;
const NO_SIMULATIONS: Readonly<Record<string, SimulationResult>> = {};

interface Props {
  /** Hidden tabs stay mounted (choices kept) but compute nothing, so edits elsewhere stay quick. */
  active: boolean;
  /** Simulation (engine "des") results saved for scenarios, by scenario id; where absent, no bands. */
  simulations?: Readonly<Record<string, SimulationResult>>;
}

export interface Column {
  scenario: Scenario;
  /** The capacity model's result, counting savings against the first scenario; null if the model cannot use it. */
  result: CapacityResult | null;
  problem: string | null;
  simulated: SimulationResult | null;
}

/** Two to four scenarios side by side: what changed, every KPI with its delta, paired charts. */
export function CompareView({ active, simulations = NO_SIMULATIONS }: Props) {
  const { store, scenario: current } = useScenarioScope();
  const project = useDocument(store);
  const [chosen, setChosen] = useState<string[]>(() => defaultChoice(project.scenarios, current));
  const ids = chosen.filter((id) => project.scenarios.some((s) => s.id === id));
  const scenarios = ids.map((id) => project.scenarios.find((s) => s.id === id)!);

  const columns = useMemo<Column[]>(
    () =>
      !active ? [] : scenarios.map((s, i) => {
        const evaluation = evaluate(s, i === 0 ? null : scenarios[0]!, 'app');
        const simulated = simulations[s.id];
        return {
          scenario: s,
          result: evaluation.ok ? evaluation.result : null,
          problem: evaluation.ok ? null : (evaluation.issues[0]?.message ?? 'the model cannot use this scenario'),
          simulated: simulated && simulated.engine === 'des' ? simulated : null,
        };
      }),
    // Scenarios are immutable values: an edit anywhere gives a new list, and only then are results recomputed.
    [active, project.scenarios, ids.join('\n'), simulations],
  );

  if (!active) return null;
  if (project.scenarios.length < 2) {
    return (
      <section className="section" aria-labelledby="compare-heading">
        <h2 id="compare-heading">Compare scenarios</h2>
        <p className="notice" data-testid="compare-needs-two">
          This project has one scenario. To compare, make a variant of it (Scenarios › New variant) or open an evidence preset from the library.
        </p>
      </section>
    );
  }

  return (
    <>
      <ScenarioPicker project={project.scenarios} chosen={ids} onChange={setChosen} />
      <Changes columns={columns} scenarios={project.scenarios} />
      <KpiTable columns={columns} />
      <PairedCharts columns={columns} />
    </>
  );
}

/** The current scenario and its parent (the parent first, as the baseline), or another scenario. */
function defaultChoice(all: Scenario[], current: Scenario): string[] {
  const parent = all.find((s) => s.id === current.parentId);
  if (parent) return [parent.id, current.id];
  const other = all.find((s) => s.id !== current.id);
  return other ? [current.id, other.id] : [current.id];
}

function ScenarioPicker({ project, chosen, onChange }: { project: Scenario[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const unused = project.filter((s) => !chosen.includes(s.id));
  return (
    <section className="section" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare scenarios</h2>
      <p className="hint">Pick two to four scenarios. Differences are counted against the first, the baseline; savings too.</p>
      <ol className="compare-picker">
        {chosen.map((id, i) => (
          <li key={i} className="compare-picker__slot">
            <label className="compare-picker__label" htmlFor={`compare-slot-${i}`}>
              {i === 0 ? 'Baseline' : `Scenario ${i + 1}`}
            </label>
            <select
              id={`compare-slot-${i}`}
              className="select"
              value={id}
              onChange={(e) => onChange(chosen.map((x, j) => (j === i ? e.target.value : x)))}
            >
              {project
                .filter((s) => s.id === id || !chosen.includes(s.id))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
            {chosen.length > 2 && (
              <button type="button" className="button button--small button--secondary" onClick={() => onChange(chosen.filter((_, j) => j !== i))}>
                Remove<span className="visually-hidden"> {project.find((s) => s.id === id)?.name}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {chosen.length < MAX_SCENARIOS && unused.length > 0 && (
        <button type="button" className="button button--secondary" onClick={() => onChange([...chosen, unused[0]!.id])}>
          Add a scenario to the comparison
        </button>
      )}
      {chosen.length < 2 && <p className="notice">Choose a second scenario to compare with.</p>}
    </section>
  );
}

function changeText(line: ChangeLine): string {
  const show = (v: unknown) => (line.unit === 'switch' ? (v ? 'on' : 'off') : typeof v === 'number' ? formatValue(line.unit === 'text' ? 'number' : line.unit, v) : String(v));
  if (line.kind === 'added') return line.to === null ? `${line.label} added` : `${line.label} added: ${show(line.to)}`;
  if (line.kind === 'removed') return line.from === null ? `${line.label} removed` : `${line.label} removed (was ${show(line.from)})`;
  if (line.from === null && line.to === null) return `${line.label} changed`;
  return `${line.label} ${show(line.from)} → ${show(line.to)}`;
}

/** Each compared scenario against the parent it records, as readable lines grouped by area. */
function Changes({ columns, scenarios }: { columns: Column[]; scenarios: Scenario[] }) {
  return (
    <section className="section" aria-labelledby="changes-heading">
      <h2 id="changes-heading">What changed against the parent</h2>
      <div className="compare-changes">
        {columns.map(({ scenario }) => {
          const parent = scenarios.find((s) => s.id === scenario.parentId);
          const lines = parent ? describeChanges(parent, scenario) : [];
          return (
            <div key={scenario.id} className="compare-changes__card" data-testid={`changes-${scenario.id}`}>
              <h3>{scenario.name}</h3>
              {!parent ? (
                <p className="muted">No parent scenario: this is a starting point.</p>
              ) : lines.length === 0 ? (
                <p className="muted">The same as {parent.name}.</p>
              ) : (
                <>
                  <p className="compare-changes__against">Against {parent.name}:</p>
                  <ul className="compare-changes__list">
                    {lines.map((line, i) => (
                      <li key={i}>
                        <span className="compare-changes__area">{line.area}</span> {changeText(line)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function deltaParts(spec: KpiSpec, from: number | null, to: number | null) {
  const d = from === null || to === null ? null : to - from;
  const text = formatDelta(spec.unit, d);
  const dir = direction(spec, from, to);
  const changed = text !== 'no change' && text !== '—';
  const arrow = changed ? (d! > 0 ? '▲' : '▼') : '';
  const verdict = !changed ? '' : dir === 1 ? 'better' : dir === -1 ? 'worse' : 'neither better nor worse';
  return { text, arrow, verdict, tone: !changed ? 'same' : dir === 1 ? 'better' : dir === -1 ? 'worse' : 'neutral' };
}

const BETTER_WORDS = { higher: 'Higher', lower: 'Lower', neither: 'Not judged' } as const;

/** Every KPI with its value per scenario and, after the baseline, its delta and whether that is good. */
function KpiTable({ columns }: { columns: Column[] }) {
  const results = columns.map((c) => c.result).filter((r): r is CapacityResult => r !== null);
  const catalogue = kpiCatalogue(results);
  const base = columns[0];
  const groups = [...new Set(catalogue.map((k) => k.group))];
  const anySimulated = columns.some((c) => c.simulated);
  const csv = () => {
    const header = ['KPI', 'Better when', ...columns.flatMap((c, i) => (i === 0 ? [c.scenario.name] : [c.scenario.name, `${c.scenario.name}: difference`]))];
    const rows: Cell[][] = catalogue.map((k) => [
      k.label,
      BETTER_WORDS[k.better],
      ...columns.flatMap((c, i) => {
        const v = c.result ? kpiValue(c.result, k.id) : null;
        const b = base?.result ? kpiValue(base.result, k.id) : null;
        if (i === 0) return [v];
        return [v, k.againstBaseline || v === null || b === null ? null : v - b];
      }),
    ]);
    downloadText(`compare-${fileSlug(columns.map((c) => c.scenario.name).join(' vs '))}.csv`, toCsv(header, rows));
  };
  return (
    <section className="section" aria-labelledby="compare-kpis-heading">
      <div className="section__head">
        <h2 id="compare-kpis-heading">Key figures side by side</h2>
        <button type="button" className="button button--secondary" onClick={csv}>
          Download CSV<span className="visually-hidden"> of the key figures side by side</span>
        </button>
      </div>
      <p className="hint">
        From the capacity model at mean demand. Differences are against {base?.scenario.name}: ▲ up, ▼ down, and whether that is better or worse for the KPI.
      </p>
      {!anySimulated && (
        <p className="notice" data-testid="no-simulation">
          No simulation results are saved for these scenarios yet, so the figures have no uncertainty bands. Run a simulation of each scenario to see whether
          their differences are larger than chance.
        </p>
      )}
      {columns.map((c) => c.problem && (
        <p key={c.scenario.id} className="notice notice--error">
          {c.scenario.name} cannot be computed: {c.problem}. Fix it in its own views.
        </p>
      ))}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Key figures side by side">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">KPI</th>
              <th scope="col">Better when</th>
              {columns.map((c, i) => (
                <th key={c.scenario.id} scope="col" className="num">
                  {c.scenario.name}
                  {i === 0 && <span className="compare-table__tag">baseline</span>}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group}>
              <tr className="compare-table__group">
                <th scope="rowgroup" colSpan={2 + columns.length}>
                  {group}
                </th>
              </tr>
              {catalogue
                .filter((k) => k.group === group)
                .map((k) => (
                  <KpiRow key={k.id} spec={k} columns={columns} />
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

function KpiRow({ spec, columns }: { spec: KpiSpec; columns: Column[] }) {
  const base = columns[0]!;
  const baseValue = base.result ? kpiValue(base.result, spec.id) : null;
  const baseFigure = base.simulated ? kpiFigure(base.simulated, spec.id) : null;
  return (
    <tr data-kpi={spec.id}>
      <th scope="row">{spec.label}</th>
      <td className="compare-table__better">{BETTER_WORDS[spec.better]}</td>
      {columns.map((c, i) => {
        const v = c.result ? kpiValue(c.result, spec.id) : null;
        const figure = c.simulated ? kpiFigure(c.simulated, spec.id) : null;
        const band = interval95(figure);
        // Savings and payback are already counted against the baseline: their value is the difference.
        const delta = i > 0 && !spec.againstBaseline ? deltaParts(spec, baseValue, v) : null;
        const overlap = i > 0 ? withinUncertainty(baseFigure, figure) : null;
        return (
          <td key={c.scenario.id} className="num" data-testid={`value-${spec.id}-${i}`}>
            {i === 0 && spec.againstBaseline ? <span className="compare-table__band">counted against this</span> : <span className="compare-table__value">{formatValue(spec.unit, v)}</span>}
            {i > 0 && spec.againstBaseline && <span className="compare-table__band">against the baseline</span>}
            {band && (
              <span className="compare-table__band">
                simulated {formatValue(spec.unit, band.low)}–{formatValue(spec.unit, band.high)}
              </span>
            )}
            {delta && (
              <span className={`delta delta--${delta.tone}`} data-testid={`delta-${spec.id}-${i}`}>
                {delta.arrow && <span aria-hidden="true">{delta.arrow} </span>}
                <span className="delta__text">{delta.text}</span>
                {delta.verdict && <span className="delta__verdict"> {delta.verdict}</span>}
              </span>
            )}
            {overlap === true && <span className="compare-table__overlap">{OVERLAP_NOTE}</span>}
          </td>
        );
      })}
    </tr>
  );
}

function bars(columns: Column[], kpi: string): CompareBar[] {
  return columns.map((c) => ({
    id: c.scenario.id,
    label: c.scenario.name,
    value: c.result ? kpiValue(c.result, kpi) : null,
    band: interval95(c.simulated ? kpiFigure(c.simulated, kpi) : null),
  }));
}

/** The same figure for every scenario, as a chart with its table, its CSV, and the overlap notes. */
function KpiFigure({ id, kpi, columns, title, description, unit }: { id: string; kpi: string; columns: Column[]; title: string; description: string; unit: 'share' | 'money' }) {
  const data = bars(columns, kpi);
  const format = (v: number) => formatValue(unit, v);
  const notes = columns.slice(1).flatMap((c) => {
    const overlap = withinUncertainty(columns[0]!.simulated ? kpiFigure(columns[0]!.simulated, kpi) : null, c.simulated ? kpiFigure(c.simulated, kpi) : null);
    return overlap === null ? [] : [{ id: c.scenario.id, text: overlap ? `${c.scenario.name} against ${columns[0]!.scenario.name}: ${OVERLAP_NOTE.charAt(0).toLowerCase()}${OVERLAP_NOTE.slice(1)}` : `${c.scenario.name} against ${columns[0]!.scenario.name}: the difference is larger than the simulation’s uncertainty.` }];
  });
  return (
    <>
      <ChartFigure
        id={id}
        title={title}
        description={description}
        chart={<CompareBars title={title} bars={data} format={format} axisLabel={title} max={unit === 'share' ? 1 : undefined} />}
        table={{
          header: ['Scenario', unit === 'share' ? 'Value (%)' : 'Value (£)', 'Simulated low', 'Simulated high'],
          rows: data.map((b) => [b.label, scaleFor(unit, b.value), scaleFor(unit, b.band?.low ?? null), scaleFor(unit, b.band?.high ?? null)]),
          numeric: [false, true, true, true],
        }}
        csv={{ filename: `compare-${id}.csv` }}
      />
      {notes.length > 0 && (
        <ul className="compare-notes" data-testid={`overlap-notes-${id}`}>
          {notes.map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

const scaleFor = (unit: 'share' | 'money', v: number | null): Cell => (v === null ? null : unit === 'share' ? Math.round(v * 1000) / 10 : Math.round(v));

function PairedCharts({ columns }: { columns: Column[] }) {
  if (columns.length < 2) return null;
  return (
    <section className="section" aria-labelledby="compare-charts-heading">
      <h2 id="compare-charts-heading">Side by side</h2>
      <KpiFigure
        id="compare-direct"
        kpi={SW_DIRECT_SHARE}
        columns={columns}
        unit="share"
        title="Social workers’ time with families"
        description="Share of the hours social workers work spent in direct contact; a whisker shows a simulation’s 95 % interval where one is saved."
      />
      <KpiFigure id="compare-staff-cost" kpi="money.staffCostPerYear" columns={columns} unit="money" title="Staff cost a year" description="Posts × cost per FTE, with agency cover where set." />
      <KpiFigure id="compare-cost-family" kpi="money.costPerFamily" columns={columns} unit="money" title="Cost per family a year" description="Staff and non-staff cost divided by the families the team works with." />
      <CompareTimeUse columns={columns} />
    </section>
  );
}
