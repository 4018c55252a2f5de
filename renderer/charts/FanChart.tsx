import { area, line, scaleLinear } from 'd3';
import { useWidth } from './useWidth';
import './FanChart.css';

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

interface Props {
  title: string;
  weeks: readonly number[];
  bands: readonly Band[];
  format: (value: number) => string;
  axisLabel: string;
  /** The y axis's top; defaults to the highest p90. */
  max?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 40, left: 64 };
const HEIGHT = 240;

/**
 * A fan chart: the band from p10 to p90 across replications, week by week, with the median as a
 * line. d3 computes the scales and path strings; React draws the elements, as in every chart.
 */
export function FanChart({ title, weeks, bands, format, axisLabel, max }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const plotWidth = Math.max(160, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const first = weeks[0] ?? 0;
  const last = weeks[weeks.length - 1] ?? first + 1;
  const x = scaleLinear().domain([first, Math.max(last, first + 1)]).range([0, plotWidth]);
  const top = max ?? Math.max(...bands.map((b) => b.p90), 0);
  const y = scaleLinear().domain([Math.min(0, ...bands.map((b) => b.p10)), top > 0 ? top : 1]).nice().range([plotHeight, 0]);
  const points = bands.map((b, i) => ({ week: weeks[i] ?? first + i, ...b }));
  const bandPath = area<(typeof points)[number]>()
    .x((p) => x(p.week))
    .y0((p) => y(p.p10))
    .y1((p) => y(p.p90))(points);
  const medianPath = line<(typeof points)[number]>()
    .x((p) => x(p.week))
    .y((p) => y(p.p50))(points);
  const xTicks = x.ticks(Math.max(2, Math.floor(plotWidth / 80))).filter(Number.isInteger);
  const yTicks = y.ticks(5);

  return (
    <div ref={ref} className="chart fan">
      <svg width={width} height={HEIGHT} role="img" aria-label={title} className="chart__svg">
        <title>{title}</title>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {yTicks.map((t) => (
            <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
              <line x2={plotWidth} className="chart__grid" />
              <text x={-8} dy="0.35em" textAnchor="end" className="chart__tick">
                {format(t)}
              </text>
            </g>
          ))}
          {xTicks.map((t) => (
            <text key={`x${t}`} x={x(t)} y={plotHeight + 18} textAnchor="middle" className="chart__tick">
              {t}
            </text>
          ))}
          <path d={bandPath ?? ''} className="fan__band" data-testid="fan-band" />
          <path d={medianPath ?? ''} className="fan__median" data-testid="fan-median" />
          <line y1={plotHeight} y2={plotHeight} x2={plotWidth} className="fan__axis" />
          <text x={plotWidth / 2} y={plotHeight + 36} textAnchor="middle" className="chart__axis-label">
            Week of the run
          </text>
          <text transform={`translate(${-MARGIN.left + 12},${plotHeight / 2}) rotate(-90)`} textAnchor="middle" className="chart__axis-label">
            {axisLabel}
          </text>
        </g>
      </svg>
      <ul className="legend" aria-label="Key">
        <li className="legend__item">
          <svg width="28" height="14" aria-hidden="true">
            <rect width="28" height="14" className="fan__band" />
          </svg>
          Middle 80 % of runs (p10 to p90)
        </li>
        <li className="legend__item">
          <svg width="28" height="14" aria-hidden="true">
            <line x1="0" x2="28" y1="7" y2="7" className="fan__median" />
          </svg>
          Median run (p50)
        </li>
      </ul>
    </div>
  );
}
