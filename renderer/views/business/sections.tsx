/**
 * The parts of a business case that the view and the A4 report show alike: the profile as a
 * table and as charts, one-off costs, simulation bands, the evidence and the assumptions.
 */
import type { SimulationResult } from '../../../models/result';
import type { AssumptionRow, Evidence } from '../../engine/assumptions';
import { oneOffLines, profileTable, simulationBands, type BusinessCase, type KeyFigure } from '../../engine/businessCase';
import { formatFinancialYear, formatAmount } from '../../format';
import { MoneyChart, type BarSeries } from './MoneyChart';

const AMOUNT = /([−+]?£[\d,]+(?:\.\d+)?)/;

/** Text with its amounts kept whole: a line may break between words, never inside "−£281,868". */
export function WithAmounts({ text }: { text: string }) {
  return (
    <>
      {text.split(AMOUNT).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="business-amount">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function KeyFigureList({ figures }: { figures: KeyFigure[] }) {
  return (
    <ul className="kpis business-kpis">
      {figures.map((k) => (
        <li key={k.id} className="kpi" data-testid={`business-${k.id}`}>
          <span className="kpi__label">{k.label}</span>
          <span className="kpi__value" data-testid={`business-${k.id}-value`}>
            {k.shown}
          </span>
          <span className="kpi__detail">
            <WithAmounts text={k.detail} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ProfileTableView({ bc, caption }: { bc: BusinessCase; caption: string }) {
  const table = profileTable(bc);
  return (
    <div className="table-wrap business-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table business-table" data-testid="profile-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Figure</span>
            </th>
            {table.header.slice(1).map((h) => (
              <th key={h} scope="col" className="num">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} className={row.emphasis ? 'business-table__emphasis' : undefined} data-row={row.id}>
              <th scope="row">{row.label}</th>
              {row.cells.map((c, i) => (
                <td key={i} className="num">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Two charts: the net benefit by year with its running discounted total, and staff cost of both. */
export function ProfileCharts({ bc }: { bc: BusinessCase }) {
  const econ = bc.scenario.economics;
  const d = bc.result.details.money;
  const years = d.years.map((_, i) => formatFinancialYear(econ.firstFinancialYear + i));
  const staff: BarSeries[] = [{ id: 'staff', label: bc.scenario.name, values: d.years.map((y) => y.staffCost), look: 'solid' }];
  if (bc.comparatorResult) {
    staff.push({ id: 'comparator', label: bc.comparator!.name, values: bc.comparatorResult.details.money.years.map((y) => y.staffCost), look: 'hatched' });
  }
  return (
    <div className="business-charts">
      {bc.cumulative && (
        <figure className="figure business-figure" aria-labelledby="net-chart-title">
          <h3 id="net-chart-title" className="figure__title">
            Net benefit by financial year, and the running total discounted at the Green Book rate
          </h3>
          <p className="figure__description">Bars below the line are years that cost more than they save and release; the line ends at the net present value.</p>
          <MoneyChart
            title="Net benefit by financial year, with the cumulative discounted total"
            years={years}
            bars={[{ id: 'net', label: 'Net benefit in the year', values: bc.cumulative.map((y) => y.net), look: 'dotted' }]}
            line={{ label: 'Cumulative, discounted (ends at the NPV)', values: bc.cumulative.map((y) => y.cumulativeDiscountedNet) }}
          />
        </figure>
      )}
      <figure className="figure business-figure" aria-labelledby="staff-chart-title">
        <h3 id="staff-chart-title" className="figure__title">
          Staff cost by financial year
        </h3>
        <p className="figure__description">Salaries with employer on-costs and any agency premium, rising with the pay award each year.</p>
        <MoneyChart title="Staff cost by financial year" years={years} bars={staff} />
      </figure>
    </div>
  );
}

export function OneOffCosts({ bc }: { bc: BusinessCase }) {
  const lines = oneOffLines(bc);
  const im = bc.scenario.implementation;
  if (lines.length === 0) {
    return (
      <p data-testid="one-off-none">
        No one-off costs: no training days, no temporary rise in turnover and no other costs of the change are entered.
      </p>
    );
  }
  return (
    <table className="data-table business-table" data-testid="one-off-table">
      <caption>One-off costs, all in {formatFinancialYear(bc.scenario.economics.firstFinancialYear)}</caption>
      <thead>
        <tr>
          <th scope="col">Cost</th>
          <th scope="col" className="num">
            Amount
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.label}>
            <th scope="row">
              {l.label}
              {l.label === 'Training days' && ` (${im.trainingDaysPerFte} a post)`}
              {l.label.startsWith('Agency cover') && ` (turnover up ${Math.round(im.turnoverUplift * 1000) / 10} points for ${im.upliftMonths} months)`}
            </th>
            <td className="num">{l.amount}</td>
          </tr>
        ))}
        <tr className="business-table__emphasis">
          <th scope="row">Total</th>
          <td className="num">{formatAmount(bc.result.details.money.years[0]?.oneOffCost ?? 0)}</td>
        </tr>
      </tbody>
    </table>
  );
}

export function SimulationBands({ simulation }: { simulation: SimulationResult | null }) {
  if (!simulation || simulation.engine !== 'des') {
    return (
      <p data-testid="bands-none">
        No simulation has been run for this scenario, so these are the capacity model’s figures at mean demand, without bands. A
        simulation run adds the spread across quieter and busier years.
      </p>
    );
  }
  const rows = simulationBands(simulation);
  return (
    <table className="data-table business-table" data-testid="bands-table">
      <caption>
        From {simulation.run.runs} simulated replications of {simulation.run.weeks} weeks (seed {simulation.run.seed})
      </caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="num">
            Mean
          </th>
          <th scope="col" className="num">
            10th percentile
          </th>
          <th scope="col" className="num">
            90th percentile
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.mean}</td>
            <td className="num">{r.p10}</td>
            <td className="num">{r.p90}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EvidenceSection({ evidence, headingLevel = 3 }: { evidence: Evidence | null; headingLevel?: 3 | 4 }) {
  const H = `h${headingLevel}` as 'h3' | 'h4';
  if (!evidence) return <p>This scenario was not opened from an evidence preset: its figures rest on the assumptions listed below.</p>;
  return (
    <div className="business-evidence" data-testid="evidence">
      <H>{evidence.preset.name}: sources</H>
      <ul>
        {evidence.citations.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {evidence.inputs.length > 0 && (
        <table className="data-table business-table">
          <caption>Inputs taken from the evidence</caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {evidence.inputs.map((i) => (
              <tr key={i.label}>
                <th scope="row">{i.label}</th>
                <td>{i.value}</td>
                <td>{i.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {evidence.outputs.length > 0 && (
        <table className="data-table business-table" data-testid="evidence-outputs">
          <caption>Outputs the model computes for the preset as published, beside what the evidence reports</caption>
          <thead>
            <tr>
              <th scope="col">Output</th>
              <th scope="col">Model</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {evidence.outputs.map((o) => (
              <tr key={o.id} data-output={o.id}>
                <th scope="row">{o.label}</th>
                <td>{o.model}</td>
                <td>{o.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function AssumptionsTable({ rows }: { rows: AssumptionRow[] }) {
  const ordered = [...rows.filter((r) => r.entered), ...rows.filter((r) => !r.entered)];
  return (
    <table className="data-table business-table business-assumptions" data-testid="assumptions-table">
      <caption>Every assumption behind the figures, with its source; values you typed first</caption>
      <colgroup>
        <col />
        <col />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Assumption</th>
          <th scope="col">Value used</th>
          <th scope="col">Used for</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((r) => (
          <tr key={r.id} data-assumption={r.id} className={r.entered ? 'business-assumptions__entered' : undefined}>
            <th scope="row">{r.label}</th>
            <td>{r.value}</td>
            <td>{r.usedFor}</td>
            <td>{r.entered ? <strong>Entered by you</strong> : r.source}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
