import type { Activity } from '../activity';
import type { ActivityKind, RoleCategory } from '../categories';
import type { Role } from '../role';
import type { Team } from '../team';
import type { Scenario } from '../scenario';
import { steadyDemand, type CaseDemand } from './demand';
import { buildHolders, shareFamilies, type Holder } from './holders';
import { personHours, staffedFte, type PersonHours } from './personHours';

/** Work kinds in the order of the result's `hoursPerWeek`, then fixed commitments. */
export const KINDS: readonly ActivityKind[] = ['direct', 'case_indirect', 'admin', 'meeting', 'travel'];
export const KIND_DIRECT = 0;
export const KIND_TRAVEL = 4;
export const KIND_COUNT = 5;

const SUPPORT_FOR_DELEGATION: readonly RoleCategory[] = ['administrator', 'volunteer'];
const NOT_PRACTITIONERS: readonly RoleCategory[] = ['administrator', 'manager'];
/** A chain of follow-ups (a visit brings recording, a conference its report) is never deeper than this. */
const MAX_FOLLOW_UP_DEPTH = 3;

export interface CompiledRole {
  role: Role;
  team: Team;
  teamIndex: number;
  fte: number;
  hours: PersonHours;
  /** Hours the role's people can give in a week, overtime included. */
  budget: number;
  /** Fixed commitments of all its people, plus the supervision they give. */
  fixed: number;
  travelHours: number;
  /** Efficiency per activity index; 0 where the role does not do it. */
  efficiency: number[];
}

/**
 * One line of work at the mean demand (scale 1): a performer, an activity and how often a week.
 * Occurrences of the same activity by the same performer are added together.
 */
export interface WorkItems {
  performer: number[];
  activity: number[];
  occurrences: number[];
  /** Hours the performer spends per week at scale 1, excluding the delegable part and travel. */
  ownHours: number[];
  travelHours: number[];
  /** Standard hours per week at scale 1 that a support role may take. */
  delegable: number[];
  statutory: boolean[];
  /** A second performer of a joint visit: no follow-ups, no delegation, not a separate visit. */
  secondary: boolean[];
}

export interface ElasticGroup {
  teamIndex: number;
  activity: number;
  /** Sessions a week the team's families would benefit from, at scale 1. */
  desired: number;
  /** Eligible performers, grouped by category in the activity's order of preference. */
  performerGroups: number[][];
  followUps: { activity: number; times: number }[];
  /** Support roles that may take the delegable part of the follow-ups, cheapest first. */
  supports: number[];
}

export interface Compiled {
  scenario: Scenario;
  activities: Activity[];
  kindOf: Int8Array;
  roles: CompiledRole[];
  demand: CaseDemand[];
  holders: Holder[];
  /** shares[j][h]: the part of case type j's families holder h carries. */
  shares: number[][];
  /** Holder load in weighted children at scale 1, and its slots. */
  holderLoad: number[];
  holderSlots: number[];
  /** Work by class: 0 statutory (done first when the policy says so), 1 other case work. */
  classes: [WorkItems, WorkItems];
  elastic: ElasticGroup[];
  /** Support roles by activity and team, cheapest first: supports[team][activity]. */
  supports: number[][][];
  /** Standard hours a week at scale 1 that no role present can do, by activity. */
  unassignable: number[];
  delegation: boolean;
  /** Performer lists already worked out, by team, activity and purpose (the compile's hot spot). */
  performerCache: Map<number, Performers>;
}

function emptyItems(): WorkItems {
  return { performer: [], activity: [], occurrences: [], ownHours: [], travelHours: [], delegable: [], statutory: [], secondary: [] };
}

/** Sorting key that makes results independent of the order roles are listed in. */
function byRoleKey(x: CompiledRole, y: CompiledRole): number {
  if (x.team.id !== y.team.id) return x.team.id < y.team.id ? -1 : 1;
  return x.role.id < y.role.id ? -1 : x.role.id > y.role.id ? 1 : 0;
}

