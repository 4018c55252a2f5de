import type { Scenario } from '../../models/scenario';
import { scenarioRoles, staffTotals } from '../document/selectors';
import { formatMoney, formatNumber } from '../format';

/** The scenario's headline figures; announced politely as they change while typing. */
export function Summary({ scenario }: { scenario: Scenario }) {
  const roles = scenarioRoles(scenario);
  const totals = staffTotals(roles);
  return (
    <dl className="summary" aria-live="polite">
      <div className="summary__item">
        <dt>Total posts</dt>
        <dd data-testid="total-posts">{formatNumber(totals.posts)} FTE</dd>
      </div>
      <div className="summary__item">
        <dt>Staff cost a year</dt>
        <dd data-testid="total-cost">{formatMoney(totals.costPerYear)}</dd>
      </div>
      <div className="summary__item">
        <dt>Roles</dt>
        <dd>{roles.length}</dd>
      </div>
    </dl>
  );
}
