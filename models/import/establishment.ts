import { ROLE_CATEGORIES, ROLE_CATEGORY_LABELS, type RoleCategory } from '../categories';
import { buildRole, under } from '../presets/builders';
import type { Role } from '../role';
import type { Scenario } from '../scenario';
import { finish, type Draft } from './finish';
import { idFrom, isFileError, isRowError, readNumber, readTable, sameName, type ColumnSpec, type TableRow } from './table';
import type { CsvRowError, ImportPreview } from './types';

type Column = 'team' | 'role' | 'category' | 'posts' | 'cost';

export const ESTABLISHMENT_COLUMNS: readonly ColumnSpec<Column>[] = [
  { key: 'team', label: 'team', aliases: ['team name', 'unit'] },
  { key: 'role', label: 'role', aliases: ['role name', 'post', 'job title'] },
  { key: 'category', label: 'category', aliases: ['role category'] },
  { key: 'posts', label: 'posts', aliases: ['fte', 'posts fte'] },
  { key: 'cost', label: 'cost', aliases: ['cost per fte', 'annual cost', 'annual cost per fte'] },
];

const POSTS = { what: 'Posts', min: 0, max: 500, unit: 'FTE', example: '5.5' };
const COST = { what: 'Cost', min: 0, max: 1_000_000, unit: 'pounds a year per FTE', example: '52000' };

/**
 * A council's establishment (posts by role) against a scenario: each row updates a role's posts,
 * cost and category, or adds a role (and its team) the scenario does not have yet. Roles the
 * file does not mention are left as they are.
 */
export function previewEstablishment(scenario: Scenario, text: string): ImportPreview {
  const table = readTable(text, ESTABLISHMENT_COLUMNS, 'An establishment file');
  if (isFileError(table)) return { kind: 'establishment', fileError: table, errors: [], changes: [], untouched: [], scenario: null };
  const draft: Draft = { scenario: structuredClone(scenario), changes: [], errors: [] };
  const ids = new Set(scenario.teams.flatMap((t) => [t.id, ...t.roles.map((r) => r.id)]));
  const seen = new Map<string, number>();
  const mentioned = new Set<Role>();
  for (const row of table.rows) {
    const role = applyRow(draft, row, table.headings, ids, seen);
    if (role) mentioned.add(role);
  }
  const untouched = draft.scenario.teams.flatMap((t) => t.roles.filter((r) => !mentioned.has(r)).map((r) => `${t.name} › ${r.name}: not in the file, unchanged`));
  return finish('establishment', draft, untouched);
}

function applyRow(draft: Draft, { row, cells }: TableRow<Column>, headings: Record<Column, string>, ids: Set<string>, seen: Map<string, number>): Role | null {
  const errors: CsvRowError[] = [];
  const need = (key: Column) => {
    if (cells[key] === '') errors.push({ code: 'csv_missing_value', row, column: headings[key], message: `The ${headings[key]} is empty.` });
  };
  need('team');
  need('role');
  need('posts');
  const posts = readNumber(cells.posts, POSTS, row, headings.posts);
  const cost = readNumber(cells.cost, COST, row, headings.cost);
  const category = readCategory(cells.category, row, headings.category);
  for (const v of [posts, cost, category]) if (isRowError(v)) errors.push(v);
  const key = `${cells.team.toLowerCase()}\u0000${cells.role.toLowerCase()}`;
  if (errors.length === 0 && seen.has(key)) {
    errors.push({ code: 'csv_duplicate_row', row, column: null, message: `${cells.team} › ${cells.role} is listed twice (also on row ${seen.get(key)}).` });
  }
  seen.set(key, seen.get(key) ?? row);
  if (errors.length > 0 || isRowError(posts) || isRowError(cost) || isRowError(category) || posts === null) {
    draft.errors.push(...errors);
    return null;
  }
  const s = draft.scenario;
  let ti = s.teams.findIndex((t) => sameName(t.name, cells.team) || t.id === cells.team);
  if (ti < 0) {
    s.teams.push({ id: idFrom(cells.team, ids), name: cells.team, sharedCaseload: false, roles: [] });
    ti = s.teams.length - 1;
    draft.changes.push({ kind: 'add_team', row, target: cells.team, text: `New team: ${cells.team}` });
  }
  const team = s.teams[ti];
  const ri = team.roles.findIndex((r) => sameName(r.name, cells.role) || r.id === cells.role);
  if (ri >= 0) return updateRole(draft, row, ti, ri, posts, cost, category);
  if (category === null) {
    draft.errors.push({ code: 'csv_missing_value', row, column: headings.category, message: `${cells.role} is a new role in ${team.name}: give its category (${ROLE_CATEGORIES.join(', ')}).` });
    return null;
  }
  if (cost === null) {
    draft.errors.push({ code: 'csv_missing_value', row, column: headings.cost, message: `${cells.role} is a new role in ${team.name}: give its annual cost per FTE.` });
    return null;
  }
  return addRole(draft, row, ti, { name: cells.role, category, posts, cost }, ids);
}