export function compile(s: Scenario): Compiled {
  const activities = s.activities;
  const A = activities.length;
  const actIndex = new Map(activities.map((a, i) => [a.id, i]));
  const kindOf = Int8Array.from(activities.map((a) => KINDS.indexOf(a.kind)));

  const roles: CompiledRole[] = [];
  s.teams.forEach((team, teamIndex) => {
    for (const role of team.roles) {
      const hours = personHours(role, s.policy);
      const fte = staffedFte(role);
      // Plain arrays: a typed array per role costs more to create than this whole loop.
      const efficiency: number[] = new Array<number>(A).fill(0);
      for (const ra of role.activities) {
        const i = actIndex.get(ra.activityId);
        if (i !== undefined) efficiency[i] = ra.efficiency;
      }
      const own = role.fixed.reduce((sum, f) => sum + f.hoursPerWeek, 0);
      roles.push({
        role,
        team,
        teamIndex,
        fte,
        hours,
        budget: fte * (hours.worked + hours.overtimeMax),
        fixed: fte * own,
        travelHours: role.travelMinutesPerVisit / 60,
        efficiency,
      });
    }
  });
  addSupervisionGiven(roles);

  const demand = steadyDemand(s);
  const weighted = demand.map((d) => d.families * d.caseType.childrenPerFamily * d.caseType.complexityWeight);
  const holders = buildHolders(
    roles.map((r) => ({
      teamIndex: r.teamIndex,
      category: r.role.category,
      keyWorker: r.role.keyWorker.eligible,
      slots: caseloadSlots(r, s.policy.caseloadCap),
      turnover: r.role.workforce.turnoverPerYear,
      fte: r.fte,
      people: Math.ceil(r.role.posts - 1e-9),
      practitioner: !NOT_PRACTITIONERS.includes(r.role.category),
    })),
    s.teams.map((t) => t.sharedCaseload),
  );
  const shares = shareFamilies(holders, demand, weighted);
  const holderLoad = holders.map((_, h) => demand.reduce((sum, _d, j) => sum + weighted[j] * shares[j][h], 0));
  const holderSlots = holders.map((h) => [...h.slotsByCategory.values()].reduce((a, b) => a + b, 0));

  // Support roles of each team, cheapest first, then those that do each activity.
  const supportRoles = s.teams.map((_, t) =>
    roles
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.teamIndex === t && r.fte > 0 && SUPPORT_FOR_DELEGATION.includes(r.role.category))
      .sort((x, y) => x.r.role.costPerFte - y.r.role.costPerFte || byRoleKey(x.r, y.r)),
  );
  const supports = supportRoles.map((list) =>
    activities.map((a, ai) =>
      a.delegableShare > 0 && a.delegateTo.length > 0 ? list.filter(({ r }) => r.efficiency[ai] > 0 && a.delegateTo.includes(r.role.category)).map(({ i }) => i) : [],
    ),
  );

  const c: Compiled = {
    scenario: s,
    activities,
    kindOf,
    roles,
    demand,
    holders,
    shares,
    holderLoad,
    holderSlots,
    classes: [emptyItems(), emptyItems()],
    elastic: [],
    supports,
    unassignable: new Array<number>(A).fill(0),
    delegation: s.policy.delegation,
    performerCache: new Map(),
  };
  buildWork(c, actIndex);
  buildElastic(c, actIndex);
  return c;
}

/** Weighted children the role's people may hold: ASYE posts at their protected share. */
function caseloadSlots(r: CompiledRole, policyCap: number): number {
  if (!r.role.keyWorker.eligible) return 0;
  const cap = r.role.keyWorker.caseloadCap ?? policyCap;
  const asye = Math.min(r.role.asyePosts, r.role.posts);
  const fullShare = r.role.posts > 0 ? r.fte / r.role.posts : 0;
  return Math.max(0, cap * fullShare * (r.role.posts - asye * (1 - r.role.asyeCaseloadFactor)));
}

