import type { HoursKey, ShareKey, TeamResult } from '../result';
import type { Scenario } from '../scenario';
import { allocate, allocateStatutory, newAllocation, type Allocation } from './allocate';
import { compile, KIND_COUNT, type Compiled, type CompiledRole } from './compile';
import type { CaseDemand } from './demand';
import { mmcWait } from './erlang';
import { linearLoad, surelyFits, type LinearLoad } from './linearLoad';
import type { PersonHours } from './personHours';

/** Weeks in a month, for visits per month. */
export const WEEKS_PER_MONTH = 52 / 12;
/** The capacity search stops here: 2^-20 of the bracket is far below any figure shown (hundredths of a child). */
const SEARCH_ITERATIONS = 20;

export interface RoleOutcome {
  teamId: string;
  compiled: CompiledRole;
  person: PersonHours;
  /** Per FTE in post: the FTE-weighted mean of the role's people. */
  perFte: Record<HoursKey, number>;
  shares: Record<ShareKey, number>;
  utilisation: number;
  /** The whole role's hours per week, by kind. */
  total: Record<HoursKey, number>;
}

/** The team figures of the result, as plain numbers: the capacity model is deterministic. */
export type CapacityTeam = { [K in keyof TeamResult]: K extends 'waitForAllocationWeeks' | 'probabilityOfWait' ? number | null : number };

export interface CapacityOutcome {
  scenario: Scenario;
  demand: CaseDemand[];
  roles: RoleOutcome[];
  team: CapacityTeam;
  /** Demand scales: carried (what the team holds), and the most it holds by time and by caseload caps. */
  scale: { carried: number; time: number; caseload: number };
  demandFamilies: number;
  demandChildren: number;
  unmetByActivity: Record<string, number>;
  familyDirectHoursPerWeek: number;
  visitsPerWeek: number;
}

/**
 * The capacity model (DESIGN §3.1): steady-state mean demand, allocated to roles in order of
 * priority, with capacity found by searching the scale of demand the team carries with every
 * statutory task on time and within its caseload caps.
 */
export function evaluateCapacity(s: Scenario): CapacityOutcome {
  const c = compile(s);
  const x = newAllocation(c);
  const caseload = caseloadScale(c);
  const time = timeScale(c, x, caseload);
  const carried = Math.min(1, caseload);
  allocate(c, x, carried);
  return outcome(c, x, { carried, time, caseload });
}

/** The scale of demand at which the fullest holder reaches its caseload cap. */
function caseloadScale(c: Compiled): number {
  let scale = Infinity;
  c.demand.forEach((d, j) => {
    const held = c.shares[j].reduce((a, b) => a + b, 0);
    if (d.families > 0 && held < 1e-9) scale = 0;
  });
  c.holderLoad.forEach((load, h) => {
    if (load > 0) scale = Math.min(scale, c.holderSlots[h] / load);
  });
  return scale;
}

/**
 * The largest scale of demand at which every
 * statutory task fits. Statutory hours grow linearly with demand and support time only runs
 * out, so "fits" holds below one threshold: bisection finds it.
 */
