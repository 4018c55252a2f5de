import { scaleBand, scaleLinear } from 'd3';
import { useId } from 'react';
import type { HoursKey } from '../../models/result';
import { KIND_STYLES } from './kinds';
import { KindPatterns, Swatch } from './Patterns';
import { useWidth } from './useWidth';

export interface StackedRow {
  id: string;
  label: string;
  values: Partial<Record<HoursKey, number>>;
}

interface Props {
  /** Names the chart for assistive technology (the figure's caption says the same). */
  title: string;
  rows: StackedRow[];
  kinds: HoursKey[];
  /** Formats a value for labels and titles: "12.5 h" or "34 %". */
  format: (value: number) => string;
  /** The axis's far end; defaults to the longest bar. */
  max?: number;
  axisLabel: string;
  /** Projector size: taller bars and room for larger type (trainer mode). */
  large?: boolean;
}

const SIZES = {
  normal: { LABEL_WIDTH: 190, BAR_HEIGHT: 30, GAP: 12, AXIS: 34, CHAR: 7.5 },
  large: { LABEL_WIDTH: 250, BAR_HEIGHT: 52, GAP: 14, AXIS: 48, CHAR: 12 },
};

/**
 * Horizontal stacked bars, one per row (a role's week). d3 computes the scales; React draws
 * every element, so the chart redraws with the document like any other view.
 */
export function StackedBars({ title, rows, kinds, format, max, axisLabel, large = false }: Props) {
  const { LABEL_WIDTH, BAR_HEIGHT, GAP, AXIS, CHAR } = SIZES[large ? 'large' : 'normal'];
  const [ref, width] = useWidth<HTMLDivElement>(720);
  const prefix = `p${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const totals = rows.map((r) => kinds.reduce((sum, k) => sum + Math.max(0, r.values[k] ?? 0), 0));
  const domainMax = max ?? Math.max(1, ...totals);
  const plotWidth = Math.max(120, width - LABEL_WIDTH - 16);
  const x = scaleLinear().domain([0, domainMax]).range([0, plotWidth]);
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([0, rows.length * (BAR_HEIGHT + GAP)])
    .paddingInner(GAP / (BAR_HEIGHT + GAP));
  const height = rows.length * (BAR_HEIGHT + GAP) + AXIS;
  const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / 90)));

  return (
    <div ref={ref} className={large ? 'chart chart--large' : 'chart'}>
      <svg width={width} height={height} role="img" aria-label={title} className="chart__svg">
        <title>{title}</title>
        <KindPatterns prefix={prefix} kinds={kinds} />
        <g transform={`translate(${LABEL_WIDTH},0)`}>
          {ticks.map((t) => (
            <g key={t} transform={`translate(${x(t)},0)`}>
              <line y1={0} y2={height - AXIS + 4} className="chart__grid" />
              <text y={height - AXIS + (large ? 26 : 18)} textAnchor="middle" className="chart__tick">
                {format(t)}
              </text>
            </g>
          ))}
          <text x={plotWidth / 2} y={height - 2} textAnchor="middle" className="chart__axis-label">
            {axisLabel}
          </text>
        </g>
        {rows.map((row) => {
          const top = y(row.id) ?? 0;
          let start = 0;
          return (
            <g key={row.id} transform={`translate(0,${top})`}>
              <text x={LABEL_WIDTH - 10} y={BAR_HEIGHT / 2} dy="0.35em" textAnchor="end" className="chart__label">
                {truncate(row.label, 26)}
              </text>
              <g transform={`translate(${LABEL_WIDTH},0)`}>
                {kinds.map((kind) => {
                  const value = Math.max(0, row.values[kind] ?? 0);
                  if (value <= 0) return null;
                  const x0 = x(start);
                  start += value;
                  const w = x(start) - x0;
                  const text = format(value);
                  const fits = w > text.length * CHAR + 8;
                  return (
                    <g key={kind}>
                      <rect
                        x={x0}
                        width={w}
                        height={BAR_HEIGHT}
                        fill={`url(#${prefix}-${kind})`}
                        stroke="#ffffff"
                        strokeWidth={1}
                        data-kind={kind}
                      >
                        <title>{`${row.label} — ${KIND_STYLES[kind].label}: ${text}`}</title>
                      </rect>
                      {fits && (
                        <text
                          x={x0 + w / 2}
                          y={BAR_HEIGHT / 2}
                          dy="0.35em"
                          textAnchor="middle"
                          className="chart__value"
                          fill={KIND_STYLES[kind].ink}
                          aria-hidden="true"
                        >
                          {text}
                        </text>
                      )}
                    </g>
                  );
                })}
              </g>
            </g>
          );
        })}
      </svg>
      <ul className="legend" aria-label="Key">
        {kinds.map((kind) => (
          <li key={kind} className="legend__item">
            <Swatch prefix={prefix} kind={kind} />
            {KIND_STYLES[kind].label}
          </li>
        ))}
      </ul>
    </div>
  );
}

const truncate = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
