/**
 * What a variant changed against its parent, as lines a planner reads ("Skilled administrator
 * added, 2 posts", "Delegation off → on"), not as raw paths. Teams, roles and interventions are
 * matched by id, so reordering is not a change; other values are compared in place.
 */
import type { Role } from '../role';
import type { Scenario } from '../scenario';
import { scenarioChanges } from './compare';
import { parameterLabel, parameterRule, type ParameterUnit } from './parameters';

export type ChangeArea = 'Teams' | 'Policy' | 'Interventions' | 'Demand' | 'Activities' | 'Implementation' | 'Economics' | 'Run settings';

export interface ChangeLine {
  area: ChangeArea;
  kind: 'changed' | 'added' | 'removed';
  /** What changed: "Social worker: posts (FTE)", "Delegation", "Skilled administrator". */
  label: string;
  from: unknown;
  to: unknown;
  /** How to show from and to: a parameter unit, on/off, or plain text. */
  unit: ParameterUnit | 'switch' | 'text';
}

const POLICY_LABELS: Record<string, string> = {
  allocation: 'Allocation rule',
  keyWorkerContinuity: 'Key-worker continuity',
  delegation: 'Delegation',
  statutoryFirst: 'Statutory work first',
  'overtime.allowed': 'Overtime allowed',
};

const AREA_OF: Record<string, ChangeArea> = {
  activities: 'Activities',
  caseTypes: 'Demand',
  implementation: 'Implementation',
  economics: 'Economics',
  run: 'Run settings',
  policy: 'Policy',
};

function valueLine(area: ChangeArea, label: string, path: string, from: unknown, to: unknown): ChangeLine {
  const unit = typeof to === 'boolean' || typeof from === 'boolean' ? 'switch' : typeof to === 'number' || typeof from === 'number' ? parameterRule(path).unit : 'text';
  return { area, kind: 'changed', label, from, to, unit };
}

/** A path's value in words, for values with no parameter rule (lists, names, choices). */
function generic(area: ChangeArea, s: Scenario, path: string, from: unknown, to: unknown): ChangeLine {
  if (typeof from === 'number' || typeof to === 'number') return valueLine(area, parameterLabel(s, path), path, from, to);
  const policy = path.replace(/^policy\./, '');
  const label = area === 'Policy' && POLICY_LABELS[policy] ? POLICY_LABELS[policy] : parameterLabel(s, path).replace(/: $/, '');
  return valueLine(area, label, path, simple(from), simple(to));
}

/** Objects and lists are summarised: a line says that they changed, the editors show how. */
const simple = (v: unknown): unknown => (v !== null && typeof v === 'object' ? (Array.isArray(v) ? `${v.length} items` : 'set') : v);

function roleLines(parent: Scenario, variant: Scenario, teamIndex: number, from: Role, to: Role): ChangeLine[] {
  const lines: ChangeLine[] = [];
  const prefix = `teams[${teamIndex}].roles[${variant.teams[teamIndex]!.roles.indexOf(to)}]`;
  const roleView = (r: Role) => ({ ...r, activities: undefined, fixed: r.fixed.map((f) => ({ ...f })) });
  for (const c of scenarioChanges({ x: roleView(from) } as unknown as Scenario, { x: roleView(to) } as unknown as Scenario)) {
    const path = c.path.replace(/^x/, prefix);
    lines.push(typeof c.to === 'number' || typeof c.from === 'number' ? valueLine('Teams', parameterLabel(variant, path), path, c.from, c.to) : valueLine('Teams', `${to.name}: ${c.path.replace(/^x\./, '').replace(/\./g, ' ')}`, path, simple(c.from), simple(c.to)));
  }
  const had = new Set(from.activities.map((a) => a.activityId));
  const has = new Set(to.activities.map((a) => a.activityId));
  const name = (id: string) => variant.activities.find((a) => a.id === id)?.name ?? parent.activities.find((a) => a.id === id)?.name ?? id;
  for (const id of has) if (!had.has(id)) lines.push({ area: 'Teams', kind: 'added', label: `${to.name} now does ${name(id)}`, from: null, to: null, unit: 'text' });
  for (const id of had) if (!has.has(id)) lines.push({ area: 'Teams', kind: 'removed', label: `${to.name} no longer does ${name(id)}`, from: null, to: null, unit: 'text' });
  return lines;
}

function teamLines(parent: Scenario, variant: Scenario): ChangeLine[] {
  const lines: ChangeLine[] = [];
  variant.teams.forEach((team, ti) => {
    const old = parent.teams.find((t) => t.id === team.id);
    if (!old) {
      lines.push({ area: 'Teams', kind: 'added', label: `Team ${team.name}`, from: null, to: team.roles.reduce((n, r) => n + r.posts, 0), unit: 'fte' });
      return;
    }
    if (old.sharedCaseload !== team.sharedCaseload) lines.push(valueLine('Teams', `${team.name}: shared caseload`, `teams[${ti}].sharedCaseload`, old.sharedCaseload, team.sharedCaseload));
    for (const role of team.roles) {
      const before = old.roles.find((r) => r.id === role.id);
      if (before) lines.push(...roleLines(parent, variant, ti, before, role));
      else lines.push({ area: 'Teams', kind: 'added', label: role.name, from: null, to: role.posts, unit: 'fte' });
    }
    for (const role of old.roles) if (!team.roles.some((r) => r.id === role.id)) lines.push({ area: 'Teams', kind: 'removed', label: role.name, from: role.posts, to: null, unit: 'fte' });
  });
  for (const team of parent.teams) if (!variant.teams.some((t) => t.id === team.id)) lines.push({ area: 'Teams', kind: 'removed', label: `Team ${team.name}`, from: team.roles.reduce((n, r) => n + r.posts, 0), to: null, unit: 'fte' });
  return lines;
}

function interventionLines(parent: Scenario, variant: Scenario): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const iv of variant.interventions) {
    const old = parent.interventions.find((x) => x.id === iv.id);
    if (!old) lines.push({ area: 'Interventions', kind: 'added', label: iv.name, from: null, to: null, unit: 'text' });
    else if (JSON.stringify(old) !== JSON.stringify(iv)) lines.push({ area: 'Interventions', kind: 'changed', label: iv.name, from: null, to: null, unit: 'text' });
  }
  for (const iv of parent.interventions) if (!variant.interventions.some((x) => x.id === iv.id)) lines.push({ area: 'Interventions', kind: 'removed', label: iv.name, from: null, to: null, unit: 'text' });
  return lines;
}

/** Every difference between a parent and its variant, grouped by area, in the order the editors show them. */
export function describeChanges(parent: Scenario, variant: Scenario): ChangeLine[] {
  const rest = scenarioChanges({ ...parent, teams: [], interventions: [], sources: {} }, { ...variant, teams: [], interventions: [], sources: {} })
    .filter((c) => !c.path.startsWith('formatVersion'))
    .map((c) => generic(AREA_OF[c.path.split(/[.[]/)[0] ?? ''] ?? 'Policy', variant, c.path, c.from, c.to));
  const order: ChangeArea[] = ['Teams', 'Policy', 'Interventions', 'Demand', 'Activities', 'Implementation', 'Economics', 'Run settings'];
  return [...teamLines(parent, variant), ...rest, ...interventionLines(parent, variant)].sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area));
}
