import { useState } from 'react';
import { ROLE_CATEGORIES, ROLE_CATEGORY_LABELS, type RoleCategory } from '../../models/scenario';
import { ChartFigure } from '../charts/ChartFigure';
import { fileSlug } from '../charts/csv';
import { KIND_STYLES, WEEK_KINDS } from '../charts/kinds';
import { StackedBars } from '../charts/StackedBars';
import { ActivityGrid } from '../components/ActivityGrid';
import { Summary } from '../components/Summary';
import { RoleTimeTable, TeamTable } from '../components/TeamTable';
import { addRole } from '../document/actions';
import { useScenarioScope } from '../document/context';
import type { CapacityResult } from '../engine/capacity';
import { formatNumber } from '../format';

/** The establishment: who is in the team, what their time goes on, and what they may do. */
export function TeamView({ result }: { result: CapacityResult }) {
  const { scenario } = useScenarioScope();
  return (
    <>
      <Summary scenario={scenario} />
      {scenario.teams.map((team) => (
        <section key={team.id} className="section" aria-labelledby={`team-${team.id}-heading`}>
          <div className="section__head">
            <h2 id={`team-${team.id}-heading`}>{team.name}</h2>
            <AddRole teamId={team.id} />
          </div>
          <TeamTable team={team} />
          <RoleTimeTable team={team} />
        </section>
      ))}
      <section className="section" aria-labelledby="week-heading">
        <h2 id="week-heading">Each role’s week</h2>
        <p className="hint">Hours a week per full-time post, from the capacity model; it redraws as you change the team.</p>
        <RoleWeekChart result={result} scenarioName={scenario.name} />
      </section>
      <section className="section" aria-labelledby="grid-heading">
        <h2 id="grid-heading">Activities each role may do</h2>
        <ActivityGrid />
      </section>
    </>
  );
}

function AddRole({ teamId }: { teamId: string }) {
  const { store, scenario } = useScenarioScope();
  const [category, setCategory] = useState<RoleCategory>('administrator');
  const selectId = `add-role-${teamId}`;
  return (
    <div className="inline-form">
      <label htmlFor={selectId}>New role</label>
      <select id={selectId} className="select" value={category} onChange={(e) => setCategory(e.target.value as RoleCategory)}>
        {ROLE_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {ROLE_CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => addRole(store, scenario.id, teamId, category)}>
        Add role
      </button>
    </div>
  );
}

export function RoleWeekChart({ result, scenarioName }: { result: CapacityResult; scenarioName: string }) {
  const hours = (v: number) => `${formatNumber(Math.round(v * 10) / 10)} h`;
  const kinds = WEEK_KINDS.filter((k) => result.roles.some((r) => (r.hoursPerWeek[k] as number) > 0.05));
  const rows = result.roles.map((r) => ({
    id: r.id,
    label: r.name,
    values: Object.fromEntries(kinds.map((k) => [k, r.hoursPerWeek[k] as number])),
  }));
  return (
    <ChartFigure
      id="role-week"
      title="Hours a week per full-time post, by kind of work"
      chart={<StackedBars title="Hours a week per full-time post, by kind of work" rows={rows} kinds={kinds} format={hours} axisLabel="Hours a week" />}
      table={{
        header: ['Role', ...kinds.map((k) => `${KIND_STYLES[k].label} (h)`)],
        rows: result.roles.map((r) => [r.name, ...kinds.map((k) => round1(r.hoursPerWeek[k] as number))]),
        numeric: [false, ...kinds.map(() => true)],
      }}
      csv={{ filename: `${fileSlug(scenarioName)}-role-hours.csv` }}
    />
  );
}

const round1 = (v: number) => Math.round(v * 10) / 10;