function timeScale(c: Compiled, x: Allocation, limit: number): number {
  const search: Search = { c, x, load: linearLoad(c) };
  // Searching past the caseload limit (to 8 times it) tells whether time or the caps bind.
  let hi = Number.isFinite(limit) && limit > 0 ? limit : 1;
  let fitsHi = fits(search, hi);
  for (let k = 0; k < 3 && fitsHi; k++) {
    hi *= 2;
    fitsHi = fits(search, hi);
  }
  if (fitsHi) return Number.isFinite(limit) && limit > 0 ? hi : Infinity;
  let lo = 0;
  for (let k = 0; k < SEARCH_ITERATIONS; k++) {
    const mid = (lo + hi) / 2;
    if (fits(search, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

interface Search {
  c: Compiled;
  x: Allocation;
  /** The work as lines in the scale, when nothing searched can be delegated: most steps need no allocation. */
  load: LinearLoad | null;
}

/** Whether every statutory task is done on time at a scale of demand. */
function fits(search: Search, scale: number): boolean {
  const sure = search.load ? surelyFits(search.load, scale) : undefined;
  if (sure !== undefined) return sure;
  const { c, x } = search;
  return allocateStatutory(c, x, scale) <= 1e-9 * Math.max(1, x.statutoryNeeded);
}

function roleOutcome(c: Compiled, x: Allocation, r: number): RoleOutcome {
  const cr = c.roles[r];
  const k = x.kindHours;
  const base = r * KIND_COUNT;
  const total: Record<HoursKey, number> = {
    direct: k[base],
    caseIndirect: k[base + 1],
    admin: k[base + 2],
    meeting: k[base + 3],
    travel: k[base + 4],
    fixed: x.fixedHours[r],
    absence: cr.fte * cr.hours.absence,
    idle: 0,
    overtime: 0,
  };
  const busy = total.direct + total.caseIndirect + total.admin + total.meeting + total.travel + total.fixed;
  const worked = cr.fte * cr.hours.worked;
  total.overtime = Math.max(0, busy - worked);
  total.idle = Math.max(0, worked - busy);
  const perFte = cr.fte > 0 ? perFteOf(total, cr.fte) : emptyRoleWeek(cr.hours);
  const denominator = cr.hours.worked + perFte.overtime;
  const shares: Record<ShareKey, number> = {
    direct: share(perFte.direct, denominator),
    caseIndirect: share(perFte.caseIndirect, denominator),
    admin: share(perFte.admin, denominator),
    meeting: share(perFte.meeting, denominator),
    travel: share(perFte.travel, denominator),
    fixed: share(perFte.fixed, denominator),
    idle: share(perFte.idle, denominator),
  };
  return { teamId: cr.team.id, compiled: cr, person: cr.hours, perFte, shares, utilisation: 1 - shares.idle, total };
}

function share(hours: number, denominator: number): number {
  return denominator > 0 ? hours / denominator : 0;
}

function perFteOf(total: Record<HoursKey, number>, fte: number): Record<HoursKey, number> {
  return {
    direct: total.direct / fte,
    caseIndirect: total.caseIndirect / fte,
    admin: total.admin / fte,
    meeting: total.meeting / fte,
    travel: total.travel / fte,
    fixed: total.fixed / fte,
    absence: total.absence / fte,
    idle: total.idle / fte,
    overtime: total.overtime / fte,
  };
}

/** A role with no one in post: a notional person's week, all of it idle. */
function emptyRoleWeek(hours: PersonHours): Record<HoursKey, number> {
  return { direct: 0, caseIndirect: 0, admin: 0, meeting: 0, travel: 0, fixed: 0, absence: hours.absence, idle: hours.worked, overtime: 0 };
}

function outcome(c: Compiled, x: Allocation, scale: CapacityOutcome['scale']): CapacityOutcome {
  const demandFamilies = c.demand.reduce((sum, d) => sum + d.families, 0);
  const demandChildren = c.demand.reduce((sum, d) => sum + d.families * d.caseType.childrenPerFamily, 0);
  const capacityScale = Math.min(scale.time, scale.caseload);
  const families = demandFamilies * scale.carried;
  const capacityChildren = Number.isFinite(capacityScale) ? demandChildren * capacityScale : totalSlots(c);

  const allocations = c.demand.reduce((sum, d) => sum + d.allocations, 0);
  const childArrivals = c.demand.reduce((sum, d) => sum + d.allocations * d.caseType.childrenPerFamily, 0);
  const slots = Number.isFinite(capacityScale) ? Math.floor(demandFamilies * capacityScale + 1e-9) : Number.MAX_SAFE_INTEGER;
  const wait = allocations > 0 ? mmcWait(Math.min(slots, 1_000_000), demandFamilies, demandFamilies / allocations) : { probabilityOfWait: 0, meanWait: 0 };
  const overload = demandChildren > 0 && capacityChildren < demandChildren ? childArrivals * (1 - capacityChildren / demandChildren) : 0;

  const unmetByActivity: Record<string, number> = {};
  let unmet = 0;
  c.activities.forEach((a, i) => {
    if (x.unmetByActivity[i] > 1e-9) unmetByActivity[a.id] = x.unmetByActivity[i];
    unmet += x.unmetByActivity[i];
  });

  return {
    scenario: c.scenario,
    demand: c.demand,
    roles: c.roles.map((_, r) => roleOutcome(c, x, r)),
    team: {
      familiesOpen: families,
      childrenOpen: demandChildren * scale.carried,
      capacityChildren,
      overload,
      waitForAllocationWeeks: wait ? wait.meanWait : null,
      probabilityOfWait: wait ? wait.probabilityOfWait : null,
      statutoryOnTimeShare: x.statutoryNeeded > 0 ? x.statutoryDone / x.statutoryNeeded : 1,
      directHoursPerFamilyPerWeek: families > 0 ? x.familyDirectHours / families : 0,
      visitsPerFamilyPerMonth: families > 0 ? (x.visits / families) * WEEKS_PER_MONTH : 0,
      keyWorkerChangesPerFamily: keyWorkerChanges(c),
      unmetHoursPerWeek: unmet,
    },
    scale,
    demandFamilies,
    demandChildren,
    unmetByActivity,
    familyDirectHoursPerWeek: x.familyDirectHours,
    visitsPerWeek: x.visits,
  };
}

function totalSlots(c: Compiled): number {
  return c.holderSlots.reduce((a, b) => a + b, 0);
}

/**
 * Expected key-worker changes over a family's time with the service: its worker leaving while
 * the case is open (turnover × time open), plus steps up or down that change the worker.
 */
function keyWorkerChanges(c: Compiled): number {
  const referrals = c.demand.reduce((sum, d) => sum + d.referrals, 0);
  if (referrals <= 0) return 0;
  let perWeek = 0;
  c.demand.forEach((d, j) => {
    c.holders.forEach((h, hi) => {
      perWeek += (d.families * c.shares[j][hi] * h.changeRate) / 52;
    });
    perWeek += d.stepChanges;
  });
  return perWeek / referrals;
}
