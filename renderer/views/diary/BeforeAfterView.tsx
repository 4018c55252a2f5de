import { useId, useMemo, useState } from 'react';
import type { DiaryWeek } from '../../../models/des/diaryRecord';
import type { HoursKey } from '../../../models/result';
import { ROLE_CATEGORIES, ROLE_CATEGORY_LABELS, type RoleCategory, type Scenario } from '../../../models/scenario';
import { ChartFigure } from '../../charts/ChartFigure';
import { KIND_STYLES } from '../../charts/kinds';
import { useScenarioScope } from '../../document/context';
import { scenarioRoles } from '../../document/selectors';
import { useDocument } from '../../document/store';
import { defaultPresetScenario, LIBRARY } from '../../engine/presets';
import { formatNumber, formatPercent } from '../../format';
import { DiaryGantt } from './DiaryGantt';
import { dayWindow, DIARY_KINDS, hoursText, peopleWeeks, type PersonWeek } from './diaryData';
import { diaryOf, useDesRun, type DesRunState } from './desJob';
import { DIARY_WARMUP, diarySettings, roleNamesOf, RunStatus } from './DiaryView';
import { personWeekLayout } from './layout';
import './diary.css';

/** A choice of scenario: one of the project's, or an evidence preset as published. */
type Choice = `project:${string}` | `preset:${string}`;

function resolve(choice: Choice, scenarios: readonly Scenario[]): Scenario | null {
  const [source, id] = [choice.slice(0, choice.indexOf(':')), choice.slice(choice.indexOf(':') + 1)];
  return source === 'project' ? (scenarios.find((s) => s.id === id) ?? null) : defaultPresetScenario(id);
}

/**
 * The person the side shows: of the chosen category, the one least away that week (the first
 * such), so a week of leave or sickness does not stand for the role.
 */
function personOf(scenario: Scenario, diary: DiaryWeek, category: RoleCategory): PersonWeek | null {
  const roleIds = new Set(scenarioRoles(scenario).filter((r) => r.category === category).map((r) => r.id));
  const people = peopleWeeks(diary, roleNamesOf(scenario)).filter((p) => roleIds.has(diary.people[p.index]!.roleId));
  return people.reduce<PersonWeek | null>((best, p) => (!best || p.totals.absence < best.totals.absence - 1e-9 ? p : best), null);
}

/**
 * One person's week in two scenarios side by side: where a social worker's week goes in a
 * traditional team and with skilled administrators, say. Both weeks are the same week of the
 * same seeded run, so the difference is the team, not the luck of the draw.
 */
