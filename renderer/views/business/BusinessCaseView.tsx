import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { z } from 'zod';
import { DEFAULTS } from '../../../models/defaults';
import type { SimulationResult } from '../../../models/result';
import type { Scenario } from '../../../models/scenario';
import { api } from '../../api';
import { ScenarioNumber } from '../../components/ScenarioNumber';
import { useScenarioScope } from '../../document/context';
import { useDocument } from '../../document/store';
import { assumptionRows, presetEvidence, presetSources, sourceText, type AssumptionRow, type Evidence } from '../../engine/assumptions';
import { answerInWords, evaluateBusinessCase, keyFigures, type BusinessCase, type BusinessCaseEvaluation } from '../../engine/businessCase';
import { ReportPage } from '../../report/ReportPage';
import { AssumptionsTable, EvidenceSection, KeyFigureList, OneOffCosts, ProfileCharts, ProfileTableView, SimulationBands, WithAmounts } from './sections';
import './business.css';

/** GOV.UK-style messages for what a person types, checked as shown (a percentage, days, months). */
const percentField = (what: string, max: number) =>
  z
    .number({ error: `Enter the ${what.toLowerCase()} as a number, like 3.5` })
    .min(0, `${what} must be 0 % or more`)
    .max(max, `${what} must be ${max} % or less`) as z.ZodType<number | null>;
const countField = (what: string, unit: string, max: number) =>
  z
    .number({ error: `Enter the ${what.toLowerCase()} as a number of ${unit}` })
    .min(0, `${what} must be 0 or more`)
    .max(max, `${what} must be ${max} ${unit} or fewer`) as z.ZodType<number | null>;

/** The comparator a person picked: the parent unless they chose another scenario or none. */
type ComparatorChoice = { kind: 'parent' } | { kind: 'scenario'; id: string } | { kind: 'none' };

interface Props {
  appVersion: string;
  /** The tab is showing: hidden, it keeps its fields but does not recompute on every edit. */
  active: boolean;
  /** The scenario's cached simulation (engine des), if one has been run: the bands come from it. */
  simulation?: SimulationResult | null;
}

/**
 * The head of service's view (DESIGN §1): what the scenario costs against a comparator, what
 * it buys, and when it pays back, in council terms; the A4 report and its exports start here.
 */
