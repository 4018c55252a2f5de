import type { Figure, SimulationResult } from '../../models/result';
import { ChartFigure } from '../charts/ChartFigure';
import { fileSlug } from '../charts/csv';
import { FanChart } from '../charts/FanChart';
import { useScenarioScope } from '../document/context';
import { formatMoney, formatNumber, formatPercent, formatPercentOne } from '../format';
import { interval, stochasticFigures, unmetByActivity, weeklySeries, type FigureUnit } from './desFigures';

// `+ 0` turns −0 into 0, so a tiny negative never reads "−0".
const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places + 0;
/** Short waits in hundredths of a week (0.04 weeks is a third of a day), longer ones in tenths. */
const weeksPlaces = (v: number) => (Math.abs(v) < 1 ? 2 : 1);

function formatFigure(value: number, unit: FigureUnit): string {
  switch (unit) {
    case 'share':
      return formatPercentOne(value);
    case 'money':
      return formatMoney(value);
    case 'weeks':
      return `${formatNumber(round(value, weeksPlaces(value)))} weeks`;
    case 'perWeek':
      return `${formatNumber(round(value, 1))} a week`;
    case 'hoursPerWeek':
      return `${formatNumber(round(value, 1))} h`;
    default:
      return formatNumber(round(value, 2));
  }
}

/** Whether the result says a figure is the capacity model's rather than simulated. */
const fromCapacity = (result: SimulationResult, path: string) => ((result as { fromCapacityModel?: string[] }).fromCapacityModel ?? []).includes(path);

const axisFormat = (unit: FigureUnit) => (unit === 'share' ? formatPercent : (v: number) => formatNumber(v));

/** A run's figures: stochastic cards with their intervals, fan charts of the weekly series, unmet hours. */
export function SimulationResults({ result, stale }: { result: SimulationResult; stale: boolean }) {
  const { scenario } = useScenarioScope();
  const slug = fileSlug(scenario.name);
  const figures = stochasticFigures(result);
  const { weeks, series } = weeklySeries(result);
  return (
    <div className={stale ? 'simulation__results simulation__results--stale' : 'simulation__results'} data-testid="simulation-results">
      <h3>Simulated figures</h3>
      <p className="hint">The mean over all runs, the 95 % interval of that mean, and the range of the middle 80 % of runs.</p>
      <ul className="kpis">
        {figures.map((f) => {
          const [low, high] = interval(f.value);
          return (
            <li key={f.id} className="kpi" data-testid={`sim-kpi-${f.id}`} data-value={f.value.mean} data-ci95={f.value.ci95}>
              <span className="kpi__label">{f.label}</span>
              <span className="kpi__value">{formatFigure(f.value.mean, f.unit)}</span>
              <span className="kpi__detail">
                95 % interval {formatFigure(low, f.unit)} to {formatFigure(high, f.unit)}
              </span>
              <span className="kpi__detail">
                Runs p10–p90: {formatFigure(f.value.p10, f.unit)} to {formatFigure(f.value.p90, f.unit)}
              </span>
              <span className="kpi__detail">{f.detail}</span>
            </li>
          );
        })}
      </ul>
      {series.map((s) => (
        <ChartFigure
          key={s.id}
          id={`fan-${s.id}`}
          title={s.label}
          description="The shaded band holds the middle 80 % of runs each week; the line is the median run."
          chart={<FanChart title={s.label} weeks={weeks} bands={s.bands} format={axisFormat(s.unit)} axisLabel={s.axisLabel} max={s.unit === 'share' ? 1 : undefined} />}
          table={{
            header: ['Week', ...['p10', 'Median (p50)', 'p90'].map((h) => (s.unit === 'share' ? `${h} (%)` : h))],
            rows: s.bands.map((b, i) => [String(weeks[i] ?? i + 1), ...[b.p10, b.p50, b.p90].map((v) => (s.unit === 'share' ? round(v * 100, 1) : round(v, 2)))]),
            numeric: [false, true, true, true],
          }}
          csv={{ filename: `${slug}-${fileSlug(s.id)}-weekly.csv` }}
        />
      ))}
      <UnmetHours result={result} slug={slug} />
    </div>
  );
}

function UnmetHours({ result, slug }: { result: SimulationResult; slug: string }) {
  const { scenario } = useScenarioScope();
  const rows = unmetByActivity(result);
  const name = (id: string) => scenario.activities.find((a) => a.id === id)?.name ?? id;
  const show = (f: Figure) => (typeof f === 'number' ? formatNumber(round(f, 1)) : `${formatNumber(round(f.mean, 1))} (±${formatNumber(round(f.ci95, 1))})`);
  return (
    <section aria-labelledby="sim-unmet-heading" className="simulation__unmet">
      <h3 id="sim-unmet-heading">Unmet hours by activity</h3>
      {rows === null ? (
        <p className="hint">
          This run counts unmet hours for the team as a whole (the “Unmet hours” figure above
          {fromCapacity(result, 'team.unmetHoursPerWeek') ? ', from the capacity model' : ''}). The chart “Hours a week the team could not do,
          by activity” higher up breaks them down by activity, from the capacity model at mean demand.
        </p>
      ) : rows.length === 0 ? (
        <p>Every activity’s hours were met in every run.</p>
      ) : (
        <ChartFigure
          id="sim-unmet"
          title="Hours a week left undone, by activity (simulated)"
          chart={
            <ul className="simulation__unmet-list">
              {rows.map((r) => (
                <li key={r.id}>
                  <span>{name(r.id)}</span> <strong>{show(r.hours)} h</strong>
                </li>
              ))}
            </ul>
          }
          table={{ header: ['Activity', 'Unmet hours a week'], rows: rows.map((r) => [name(r.id), round(typeof r.hours === 'number' ? r.hours : r.hours.mean, 2)]), numeric: [false, true] }}
          csv={{ filename: `${slug}-simulated-unmet-hours.csv` }}
        />
      )}
    </section>
  );
}
