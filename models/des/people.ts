import type { RoleCategory } from '../categories';
import type { Role } from '../role';
import type { Scenario } from '../scenario';
import type { ActivityModel, CaseHolder } from './model';

/** Working days start at 09:00; a day's hours follow on without a modelled lunch break. */
export const DAY_START = 9;
const SUPPORT: readonly RoleCategory[] = ['administrator', 'volunteer'];
const NOT_PRACTITIONERS: readonly RoleCategory[] = ['administrator', 'manager'];

/** People who may do a piece of work, and the cumulative weights a family's work picks one by. */
export interface Choice {
  people: Int32Array;
  cumulative: Float64Array;
}

export interface RoleModel {
  id: string;
  teamId: string;
  name: string;
  category: RoleCategory;
  role: Role;
  teamIndex: number;
  /** People (posts) of the role, in order. */
  people: Int32Array;
}

/**
 * The workforce as people (DESIGN §3.2): every post a person, `ceil(posts)` per role and the last
 * with the remaining FTE. A person's index is their post's: when someone leaves, the post keeps
 * its index and the next person in it (agency or recruited) takes it over.
 */
export interface Staff {
  count: number;
  roles: RoleModel[];
  role: Int32Array;
  team: Int32Array;
  /** 1-based number within the role, for names in the diary. */
  number: Int32Array;
  fte: Float64Array;
  /** Regular hours a day (FTE × contracted hours ÷ 5) and the overtime the policy allows a week. */
  dayHours: Float64Array;
  overtimeWeek: Float64Array;
  /** Round-trip travel per visit, hours. */
  travel: Float64Array;
  /** May take delegated shares of work (administrators, volunteers). */
  support: Uint8Array;
  qualifiedSw: Uint8Array;
  /** Works with families (not an administrator or manager): a unit's families know them. */
  practitioner: Uint8Array;
  /** The case holder a person is (a key worker outside a unit), or -1. */
  holder: Int32Array;
  /** The unit a person belongs to, as its holder index, or -1. */
  unit: Int32Array;
  holderPerson: Int32Array;
  /** Weighted children the person in a post adds to their holder's caseload cap (ASYE posts protected). */
  caseloadCapacity: Float64Array;
  /** Practitioners a unit's families know, by unit holder: one leaving is a 1/k change for each family. */
  unitPractitioners: Float64Array;
  /** efficiency[role × A + activity]; 0 where the role does not do it. */
  efficiency: Float64Array;
  activities: number;
  /** Who does a holder's work on an activity: choices[holder × A + activity]. */
  holderChoice: (Choice | null)[];
  /** A team's first eligible category for an activity (the capacity model's team performers). */
  teamChoice: (Choice | null)[];
  secondChoice: (Choice | null)[];
  /** Support people who may take an activity's delegable share, cheapest role first: [team × A + activity]. */
  supportChoice: (Int32Array | null)[];
  /** Elastic work's performers by team and activity (key team × A + activity): groups by category in order of preference. */
  elasticGroups: Map<number, Int32Array[]>;
}

