import { scaleLinear } from 'd3';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { HoursKey } from '../../../models/result';
import { KIND_STYLES } from '../../charts/kinds';
import { KindPatterns, Swatch } from '../../charts/Patterns';
import { useWidth } from '../../charts/useWidth';

export interface GanttBlock {
  key: string;
  row: number;
  /** Where the block starts and ends on the chart's axis (in the axis's own units). */
  x0: number;
  x1: number;
  kind: HoursKey;
  overtime: boolean;
  /** The words drawn in the block for a width in pixels ('' when nothing fits). */
  text: (width: number) => string;
  /** What it is, when and for whom: the tooltip and the accessible name. */
  description: string;
}

export interface GanttRow {
  id: string;
  label: string;
  /** Drawn in the column after the row (the person's week totals), in SVG units of that column. */
  aside?: (width: number, height: number, fill: (kind: HoursKey) => string) => ReactNode;
}

export interface GanttSpan {
  x0: number;
  x1: number;
  label: string;
}

interface Props {
  title: string;
  rows: GanttRow[];
  blocks: GanttBlock[];
  domain: [number, number];
  /** Column headings over parts of the axis (the days of the week). */
  spans: GanttSpan[];
  ticks: { at: number; label: string }[];
  rowHeight: number;
  labelWidth: number;
  asideWidth?: number;
  className?: string;
  /** The kinds in the key under the chart. */
  legend: HoursKey[];
  /** Side-by-side charts show one key between them. */
  hideLegend?: boolean;
}

const HEAD = 26;
const AXIS = 22;

/**
 * A week as a Gantt: rows of blocks on a time axis. d3 gives the scale; React draws and owns
 * every element. Blocks are one tab stop (roving focus): arrows move along a row and between
 * rows, Home and End go to a row's ends, and the focused or hovered block says what it is.
 */
