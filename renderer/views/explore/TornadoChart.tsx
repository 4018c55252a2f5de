import { scaleBand, scaleLinear } from 'd3';
import { useWidth } from '../../charts/useWidth';

export interface TornadoRow {
  path: string;
  label: string;
  /** The KPI with the parameter lowered and raised; null where that made the scenario invalid. */
  low: number | null;
  high: number | null;
}

interface Props {
  title: string;
  base: number;
  rows: TornadoRow[];
  format: (v: number) => string;
  axisLabel: string;
  lowLabel: string;
  highLabel: string;
}

const LABEL_WIDTH = 300;
const BAR = 22;
const GAP = 8;
const AXIS = 40;

/**
 * Sensitivity: for each parameter, the KPI with it lowered (hatched) and raised (solid), drawn
 * from the base value, widest swing first. The two bars differ in texture, not only colour.
 */
export function TornadoChart({ title, base, rows, format, axisLabel, lowLabel, highLabel }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const plotW = Math.max(200, width - LABEL_WIDTH - 24);
  const values = rows.flatMap((r) => [r.low, r.high]).filter((v): v is number => v !== null);
  const lo = Math.min(base, ...values);
  const hi = Math.max(base, ...values);
  const pad = (hi - lo) * 0.05 || Math.abs(base) * 0.05 || 1;
  const x = scaleLinear().domain([lo - pad, hi + pad]).nice().range([0, plotW]);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.path))
    .range([0, rows.length * (BAR + GAP)])
    .paddingInner(GAP / (BAR + GAP));
  const height = rows.length * (BAR + GAP) + AXIS;
  const bar = (v: number | null, kind: 'low' | 'high') => {
    if (v === null) return null;
    const a = Math.min(x(base), x(v));
    const w = Math.max(1, Math.abs(x(v) - x(base)));
    const h = y.bandwidth() / 2;
    return <rect x={a} y={kind === 'low' ? 0 : h} width={w} height={h} className={`tornado-bar tornado-bar--${kind}`} fill={kind === 'low' ? 'url(#tornado-low)' : undefined} />;
  };
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={height} role="img" aria-label={title} className="chart__svg">
        <title>{title}</title>
        <defs>
          <pattern id="tornado-low" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#c9812a" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#1d2329" strokeWidth="1.5" strokeOpacity="0.55" />
          </pattern>
        </defs>
        <g transform={`translate(${LABEL_WIDTH},0)`}>
          {x.ticks(Math.max(2, Math.floor(plotW / 90))).map((t) => (
            <g key={t} transform={`translate(${x(t)},0)`}>
              <line y1={0} y2={height - AXIS + 4} className="chart__grid" />
              <text y={height - AXIS + 18} textAnchor="middle" className="chart__tick">
                {format(t)}
              </text>
            </g>
          ))}
          <text x={plotW / 2} y={height - 4} textAnchor="middle" className="chart__axis-label">
            {axisLabel}
          </text>
        </g>
        {rows.map((r) => (
          <g key={r.path} transform={`translate(0,${y(r.path) ?? 0})`}>
            <text x={LABEL_WIDTH - 10} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="chart__label">
              {shortLabel(r.label, 44)}
              <title>{r.label}</title>
            </text>
            <g transform={`translate(${LABEL_WIDTH},0)`}>
              {bar(r.low, 'low')}
              {bar(r.high, 'high')}
              <title>{`${r.label}: ${lowLabel} ${r.low === null ? 'invalid' : format(r.low)}, ${highLabel} ${r.high === null ? 'invalid' : format(r.high)}`}</title>
            </g>
          </g>
        ))}
        <line x1={LABEL_WIDTH + x(base)} x2={LABEL_WIDTH + x(base)} y1={-4} y2={height - AXIS + 4} className="tornado-base" />
      </svg>
      <ul className="legend" aria-label="Key">
        <li className="legend__item">
          <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="17" height="17" fill="url(#tornado-low)" stroke="#4a5560" />
          </svg>
          {lowLabel}
        </li>
        <li className="legend__item">
          <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="17" height="17" className="tornado-bar--high" stroke="#4a5560" />
          </svg>
          {highLabel}
        </li>
        <li className="legend__item">
          <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
            <line x1="9" x2="9" y1="0" y2="18" className="tornado-base" />
          </svg>
          Today: {format(base)}
        </li>
      </ul>
    </div>
  );
}

/** Shortens the entity, never the field, so "Social worker: posts" and "…: hours" stay apart. */
export function shortLabel(label: string, n: number): string {
  if (label.length <= n) return label;
  const at = label.lastIndexOf(': ');
  const field = at >= 0 ? label.slice(at) : '';
  const room = n - field.length - 1;
  if (at < 0 || room < 8) return `${label.slice(0, n - 1)}…`;
  return `${label.slice(0, room)}…${field}`;
}
