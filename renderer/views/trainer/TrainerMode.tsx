import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { QUALIFIED_CATEGORIES } from '../../../models/categories';
import type { HoursKey } from '../../../models/result';
import type { Scenario } from '../../../models/scenario';
import { ChartFigure } from '../../charts/ChartFigure';
import { KIND_STYLES, WEEK_KINDS } from '../../charts/kinds';
import { StackedBars } from '../../charts/StackedBars';
import { uniqueId } from '../../document/paths';
import type { DocumentStore } from '../../document/store';
import type { CapacityResult } from '../../engine/capacity';
import { evaluate } from '../../engine/check';
import { socialWorkerDirectShare, value } from '../../engine/kpis';
import { formatNumber, formatPercentOne } from '../../format';
import { LEVERS, withDelegation, type Lever } from './levers';
import { Replay } from './Replay';
import './trainer.css';

type Scene = 'levers' | 'replay';

interface Props {
  store: DocumentStore;
  scenario: Scenario;
  appVersion: string;
  onLeave: () => void;
}

/**
 * Trainer mode: the whole window (full screen where allowed) for a room on a projector. The
 * levers move a scratch copy of the scenario, never the planner's own: a trainer tries things
 * in front of people and should not have to undo them afterwards. "Keep as variant" adds the
 * result to the project, as one undo step, when it is worth keeping.
 */
export function TrainerMode({ store, scenario, appVersion, onLeave }: Props) {
  const [scratch, setScratch] = useState(scenario);
  const [scene, setScene] = useState<Scene>('levers');
  const [kept, setKept] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useFullWindow(root, onLeave);
  const headingId = useId();

  const keep = () => {
    const project = store.getSnapshot();
    const id = uniqueId(`${scenario.id}_trainer`, project.scenarios.map((s) => s.id));
    const names = new Set(project.scenarios.map((s) => s.name));
    let name = `${scenario.name} – from trainer mode`;
    for (let n = 2; names.has(name); n++) name = `${scenario.name} – from trainer mode ${n}`;
    const variant: Scenario = { ...structuredClone(scratch), id, name, parentId: scenario.id, presetId: null };
    store.update((draft) => void draft.scenarios.push(variant), { label: `Keep ${name}` });
    setKept(name);
  };

  return createPortal(
    <div ref={root} className="trainer" role="dialog" aria-modal="true" aria-labelledby={headingId}>
      <header className="trainer__bar">
        <h1 id={headingId} className="trainer__title">
          {scenario.name}
        </h1>
        <div className="trainer__scenes" role="group" aria-label="Show">
          <button type="button" className="trainer__scene" aria-pressed={scene === 'levers'} onClick={() => setScene('levers')}>
            Levers
          </button>
          <button type="button" className="trainer__scene" aria-pressed={scene === 'replay'} onClick={() => setScene('replay')}>
            Week by week
          </button>
        </div>
        <div className="trainer__actions">
          <button type="button" className="trainer__button trainer__button--secondary" disabled={scratch === scenario} onClick={() => setScratch(scenario)}>
            Reset levers
          </button>
          <button type="button" className="trainer__button trainer__button--secondary" disabled={scratch === scenario} onClick={keep}>
            Keep as variant
          </button>
          <button type="button" className="trainer__button" onClick={onLeave}>
            Leave <span className="trainer__key">Esc</span>
          </button>
        </div>
      </header>
      <p className="trainer__kept" role="status">
        {kept && `Kept as “${kept}” in the project.`}
      </p>
      {scene === 'levers' ? <LeversScene scenario={scenario} scratch={scratch} onChange={setScratch} appVersion={appVersion} /> : <Replay scenario={scratch} />}
    </div>,
    document.body,
  );
}

/**
 * Takes the whole window while open: full screen where the browser allows it, the rest of the
 * page inert behind, Escape (or leaving full screen) to go back, and focus returned to where it was.
 */
function useFullWindow(root: React.RefObject<HTMLDivElement | null>, onLeave: () => void): void {
  const leave = useRef(onLeave);
  leave.current = onLeave;
  useEffect(() => {
    const node = root.current;
    const opener = document.activeElement as HTMLElement | null;
    const page = document.getElementById('root');
    page?.setAttribute('inert', '');
    node?.querySelector<HTMLElement>('.trainer__lever input, button')?.focus();
    let wentFull = false;
    node?.requestFullscreen?.().then(
      () => (wentFull = true),
      () => undefined, // Not allowed here (no gesture, or a browser that forbids it): the full-window layout stands.
    );
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      leave.current();
    };
    // The browser takes the first Escape to leave full screen; leaving full screen leaves trainer mode too.
    const onFullscreen = () => {
      if (wentFull && !document.fullscreenElement) leave.current();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      page?.removeAttribute('inert');
      opener?.focus();
    };
  }, [root]);
}

