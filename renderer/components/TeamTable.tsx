import { ROLE_CATEGORY_LABELS, RoleSchema, type Role, type Scenario, type Team } from '../../models/scenario';
import { setRoleNumber, type RoleNumberField } from '../document/actions';
import { roleCostPerYear, staffTotals } from '../document/selectors';
import type { DocumentStore } from '../document/store';
import { formatMoney, formatNumber } from '../format';
import { NumberField } from './NumberField';

interface Props {
  store: DocumentStore;
  scenario: Scenario;
  team: Team;
}

/** Each editable column: its heading, the schema that checks it, and how to read it. */
const EDITABLE: Record<RoleNumberField, { heading: string; schema: typeof RoleSchema.shape.posts | typeof RoleSchema.shape.keyWorker.shape.caseloadCap; get: (role: Role) => number | null }> = {
  posts: { heading: 'Posts (FTE)', schema: RoleSchema.shape.posts, get: (r) => r.posts },
  hoursPerFte: { heading: 'Contracted hours a week', schema: RoleSchema.shape.hoursPerFte, get: (r) => r.hoursPerFte },
  costPerFte: { heading: 'Cost per FTE a year (£)', schema: RoleSchema.shape.costPerFte, get: (r) => r.costPerFte },
  caseloadCap: {
    heading: 'Caseload cap (children per FTE)',
    schema: RoleSchema.shape.keyWorker.shape.caseloadCap,
    get: (r) => r.keyWorker.caseloadCap,
  },
};

export function TeamTable({ store, scenario, team }: Props) {
  const totals = staffTotals(team.roles);
  const captionId = `team-${team.id}-caption`;

  function cell(role: Role, field: RoleNumberField, placeholder?: string) {
    const spec = EDITABLE[field];
    return (
      <td className="num">
        <NumberField
          value={spec.get(role)}
          schema={spec.schema}
          label={`${spec.heading}, ${role.name}`}
          placeholder={placeholder}
          onCommit={(value) => setRoleNumber(store, { scenarioId: scenario.id, teamId: team.id, roleId: role.id }, field, value)}
        />
      </td>
    );
  }

  return (
    <div className="table-wrap">
      <table className="team-table" aria-labelledby={captionId}>
        <caption id={captionId}>{team.name}</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Category</th>
            <th scope="col" className="num">{EDITABLE.posts.heading}</th>
            <th scope="col" className="num">{EDITABLE.hoursPerFte.heading}</th>
            <th scope="col" className="num">{EDITABLE.costPerFte.heading}</th>
            <th scope="col" className="num">Cost a year</th>
            <th scope="col">Key worker</th>
            <th scope="col" className="num">{EDITABLE.caseloadCap.heading}</th>
          </tr>
        </thead>
        <tbody>
          {team.roles.map((role) => (
            <tr key={role.id} data-role-id={role.id}>
              <th scope="row">{role.name}</th>
              <td>{ROLE_CATEGORY_LABELS[role.category]}</td>
              {cell(role, 'posts')}
              {cell(role, 'hoursPerFte')}
              {cell(role, 'costPerFte')}
              <td className="num" data-testid="role-cost">{formatMoney(roleCostPerYear(role))}</td>
              <td>{role.keyWorker.eligible ? 'Yes' : 'No'}</td>
              {role.keyWorker.eligible ? (
                cell(role, 'caseloadCap', `${formatNumber(scenario.policy.caseloadCap)} (policy)`)
              ) : (
                <td className="num muted">
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">Not a key worker</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>Team total</th>
            <td className="num" data-testid="team-posts">{formatNumber(totals.posts)}</td>
            <td />
            <td />
            <td className="num" data-testid="team-cost">{formatMoney(totals.costPerYear)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
