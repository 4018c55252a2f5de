import type { Scenario } from '../scenario';
import { WORKING_DAYS_PER_YEAR } from '../capacity/personHours';

/**
 * One-off costs of moving to the scenario's model, in its first year: the listed costs, the
 * training days every post spends, and the temporary rise in turnover the seed warns of,
 * priced as the agency premium on the extra vacancies while posts are re-filled.
 */
export function implementationCost(s: Scenario): { total: number; lines: { label: string; amount: number }[] } {
  const im = s.implementation;
  const roles = s.teams.flatMap((t) => t.roles);
  const training = roles.reduce((sum, r) => sum + (r.posts * r.costPerFte * im.trainingDaysPerFte) / WORKING_DAYS_PER_YEAR, 0);
  const leavers = roles.reduce((sum, r) => {
    if (!r.workforce.agencyCover) return sum;
    const extraLeavers = r.posts * im.turnoverUplift * (im.upliftMonths / 12);
    return sum + extraLeavers * (r.workforce.recruitmentLagWeeks / 52) * r.costPerFte * r.workforce.agencyPremium;
  }, 0);
  const lines = [
    ...im.oneOffCosts.map((c) => ({ label: c.label, amount: c.amount })),
    ...(training > 0 ? [{ label: 'Training days', amount: training }] : []),
    ...(leavers > 0 ? [{ label: 'Agency cover while extra leavers are replaced', amount: leavers }] : []),
  ];
  return { total: lines.reduce((sum, l) => sum + l.amount, 0), lines };
}