/** An hour of supervision received is an hour of the supervisor's week too. */
function addSupervisionGiven(roles: CompiledRole[]): void {
  for (const r of roles) {
    for (const f of r.role.fixed) {
      if (f.kind !== 'supervision' || !f.supervisorRoleId) continue;
      const sup = roles.find((x) => x.teamIndex === r.teamIndex && x.role.id === f.supervisorRoleId) ?? roles.find((x) => x.role.id === f.supervisorRoleId);
      if (sup && sup !== r) sup.fixed += f.hoursPerWeek * r.fte;
    }
  }
}

type Performers = [number, number][];

/** Roles of a team that may do an activity, first eligible category first, split by FTE. */
function teamPerformers(c: Compiled, teamIndex: number, a: number, second: boolean): Performers {
  const key = ((teamIndex * c.activities.length + a) * 2 + (second ? 1 : 0)) * -1 - 1;
  const cached = c.performerCache.get(key);
  if (cached) return cached;
  const act = c.activities[a];
  const categories = second ? act.secondPerformer : act.eligible;
  let found: Performers = [];
  for (const cat of categories) {
    let fte = 0;
    for (const r of c.roles) if (r.teamIndex === teamIndex && r.role.category === cat && r.fte > 0 && r.efficiency[a] > 0) fte += r.fte;
    if (fte <= 0) continue;
    c.roles.forEach((r, i) => {
      if (r.teamIndex === teamIndex && r.role.category === cat && r.fte > 0 && r.efficiency[a] > 0) found.push([i, r.fte / fte]);
    });
    break;
  }
  c.performerCache.set(key, found);
  return found;
}

/**
 * Who does a holder's work on an activity. A key worker does it if allowed; otherwise (a
 * family practitioner's case needing a qualified assessment) the team's first eligible role.
 * In a unit, every member who may do it shares it in proportion to the hours they have free
 * of fixed commitments.
 */
function holderPerformers(c: Compiled, h: Holder, hi: number, a: number): Performers {
  const key = hi * c.activities.length + a;
  const cached = c.performerCache.get(key);
  if (cached) return cached;
  const found = findHolderPerformers(c, h, a);
  c.performerCache.set(key, found);
  return found;
}

function findHolderPerformers(c: Compiled, h: Holder, a: number): Performers {
  const act = c.activities[a];
  if (h.shared) {
    const able = h.members.filter((i) => c.roles[i].fte > 0 && c.roles[i].efficiency[a] > 0 && act.eligible.includes(c.roles[i].role.category));
    const free = able.map((i) => Math.max(0, c.roles[i].budget - c.roles[i].fixed));
    const total = free.reduce((x, y) => x + y, 0);
    if (total > 0) return able.map((i, k) => [i, free[k] / total]);
    return teamPerformers(c, h.teamIndex, a, false);
  }
  const k = h.members[0];
  const r = c.roles[k];
  if (r.efficiency[a] > 0 && act.eligible.includes(r.role.category)) return [[k, 1]];
  return teamPerformers(c, h.teamIndex, a, false);
}

