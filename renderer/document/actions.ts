/**
 * Every change a person can make to the project, as named edits on the document store. Each is
 * one undo step (or one gesture's worth) with a label the Undo/Redo tooltips read out.
 */
import type { Draft } from 'immer';
import { buildRole } from '../../models/presets/builders';
import type { Project } from '../../models/project';
import { ROLE_CATEGORY_LABELS, type Role, type RoleCategory, type Scenario } from '../../models/scenario';
import { defaultPresetScenario } from '../engine/presets';
import { removeIndexedSources, setAt, uniqueId } from './paths';
import type { DocumentStore } from './store';

/** The role fields the team table edits, each a number (or null: "use the policy's cap"). */
export type RoleNumberField = 'posts' | 'hoursPerFte' | 'costPerFte' | 'caseloadCap';

export interface RoleRef {
  scenarioId: string;
  teamId: string;
  roleId: string;
}

function scenarioIn(project: Draft<Project>, id: string): Draft<Scenario> | undefined {
  return project.scenarios.find((s) => s.id === id);
}

/**
 * Sets one already-validated value at a scenario path. The value's provenance entry goes,
 * because the figure is now the user's, not the default's source (see `Scenario.sources`).
 */
export function setScenarioValue(
  store: DocumentStore,
  scenarioId: string,
  path: string,
  value: unknown,
  options: { label: string; gesture?: string | null },
): void {
  store.update((project) => {
    const scenario = scenarioIn(project, scenarioId);
    if (!scenario) return;
    if (setAt(scenario, path, value)) delete scenario.sources[path];
  }, options);
}

export function setRoleNumber(
  store: DocumentStore,
  ref: RoleRef,
  field: RoleNumberField,
  value: number | null,
  gesture: string | null = null,
): void {
  const scenario = store.getSnapshot().scenarios.find((s) => s.id === ref.scenarioId);
  const teamIndex = scenario?.teams.findIndex((t) => t.id === ref.teamId) ?? -1;
  const roleIndex = scenario?.teams[teamIndex]?.roles.findIndex((r) => r.id === ref.roleId) ?? -1;
  const role = scenario?.teams[teamIndex]?.roles[roleIndex];
  if (!role || (field !== 'caseloadCap' && value === null)) return;
  const sub = field === 'caseloadCap' ? 'keyWorker.caseloadCap' : field;
  setScenarioValue(store, ref.scenarioId, `teams[${teamIndex}].roles[${roleIndex}].${sub}`, value, {
    label: `${role.name}: ${field === 'caseloadCap' ? 'caseload cap' : field === 'hoursPerFte' ? 'hours' : field === 'costPerFte' ? 'cost' : 'posts'}`,
    gesture,
  });
}

/** What a new post of each category costs by default (a salary default, or volunteer expenses). */
const COST_DEFAULT: Record<RoleCategory, { salary?: string; cost?: string }> = {
  qualified_sw: { salary: 'salary_sw' },
  consultant_sw: { salary: 'salary_consultant' },
  aq_practitioner: { salary: 'salary_family_practitioner' },
  administrator: { salary: 'salary_skilled_admin' },
  volunteer: { cost: 'volunteer_cost' },
  clinician: { salary: 'salary_clinician' },
  specialist: { salary: 'salary_specialist' },
  manager: { salary: 'salary_manager' },
};

/** A new role of a category for a scenario: sourced defaults and every activity its category may do. */
export function newRoleFor(scenario: Scenario, category: RoleCategory, posts = 1): ReturnType<typeof buildRole> {
  const id = uniqueId(category, scenario.teams.flatMap((t) => t.roles.map((r) => r.id)));
  const activities = scenario.activities
    .filter((a) => a.eligible.includes(category) || a.delegateTo.includes(category))
    .map((a) => a.id);
  return buildRole({
    id,
    name: ROLE_CATEGORY_LABELS[category],
    category,
    posts,
    ...COST_DEFAULT[category],
    keyWorker: scenario.caseTypes.some((c) => c.keyWorkerCategories.includes(category)),
    activities,
    travel: category !== 'administrator' && category !== 'manager',
  });
}

/** Adds one post of a category, with sourced defaults and every activity its category may do. */
export function addRole(store: DocumentStore, scenarioId: string, teamId: string, category: RoleCategory): string | null {
  const scenario = store.getSnapshot().scenarios.find((s) => s.id === scenarioId);
  const teamIndex = scenario?.teams.findIndex((t) => t.id === teamId) ?? -1;
  const team = scenario?.teams[teamIndex];
  if (!scenario || !team) return null;
  const built = newRoleFor(scenario, category);
  const id = built.value.id;
  const roleIndex = team.roles.length;
  store.update(
    (project) => {
      const s = scenarioIn(project, scenarioId);
      const t = s?.teams[teamIndex];
      if (!s || !t) return;
      t.roles.push(built.value);
      for (const [path, source] of Object.entries(built.sources)) s.sources[`teams[${teamIndex}].roles[${roleIndex}].${path}`] = source;
    },
    { label: `Add ${built.value.name}` },
  );
  return id;
}

export function removeRole(store: DocumentStore, scenarioId: string, teamId: string, roleId: string): void {
  store.update(
    (project) => {
      const s = scenarioIn(project, scenarioId);
      const teamIndex = s?.teams.findIndex((t) => t.id === teamId) ?? -1;
      const team = s?.teams[teamIndex];
      const roleIndex = team?.roles.findIndex((r) => r.id === roleId) ?? -1;
      if (!s || !team || roleIndex < 0) return;
      team.roles.splice(roleIndex, 1);
      removeIndexedSources(s.sources, `teams[${teamIndex}].roles`, roleIndex);
      // Supervision given by a role that is gone would refer to nobody.
      for (const t of s.teams) for (const r of t.roles) for (const f of r.fixed) if (f.supervisorRoleId === roleId) f.supervisorRoleId = null;
    },
    { label: 'Remove role' },
  );
}