function updateRole(draft: Draft, row: number, ti: number, ri: number, posts: number, cost: number | null, category: RoleCategory | null): Role {
  const s = draft.scenario;
  const role = s.teams[ti].roles[ri];
  const target = `${s.teams[ti].name} › ${role.name}`;
  const at = `teams[${ti}].roles[${ri}].`;
  const set = <F extends 'posts' | 'costPerFte' | 'category'>(field: F, label: string, to: Role[F], shown: (v: Role[F]) => string | number) => {
    if (role[field] === to) return;
    draft.changes.push({ kind: 'set', row, target, field, from: shown(role[field]), to: shown(to), text: `${target}: ${label} ${shown(role[field])} → ${shown(to)}` });
    role[field] = to;
    // The value is now the council's own, so it no longer cites a default's source.
    delete s.sources[`${at}${field}`];
  };
  set('posts', 'posts', posts, (v) => v);
  if (cost !== null) set('costPerFte', 'cost per FTE', cost, (v) => `£${v.toLocaleString('en-GB')}`);
  if (category !== null) set('category', 'category', category, (v) => ROLE_CATEGORY_LABELS[v]);
  if (role.asyePosts > role.posts) role.asyePosts = role.posts;
  return role;
}

function addRole(draft: Draft, row: number, ti: number, spec: { name: string; category: RoleCategory; posts: number; cost: number }, ids: Set<string>): Role {
  const s = draft.scenario;
  const activities = s.activities.filter((a) => a.eligible.includes(spec.category) || a.delegateTo.includes(spec.category)).map((a) => a.id);
  const keyWorker = s.caseTypes.some((c) => c.keyWorkerCategories.includes(spec.category));
  const built = buildRole({ id: idFrom(spec.name, ids), name: spec.name, category: spec.category, posts: spec.posts, keyWorker, activities });
  const role = { ...built.value, costPerFte: spec.cost };
  const team = s.teams[ti];
  team.roles.push(role);
  Object.assign(s.sources, under(`teams[${ti}].roles[${team.roles.length - 1}].`, built.sources));
  draft.changes.push({
    kind: 'add_role',
    row,
    target: `${team.name} › ${spec.name}`,
    text: `New role in ${team.name}: ${spec.name} (${ROLE_CATEGORY_LABELS[spec.category]}), ${spec.posts} posts at £${spec.cost.toLocaleString('en-GB')} per FTE`,
  });
  return role;
}

/** A category by its id (qualified_sw) or its label (Qualified social worker); empty is null. */
function readCategory(cell: string, row: number, column: string): RoleCategory | null | CsvRowError {
  if (cell === '') return null;
  const found = ROLE_CATEGORIES.find((c) => sameName(c, cell) || sameName(ROLE_CATEGORY_LABELS[c], cell) || sameName(c.replaceAll('_', ' '), cell));
  if (found) return found;
  return { code: 'csv_bad_value', row, column, message: `"${cell}" is not a role category; use one of: ${ROLE_CATEGORIES.join(', ')}.` };
}
