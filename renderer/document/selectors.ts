import type { Project } from '../../models/project';
import type { Role, Scenario } from '../../models/scenario';

export function currentScenario(project: Project): Scenario | undefined {
  return project.scenarios.find((s) => s.id === project.currentScenarioId) ?? project.scenarios[0];
}

export interface StaffTotals {
  posts: number;
  costPerYear: number;
}

export const roleCostPerYear = (role: Role): number => role.posts * role.costPerFte;

export function staffTotals(roles: readonly Role[]): StaffTotals {
  return roles.reduce(
    (sum, role) => ({ posts: sum.posts + role.posts, costPerYear: sum.costPerYear + roleCostPerYear(role) }),
    { posts: 0, costPerYear: 0 },
  );
}

export const scenarioRoles = (scenario: Scenario): Role[] => scenario.teams.flatMap((team) => team.roles);