function buildWork(c: Compiled, actIndex: Map<string, number>): void {
  const slot = new Map<number, number>();
  const R = c.roles.length;
  const A = c.activities.length;
  const statutoryFirst = c.scenario.policy.statutoryFirst;

  const addItem = (statutory: boolean, p: number, a: number, occ: number, secondary: boolean) => {
    const cls = statutoryFirst && statutory ? 0 : 1;
    const items = c.classes[cls];
    const key = ((cls * 2 + (secondary ? 1 : 0)) * 2 + (statutory ? 1 : 0)) * R * A + p * A + a;
    let i = slot.get(key);
    if (i === undefined) {
      i = items.performer.length;
      slot.set(key, i);
      items.performer.push(p);
      items.activity.push(a);
      items.occurrences.push(0);
      items.ownHours.push(0);
      items.travelHours.push(0);
      items.delegable.push(0);
      items.statutory.push(statutory);
      items.secondary.push(secondary);
    }
    const act = c.activities[a];
    const r = c.roles[p];
    const team = r.teamIndex;
    const canDelegate = !secondary && c.delegation && act.delegableShare > 0 && c.supports[team][a].length > 0;
    const delegable = canDelegate ? occ * act.hours * act.delegableShare : 0;
    items.occurrences[i] += occ;
    items.ownHours[i] += (occ * act.hours - delegable) / r.efficiency[a];
    items.travelHours[i] += act.visit ? occ * r.travelHours : 0;
    items.delegable[i] += delegable;
  };

  const addWork = (h: Holder, hi: number, performers: Performers, a: number, occ: number, statutory: boolean, depth: number) => {
    const act = c.activities[a];
    if (performers.length === 0) {
      c.unassignable[a] += occ * act.hours;
      return;
    }
    for (const [p, w] of performers) {
      const o = occ * w;
      addItem(statutory, p, a, o, false);
      if (act.performers === 2) {
        const second = teamPerformers(c, c.roles[p].teamIndex, a, true).filter(([q]) => q !== p);
        if (second.length === 0) c.unassignable[a] += o * act.hours;
        for (const [q, wq] of second) addItem(statutory, q, a, o * wq, true);
      }
      if (depth >= MAX_FOLLOW_UP_DEPTH) continue;
      for (const f of act.followUps) {
        const fa = actIndex.get(f.activityId)!;
        const own = c.roles[p].efficiency[fa] > 0 ? ([[p, 1]] as Performers) : holderPerformers(c, h, hi, fa);
        addWork(h, hi, own, fa, o * f.times, statutory, depth + 1);
      }
    }
  };

  c.demand.forEach((d, j) => {
    c.holders.forEach((h, hi) => {
      const families = d.families * c.shares[j][hi];
      if (families <= 0) return;
      for (const t of d.tasks) {
        const a = actIndex.get(t.activityId)!;
        addWork(h, hi, holderPerformers(c, h, hi, a), a, families * t.perFamilyPerWeek, c.activities[a].statutory, 0);
      }
    });
  });
}

function buildElastic(c: Compiled, actIndex: Map<string, number>): void {
  const groups = new Map<string, ElasticGroup>();
  c.demand.forEach((d, j) => {
    if (!d.elastic || d.elastic.desiredPerWeek <= 0) return;
    const a = actIndex.get(d.elastic.activityId)!;
    c.holders.forEach((h, hi) => {
      const families = d.families * c.shares[j][hi];
      if (families <= 0) return;
      const key = `${h.teamIndex}:${a}`;
      let g = groups.get(key);
      if (!g) {
        const act = c.activities[a];
        const performerGroups = act.eligible
          .map((cat) =>
            c.roles
              .map((r, i) => [r, i] as const)
              .filter(([r]) => r.teamIndex === h.teamIndex && r.role.category === cat && r.fte > 0 && r.efficiency[a] > 0)
              .sort(([x], [y]) => byRoleKey(x, y))
              .map(([, i]) => i),
          )
          .filter((list) => list.length > 0);
        const followUps = act.followUps.map((f) => ({ activity: actIndex.get(f.activityId)!, times: f.times }));
        const delegableFollowUp = followUps.find((f) => c.activities[f.activity].delegableShare > 0 && c.supports[h.teamIndex][f.activity].length > 0);
        g = {
          teamIndex: h.teamIndex,
          activity: a,
          desired: 0,
          performerGroups,
          followUps,
          supports: c.delegation && delegableFollowUp ? c.supports[h.teamIndex][delegableFollowUp.activity] : [],
        };
        groups.set(key, g);
      }
      g.desired += families * d.elastic!.desiredPerWeek;
    });
  });
  c.elastic = [...groups.values()].sort((x, y) => x.teamIndex - y.teamIndex || (c.activities[x.activity].id < c.activities[y.activity].id ? -1 : 1));
}
