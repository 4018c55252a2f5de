import type { DocumentStore } from './store';

/** The role fields the team table edits, each a number (or null: "use the policy's cap"). */
export type RoleNumberField = 'posts' | 'hoursPerFte' | 'costPerFte' | 'caseloadCap';

export interface RoleRef {
  scenarioId: string;
  teamId: string;
  roleId: string;
}

/**
 * Sets one already-validated field. The value's provenance entry goes, because the figure is
 * now the user's, not the default's source (see `Scenario.sources`).
 */
export function setRoleNumber(store: DocumentStore, ref: RoleRef, field: RoleNumberField, value: number | null): void {
  store.update((project) => {
    const scenario = project.scenarios.find((s) => s.id === ref.scenarioId);
    const teamIndex = scenario?.teams.findIndex((t) => t.id === ref.teamId) ?? -1;
    const team = scenario?.teams[teamIndex];
    const roleIndex = team?.roles.findIndex((r) => r.id === ref.roleId) ?? -1;
    const role = team?.roles[roleIndex];
    if (!scenario || !role) return;
    if (field === 'caseloadCap') role.keyWorker.caseloadCap = value;
    else if (value !== null) role[field] = value;
    const path = field === 'caseloadCap' ? 'keyWorker.caseloadCap' : field;
    delete scenario.sources[`teams[${teamIndex}].roles[${roleIndex}].${path}`];
  });
}
