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
  /** Looked up once here so the capacity search does not chase roles and activities per item. */
  efficiency: number[];
  kind: number[];
  /** Support roles that may take the item's delegable part, cheapest first. */
  supports: (readonly number[])[];
}

export interface ElasticGroup {
  teamIndex: number;
  activity: number;
  /** Sessions a week the team's families would benefit from, at scale 1. */
  desired: number;
  /** Eligible performers, grouped by category in the activity's order of preference. */
  performerGroups: number[][];
  followUps: FollowUp[];
  /** Support roles that may take the delegable part of the follow-ups, cheapest first. */
  supports: readonly number[];
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
  supports: (readonly number[])[][];
  /** Standard hours a week at scale 1 that no role present can do, by activity. */
  unassignable: number[];
  delegation: boolean;
  /** Each activity's follow-ups by activity index, worked out once rather than per occurrence. */
  followUps: FollowUp[][];
}

/** A follow-up with its activity as an index. */
export interface FollowUp {
  activity: number;
  times: number;
}

/** One shared empty list, so activities nobody supports do not each allocate one. */
const NONE: readonly number[] = Object.freeze([]);

function emptyItems(): WorkItems {
  return {
    performer: [],
    activity: [],
    occurrences: [],
    ownHours: [],
    travelHours: [],
    delegable: [],
    statutory: [],
    secondary: [],
    efficiency: [],
    kind: [],
    supports: [],
  };
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

  const supports = s.teams.map((_, t) => supportsByActivity(activities, roles, supportRoles(roles, t)));
  const followUps = activities.map((a) => a.followUps.map((f) => ({ activity: actIndex.get(f.activityId)!, times: f.times })));

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
    followUps,
  };
  buildWork(c, actIndex);
  buildElastic(c, actIndex);
  return c;
}

/** A team's support roles with staff in post, cheapest first. */
function supportRoles(roles: CompiledRole[], teamIndex: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i];
    if (r.teamIndex === teamIndex && r.fte > 0 && SUPPORT_FOR_DELEGATION.includes(r.role.category)) list.push(i);
  }
  return list.sort((x, y) => roles[x].role.costPerFte - roles[y].role.costPerFte || byRoleKey(roles[x], roles[y]));
}

