import { extent, line, scaleLinear } from 'd3';
import { useWidth } from '../../charts/useWidth';

export interface LinePoint {
  x: number;
  y: number | null;
}

interface Props {
  title: string;
  points: LinePoint[];
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  xLabel: string;
  yLabel: string;
  /** Today's value of the parameter, marked on the axis. */
  current?: number;
}

const MARGIN = { top: 16, right: 24, bottom: 48, left: 72 };
const HEIGHT = 300;

/** A KPI over one parameter's range: d3 computes the scales and the path, React draws them. */
export function LineChart({ title, points, formatX, formatY, xLabel, yLabel, current }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const plotW = Math.max(160, width - MARGIN.left - MARGIN.right);
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const [x0, x1] = extent(points, (p) => p.x) as [number, number];
  const ys = points.flatMap((p) => (p.y === null ? [] : [p.y]));
  const [y0, y1] = ys.length ? (extent(ys) as [number, number]) : [0, 1];
  const pad = (y1 - y0) * 0.08 || Math.abs(y1) * 0.05 || 1;
  const x = scaleLinear().domain([x0, x1 === x0 ? x0 + 1 : x1]).range([0, plotW]);
  const y = scaleLinear().domain([y0 - pad, y1 + pad]).nice().range([plotH, 0]);
  const path = line<LinePoint>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0))(points);
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={HEIGHT} role="img" aria-label={title} className="chart__svg">
        <title>{title}</title>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {y.ticks(5).map((t) => (
            <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
              <line x2={plotW} className="chart__grid" />
              <text x={-8} dy="0.35em" textAnchor="end" className="chart__tick">
                {formatY(t)}
              </text>
            </g>
          ))}
          {x.ticks(Math.max(2, Math.floor(plotW / 90))).map((t) => (
            <g key={`x${t}`} transform={`translate(${x(t)},${plotH})`}>
              <line y2={5} className="explore-axis" />
              <text y={20} textAnchor="middle" className="chart__tick">
                {formatX(t)}
              </text>
            </g>
          ))}
          <line x1={0} x2={plotW} y1={plotH} y2={plotH} className="explore-axis" />
          {current !== undefined && current >= x.domain()[0]! && current <= x.domain()[1]! && (
            <g transform={`translate(${x(current)},0)`} className="explore-current">
              <line y1={0} y2={plotH} />
              <text x={4} y={10} className="chart__tick">
                today
              </text>
            </g>
          )}
          {path && <path d={path} className="explore-line" />}
          {points.map((p, i) =>
            p.y === null ? null : (
              <circle key={i} cx={x(p.x)} cy={y(p.y)} r={4} className="explore-dot">
                <title>{`${formatX(p.x)}: ${formatY(p.y)}`}</title>
              </circle>
            ),
          )}
          <text x={plotW / 2} y={plotH + 42} textAnchor="middle" className="chart__axis-label">
            {xLabel}
          </text>
          <text transform={`translate(${-58},${plotH / 2}) rotate(-90)`} textAnchor="middle" className="chart__axis-label">
            {yLabel}
          </text>
        </g>
      </svg>
    </div>
  );
}
