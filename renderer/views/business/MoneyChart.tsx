import { scaleBand, scaleLinear } from 'd3';
import { useId } from 'react';
import { useWidth } from '../../charts/useWidth';
import { formatAmount } from '../../format';

/** How a series is told apart without colour: a solid fill, a hatch or dots (greyscale print). */
export type SeriesLook = 'solid' | 'hatched' | 'dotted';

export interface BarSeries {
  id: string;
  label: string;
  values: number[];
  look: SeriesLook;
}

interface Props {
  /** Names the chart for assistive technology (the figure's caption says the same). */
  title: string;
  /** One group of bars per financial year. */
  years: string[];
  bars: BarSeries[];
  /** A running total drawn over the bars, e.g. the cumulative discounted net benefit. */
  line?: { label: string; values: number[] };
  height?: number;
}

const MARGIN = { top: 12, right: 12, bottom: 30, left: 78 };
const INK = '#1d2329';
const FILL = '#0b4f6c';

/** A compact axis label: £1.2m, £450k, −£80k. */
function axisMoney(v: number): string {
  const a = Math.abs(v);
  const sign = v < 0 ? '−' : '';
  if (a >= 1_000_000) return `${sign}£${Number((a / 1_000_000).toFixed(2))}m`;
  if (a >= 1_000) return `${sign}£${Number((a / 1_000).toFixed(0))}k`;
  return `${sign}£${a}`;
}

/**
 * Money by financial year: grouped bars with a zero line, and an optional running total as a
 * line with square markers. d3 computes the scales; React draws every element. Each series has
 * its own texture and the line its own markers, so the chart reads in greyscale print.
 */
export function MoneyChart({ title, years, bars, line, height = 260 }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(680);
  const prefix = `m${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const all = [0, ...bars.flatMap((b) => b.values), ...(line?.values ?? [])];
  const plotWidth = Math.max(160, width - MARGIN.left - MARGIN.right);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const y = scaleLinear()
    .domain([Math.min(...all), Math.max(...all, 1)])
    .nice(5)
    .range([plotHeight, 0]);
  const x = scaleBand<string>().domain(years).range([0, plotWidth]).paddingInner(0.3).paddingOuter(0.15);
  const inner = scaleBand<string>()
    .domain(bars.map((b) => b.id))
    .range([0, x.bandwidth()])
    .paddingInner(0.12);
  const centre = (year: string) => (x(year) ?? 0) + x.bandwidth() / 2;
  const linePath = line?.values.map((v, i) => `${i === 0 ? 'M' : 'L'}${centre(years[i]!)},${y(v)}`).join('');

  return (
    <div ref={ref} className="chart money-chart">
      <svg width={width} height={height} role="img" aria-label={title} className="chart__svg">
        <title>{title}</title>
        <defs>
          <pattern id={`${prefix}-hatched`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <path d="M0,0 v6" stroke={INK} strokeWidth="2.2" />
          </pattern>
          <pattern id={`${prefix}-dotted`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#dfe7ee" />
            <circle cx="3" cy="3" r="1.4" fill={INK} />
          </pattern>
        </defs>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {y.ticks(5).map((t) => (
            <g key={t} transform={`translate(0,${y(t)})`}>
              <line x2={plotWidth} className="chart__grid" />
              <text x={-8} dy="0.32em" textAnchor="end" className="chart__tick">
                {axisMoney(t)}
              </text>
            </g>
          ))}
          {years.map((year) => (
            <text key={year} x={centre(year)} y={plotHeight + 20} textAnchor="middle" className="chart__tick">
              {year}
            </text>
          ))}
          {bars.map((b) =>
            b.values.map((v, i) => {
              const year = years[i]!;
              const top = y(Math.max(0, v));
              return (
                <rect
                  key={`${b.id}-${year}`}
                  x={(x(year) ?? 0) + (inner(b.id) ?? 0)}
                  y={top}
                  width={inner.bandwidth()}
                  height={Math.max(1, Math.abs(y(v) - y(0)))}
                  fill={b.look === 'solid' ? FILL : `url(#${prefix}-${b.look})`}
                  stroke={INK}
                  strokeWidth={1}
                  data-series={b.id}
                >
                  <title>{`${b.label}, ${year}: ${formatAmount(v)}`}</title>
                </rect>
              );
            }),
          )}
          <line x2={plotWidth} y1={y(0)} y2={y(0)} stroke={INK} strokeWidth={1.5} />
          {line && linePath && (
            <g data-series="line">
              <path d={linePath} fill="none" stroke="#ffffff" strokeWidth={5} />
              <path d={linePath} fill="none" stroke={INK} strokeWidth={2.5} strokeDasharray="7 3" />
              {line.values.map((v, i) => (
                <rect key={years[i]} x={centre(years[i]!) - 5} y={y(v) - 5} width={10} height={10} fill="#ffffff" stroke={INK} strokeWidth={2}>
                  <title>{`${line.label}, ${years[i]}: ${formatAmount(v)}`}</title>
                </rect>
              ))}
            </g>
          )}
        </g>
      </svg>
      <ul className="legend" aria-label="Key">
        {bars.map((b) => (
          <li key={b.id} className="legend__item">
            <svg className="legend__swatch" width="18" height="18" aria-hidden="true" focusable="false">
              <rect x="0.5" y="0.5" width="17" height="17" fill={b.look === 'solid' ? FILL : `url(#${prefix}-${b.look})`} stroke={INK} />
            </svg>
            {b.label}
          </li>
        ))}
        {line && (
          <li className="legend__item">
            <svg className="legend__swatch" width="28" height="18" aria-hidden="true" focusable="false">
              <path d="M1,9 H27" stroke={INK} strokeWidth="2.5" strokeDasharray="7 3" />
              <rect x="9" y="4" width="10" height="10" fill="#ffffff" stroke={INK} strokeWidth="2" />
            </svg>
            {line.label}
          </li>
        )}
      </ul>
    </div>
  );
}