/** For each activity, the support roles (of one team's list) that may take its delegable share. */
function supportsByActivity(activities: Activity[], roles: CompiledRole[], support: number[]): (readonly number[])[] {
  return activities.map((a, ai) => {
    if (!(a.delegableShare > 0 && a.delegateTo.length > 0)) return NONE;
    const able = support.filter((i) => roles[i].efficiency[ai] > 0 && a.delegateTo.includes(roles[i].role.category));
    return able.length > 0 ? able : NONE;
  });
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

/** Whether a role of a team and category has staff who can do an activity. */
function doesInTeam(r: CompiledRole, teamIndex: number, cat: RoleCategory, a: number): boolean {
  return r.teamIndex === teamIndex && r.role.category === cat && r.fte > 0 && r.efficiency[a] > 0;
}

/** Roles that do a holder's work on an activity, each with its part of it. */
type Performers = [number, number][];

/**
 * Builds the work lists. Performer lists are looked up for every (case type, holder, task) and
 * every follow-up, so they are worked out once per compile and kept in flat arrays indexed by
 * team or holder and activity.
 */
class WorkBuilder {
  private readonly A: number;
  private readonly R: number;
  /** Item index by class, role, flags and activity; -1 until the item exists. */
  private readonly slot: Int32Array;
  private readonly teamCache: (Performers | undefined)[] = [];
  private readonly holderCache: (Performers | undefined)[] = [];
  /** Second performers of a joint visit led by role p, without p: secondCache[p * A + a]. */
  private readonly secondCache: (Performers | undefined)[] = [];
  /** A role doing its own follow-up: [[p, 1]], one list per role. */
  private readonly selfCache: (Performers | undefined)[] = [];

  constructor(private readonly c: Compiled) {
    this.A = c.activities.length;
    this.R = c.roles.length;
    this.slot = new Int32Array(8 * this.R * this.A).fill(-1);
  }

  /** Roles of a team that may do an activity, first eligible category first, split by FTE. */
  teamPerformers(teamIndex: number, a: number, second: boolean): Performers {
    const key = (teamIndex * this.A + a) * 2 + (second ? 1 : 0);
    return (this.teamCache[key] ??= this.findTeamPerformers(teamIndex, a, second));
  }

  private findTeamPerformers(teamIndex: number, a: number, second: boolean): Performers {
    const roles = this.c.roles;
    const act = this.c.activities[a];
    for (const cat of second ? act.secondPerformer : act.eligible) {
      let fte = 0;
      for (const r of roles) if (doesInTeam(r, teamIndex, cat, a)) fte += r.fte;
      if (fte <= 0) continue;
      const found: Performers = [];
      for (let i = 0; i < roles.length; i++) if (doesInTeam(roles[i], teamIndex, cat, a)) found.push([i, roles[i].fte / fte]);
      return found;
    }
    return [];
  }

  /**
   * Who does a holder's work on an activity. A key worker does it if allowed; otherwise (a
   * family practitioner's case needing a qualified assessment) the team's first eligible role.
   * In a unit, every member who may do it shares it in proportion to the hours they have free
   * of fixed commitments.
   */
  holderPerformers(h: Holder, hi: number, a: number): Performers {
    return (this.holderCache[hi * this.A + a] ??= this.findHolderPerformers(h, a));
  }

  private findHolderPerformers(h: Holder, a: number): Performers {
    const roles = this.c.roles;
    const act = this.c.activities[a];
    if (h.shared) {
      const able = h.members.filter((i) => roles[i].fte > 0 && roles[i].efficiency[a] > 0 && act.eligible.includes(roles[i].role.category));
      const free = able.map((i) => Math.max(0, roles[i].budget - roles[i].fixed));
      const total = free.reduce((x, y) => x + y, 0);
      if (total > 0) return able.map((i, k) => [i, free[k] / total]);
      return this.teamPerformers(h.teamIndex, a, false);
    }
    const k = h.members[0];
    const r = roles[k];
    if (r.efficiency[a] > 0 && act.eligible.includes(r.role.category)) return [[k, 1]];
    return this.teamPerformers(h.teamIndex, a, false);
  }

  private secondPerformers(p: number, a: number): Performers {
    return (this.secondCache[p * this.A + a] ??= this.teamPerformers(this.c.roles[p].teamIndex, a, true).filter(([q]) => q !== p));
  }

  /** Follow-ups go to the performer if it can do them, else to whoever does the holder's. */
  private followUpPerformers(h: Holder, hi: number, p: number, fa: number): Performers {
    if (this.c.roles[p].efficiency[fa] <= 0) return this.holderPerformers(h, hi, fa);
    return (this.selfCache[p] ??= [[p, 1]]);
  }

  /** Adds occurrences of an activity to the performer's line of work in its class. */
  addItem(statutory: boolean, p: number, a: number, occ: number, secondary: boolean): void {
    const c = this.c;
    const cls = c.scenario.policy.statutoryFirst && statutory ? 0 : 1;
    const items = c.classes[cls];
    const key = ((cls * 2 + (secondary ? 1 : 0)) * 2 + (statutory ? 1 : 0)) * this.R * this.A + p * this.A + a;
    const act = c.activities[a];
    const r = c.roles[p];
    let i = this.slot[key];
    if (i < 0) {
      i = items.performer.length;
      this.slot[key] = i;
      items.performer.push(p);
      items.activity.push(a);
      items.occurrences.push(0);
      items.ownHours.push(0);
      items.travelHours.push(0);
      items.delegable.push(0);
      items.statutory.push(statutory);
      items.secondary.push(secondary);
      items.efficiency.push(r.efficiency[a]);
      items.kind.push(c.kindOf[a]);
      items.supports.push(c.supports[r.teamIndex][a]);
    }
    const canDelegate = !secondary && c.delegation && act.delegableShare > 0 && c.supports[r.teamIndex][a].length > 0;
    const delegable = canDelegate ? occ * act.hours * act.delegableShare : 0;
    items.occurrences[i] += occ;
    items.ownHours[i] += (occ * act.hours - delegable) / r.efficiency[a];
    items.travelHours[i] += act.visit ? occ * r.travelHours : 0;
    items.delegable[i] += delegable;
  }

  /** A holder's occurrences of an activity, their joint-visit partners and follow-ups, to a depth. */
  addWork(h: Holder, hi: number, performers: Performers, a: number, occ: number, statutory: boolean, depth: number): void {
    const c = this.c;
    const act = c.activities[a];
    if (performers.length === 0) {
      c.unassignable[a] += occ * act.hours;
      return;
    }
    for (const [p, w] of performers) {
      const o = occ * w;
      this.addItem(statutory, p, a, o, false);
      if (act.performers === 2) {
        const second = this.secondPerformers(p, a);
        if (second.length === 0) c.unassignable[a] += o * act.hours;
        for (const [q, wq] of second) this.addItem(statutory, q, a, o * wq, true);
      }
      if (depth >= MAX_FOLLOW_UP_DEPTH) continue;
      for (const f of c.followUps[a]) this.addWork(h, hi, this.followUpPerformers(h, hi, p, f.activity), f.activity, o * f.times, statutory, depth + 1);
    }
  }
}

function buildWork(c: Compiled, actIndex: Map<string, number>): void {
  const work = new WorkBuilder(c);
  c.demand.forEach((d, j) => {
    const taskActivities = d.tasks.map((t) => actIndex.get(t.activityId)!);
    c.holders.forEach((h, hi) => {
      const families = d.families * c.shares[j][hi];
      if (families <= 0) return;
      d.tasks.forEach((t, k) => {
        const a = taskActivities[k];
        work.addWork(h, hi, work.holderPerformers(h, hi, a), a, families * t.perFamilyPerWeek, c.activities[a].statutory, 0);
      });
    });
  });
}

/** A team's roles of one category that may do an activity, in role-key order. */
function categoryPerformers(c: Compiled, teamIndex: number, cat: RoleCategory, a: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < c.roles.length; i++) if (doesInTeam(c.roles[i], teamIndex, cat, a)) list.push(i);
  return list.sort((x, y) => byRoleKey(c.roles[x], c.roles[y]));
}

