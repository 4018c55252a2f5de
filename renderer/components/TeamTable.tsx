import { z } from 'zod';
import { ROLE_CATEGORY_LABELS, RoleSchema, type Role, type Team } from '../../models/scenario';
import { removeRole, setScenarioValue } from '../document/actions';
import { useScenarioScope } from '../document/context';
import { roleCostPerYear, staffTotals } from '../document/selectors';
import { formatMoney, formatNumber } from '../format';
import { NumberField } from './NumberField';

/** A share shown as a percentage: the schema for what the person types. */
export const percentSchema = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .min(0, `${what} must be from 0 to 100 %`)
    .max(100, `${what} must be from 0 to 100 %`) as z.ZodType<number | null>;

interface Column {
  heading: string;
  /** Below the role: `posts`, `absence.sicknessShare`. */
  path: string;
  schema: z.ZodType<number | null>;
  get: (role: Role) => number | null;
  scale?: number;
}

const RK = RoleSchema.shape;
const STAFFING: Column[] = [
  { heading: 'Posts (FTE)', path: 'posts', schema: RK.posts, get: (r) => r.posts },
  { heading: 'Contracted hours a week', path: 'hoursPerFte', schema: RK.hoursPerFte, get: (r) => r.hoursPerFte },
  { heading: 'Cost per FTE a year (£)', path: 'costPerFte', schema: RK.costPerFte, get: (r) => r.costPerFte },
];
const AK = RK.absence.shape;
const TIME: Column[] = [
  { heading: 'Annual leave (days)', path: 'absence.annualLeaveDays', schema: AK.annualLeaveDays, get: (r) => r.absence.annualLeaveDays },
  { heading: 'Sickness (%)', path: 'absence.sicknessShare', schema: percentSchema('Sickness absence'), get: (r) => r.absence.sicknessShare, scale: 100 },
  { heading: 'Training (days a year)', path: 'absence.trainingDaysPerYear', schema: AK.trainingDaysPerYear, get: (r) => r.absence.trainingDaysPerYear },
  { heading: 'ASYE posts', path: 'asyePosts', schema: RK.asyePosts, get: (r) => r.asyePosts },
  { heading: 'Travel per visit (minutes)', path: 'travelMinutesPerVisit', schema: RK.travelMinutesPerVisit, get: (r) => r.travelMinutesPerVisit },
];
const CAP: Column = {
  heading: 'Caseload cap (children per FTE; blank: policy)',
  path: 'keyWorker.caseloadCap',
  schema: RK.keyWorker.shape.caseloadCap,
  get: (r) => r.keyWorker.caseloadCap,
};

function useRoleCell(team: Team) {
  const { store, scenario } = useScenarioScope();
  const teamIndex = scenario.teams.findIndex((t) => t.id === team.id);
  return (role: Role, roleIndex: number, column: Column, placeholder?: string) => {
    const path = `teams[${teamIndex}].roles[${roleIndex}].${column.path}`;
    return (
      <td className="num" key={column.path}>
        <NumberField
          id={`${scenario.id}--${team.id}--${role.id}--${column.path}`}
          value={column.get(role)}
          schema={column.schema}
          scale={column.scale}
          label={`${column.heading}, ${role.name}`}
          placeholder={placeholder}
          sourcePath={path}
          width="narrow"
          onCommit={(value, gesture) =>
            setScenarioValue(store, scenario.id, path, value, { label: `${role.name}: ${column.heading.toLowerCase()}`, gesture })
          }
        />
      </td>
    );
  };
}

/** Posts, cost and case holding: the establishment of one team. */
export function TeamTable({ team }: { team: Team }) {
  const { store, scenario } = useScenarioScope();
  const cell = useRoleCell(team);
  const totals = staffTotals(team.roles);
  const captionId = `team-${team.id}-caption`;
  const teamIndex = scenario.teams.findIndex((t) => t.id === team.id);

  return (
    <div className="table-wrap">
      <table className="team-table" aria-labelledby={captionId} data-testid="establishment">
        <caption id={captionId}>{team.name}: posts and cost</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            {STAFFING.map((c) => (
              <th key={c.path} scope="col" className="num">
                {c.heading}
              </th>
            ))}
            <th scope="col" className="num">
              Cost a year
            </th>
            <th scope="col">Key worker</th>
            <th scope="col" className="num">
              {CAP.heading}
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {team.roles.map((role, ri) => (
            <tr key={role.id} data-role-id={role.id}>
              <th scope="row">
                {role.name}
                <span className="role__category">{ROLE_CATEGORY_LABELS[role.category]}</span>
              </th>
              {STAFFING.map((c) => cell(role, ri, c))}
              <td className="num" data-testid="role-cost">
                {formatMoney(roleCostPerYear(role))}
              </td>
              <td>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={role.keyWorker.eligible}
                    onChange={(e) =>
                      setScenarioValue(store, scenario.id, `teams[${teamIndex}].roles[${ri}].keyWorker.eligible`, e.target.checked, {
                        label: `${role.name}: key worker`,
                      })
                    }
                  />
                  <span>{role.keyWorker.eligible ? 'Yes' : 'No'}</span>
                  <span className="visually-hidden">, {role.name} can be a key worker</span>
                </label>
              </td>
              {role.keyWorker.eligible ? (
                cell(role, ri, CAP, formatNumber(scenario.policy.caseloadCap))
              ) : (
                <td className="num muted">
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">Not a key worker</span>
                </td>
              )}
              <td>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => removeRole(store, scenario.id, team.id, role.id)}
                  disabled={team.roles.length <= 1}
                >
                  Remove<span className="visually-hidden"> {role.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              Team total
            </th>
            <td className="num" data-testid="team-posts">
              {formatNumber(totals.posts)}
            </td>
            <td colSpan={2} />
            <td className="num" data-testid="team-cost">
              {formatMoney(totals.costPerYear)}
            </td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Where each role's time goes before case work: absence, fixed commitments, travel. */
export function RoleTimeTable({ team }: { team: Team }) {
  const cell = useRoleCell(team);
  const captionId = `team-${team.id}-time-caption`;
  return (
    <div className="table-wrap">
      <table className="team-table" aria-labelledby={captionId}>
        <caption id={captionId}>{team.name}: absence, fixed commitments, ASYE and travel</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            {TIME.slice(0, 3).map((c) => (
              <th key={c.path} scope="col" className="num">
                {c.heading}
              </th>
            ))}
            <th scope="col">Fixed commitments a week</th>
            {TIME.slice(3).map((c) => (
              <th key={c.path} scope="col" className="num">
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {team.roles.map((role, ri) => (
            <tr key={role.id}>
              <th scope="row">{role.name}</th>
              {TIME.slice(0, 3).map((c) => cell(role, ri, c))}
              <td className="commitments">
                {role.fixed.length === 0
                  ? 'None'
                  : role.fixed.map((f) => `${f.name} ${formatNumber(f.hoursPerWeek)} h`).join('; ')}
              </td>
              {TIME.slice(3).map((c) => cell(role, ri, c))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
