import { KIND_COUNT, KIND_DIRECT, KIND_TRAVEL, type Compiled, type ElasticGroup, type WorkItems } from './compile';

/**
 * The hours of one evaluation at a given scale of demand. Buffers are allocated once per
 * compiled scenario and reused, so the capacity search does not allocate in its loop.
 */
export interface Allocation {
  scale: number;
  /** Hours each role can still give (overtime included). */
  free: Float64Array;
  /** Role hours by kind: kindHours[role * KIND_COUNT + kind]. */
  kindHours: Float64Array;
  fixedHours: Float64Array;
  unmetByActivity: Float64Array;
  statutoryNeeded: number;
  statutoryDone: number;
  /** Visits made per week (a joint visit counts once) and hours of contact families receive. */
  visits: number;
  familyDirectHours: number;
  elasticSessions: number;
  /** Scratch space for the delegation pass. */
  asked: Float64Array;
  pending: number[];
  need: Float64Array;
  /** Scratch space for elastic work, per performer of a group. */
  sessionFull: number[];
  sessionSaved: number[];
  sessionMine: number[];
}

export function newAllocation(c: Compiled): Allocation {
  const R = c.roles.length;
  return {
    scale: 0,
    free: new Float64Array(R),
    kindHours: new Float64Array(R * KIND_COUNT),
    fixedHours: new Float64Array(R),
    unmetByActivity: new Float64Array(c.activities.length),
    statutoryNeeded: 0,
    statutoryDone: 0,
    visits: 0,
    familyDirectHours: 0,
    elasticSessions: 0,
    asked: new Float64Array(R),
    pending: [],
    need: new Float64Array(R),
    sessionFull: [],
    sessionSaved: [],
    sessionMine: [],
  };
}

/** Fixed commitments come first; what is left is the week available for case work. */
function reset(c: Compiled, x: Allocation, scale: number): void {
  x.scale = scale;
  x.kindHours.fill(0);
  x.unmetByActivity.fill(0);
  x.statutoryNeeded = 0;
  x.statutoryDone = 0;
  x.visits = 0;
  x.familyDirectHours = 0;
  x.elasticSessions = 0;
  for (let r = 0; r < c.roles.length; r++) {
    const role = c.roles[r];
    const fixed = Math.min(role.fixed, role.budget);
    x.fixedHours[r] = fixed;
    x.free[r] = role.budget - fixed;
  }
  for (let a = 0; a < c.unassignable.length; a++) x.unmetByActivity[a] = c.unassignable[a] * scale;
}

/**
 * One class of work: delegable parts go to the cheapest support role with time (then the next),
 * the rest to the performer; a performer short of time does the same share of each of its items.
 */
function fillClass(c: Compiled, x: Allocation, items: WorkItems): void {
  const n = items.performer.length;
  const s = x.scale;
  const pending = x.pending;
  pending.length = n;
  let anyPending = false;
  for (let i = 0; i < n; i++) {
    pending[i] = items.delegable[i] * s;
    if (pending[i] > 0) anyPending = true;
  }
  if (anyPending) delegate(c, x, items, pending);

  const { performer, activity, efficiency, kind, ownHours, travelHours } = items;
  const need = x.need;
  need.fill(0);
  for (let i = 0; i < n; i++) need[performer[i]] += s * (ownHours[i] + travelHours[i]) + pending[i] / efficiency[i];
  for (let i = 0; i < n; i++) {
    const p = performer[i];
    const a = activity[i];
    const needed = need[p];
    const done = needed > 0 ? Math.min(1, Math.max(0, x.free[p]) / needed) : 1;
    const work = s * ownHours[i] + pending[i] / efficiency[i];
    const travel = s * travelHours[i];
    x.kindHours[p * KIND_COUNT + kind[i]] += done * work;
    x.kindHours[p * KIND_COUNT + KIND_TRAVEL] += done * travel;
    x.unmetByActivity[a] += (1 - done) * (work + travel);
    if (items.statutory[i]) {
      x.statutoryNeeded += work + travel;
      x.statutoryDone += done * (work + travel);
    }
    if (!items.secondary[i]) {
      const act = c.activities[a];
      if (act.visit) x.visits += done * s * items.occurrences[i];
      if (kind[i] === KIND_DIRECT) x.familyDirectHours += done * s * items.occurrences[i] * act.hours;
    }
  }
  for (let p = 0; p < need.length; p++) if (need[p] > 0) x.free[p] = Math.max(0, x.free[p] - need[p]);
}