function byRoleKey(x: RoleModel, y: RoleModel): number {
  if (x.teamId !== y.teamId) return x.teamId < y.teamId ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

export function compileStaff(s: Scenario, activities: ActivityModel[], holders: CaseHolder[]): Staff {
  const A = activities.length;
  const actIndex = new Map(activities.map((a, i) => [a.id, i]));
  const roles: RoleModel[] = [];
  const role: number[] = [];
  const team: number[] = [];
  const number: number[] = [];
  const fte: number[] = [];
  s.teams.forEach((t, ti) =>
    t.roles.forEach((r) => {
      const people = Math.ceil(r.posts - 1e-9);
      const ids: number[] = [];
      for (let k = 0; k < people; k++) {
        ids.push(role.length);
        role.push(roles.length);
        team.push(ti);
        number.push(k + 1);
        fte.push(k === people - 1 ? r.posts - (people - 1) : 1);
      }
      roles.push({ id: r.id, teamId: t.id, name: r.name, category: r.category, role: r, teamIndex: ti, people: Int32Array.from(ids) });
    }),
  );
  const P = role.length;
  const efficiency = new Float64Array(roles.length * A);
  roles.forEach((r, ri) => {
    for (const ra of r.role.activities) {
      const a = actIndex.get(ra.activityId);
      if (a !== undefined) efficiency[ri * A + a] = ra.efficiency;
    }
  });
  const overtimeAllowed = s.policy.overtime.allowed;
  // Only activities some case type wants more of need elastic performers.
  const elasticActivities = new Set(s.caseTypes.flatMap((c) => (c.elastic ? [actIndex.get(c.elastic.activityId) ?? -1] : [])));
  const staff: Staff = {
    count: P,
    roles,
    role: Int32Array.from(role),
    team: Int32Array.from(team),
    number: Int32Array.from(number),
    fte: Float64Array.from(fte),
    dayHours: Float64Array.from(role.map((r, p) => (fte[p] * roles[r].role.hoursPerFte) / 5)),
    // As in the capacity model: only case-holding roles are offered overtime (DfE longitudinal study).
    overtimeWeek: Float64Array.from(role.map((r, p) => (overtimeAllowed && roles[r].role.keyWorker.eligible ? fte[p] * s.policy.overtime.maxHoursPerWeek : 0))),
    travel: Float64Array.from(role.map((r) => roles[r].role.travelMinutesPerVisit / 60)),
    support: Uint8Array.from(role.map((r) => (SUPPORT.includes(roles[r].category) ? 1 : 0))),
    qualifiedSw: Uint8Array.from(role.map((r) => (roles[r].category === 'qualified_sw' ? 1 : 0))),
    practitioner: Uint8Array.from(role.map((r) => (NOT_PRACTITIONERS.includes(roles[r].category) ? 0 : 1))),
    caseloadCapacity: new Float64Array(P),
    unitPractitioners: new Float64Array(holders.length),
    holder: new Int32Array(P).fill(-1),
    unit: new Int32Array(P).fill(-1),
    holderPerson: new Int32Array(holders.length).fill(-1),
    efficiency,
    activities: A,
    holderChoice: [],
    teamChoice: [],
    secondChoice: [],
    supportChoice: [],
    elasticGroups: new Map(),
  };
  // ASYE FTE sits with the last people of a role, as the case holders have it (model.ts).
  roles.forEach((r) => {
    if (!r.role.keyWorker.eligible) return;
    const cap = r.role.keyWorker.caseloadCap ?? s.policy.caseloadCap;
    let asyeLeft = Math.min(r.role.asyePosts, r.role.posts);
    for (let k = r.people.length - 1; k >= 0; k--) {
      const p = r.people[k];
      const asye = Math.min(fte[p], asyeLeft);
      asyeLeft -= asye;
      staff.caseloadCapacity[p] = cap * (fte[p] - asye + asye * r.role.asyeCaseloadFactor);
    }
  });
  holders.forEach((h, hi) => {
    if (h.person < 0) {
      for (let p = 0; p < P; p++) {
        if (staff.team[p] === h.teamIndex && staff.practitioner[p]) staff.unitPractitioners[hi]++;
      }
    }
    if (h.person >= 0) {
      const p = roles[h.roleIndex].people[h.person];
      staff.holder[p] = hi;
      staff.holderPerson[hi] = p;
    } else {
      for (let p = 0; p < P; p++) if (staff.team[p] === h.teamIndex) staff.unit[p] = hi;
    }
  });
  const fixedOf = (r: RoleModel) => r.role.fixed.reduce((sum, f) => sum + f.hoursPerWeek, 0);
  const able = (ri: number, a: number, cats: readonly RoleCategory[]) => roles[ri].role.posts > 0 && efficiency[ri * A + a] > 0 && cats.includes(roles[ri].category);

  /** People of some roles, weighted by FTE within a role and by `roleWeight` across roles. */
  const choice = (list: number[], roleWeight: (ri: number) => number): Choice | null => {
    const people: number[] = [];
    const weights: number[] = [];
    const total = list.reduce((sum, ri) => sum + roleWeight(ri), 0);
    if (total <= 0) return null;
    for (const ri of list) {
      const r = roles[ri];
      for (const p of r.people) {
        people.push(p);
        weights.push((roleWeight(ri) / total) * (fte[p] / r.role.posts));
      }
    }
    let c = 0;
    return { people: Int32Array.from(people), cumulative: Float64Array.from(weights.map((w) => (c += w))) };
  };
  const teamRoles = (ti: number) => roles.map((_, ri) => ri).filter((ri) => roles[ri].teamIndex === ti);
  /** The first category (in the activity's order) with someone in the team who may do it. */
  const firstCategory = (ti: number, a: number, cats: readonly RoleCategory[]): Choice | null => {
    for (const cat of cats) {
      const list = teamRoles(ti).filter((ri) => roles[ri].category === cat && able(ri, a, cats));
      if (list.length > 0) return choice(list, (ri) => roles[ri].role.posts);
    }
    return null;
  };
  for (let ti = 0; ti < s.teams.length; ti++) {
    for (let a = 0; a < A; a++) {
      staff.teamChoice[ti * A + a] = firstCategory(ti, a, activities[a].eligible);
      staff.secondChoice[ti * A + a] = activities[a].performers === 2 ? firstCategory(ti, a, activities[a].secondPerformer) : null;
      const act = activities[a];
      const supports = s.policy.delegation && act.delegableShare > 0
        ? teamRoles(ti)
            .filter((ri) => SUPPORT.includes(roles[ri].category) && roles[ri].role.posts > 0 && efficiency[ri * A + a] > 0 && act.delegateTo.includes(roles[ri].category))
            .sort((x, y) => roles[x].role.costPerFte - roles[y].role.costPerFte || byRoleKey(roles[x], roles[y]))
        : [];
      staff.supportChoice[ti * A + a] = supports.length > 0 ? Int32Array.from(supports.flatMap((ri) => [...roles[ri].people])) : null;
      if (!elasticActivities.has(a)) continue;
      const groups = act.eligible
        .map((cat) =>
          teamRoles(ti)
            .filter((ri) => roles[ri].category === cat && roles[ri].role.posts > 0 && efficiency[ri * A + a] > 0)
            .sort((x, y) => byRoleKey(roles[x], roles[y]))
            .flatMap((ri) => [...roles[ri].people]),
        )
        .filter((g) => g.length > 0)
        .map((g) => Int32Array.from(g));
      staff.elasticGroups.set(ti * A + a, groups);
    }
  }
  holders.forEach((h, hi) => {
    for (let a = 0; a < A; a++) {
      const act = activities[a];
      let found: Choice | null = null;
      if (h.person >= 0) {
        const p = staff.holderPerson[hi];
        if (able(h.roleIndex, a, act.eligible)) found = { people: Int32Array.of(p), cumulative: Float64Array.of(1) };
      } else {
        // In a unit, everyone who may do it shares the work, by the hours they have free of fixed commitments.
        const members = teamRoles(h.teamIndex).filter((ri) => able(ri, a, act.eligible));
        found = choice(members, (ri) => Math.max(0, roles[ri].role.posts * (roles[ri].role.hoursPerFte - fixedOf(roles[ri]))));
      }
      staff.holderChoice[hi * A + a] = found ?? staff.teamChoice[h.teamIndex * A + a];
    }
  });
  return staff;
}

/**
 * A stable pseudo-random fraction for a family and an activity: the same family's visits go to
 * the same person each week (continuity), different families spread by weight, and no draw is
 * taken from the replication's random stream.
 */
export function familyHash(family: number, activity: number): number {
  return ((Math.imul(family + 1, 0x9e3779b1) ^ Math.imul(activity + 7, 0x85ebca77)) >>> 0) / 4294967296;
}

/** The person a choice gives for a fraction u, skipping posts nobody holds now. */
export function pick(c: Choice, u: number, inPost: Uint8Array): number {
  const n = c.people.length;
  let i = 0;
  while (i < n - 1 && c.cumulative[i] <= u) i++;
  // Round from i without a remainder: an integer division is slow, and this runs for most items.
  for (let k = 0, j = i; k < n; k++, j = j + 1 === n ? 0 : j + 1) {
    const p = c.people[j];
    if (inPost[p] !== 0) return p;
  }
  return -1;
}
