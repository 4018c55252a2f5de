import { area, line, scaleLinear } from 'd3';
import { useEffect, useState } from 'react';
import type { Band } from '../../charts/FanChart';
import { useWidth } from '../../charts/useWidth';

export type { Band };

interface Props {
  title: string;
  weeks: number[];
  bands: Band[];
  /** How many weeks have been shown so far (0: none yet). */
  shown: number;
  format: (value: number) => string;
  /** The axis's far end; defaults to the top of the bands over the whole run, so it never rescales. */
  max?: number;
}

const M = { top: 34, right: 28, bottom: 40, left: 64 };

/**
 * One weekly series drawn up to the week the replay has reached: the median line over the
 * p10–p90 band. The axes span the whole run from the start, so the line grows into a fixed frame.
 */
export function ReplayChart({ title, weeks, bands, shown, format, max }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(380);
  const HEIGHT = useChartHeight();
  const top = max ?? Math.max(1e-9, ...bands.map((b) => b.p90));
  const x = scaleLinear().domain([weeks[0] ?? 1, weeks[weeks.length - 1] ?? 1]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, top]).nice(4).range([HEIGHT - M.bottom, M.top]);
  const visible = bands.slice(0, shown).map((b, i) => ({ ...b, week: weeks[i]! }));
  const band = area<(typeof visible)[number]>().x((d) => x(d.week)).y0((d) => y(d.p10)).y1((d) => y(d.p90));
  const median = line<(typeof visible)[number]>().x((d) => x(d.week)).y((d) => y(d.p50));
  const last = visible[visible.length - 1];
  return (
    <div ref={ref} className="replay-chart">
      <h4 className="replay-chart__title">{title}</h4>
      <svg width={width} height={HEIGHT} role="img" aria-label={`${title}: ${last ? `week ${last.week}, ${format(last.p50)}` : 'not started'}`}>
        {y.ticks(4).map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x1={M.left} x2={width - M.right} className="replay-chart__grid" />
            <text x={M.left - 8} dy="0.35em" textAnchor="end" className="replay-chart__tick">
              {format(t)}
            </text>
          </g>
        ))}
        {x.ticks(Math.min(6, weeks.length)).map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - M.bottom + 24} textAnchor="middle" className="replay-chart__tick">
            {t}
          </text>
        ))}
        {visible.length > 0 && <path d={band(visible) ?? ''} className="replay-chart__band" />}
        {visible.length > 0 && <path d={median(visible) ?? ''} className="replay-chart__line" />}
        {last && (
          <g transform={`translate(${x(last.week)},${y(last.p50)})`}>
            <circle r={7} className="replay-chart__dot" />
            <text y={-14} textAnchor={x(last.week) > width - 90 ? 'end' : 'middle'} className="replay-chart__value">
              {format(last.p50)}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}

/** The charts fill what the window leaves under the controls: taller on a big screen, never cramped on 1280×720. */
function useChartHeight(): number {
  const fit = () => Math.max(260, Math.min(560, window.innerHeight - 400));
  const [height, setHeight] = useState(fit);
  useEffect(() => {
    const onResize = () => setHeight(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}