/**
 * Delegable parts go to the item's cheapest support role with time, then the next: each level
 * grants every asker the same share of what the support role has free. What is not granted
 * stays pending, for the performer.
 */
function delegate(c: Compiled, x: Allocation, items: WorkItems, pending: number[]): void {
  const n = items.performer.length;
  for (let level = 0; level < 4; level++) {
    x.asked.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (pending[i] <= 0) continue;
      const q = items.supports[i][level];
      if (q === undefined) continue;
      x.asked[q] += pending[i] / c.roles[q].efficiency[items.activity[i]];
      any = true;
    }
    if (!any) break;
    for (let i = 0; i < n; i++) {
      if (pending[i] <= 0) continue;
      const a = items.activity[i];
      const q = items.supports[i][level];
      if (q === undefined) continue;
      const grant = x.asked[q] > 0 ? Math.min(1, Math.max(0, x.free[q]) / x.asked[q]) : 0;
      const hours = (pending[i] * grant) / c.roles[q].efficiency[a];
      x.kindHours[q * KIND_COUNT + items.kind[i]] += hours;
      pending[i] -= pending[i] * grant;
    }
    for (let q = 0; q < c.roles.length; q++) if (x.asked[q] > 0) x.free[q] = Math.max(0, x.free[q] - x.asked[q]);
  }
}

/** Statutory work only: enough to decide whether a scale of demand is carried on time. */
export function allocateStatutory(c: Compiled, x: Allocation, scale: number): number {
  reset(c, x, scale);
  fillClass(c, x, c.classes[0]);
  if (!c.scenario.policy.statutoryFirst) fillClass(c, x, c.classes[1]);
  return x.statutoryNeeded - x.statutoryDone;
}

/** The whole week: fixed, statutory, other case work, then elastic direct work with what is left. */
export function allocate(c: Compiled, x: Allocation, scale: number): Allocation {
  reset(c, x, scale);
  fillClass(c, x, c.classes[0]);
  fillClass(c, x, c.classes[1]);
  for (const g of c.elastic) fillElastic(c, x, g);
  return x;
}

/**
 * A performer's hours per session with nothing delegated (`full`), and what delegating the
 * recording saves them (`saved`), for each performer of a group; written into the two arrays.
 */
function sessionCosts(c: Compiled, g: ElasticGroup, group: number[], full: number[], saved: number[]): void {
  const act = c.activities[g.activity];
  for (let k = 0; k < group.length; k++) {
    const r = c.roles[group[k]];
    let f = act.hours / r.efficiency[g.activity] + (act.visit ? r.travelHours : 0);
    let sv = 0;
    for (const fu of g.followUps) {
      const fa = c.activities[fu.activity];
      const eff = r.efficiency[fu.activity] > 0 ? r.efficiency[fu.activity] : 1;
      f += (fu.times * fa.hours) / eff;
      if (g.supports.length > 0) sv += (fu.times * fa.hours * fa.delegableShare) / eff;
    }
    full[k] = f;
    saved[k] = sv;
  }
}

/** Standard support hours one session hands over when its recording is delegated. */
function supportPerSession(c: Compiled, g: ElasticGroup): number {
  if (g.supports.length === 0) return 0;
  let h = 0;
  for (const f of g.followUps) h += f.times * c.activities[f.activity].hours * c.activities[f.activity].delegableShare;
  return h;
}

/** Sessions a group's time left allows when a share of the sessions has its recording delegated. */
function sessionsAt(x: Allocation, group: number[], full: number[], saved: number[], share: number): number {
  let sum = 0;
  for (let k = 0; k < group.length; k++) sum += Math.max(0, x.free[group[k]]) / (full[k] - share * saved[k]);
  return sum;
}

/**
 * Elastic direct work: each session brings its travel and recording. Roles take sessions in the
 * activity's order of preference, with the time they have left, until the families' desired
 * amount is reached; within a category, in proportion to their capacity.
 */
