import { interpolateViridis, rgb, scaleBand, scaleSequential } from 'd3';
import { useWidth } from '../../charts/useWidth';

interface Props {
  title: string;
  xs: number[];
  ys: number[];
  /** values[i][j]: the KPI at xs[i], ys[j]; null where the model has no value. */
  values: (number | null)[][];
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  formatValue: (v: number) => string;
  xLabel: string;
  yLabel: string;
}

const MARGIN = { top: 8, right: 16, bottom: 52, left: 96 };

/**
 * Two parameters as a grid of cells coloured by the KPI (viridis: ordered in lightness, so it
 * reads in greyscale), with each cell's value written in it and a scale beneath.
 */
export function Heatmap({ title, xs, ys, values, formatX, formatY, formatValue, xLabel, yLabel }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const plotW = Math.max(200, width - MARGIN.left - MARGIN.right);
  const cellH = Math.max(26, Math.min(44, 440 / ys.length));
  const plotH = cellH * ys.length;
  const flat = values.flat().filter((v): v is number => v !== null);
  const lo = flat.length ? Math.min(...flat) : 0;
  const hi = flat.length ? Math.max(...flat) : 1;
  const colour = scaleSequential(interpolateViridis).domain([lo, hi === lo ? lo + 1 : hi]);
  const x = scaleBand<number>().domain(xs).range([0, plotW]).padding(0.04);
  // Higher values of the second parameter at the top, as on a graph.
  const y = scaleBand<number>().domain([...ys].reverse()).range([0, plotH]).padding(0.06);
  const showText = x.bandwidth() >= 44;
  const legendStops = [0, 0.25, 0.5, 0.75, 1].map((t) => lo + (hi - lo) * t);
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={plotH + MARGIN.top + MARGIN.bottom} role="img" aria-label={title} className="chart__svg">
        <title>{title}</title>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {xs.map((xv, i) =>
            ys.map((yv, j) => {
              const v = values[i]?.[j] ?? null;
              const fill = v === null ? '#ffffff' : colour(v);
              return (
                <g key={`${i}-${j}`} transform={`translate(${x(xv)},${y(yv)})`}>
                  <rect width={x.bandwidth()} height={y.bandwidth()} fill={fill} className={v === null ? 'explore-cell explore-cell--none' : 'explore-cell'}>
                    <title>{`${formatX(xv)}, ${formatY(yv)}: ${v === null ? 'no value' : formatValue(v)}`}</title>
                  </rect>
                  {showText && (
                    <text x={x.bandwidth() / 2} y={y.bandwidth() / 2} dy="0.35em" textAnchor="middle" className="explore-cell__text" fill={v === null || isLight(colour, v) ? '#1d2329' : '#ffffff'} aria-hidden="true">
                      {v === null ? '—' : formatValue(v)}
                    </text>
                  )}
                </g>
              );
            }),
          )}
          {xs.map((xv, i) =>
            i % Math.ceil(xs.length / Math.max(2, Math.floor(plotW / 70))) === 0 ? (
              <text key={`x${xv}`} x={(x(xv) ?? 0) + x.bandwidth() / 2} y={plotH + 18} textAnchor="middle" className="chart__tick">
                {formatX(xv)}
              </text>
            ) : null,
          )}
          {ys.map((yv, j) =>
            j % Math.ceil(ys.length / Math.max(2, Math.floor(plotH / 24))) === 0 ? (
              <text key={`y${yv}`} x={-8} y={(y(yv) ?? 0) + y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="chart__tick">
                {formatY(yv)}
              </text>
            ) : null,
          )}
          <text x={plotW / 2} y={plotH + 42} textAnchor="middle" className="chart__axis-label">
            {xLabel}
          </text>
          <text transform={`translate(${-82},${plotH / 2}) rotate(-90)`} textAnchor="middle" className="chart__axis-label">
            {yLabel}
          </text>
        </g>
      </svg>
      <div className="explore-scale" aria-label="Colour scale">
        <span className="explore-scale__label">Scale:</span>
        {legendStops.map((v, i) => (
          <span key={i} className="explore-scale__stop">
            <svg width="28" height="18" aria-hidden="true" focusable="false">
              <rect x="0.5" y="0.5" width="27" height="17" fill={colour(v)} stroke="#4a5560" />
            </svg>
            {formatValue(v)}
          </span>
        ))}
        {!showText && <span className="explore-scale__hint">Cells are too narrow for their values: see the table.</span>}
      </div>
    </div>
  );
}

/** The ink with more contrast on the cell: dark on viridis's light end, white on its dark end. */
function isLight(colour: (v: number) => string, v: number): boolean {
  const { r, g, b } = rgb(colour(v));
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  // Contrast with #1d2329 (luminance ≈ 0.016) against with white (1).
  return (luminance + 0.05) / (0.016 + 0.05) > 1.05 / (luminance + 0.05);
}
