import { scaleBand, scaleLinear } from 'd3';
import type { Interval } from '../../../models/analyses';
import { useWidth } from '../../charts/useWidth';

export interface CompareBar {
  id: string;
  label: string;
  value: number | null;
  /** The simulation's 95 % interval of the mean, where a simulation result exists. */
  band: Interval | null;
}

interface Props {
  title: string;
  bars: CompareBar[];
  format: (value: number) => string;
  axisLabel: string;
  /** The axis's far end; defaults to the largest value or band. */
  max?: number;
}

const LABEL_WIDTH = 230;
const BAR_HEIGHT = 30;
const GAP = 14;
const AXIS = 36;

/**
 * One bar per scenario for one figure, side by side, with the simulation's interval as a
 * whisker where there is one. d3 computes the scales; React draws the elements.
 */
export function CompareBars({ title, bars, format, axisLabel, max }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const top = Math.max(1e-9, ...bars.map((b) => Math.max(b.value ?? 0, b.band?.high ?? 0)));
  const plotWidth = Math.max(140, width - LABEL_WIDTH - 90);
  const x = scaleLinear()
    .domain([0, max ?? top])
    .nice()
    .range([0, plotWidth]);
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.id))
    .range([0, bars.length * (BAR_HEIGHT + GAP)])
    .paddingInner(GAP / (BAR_HEIGHT + GAP));
  const height = bars.length * (BAR_HEIGHT + GAP) + AXIS;
  const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / 100)));
  const anyBand = bars.some((b) => b.band);
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={height} role="img" aria-label={title} className="chart__svg">
        <title>{title}</title>
        <g transform={`translate(${LABEL_WIDTH},0)`}>
          {ticks.map((t) => (
            <g key={t} transform={`translate(${x(t)},0)`}>
              <line y1={0} y2={height - AXIS + 4} className="chart__grid" />
              <text y={height - AXIS + 18} textAnchor="middle" className="chart__tick">
                {format(t)}
              </text>
            </g>
          ))}
          <text x={plotWidth / 2} y={height - 2} textAnchor="middle" className="chart__axis-label">
            {axisLabel}
          </text>
        </g>
        {bars.map((b, i) => {
          const at = y(b.id) ?? 0;
          const w = b.value === null ? 0 : x(Math.max(0, b.value));
          return (
            <g key={b.id} transform={`translate(0,${at})`}>
              <text x={LABEL_WIDTH - 10} y={BAR_HEIGHT / 2} dy="0.35em" textAnchor="end" className="chart__label">
                {truncate(b.label, 30)}
              </text>
              <g transform={`translate(${LABEL_WIDTH},0)`}>
                <rect width={w} height={BAR_HEIGHT} className={i === 0 ? 'compare-bar compare-bar--baseline' : 'compare-bar'}>
                  <title>{`${b.label}: ${b.value === null ? 'none' : format(b.value)}`}</title>
                </rect>
                {b.band && (
                  <g className="compare-bar__band" aria-hidden="true">
                    <line x1={x(b.band.low)} x2={x(b.band.high)} y1={BAR_HEIGHT / 2} y2={BAR_HEIGHT / 2} />
                    <line x1={x(b.band.low)} x2={x(b.band.low)} y1={4} y2={BAR_HEIGHT - 4} />
                    <line x1={x(b.band.high)} x2={x(b.band.high)} y1={4} y2={BAR_HEIGHT - 4} />
                  </g>
                )}
                <text x={Math.max(w, b.band ? x(b.band.high) : 0) + 8} y={BAR_HEIGHT / 2} dy="0.35em" className="chart__label" aria-hidden="true">
                  {b.value === null ? 'none' : format(b.value)}
                </text>
              </g>
            </g>
          );
        })}
      </svg>
      <ul className="legend" aria-label="Key">
        <li className="legend__item">
          <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="17" height="17" className="compare-bar compare-bar--baseline" />
          </svg>
          First scenario (the baseline)
        </li>
        <li className="legend__item">
          <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="17" height="17" className="compare-bar" />
          </svg>
          Scenarios compared with it
        </li>
        {anyBand && (
          <li className="legend__item">
            <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
              <g className="compare-bar__band">
                <line x1="2" x2="16" y1="9" y2="9" />
                <line x1="2" x2="2" y1="4" y2="14" />
                <line x1="16" x2="16" y1="4" y2="14" />
              </g>
            </svg>
            Simulation’s 95 % interval
          </li>
        )}
      </ul>
    </div>
  );
}

const truncate = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