export function BusinessCaseView({ appVersion, active, simulation = null }: Props) {
  const { store, scenario } = useScenarioScope();
  const project = useDocument(store);
  const [choice, setChoice] = useState<ComparatorChoice>({ kind: 'parent' });
  const [report, setReport] = useState<null | { exportPdf: boolean }>(null);
  const [status, setStatus] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const selectId = useId();

  const comparator = pickComparator(project.scenarios, scenario, choice);
  // Hidden, the view keeps what it last showed (and the fields inside it) without recomputing.
  const shown = useRef<{ evaluation: BusinessCaseEvaluation | null; assumptions: AssumptionRow[]; evidence: Evidence | null }>({
    evaluation: null,
    assumptions: [],
    evidence: null,
  });
  const evaluation = useMemo(
    () => (active ? evaluateBusinessCase(scenario, comparator, appVersion) : shown.current.evaluation),
    [active, scenario, comparator, appVersion],
  );
  const assumptions = useMemo(
    () => (active ? assumptionRows(scenario, presetSources(scenario, project.scenarios)) : shown.current.assumptions),
    [active, scenario, project.scenarios],
  );
  // The evidence is the preset's as published, so it changes only with the preset.
  const evidence = useMemo(() => (active ? presetEvidence(scenario.presetId) : shown.current.evidence), [active, scenario.presetId]);
  shown.current = { evaluation, assumptions, evidence };
  const others = project.scenarios.filter((s) => s.id !== scenario.id);

  async function exportCsv(bc: BusinessCase): Promise<void> {
    const saved = await api.exportResultsCsv(bc.result);
    setStatus(saved.ok ? (saved.value ? `Saved “${saved.value.fileName}”.` : null) : saved.error.message);
  }

  // Back from the report, focus returns to where the person was, once the workspace shows again.
  const returnFocus = useRef(false);
  function closeReport(): void {
    returnFocus.current = true;
    setReport(null);
  }
  useEffect(() => {
    if (report === null && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [report]);

  return (
    <>
      <section className="section" aria-labelledby="business-heading">
        <div className="section__head">
          <h2 id="business-heading">Business case</h2>
          <div className="business-actions">
            <button ref={opener} type="button" className="button" disabled={!evaluation?.ok} onClick={() => setReport({ exportPdf: false })}>
              Open the A4 report
            </button>
            <button type="button" className="button button--secondary" disabled={!evaluation?.ok} onClick={() => setReport({ exportPdf: true })}>
              Export PDF…
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!evaluation?.ok}
              onClick={() => evaluation?.ok && void exportCsv(evaluation.businessCase)}
            >
              Export CSV…
            </button>
          </div>
        </div>
        <p className="business-status" role="status" data-testid="business-status">
          {status}
        </p>
        <div className="business-settings">
          <div className="business-setting">
            <label htmlFor={selectId} className="business-setting__label">
              Compare with
            </label>
            <select
              id={selectId}
              className="select"
              value={choice.kind === 'scenario' ? choice.id : choice.kind}
              onChange={(e) => setChoice(e.target.value === 'parent' || e.target.value === 'none' ? { kind: e.target.value } : { kind: 'scenario', id: e.target.value })}
            >
              <option value="parent">{parentLabel(project.scenarios, scenario)}</option>
              {others
                .filter((s) => s.id !== scenario.parentId)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              <option value="none">No comparator (costs only)</option>
            </select>
          </div>
          <DiscountRate scenario={scenario} />
        </div>
      </section>

      {evaluation === null ? null : !evaluation.ok ? (
        <p className="notice notice--error" data-testid="business-unavailable">
          The business case waits until {evaluation.which === 'scenario' ? 'this scenario' : `the comparator, ${comparator?.name},`} can be modelled:{' '}
          {evaluation.issues[0]?.message}
        </p>
      ) : (
        <BusinessCaseBody bc={evaluation.businessCase} simulation={simulation} evidence={evidence} assumptions={assumptions} />
      )}

      {report &&
        evaluation?.ok &&
        createPortal(
          <ReportPage
            bc={evaluation.businessCase}
            simulation={simulation}
            evidence={evidence}
            assumptions={assumptions}
            appVersion={appVersion}
            exportOnOpen={report.exportPdf}
            onExportCsv={() => api.exportResultsCsv(evaluation.businessCase.result)}
            onClose={closeReport}
          />,
          document.body,
        )}
    </>
  );
}

function pickComparator(scenarios: Scenario[], scenario: Scenario, choice: ComparatorChoice): Scenario | null {
  if (choice.kind === 'none') return null;
  const id = choice.kind === 'scenario' ? choice.id : scenario.parentId;
  return scenarios.find((s) => s.id === id && s.id !== scenario.id) ?? null;
}

function parentLabel(scenarios: Scenario[], scenario: Scenario): string {
  const parent = scenarios.find((s) => s.id === scenario.parentId);
  return parent ? `${parent.name} (its parent)` : 'Its parent (it has none: costs only)';
}

/** The discount rate, editable as one undo step, with its source said in words beside it. */
function DiscountRate({ scenario }: { scenario: Scenario }) {
  const sourceId = scenario.sources['economics.discountRate'];
  const entry = sourceId ? DEFAULTS[sourceId] : undefined;
  return (
    <div className="business-setting">
      <label htmlFor={fieldId(scenario, 'economics.discountRate')} className="business-setting__label">
        Discount rate (%)
      </label>
      <ScenarioNumber path="economics.discountRate" label="Discount rate (%)" schema={percentField('Discount rate', 100)} scale={100} />
      <p className="hint business-setting__source" data-testid="discount-source">
        {entry ? `Default ${Math.round(entry.value * 1000) / 10} %: ${sourceText(entry.source)}` : 'Entered by you'}
      </p>
    </div>
  );
}

function BusinessCaseBody({ bc, simulation, evidence, assumptions }: { bc: BusinessCase; simulation: SimulationResult | null } & Pick<Parameters<typeof ReportPage>[0], 'evidence' | 'assumptions'>) {
  return (
    <>
      <section className="section" aria-labelledby="business-answer-heading">
        <h2 id="business-answer-heading">{bc.comparator ? `Against ${bc.comparator.name}` : 'Costs, without a comparator'}</h2>
        <div className="business-answer" data-testid="business-answer">
          {answerInWords(bc).map((sentence) => (
            <p key={sentence}>
              <WithAmounts text={sentence} />
            </p>
          ))}
        </div>
        <KeyFigureList figures={keyFigures(bc)} />
      </section>
      <section className="section" aria-labelledby="business-profile-heading">
        <h2 id="business-profile-heading">Year by year</h2>
        <ProfileTableView bc={bc} caption={`Costs and savings by financial year, ${bc.scenario.economics.years} years`} />
        <ProfileCharts bc={bc} />
      </section>
      <section className="section" aria-labelledby="business-one-off-heading">
        <h2 id="business-one-off-heading">One-off implementation costs</h2>
        <p className="hint">The seed warns that turnover may rise while a new model beds in; enter the training and the rise you expect.</p>
        <div className="business-settings">
          <ImplementationField path="implementation.trainingDaysPerFte" label="Training days a post" schema={countField('Training days a post', 'days', 60)} />
          <ImplementationField path="implementation.turnoverUplift" label="Turnover rise (%)" schema={percentField('Turnover rise', 100)} scale={100} />
          <ImplementationField path="implementation.upliftMonths" label="Months the rise lasts" schema={countField('Months the rise lasts', 'months', 60)} />
        </div>
        <OneOffCosts bc={bc} />
      </section>
      <section className="section" aria-labelledby="business-bands-heading">
        <h2 id="business-bands-heading">Simulation bands</h2>
        <SimulationBands simulation={simulation} />
      </section>
      <section className="section" aria-labelledby="business-evidence-heading">
        <h2 id="business-evidence-heading">The evidence behind this scenario</h2>
        <EvidenceSection evidence={evidence} />
      </section>
      <section className="section" aria-labelledby="business-assumptions-heading">
        <h2 id="business-assumptions-heading">Assumptions and their sources</h2>
        <p>
          {assumptions.filter((a) => !a.entered).length} defaults with their sources, and {assumptions.filter((a) => a.entered).length} values
          entered by you. The report lists them all.
        </p>
        <details className="business-details">
          <summary>Show every assumption and its source</summary>
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Assumptions and their sources">
            <AssumptionsTable rows={assumptions} />
          </div>
        </details>
      </section>
    </>
  );
}

/** The id ScenarioNumber gives its input, so a visible label can name it. */
const fieldId = (scenario: Scenario, path: string) => `${scenario.id}--${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

function ImplementationField({ path, label, schema, scale }: { path: string; label: string; schema: z.ZodType<number | null>; scale?: number }) {
  const { scenario } = useScenarioScope();
  return (
    <div className="business-setting">
      <label htmlFor={fieldId(scenario, path)} className="business-setting__label">
        {label}
      </label>
      <ScenarioNumber path={path} label={label} schema={schema} scale={scale} />
    </div>
  );
}
