import type { Role } from '../role';
import type { Scenario } from '../scenario';

/**
 * What the council pays for a role in a year at today's prices: every post at its cost per FTE
 * (volunteers: expenses and co-ordination), plus the agency premium on vacancies covered by
 * agency workers, who are paid as the post plus the premium.
 */
export function roleCostPerYear(role: Role): number {
  return role.posts * role.costPerFte + agencySpendPerYear(role);
}

/** The premium alone: agency spend above what the posts would cost if filled. */
export function agencySpendPerYear(role: Role): number {
  const w = role.workforce;
  return w.agencyCover ? role.posts * w.vacancyShare * role.costPerFte * w.agencyPremium : 0;
}

export function staffCostPerYear(s: Scenario): number {
  return s.teams.reduce((sum, t) => sum + t.roles.reduce((x, r) => x + roleCostPerYear(r), 0), 0);
}

export function agencyPremiumPerYear(s: Scenario): number {
  return s.teams.reduce((sum, t) => sum + t.roles.reduce((x, r) => x + agencySpendPerYear(r), 0), 0);
}