function fillElastic(c: Compiled, x: Allocation, g: ElasticGroup): void {
  const act = c.activities[g.activity];
  let remaining = g.desired * x.scale;
  const perSession = supportPerSession(c, g);
  const full = x.sessionFull;
  const saved = x.sessionSaved;
  for (const group of g.performerGroups) {
    if (remaining <= 1e-12) break;
    sessionCosts(c, g, group, full, saved);
    let supportFree = 0;
    for (const q of g.supports) supportFree += Math.max(0, x.free[q]) * firstEfficiency(c, g, q);
    let share = perSession > 0 ? 1 : 0;
    if (perSession > 0 && sessionsAt(x, group, full, saved, 1) * perSession > supportFree) share = delegatedShare(x, group, full, saved, perSession, supportFree);
    const capacity = sessionsAt(x, group, full, saved, share);
    if (capacity <= 0) continue;
    const fraction = Math.min(1, remaining / capacity);
    const sessions = capacity * fraction;
    // Each performer's sessions, worked out before any is charged (charging spends their time).
    const mine = x.sessionMine;
    for (let k = 0; k < group.length; k++) mine[k] = (Math.max(0, x.free[group[k]]) / (full[k] - share * saved[k])) * fraction;
    // Fewer sessions than capacity leave support time for a larger delegated share.
    if (perSession > 0) share = Math.min(1, supportFree / (sessions * perSession));
    for (let k = 0; k < group.length; k++) chargeSession(c, x, g, group[k], mine[k], share);
    chargeSupport(c, x, g, sessions * perSession * share);
    x.elasticSessions += sessions;
    if (act.visit) x.visits += sessions;
    x.familyDirectHours += sessions * act.hours;
    remaining -= sessions;
  }
  if (remaining > 1e-12) {
    let hours = act.hours;
    for (const f of g.followUps) hours += f.times * c.activities[f.activity].hours;
    x.unmetByActivity[g.activity] += remaining * hours;
  }
}

function firstEfficiency(c: Compiled, g: ElasticGroup, q: number): number {
  const f = g.followUps.find((f) => c.activities[f.activity].delegableShare > 0);
  return f && c.roles[q].efficiency[f.activity] > 0 ? c.roles[q].efficiency[f.activity] : 1;
}

/** The share of sessions whose recording support can take when support time runs short. */
function delegatedShare(x: Allocation, group: number[], full: number[], saved: number[], perSession: number, supportFree: number): number {
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 20; k++) {
    const mid = (lo + hi) / 2;
    if (mid * sessionsAt(x, group, full, saved, mid) * perSession > supportFree) hi = mid;
    else lo = mid;
  }
  return lo;
}

function chargeSession(c: Compiled, x: Allocation, g: ElasticGroup, p: number, sessions: number, delegated: number): void {
  if (sessions <= 0) return;
  const r = c.roles[p];
  const act = c.activities[g.activity];
  const base = p * KIND_COUNT;
  const work = (sessions * act.hours) / r.efficiency[g.activity];
  const travel = act.visit ? sessions * r.travelHours : 0;
  x.kindHours[base + c.kindOf[g.activity]] += work;
  x.kindHours[base + KIND_TRAVEL] += travel;
  let spent = work + travel;
  for (const f of g.followUps) {
    const fa = c.activities[f.activity];
    const eff = r.efficiency[f.activity] > 0 ? r.efficiency[f.activity] : 1;
    const keep = g.supports.length > 0 ? 1 - delegated * fa.delegableShare : 1;
    const hours = (sessions * f.times * fa.hours * keep) / eff;
    x.kindHours[base + c.kindOf[f.activity]] += hours;
    spent += hours;
  }
  x.free[p] = Math.max(0, x.free[p] - spent);
}

/** Support roles take the delegated recording, cheapest first. */
function chargeSupport(c: Compiled, x: Allocation, g: ElasticGroup, standardHours: number): void {
  let left = standardHours;
  const f = g.followUps.find((f) => c.activities[f.activity].delegableShare > 0);
  if (!f || left <= 0) return;
  for (const q of g.supports) {
    if (left <= 1e-12) break;
    const eff = firstEfficiency(c, g, q);
    const take = Math.min(left, Math.max(0, x.free[q]) * eff);
    x.kindHours[q * KIND_COUNT + c.kindOf[f.activity]] += take / eff;
    x.free[q] = Math.max(0, x.free[q] - take / eff);
    left -= take;
  }
}