export function renameRole(store: DocumentStore, scenarioId: string, path: string, name: string): void {
  setScenarioValue(store, scenarioId, `${path}.name`, name, { label: 'Rename role' });
}

/** Lets a role do an activity or not (the activity grid). */
export function toggleRoleActivity(store: DocumentStore, scenarioId: string, roleId: string, activityId: string): void {
  store.update(
    (project) => {
      const s = scenarioIn(project, scenarioId);
      const role = s?.teams.flatMap((t) => t.roles).find((r) => r.id === roleId);
      if (!role) return;
      const at = role.activities.findIndex((a) => a.activityId === activityId);
      if (at >= 0) role.activities.splice(at, 1);
      else role.activities.push({ activityId, efficiency: 1 });
    },
    { label: 'Change what a role does' },
  );
}

export function setCategories(
  store: DocumentStore,
  scenarioId: string,
  path: string,
  category: RoleCategory,
  on: boolean,
  label: string,
): void {
  store.update(
    (project) => {
      const s = scenarioIn(project, scenarioId);
      if (!s) return;
      const list = pathList(s, path);
      if (!list) return;
      const at = list.indexOf(category);
      if (on && at < 0) list.push(category);
      if (!on && at >= 0) list.splice(at, 1);
    },
    { label },
  );
}

function pathList(s: Draft<Scenario>, path: string): RoleCategory[] | undefined {
  let node: unknown = s;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    node = (node as Record<string, unknown>)[m[2] ?? m[1]!];
    if (node === undefined || node === null) return undefined;
  }
  return Array.isArray(node) ? (node as RoleCategory[]) : undefined;
}

// Scenario tree.

function cloneScenario(source: Scenario, id: string, name: string, parentId: string | null): Scenario {
  return { ...structuredClone(source), id, name, parentId, presetId: null };
}

/** A variant of the given scenario, recording it as the parent, opened at once. */
export function newVariant(store: DocumentStore, fromId: string): string | null {
  const project = store.getSnapshot();
  const from = project.scenarios.find((s) => s.id === fromId);
  if (!from) return null;
  const id = uniqueId(`${from.id}_variant`, project.scenarios.map((s) => s.id));
  const name = uniqueName(`${from.name} – variant`, project);
  const variant = cloneScenario(from, id, name, from.id);
  store.update(
    (draft) => {
      draft.scenarios.push(variant);
      draft.currentScenarioId = id;
    },
    { label: `New variant of ${from.name}` },
  );
  return id;
}

export function duplicateScenario(store: DocumentStore, fromId: string): string | null {
  const project = store.getSnapshot();
  const from = project.scenarios.find((s) => s.id === fromId);
  if (!from) return null;
  const id = uniqueId(`${from.id}_copy`, project.scenarios.map((s) => s.id));
  const copy = cloneScenario(from, id, uniqueName(`${from.name} (copy)`, project), from.parentId);
  copy.presetId = from.presetId;
  store.update(
    (draft) => {
      const at = draft.scenarios.findIndex((s) => s.id === fromId);
      draft.scenarios.splice(at + 1, 0, copy);
      draft.currentScenarioId = id;
    },
    { label: `Duplicate ${from.name}` },
  );
  return id;
}

export function renameScenario(store: DocumentStore, id: string, name: string): void {
  store.update(
    (draft) => {
      const s = scenarioIn(draft, id);
      if (s) s.name = name;
    },
    { label: 'Rename scenario' },
  );
}

/** Deletes a scenario; its variants move up to its parent so the tree stays whole. */
export function deleteScenario(store: DocumentStore, id: string): boolean {
  const project = store.getSnapshot();
  const target = project.scenarios.find((s) => s.id === id);
  if (!target || project.scenarios.length < 2) return false;
  store.update(
    (draft) => {
      const at = draft.scenarios.findIndex((s) => s.id === id);
      draft.scenarios.splice(at, 1);
      for (const s of draft.scenarios) if (s.parentId === id) s.parentId = target.parentId;
      if (draft.currentScenarioId === id) {
        draft.currentScenarioId = target.parentId ?? draft.scenarios[Math.max(0, at - 1)]!.id;
      }
    },
    { label: `Delete ${target.name}` },
  );
  return true;
}

/** Adds an evidence preset to the project as a scenario of its own and opens it. */
export function openPreset(store: DocumentStore, presetId: string): string | null {
  const scenario = defaultPresetScenario(presetId);
  return scenario ? addScenario(store, scenario, `Open ${scenario.name}`) : null;
}

/**
 * Adds a scenario from outside the project (a preset, a file) and opens it, in one undo step.
 * Its id and name are made unique here, and a parent the project lacks is dropped, so the
 * scenario tree never points at a scenario that is not there.
 */
export function addScenario(store: DocumentStore, scenario: Scenario, label: string): string {
  const project = store.getSnapshot();
  const ids = project.scenarios.map((s) => s.id);
  const id = uniqueId(scenario.id, ids);
  const parentId = scenario.parentId !== null && ids.includes(scenario.parentId) ? scenario.parentId : null;
  const added: Scenario = { ...scenario, id, parentId, name: uniqueName(scenario.name, project) };
  store.update(
    (draft) => {
      draft.scenarios.push(added);
      draft.currentScenarioId = id;
    },
    { label },
  );
  return id;
}

export function uniqueName(base: string, project: Project): string {
  const names = new Set(project.scenarios.map((s) => s.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

export type { Role };
