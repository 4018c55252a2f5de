import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../models/api';
import type { ExportedFile } from '../../models/fileApi';
import type { SimulationResult } from '../../models/result';
import { api } from '../api';
import type { AssumptionRow, Evidence } from '../engine/assumptions';
import { answerInWords, caveats, comparisonRows, formatRate, keyFigures, type BusinessCase } from '../engine/businessCase';
import { formatFinancialYear, formatLongDate } from '../format';
import { AssumptionsTable, EvidenceSection, KeyFigureList, OneOffCosts, ProfileCharts, ProfileTableView, SimulationBands, WithAmounts } from '../views/business/sections';
import './report.css';

interface Props {
  bc: BusinessCase;
  simulation: SimulationResult | null;
  evidence: Evidence | null;
  assumptions: AssumptionRow[];
  appVersion: string;
  /** Opened by "Export PDF…": print as soon as the report is laid out. */
  exportOnOpen: boolean;
  onExportCsv: () => Promise<Result<ExportedFile | null>>;
  onClose: () => void;
}

/** The A4 business case: shown full-page on screen, and what printing and Export PDF produce. */
export function ReportPage({ bc, simulation, evidence, assumptions, appVersion, exportOnOpen, onExportCsv, onClose }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const [date] = useState(() => formatLongDate(new Date()));
  const title = `${bc.scenario.name} – business case`;

  async function exportPdf(): Promise<void> {
    setBusy(true);
    setStatus('Making the PDF…');
    const saved = await api.exportReportPdf(title);
    setBusy(false);
    setStatus(saved.ok ? (saved.value ? `Saved “${saved.value.fileName}”.` : 'Export cancelled.') : saved.error.message);
  }

  async function exportCsv(): Promise<void> {
    const saved = await onExportCsv();
    setStatus(saved.ok ? (saved.value ? `Saved “${saved.value.fileName}”.` : 'Export cancelled.') : saved.error.message);
  }

  const close = useRef(onClose);
  close.current = onClose;

  // The workspace stays mounted but hidden, on screen and in print, while the report is open.
  useEffect(() => {
    document.body.classList.add('report-open');
    heading.current?.focus();
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current();
    };
    window.addEventListener('keydown', escape);
    return () => {
      document.body.classList.remove('report-open');
      window.removeEventListener('keydown', escape);
    };
  }, []);

  // Charts measure their width after the first paint: print once that second layout is done.
  useEffect(() => {
    if (!exportOnOpen) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void exportPdf());
    });
    return () => cancelAnimationFrame(frame);
    // Only on opening: a later re-render must not print again.
  }, []);

  return (
    <div className="report-screen">
      <div className="report-toolbar">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Back to the business case<span className="report-toolbar__key"> (Esc)</span>
        </button>
        <button type="button" className="button" onClick={() => void exportPdf()} disabled={busy}>
          Export PDF…
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
          Export CSV…
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print…
        </button>
        <p className="report-toolbar__status" role="status" data-testid="report-status">
          {status}
        </p>
      </div>
      <main className="report" aria-labelledby="report-title" data-testid="report">
        <Summary bc={bc} simulated={simulation?.engine === 'des'} date={date} headingRef={heading} />
        <section className="report__section">
          <h2>1. Costs and savings by financial year</h2>
          <ProfileTableView bc={bc} caption={`Costs and savings by financial year, ${bc.scenario.economics.years} years, in cash terms with the pay award`} />
          <ProfileCharts bc={bc} />
        </section>
        <section className="report__section">
          <h2>2. One-off costs, and what is cash</h2>
          <OneOffCosts bc={bc} />
          <p>
            <strong>Cashable</strong> savings are money the council stops spending: placements ended sooner and agency cover no longer
            needed. <strong>Non-cashable</strong> savings are practitioners’ hours released from recording, administration and travel,
            counted in full-time equivalents (FTE) and valued at what those hours cost; they become cash only if posts are cut.
          </p>
        </section>
        <section className="report__section">
          <h2>3. What a family gets, and what it costs</h2>
          <ComparisonTable bc={bc} />
        </section>
        <section className="report__section">
          <h2>4. Simulation bands</h2>
          <SimulationBands simulation={simulation} />
        </section>
        <section className="report__section">
          <h2>5. The evidence behind this scenario</h2>
          <EvidenceSection evidence={evidence} />
        </section>
        <section className="report__section">
          <h2>6. Assumptions and their sources</h2>
          <AssumptionsTable rows={assumptions} />
        </section>
        <p className="report__colophon">
          Prepared with SkillMix {appVersion} on {date}. Figures from the capacity model at mean demand, in{' '}
          {formatFinancialYear(bc.scenario.economics.firstFinancialYear)} prices rising with the pay award.
        </p>
      </main>
    </div>
  );
}

function Summary({ bc, simulated, date, headingRef }: { bc: BusinessCase; simulated: boolean; date: string; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const econ = bc.scenario.economics;
  const rateSource = bc.scenario.sources['economics.discountRate'] ? 'HM Treasury Green Book rate' : 'rate entered by you';
  return (
    <section className="report__summary" aria-labelledby="report-title">
      <p className="report__kicker">Business case</p>
      <h1 id="report-title" ref={headingRef} tabIndex={-1} data-testid="report-scenario">
        {bc.scenario.name}
      </h1>
      <p className="report__against" data-testid="report-comparator">
        {bc.comparator ? `against ${bc.comparator.name}` : 'costs only, with no comparator'}
      </p>
      <p className="report__meta">
        {date} · {econ.years}-year profile from {formatFinancialYear(econ.firstFinancialYear)} · discounted at {formatRate(econ.discountRate)} a year (
        {rateSource})
      </p>
      <h2>The question</h2>
      <p>
        What does {bc.scenario.name} cost{bc.comparator ? ` against ${bc.comparator.name}` : ''}, what does it buy, and when does it pay back?
      </p>
      <h2>The answer</h2>
      <div className="report__answer">
        {answerInWords(bc).map((s) => (
          <p key={s}>
            <WithAmounts text={s} />
          </p>
        ))}
      </div>
      <h2>Key figures</h2>
      <KeyFigureList figures={keyFigures(bc)} />
      <h2>What to keep in mind</h2>
      <ul className="report__caveats">
        {caveats(bc, simulated).map((c) => (
          <li key={c}>
            <WithAmounts text={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ComparisonTable({ bc }: { bc: BusinessCase }) {
  const rows = comparisonRows(bc);
  return (
    <table className="data-table business-table" data-testid="comparison-table">
      <caption>Per family and per hour of direct contact, a year</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="num">
            {bc.scenario.name}
          </th>
          {bc.comparator && (
            <th scope="col" className="num">
              {bc.comparator.name}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.scenario}</td>
            {r.comparator !== null && <td className="num">{r.comparator}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
