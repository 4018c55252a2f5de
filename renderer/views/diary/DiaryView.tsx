import { useId, useMemo, useState } from 'react';
import type { DiaryWeek } from '../../../models/des/diaryRecord';
import type { HoursKey } from '../../../models/result';
import type { Scenario } from '../../../models/scenario';
import { ChartFigure } from '../../charts/ChartFigure';
import { fileSlug } from '../../charts/csv';
import { KIND_STYLES } from '../../charts/kinds';
import { useScenarioScope } from '../../document/context';
import { scenarioRoles } from '../../document/selectors';
import { formatNumber, formatPercent } from '../../format';
import { DiaryGantt } from './DiaryGantt';
import { diaryCsv, DIARY_KINDS, hoursText, peopleWeeks, type PersonWeek } from './diaryData';
import { diaryOf, useDesRun, type DesSettings } from './desJob';
import { teamWeekLayout } from './layout';
import './diary.css';

/**
 * Small on purpose: one replication, then four weeks to choose from. Half a year lets the
 * caseloads fill from those open at the start, so the week shown is a typical one.
 */
export const DIARY_WARMUP = 26;
export const DIARY_WEEKS = 4;
export const DIARY_REPLICATIONS = 5;

/** The settings of a diary run: the week is recorded as it happens, so choosing another week runs again. */
export function diarySettings(scenario: Scenario, week: number, replication: number): DesSettings {
  return { runs: replication, seed: scenario.run.seed, warmupWeeks: DIARY_WARMUP, weeks: DIARY_WEEKS, diaryWeek: week, diaryReplication: replication - 1 };
}

export const roleNamesOf = (scenario: Scenario): Record<string, string> => Object.fromEntries(scenarioRoles(scenario).map((r) => [r.id, r.name]));

/** The diary tab: a simulated week of the open scenario, each person a row, Monday to Friday. */
export function DiaryView({ active }: { active: boolean }) {
  const { scenario } = useScenarioScope();
  const [week, setWeek] = useState(DIARY_WARMUP + 1);
  const [replication, setReplication] = useState(1);
  const job = useMemo(() => (active ? { scenario, des: diarySettings(scenario, week, replication) } : null), [active, scenario, week, replication]);
  const run = useDesRun(job);
  const id = useId();
  const diary = run.status === 'done' ? diaryOf(run.result) : null;

  return (
    <section className="diary" aria-labelledby={`${id}-h`}>
      <div className="diary__intro">
        <h2 id={`${id}-h`}>A simulated week</h2>
        <p className="muted">
          One run of the simulation (seed {scenario.run.seed}): {DIARY_WARMUP} weeks for the caseloads to settle, then the week you choose. Every block is a piece of
          work the model placed in someone’s diary; blank time is free time.
        </p>
      </div>
      <div className="diary__controls">
        <label className="diary__control">
          <span>Week</span>
          <select className="select" value={week} onChange={(e) => setWeek(Number(e.target.value))}>
            {Array.from({ length: DIARY_WEEKS }, (_, i) => DIARY_WARMUP + 1 + i).map((w) => (
              <option key={w} value={w}>
                Week {w} ({ordinal(w - DIARY_WARMUP)} after the build-up)
              </option>
            ))}
          </select>
        </label>
        <label className="diary__control">
          <span>Replication</span>
          <select className="select" value={replication} onChange={(e) => setReplication(Number(e.target.value))}>
            {Array.from({ length: DIARY_REPLICATIONS }, (_, i) => i + 1).map((r) => (
              <option key={r} value={r}>
                Run {r}
              </option>
            ))}
          </select>
        </label>
        <RunStatus status={run.status} message={run.status === 'failed' ? run.message : ''} />
      </div>
      {diary && <TeamWeek scenario={scenario} diary={diary} week={week} replication={replication} />}
    </section>
  );
}

export function RunStatus({ status, message }: { status: string; message: string }) {
  return (
    <p className="diary__status" role="status">
      {status === 'running' && 'Simulating the week…'}
      {status === 'failed' && `The simulation could not run: ${message}`}
    </p>
  );
}

const ordinal = (n: number) => ['1st', '2nd', '3rd'][n - 1] ?? `${n}th`;

function TeamWeek({ scenario, diary, week, replication }: { scenario: Scenario; diary: DiaryWeek; week: number; replication: number }) {
  const people = useMemo(() => peopleWeeks(diary, roleNamesOf(scenario)), [diary, scenario]);
  const maxHours = Math.max(1, ...people.map((p) => p.hours));
  const rows = people.map((p) => ({ id: String(p.index), label: p.name, aside: (w: number, h: number, fill: (k: HoursKey) => string) => <PersonTotals person={p} width={w} height={h} maxHours={maxHours} fill={fill} /> }));
  const layout = teamWeekLayout(diary, rows);
  const title = `Each person’s diary, week ${week}, run ${replication}`;
  return (
    <ChartFigure
      id="diary-week"
      title={title}
      description="Hover over or focus a block (Tab, then the arrow keys) to read what it is, when, and for which family; a week’s case administration is done in a few sittings, each for several families. Beside each row: that person’s time with families and their week by kind."
      chart={<DiaryGantt title={title} {...layout} rowHeight={40} labelWidth={190} asideWidth={170} legend={DIARY_KINDS} />}
      table={{
        header: ['Person', 'Role', 'Blocks', 'Hours in the diary', ...DIARY_KINDS.map((k) => KIND_STYLES[k].label), 'Time with families'],
        rows: people.map((p) => [
          p.name,
          p.role,
          p.blocks.length,
          formatNumber(round2(p.hours)),
          ...DIARY_KINDS.map((k) => formatNumber(round2(p.totals[k]))),
          p.directShare === null ? '–' : formatPercent(p.directShare),
        ]),
        numeric: [false, false, true, true, ...DIARY_KINDS.map(() => true), true],
      }}
      csv={{ filename: `${fileSlug(scenario.name)}-diary-week-${week}-run-${replication}.csv`, text: () => diaryCsv(diary, people) }}
    />
  );
}

const round2 = (h: number) => Math.round(h * 100) / 100;

/** A person's week beside their row: time with families in words, and a small bar of the week by kind. */
function PersonTotals({ person, width, height, maxHours, fill }: { person: PersonWeek; width: number; height: number; maxHours: number; fill: (k: HoursKey) => string }) {
  let x = 0;
  const scale = width / maxHours;
  return (
    <g aria-hidden="true">
      <text y={13} className="gantt__aside">
        {hoursText(person.totals.direct)} with families of {hoursText(person.hours)}
      </text>
      {DIARY_KINDS.filter((k) => k !== 'overtime').map((k) => {
        const w = person.totals[k] * scale;
        const at = x;
        x += w;
        return w > 0 ? <rect key={k} x={at} y={height - 18} width={w} height={11} fill={fill(k)} stroke="#ffffff" strokeWidth={0.5} /> : null;
      })}
    </g>
  );
}