export function DiaryGantt({ title, rows, blocks, domain, spans, ticks, rowHeight, labelWidth, asideWidth = 0, className, legend, hideLegend = false }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(900);
  const prefix = `g${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const plot = Math.max(200, width - labelWidth - asideWidth - 16);
  const x = scaleLinear().domain(domain).range([0, plot]);
  const height = HEAD + rows.length * rowHeight + AXIS;
  const ordered = useMemo(() => [...blocks].sort((a, b) => a.row - b.row || a.x0 - b.x0), [blocks]);
  const [current, setCurrent] = useState<string | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const svg = useRef<SVGSVGElement>(null);
  const tabStop = ordered.some((b) => b.key === current) ? current : (ordered[0]?.key ?? null);
  // The keyboard's block wins while the chart has focus: scrolling it into view can slide another block under a resting pointer.
  const shown = ordered.find((b) => b.key === (focused ? current : hover));

  function move(event: KeyboardEvent<SVGGElement>, from: GanttBlock): void {
    const at = ordered.indexOf(from);
    const inRow = ordered.filter((b) => b.row === from.row);
    const nearestIn = (row: number) => {
      const candidates = ordered.filter((b) => b.row === row);
      const middle = (from.x0 + from.x1) / 2;
      return candidates.reduce<GanttBlock | undefined>((best, b) => (!best || Math.abs((b.x0 + b.x1) / 2 - middle) < Math.abs((best.x0 + best.x1) / 2 - middle) ? b : best), undefined);
    };
    const rowsWithBlocks = [...new Set(ordered.map((b) => b.row))];
    const rowAt = rowsWithBlocks.indexOf(from.row);
    const next =
      event.key === 'ArrowRight' ? ordered[Math.min(at + 1, ordered.length - 1)]
      : event.key === 'ArrowLeft' ? ordered[Math.max(at - 1, 0)]
      : event.key === 'ArrowDown' ? nearestIn(rowsWithBlocks[Math.min(rowAt + 1, rowsWithBlocks.length - 1)]!)
      : event.key === 'ArrowUp' ? nearestIn(rowsWithBlocks[Math.max(rowAt - 1, 0)]!)
      : event.key === 'Home' ? inRow[0]
      : event.key === 'End' ? inRow[inRow.length - 1]
      : event.key === 'Escape' ? null
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    if (next === null) {
      setHover(null);
      (event.currentTarget as SVGGElement).blur();
      return;
    }
    setCurrent(next.key);
    svg.current?.querySelector<SVGGElement>(`[data-block="${CSS.escape(next.key)}"]`)?.focus();
  }

  const tipLeft = shown ? labelWidth + x((shown.x0 + shown.x1) / 2) : 0;
  const tipTop = shown ? HEAD + shown.row * rowHeight : 0;

  return (
    <div ref={ref} className={`gantt ${className ?? ''}`}>
      <svg ref={svg} width={width} height={height} role="group" aria-label={title} className="gantt__svg">
        <KindPatterns prefix={prefix} kinds={legend} />
        <g transform={`translate(${labelWidth},0)`}>
          {spans.map((s, i) => (
            <g key={s.label}>
              <rect x={x(s.x0)} y={HEAD} width={x(s.x1) - x(s.x0)} height={rows.length * rowHeight} className={i % 2 ? 'gantt__day gantt__day--alt' : 'gantt__day'} />
              <text x={(x(s.x0) + x(s.x1)) / 2} y={HEAD - 8} textAnchor="middle" className="gantt__head">
                {s.label}
              </text>
            </g>
          ))}
          {ticks.map((t) => (
            <g key={t.at} transform={`translate(${x(t.at)},0)`}>
              <line y1={HEAD} y2={HEAD + rows.length * rowHeight + 4} className="gantt__grid" />
              <text y={height - 6} textAnchor="middle" className="gantt__tick">
                {t.label}
              </text>
            </g>
          ))}
        </g>
        {rows.map((row, r) => (
          <g key={row.id} transform={`translate(0,${HEAD + r * rowHeight})`}>
            <text x={labelWidth - 10} y={rowHeight / 2} dy="0.35em" textAnchor="end" className="gantt__label">
              {row.label}
            </text>
            <line x1={labelWidth} x2={labelWidth + plot} y1={rowHeight} y2={rowHeight} className="gantt__rule" />
            {row.aside && <g transform={`translate(${labelWidth + plot + 16},0)`}>{row.aside(asideWidth, rowHeight, (kind) => `url(#${prefix}-${kind})`)}</g>}
          </g>
        ))}
        <g transform={`translate(${labelWidth},${HEAD})`}>
          {ordered.map((b) => {
            const x0 = x(b.x0);
            const w = Math.max(1, x(b.x1) - x0);
            const top = b.row * rowHeight + 3;
            const h = rowHeight - 6;
            const text = b.text(w);
            const style = KIND_STYLES[b.kind];
            const isCurrent = b.key === current && focused;
            return (
              <g
                key={b.key}
                data-block={b.key}
                data-kind={b.kind}
                className="gantt__block"
                tabIndex={b.key === tabStop ? 0 : -1}
                role="img"
                aria-label={b.description}
                onKeyDown={(e) => move(e, b)}
                onFocus={() => {
                  setCurrent(b.key);
                  setFocused(true);
                }}
                onBlur={() => setFocused(false)}
                onMouseEnter={() => setHover(b.key)}
                onMouseLeave={() => setHover(null)}
              >
                <rect x={x0} y={top} width={w} height={h} fill={`url(#${prefix}-${b.kind})`} stroke="#ffffff" strokeWidth={1} />
                {b.overtime && <rect x={x0} y={top + h * 0.62} width={w} height={h * 0.38} fill={`url(#${prefix}-overtime)`} stroke="#ffffff" strokeWidth={1} />}
                {text && (
                  <text x={x0 + 4} y={top + (b.overtime ? h * 0.31 : h / 2)} dy="0.35em" className="gantt__text" fill={style.ink} aria-hidden="true">
                    {text}
                  </text>
                )}
                {isCurrent && (
                  <>
                    <rect x={x0 - 3} y={top - 3} width={w + 6} height={h + 6} className="gantt__focus gantt__focus--outer" />
                    <rect x={x0 - 1} y={top - 1} width={w + 2} height={h + 2} className="gantt__focus" />
                  </>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      {shown && (
        <div className="gantt__tip" role="tooltip" style={{ left: Math.min(Math.max(tipLeft, 150), width - 150), top: tipTop }}>
          {shown.description}
        </div>
      )}
      {!hideLegend && (
      <ul className="legend" aria-label="Key">
        {legend.map((kind) => (
          <li key={kind} className="legend__item">
            <Swatch prefix={prefix} kind={kind} />
            {KIND_STYLES[kind].label}
            {kind === 'overtime' && ' (the lower band of a block)'}
          </li>
        ))}
      </ul>
      )}
    </div>
  );
}