/** A social worker's average week (FTE-weighted over the qualified roles), hours by kind. */
function socialWorkerWeek(result: CapacityResult): Partial<Record<HoursKey, number>> {
  const roles = result.roles.filter((r) => (QUALIFIED_CATEGORIES as readonly string[]).includes(r.category) && r.posts > 0);
  const posts = roles.reduce((sum, r) => sum + r.posts, 0);
  const week: Partial<Record<HoursKey, number>> = {};
  for (const k of WEEK_KINDS) week[k] = posts > 0 ? roles.reduce((sum, r) => sum + r.posts * value(r.hoursPerWeek[k]), 0) / posts : 0;
  return week;
}

function LeversScene({ scenario, scratch, onChange, appVersion }: { scenario: Scenario; scratch: Scenario; onChange: (s: Scenario) => void; appVersion: string }) {
  const planned = useMemo(() => evaluate(scenario, null, appVersion), [scenario, appVersion]);
  // A drag sends many values: the levers follow the hand, the model catches up as it can.
  const deferred = useDeferredValue(scratch);
  const now = useMemo(() => evaluate(deferred, null, appVersion), [deferred, appVersion]);
  const before = planned.ok ? socialWorkerDirectShare(planned.result) : null;
  const after = now.ok ? socialWorkerDirectShare(now.result) : null;

  return (
    <div className="trainer__levers-scene">
      <section className="trainer__levers" aria-label="Levers">
        {LEVERS.map((lever) => (
          <LeverControl key={lever.id} lever={lever} planned={scenario} scenario={scratch} onChange={onChange} />
        ))}
        <label className="trainer__switch">
          <input type="checkbox" checked={scratch.policy.delegation} onChange={(e) => onChange(withDelegation(scratch, e.target.checked))} />
          <span>Social workers hand admin to administrators</span>
        </label>
      </section>
      <section className="trainer__results" aria-label="What changes">
        <div className="trainer__headline">
          <p className="trainer__headline-label">Social workers’ time with families</p>
          <p className="trainer__headline-value" data-testid="trainer-direct-share">
            {after === null ? (now.ok ? 'No social workers' : 'Not possible') : formatPercentOne(after)}
          </p>
          <p className="trainer__headline-was">{before === null ? '' : `${formatPercentOne(before)} as planned`}</p>
        </div>
        {!now.ok && (
          <p className="trainer__problem" role="alert">
            The model cannot use this setting: {now.issues[0]?.message}
          </p>
        )}
        {planned.ok && now.ok && <WeekChart planned={planned.result} now={now.result} />}
        {now.ok && <TeamFigures result={now.result} />}
      </section>
    </div>
  );
}

const WEEK_CHART_KINDS: HoursKey[] = WEEK_KINDS;

/** A social worker's week as planned and with the levers, with its table and CSV like every chart. */
function WeekChart({ planned, now }: { planned: CapacityResult; now: CapacityResult }) {
  const rows = [
    { id: 'planned', label: 'As planned', values: socialWorkerWeek(planned) },
    { id: 'levers', label: 'With the levers', values: socialWorkerWeek(now) },
  ];
  const hours = (h: number | undefined) => Math.round((h ?? 0) * 10) / 10;
  const title = 'A social worker’s week, hours by kind';
  return (
    <ChartFigure
      id="trainer-week"
      title={title}
      chart={<StackedBars large title={title} rows={rows} kinds={WEEK_CHART_KINDS} format={(h) => `${formatNumber(Math.round(h))} h`} axisLabel="Hours in a social worker’s week" />}
      table={{
        header: ['Kind of time', ...rows.map((r) => `${r.label} (hours)`)],
        rows: WEEK_CHART_KINDS.map((k) => [KIND_STYLES[k].label, ...rows.map((r) => hours(r.values[k]))]),
        numeric: [false, true, true],
      }}
      csv={{ filename: 'social-worker-week.csv' }}
    />
  );
}

function TeamFigures({ result }: { result: CapacityResult }) {
  const t = result.team;
  const figures = [
    { label: 'Children the team can carry', shown: formatNumber(Math.round(value(t.capacityChildren))) },
    { label: 'Visits per family a month', shown: formatNumber(Math.round(value(t.visitsPerFamilyPerMonth) * 10) / 10) },
    { label: 'Statutory work on time', shown: formatPercentOne(value(t.statutoryOnTimeShare)) },
  ];
  return (
    <dl className="trainer__figures">
      {figures.map((f) => (
        <div key={f.label} className="trainer__figure">
          <dt>{f.label}</dt>
          <dd>{f.shown}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A big range input. Its far end comes from the scenario as planned, so it stays put under the hand. */
function LeverControl({ lever, planned, scenario, onChange }: { lever: Lever; planned: Scenario; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const id = useId();
  const current = lever.read(scenario);
  const words = lever.words(current, scenario);
  return (
    <div className="trainer__lever">
      <label htmlFor={id} className="trainer__lever-label">
        {lever.label}
      </label>
      <p className="trainer__lever-value" aria-hidden="true">
        {words}
      </p>
      <input
        id={id}
        type="range"
        min={lever.min}
        max={lever.max(planned)}
        step={lever.step}
        value={current}
        aria-valuetext={words}
        data-lever={lever.id}
        onChange={(e) => onChange(lever.write(scenario, Number(e.target.value)))}
      />
    </div>
  );
}