export function BeforeAfterView({ active }: { active: boolean }) {
  const { store, scenario } = useScenarioScope();
  const { scenarios } = useDocument(store);
  const [before, setBefore] = useState<Choice>(`project:${scenario.id}`);
  const [after, setAfter] = useState<Choice>(scenario.presetId === 'skilled-admin' ? 'preset:traditional' : 'preset:skilled-admin');
  const [category, setCategory] = useState<RoleCategory>('qualified_sw');
  const id = useId();
  // Presets are built afresh on each call: resolve once per choice, so the runs do not repeat.
  const beforeScenario = useMemo(() => resolve(before, scenarios), [before, scenarios]);
  const afterScenario = useMemo(() => resolve(after, scenarios), [after, scenarios]);
  const sides = [beforeScenario, afterScenario] as const;
  const week = DIARY_WARMUP + 1;
  const beforeJob = useMemo(() => (active && sides[0] ? { scenario: sides[0], des: diarySettings(sides[0], week, 1) } : null), [active, beforeScenario, week]);
  const afterJob = useMemo(() => (active && sides[1] ? { scenario: sides[1], des: diarySettings(sides[1], week, 1) } : null), [active, afterScenario, week]);
  const runs = [useDesRun(beforeJob), useDesRun(afterJob)] as const;
  const categories = ROLE_CATEGORIES.filter((c) => sides.every((s) => s && scenarioRoles(s).some((r) => r.category === c && r.posts > 0)));

  const group = (label: string, source: string, items: readonly { id: string; name: string }[]) => (
    <optgroup label={label}>
      {items.map((item) => (
        <option key={item.id} value={`${source}:${item.id}`}>
          {item.name}
        </option>
      ))}
    </optgroup>
  );
  const options = (
    <>
      {group('This project', 'project', scenarios)}
      {group('Evidence presets, as published', 'preset', LIBRARY)}
    </>
  );

  return (
    <section className="before-after" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Before and after: one person’s week</h2>
      <p className="muted">The same simulated week (week {week}, after {DIARY_WARMUP} weeks of build-up, run 1) in two scenarios, each day a row: of the role you choose, the person least away that week.</p>
      <div className="before-after__pick">
        <label className="diary__control">
          <span>Before</span>
          <select className="select" value={before} onChange={(e) => setBefore(e.target.value as Choice)}>
            {options}
          </select>
        </label>
        <label className="diary__control">
          <span>After</span>
          <select className="select" value={after} onChange={(e) => setAfter(e.target.value as Choice)}>
            {options}
          </select>
        </label>
        <label className="diary__control">
          <span>Whose week</span>
          <select className="select" value={category} onChange={(e) => setCategory(e.target.value as RoleCategory)}>
            {(categories.includes(category) ? categories : [category, ...categories]).map((c) => (
              <option key={c} value={c}>
                {ROLE_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <RunStatus status={runs.some((r) => r.status === 'running') ? 'running' : runs.find((r) => r.status === 'failed') ? 'failed' : 'done'} message={failure(runs)} />
      </div>
      <Sides scenarios={sides} runs={runs} category={category} />
    </section>
  );
}

const failure = (runs: readonly DesRunState[]) => runs.map((r) => (r.status === 'failed' ? r.message : '')).find(Boolean) ?? '';

interface SidesProps {
  scenarios: readonly [Scenario | null, Scenario | null];
  runs: readonly [DesRunState, DesRunState];
  category: RoleCategory;
}

function Sides({ scenarios, runs, category }: SidesProps) {
  const weeks = runs.map((r) => (r.status === 'done' ? diaryOf(r.result) : null));
  if (!scenarios[0] || !scenarios[1] || !weeks[0] || !weeks[1]) return null;
  const people = [personOf(scenarios[0], weeks[0], category), personOf(scenarios[1], weeks[1], category)] as const;
  // One time axis for both, so the same hour sits at the same place on each side.
  const window = dayWindow([...(people[0]?.blocks ?? []), ...(people[1]?.blocks ?? [])]);
  const title = `${ROLE_CATEGORY_LABELS[category]}: ${scenarios[0].name} and ${scenarios[1].name}`;
  const kinds: HoursKey[] = DIARY_KINDS;
  return (
    <ChartFigure
      id="before-after"
      title={title}
      chart={
        <div className="before-after__sides">
          {[0, 1].map((i) => (
            <Side key={i} label={i === 0 ? 'Before' : 'After'} scenario={scenarios[i]!} week={weeks[i]!} person={people[i]!} window={window} />
          ))}
        </div>
      }
      table={{
        header: ['Kind of time', `Before: ${scenarios[0].name}`, `After: ${scenarios[1].name}`],
        rows: [
          ...kinds.map((k) => [KIND_STYLES[k].label, hoursOf(people[0], k), hoursOf(people[1], k)]),
          ['Time with families, share of hours worked', shareOf(people[0]), shareOf(people[1])],
        ],
        numeric: [false, true, true],
      }}
      csv={{ filename: `before-after-${category}.csv` }}
    />
  );
}

const hoursOf = (p: PersonWeek | null, k: HoursKey) => (p ? formatNumber(Math.round(p.totals[k] * 100) / 100) : '–');
const shareOf = (p: PersonWeek | null) => (p?.directShare == null ? '–' : formatPercent(p.directShare));

function Side({ label, scenario, week, person, window }: { label: string; scenario: Scenario; week: DiaryWeek; person: PersonWeek | null; window: [number, number] }) {
  if (!person) {
    return (
      <div className="before-after__side">
        <h3>
          {label}: {scenario.name}
        </h3>
        <p>Nobody in this role in this scenario.</p>
      </div>
    );
  }
  const layout = personWeekLayout(week, person.index, 7, window);
  const title = `${label}: ${person.name}, ${scenario.name}`;
  return (
    <div className="before-after__side" data-testid={`side-${label.toLowerCase()}`}>
      <h3>
        {label}: {scenario.name}
      </h3>
      <p className="before-after__headline">
        {person.name}: <strong data-testid={`direct-${label.toLowerCase()}`}>{hoursText(person.totals.direct)}</strong> with families of {hoursText(person.hours)}
        {person.directShare !== null && ` (${formatPercent(person.directShare)} of the hours worked)`}
      </p>
      <DiaryGantt title={title} {...layout} rowHeight={46} labelWidth={44} legend={DIARY_KINDS} hideLegend={label === 'Before'} />
    </div>
  );
}
