import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../models/scenario';
import { ChartFigure } from '../../charts/ChartFigure';
import { fileSlug } from '../../charts/csv';
import { formatNumber, formatPercent } from '../../format';
import { useDesRun } from '../diary/desJob';
import { ReplayChart, type Band } from './ReplayChart';

/** A year from the families open at the start, a few runs for a band: small enough to run in a second or two. */
export const REPLAY_WEEKS = 52;
export const REPLAY_RUNS = 3;

/** Weeks shown per second at each speed. */
const SPEEDS = [1, 2, 4, 8] as const;

interface Series {
  weeks: number[];
  familiesOpen: Band[];
  backlogHours: Band[];
  swDirectShare: Band[];
}

const SERIES: { key: keyof Omit<Series, 'weeks'>; title: string; format: (v: number) => string; max?: number }[] = [
  { key: 'familiesOpen', title: 'Families open', format: (v) => formatNumber(Math.round(v)) },
  { key: 'backlogHours', title: 'Backlog (hours past due)', format: (v) => `${formatNumber(Math.round(v))} h` },
  { key: 'swDirectShare', title: 'Social workers with families', format: (v) => formatPercent(v), max: 1 },
];

/**
 * The simulation replayed week by week: families open, the backlog and social workers' time
 * with families growing from the caseload open at the start. Play, pause, step and speed; it stops at the end.
 */
export function Replay({ scenario }: { scenario: Scenario }) {
  const job = useMemo(() => ({ scenario, des: { runs: REPLAY_RUNS, seed: scenario.run.seed, warmupWeeks: 0, weeks: REPLAY_WEEKS } }), [scenario]);
  const run = useDesRun(job);
  const series = run.status === 'done' ? (run.result.series as unknown as Series | undefined) : undefined;
  const total = series?.weeks.length ?? 0;
  const [shown, setShown] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(4);

  useEffect(() => {
    setShown(0);
    setPlaying(false);
  }, [series]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setShown((w) => Math.min(total, w + 1)), 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed, total]);

  // The replay stops by itself at the last week.
  useEffect(() => {
    if (playing && shown >= total) setPlaying(false);
  }, [playing, shown, total]);

  const atEnd = total > 0 && shown >= total;
  const i = shown - 1;
  return (
    <section className="replay" aria-label="Week by week">
      <div className="replay__controls">
        <button type="button" className="trainer__button" disabled={!series || atEnd} onClick={() => setPlaying((p) => !p)}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="trainer__button trainer__button--secondary" disabled={!series || atEnd || playing} onClick={() => setShown((w) => Math.min(total, w + 1))}>
          Step one week
        </button>
        <button type="button" className="trainer__button trainer__button--secondary" disabled={!series || shown === 0} onClick={() => { setPlaying(false); setShown(0); }}>
          Start again
        </button>
        <label className="replay__speed">
          <span>Speed</span>
          <select className="select" value={speed} onChange={(e) => setSpeed(Number(e.target.value) as (typeof SPEEDS)[number])}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s === 1 ? '1 week a second' : `${s} weeks a second`}
              </option>
            ))}
          </select>
        </label>
        <p className="replay__week" data-testid="replay-week" aria-live={playing ? 'off' : 'polite'}>
          {run.status === 'running' && 'Simulating a year…'}
          {run.status === 'failed' && `The simulation could not run: ${run.message}`}
          {series && (shown === 0 ? `Week 0 of ${total}: the start` : `Week ${series.weeks[i]} of ${total}${atEnd ? ' — the end' : ''}`)}
        </p>
      </div>
      {series && (
        <ChartFigure
          id="replay"
          title="A year, week by week, from the families open at the start"
          description={`The line is the median of ${REPLAY_RUNS} runs of the simulation; the band spans their 10th to 90th percentiles.`}
          chart={
            <div className="replay__charts">
              {SERIES.map((s) => (
                <ReplayChart key={s.key} title={s.title} weeks={series.weeks} bands={series[s.key]} shown={shown} format={s.format} max={s.max} />
              ))}
            </div>
          }
          table={{
            header: ['Week', ...SERIES.map((s) => s.title)],
            rows: series.weeks.slice(0, shown).map((w, k) => [String(w), ...SERIES.map((s) => s.format(series[s.key][k]!.p50))]),
            numeric: [false, true, true, true],
          }}
          csv={{ filename: `${fileSlug(scenario.name)}-replay.csv` }}
        />
      )}
    </section>
  );
}