function newElasticGroup(c: Compiled, teamIndex: number, a: number): ElasticGroup {
  const act = c.activities[a];
  const performerGroups = act.eligible.map((cat) => categoryPerformers(c, teamIndex, cat, a)).filter((list) => list.length > 0);
  const followUps = c.followUps[a];
  const delegableFollowUp = followUps.find((f) => c.activities[f.activity].delegableShare > 0 && c.supports[teamIndex][f.activity].length > 0);
  return {
    teamIndex,
    activity: a,
    desired: 0,
    performerGroups,
    followUps,
    supports: c.delegation && delegableFollowUp ? c.supports[teamIndex][delegableFollowUp.activity] : NONE,
  };
}

function buildElastic(c: Compiled, actIndex: Map<string, number>): void {
  const A = c.activities.length;
  // One group per team and activity: groups[teamIndex * A + activity].
  const groups: ElasticGroup[] = [];
  c.demand.forEach((d, j) => {
    if (!d.elastic || d.elastic.desiredPerWeek <= 0) return;
    const a = actIndex.get(d.elastic.activityId)!;
    c.holders.forEach((h, hi) => {
      const families = d.families * c.shares[j][hi];
      if (families <= 0) return;
      const g = (groups[h.teamIndex * A + a] ??= newElasticGroup(c, h.teamIndex, a));
      g.desired += families * d.elastic!.desiredPerWeek;
    });
  });
  c.elastic = groups.filter((g) => g !== undefined).sort((x, y) => x.teamIndex - y.teamIndex || (c.activities[x.activity].id < c.activities[y.activity].id ? -1 : 1));
}
