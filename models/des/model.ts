import type { Activity } from '../activity';
import type { ActivityKind, RoleCategory } from '../categories';
import { defaultValue } from '../defaults';
import { scaleDistribution } from '../distributionMath';
import type { FixedCommitment } from '../role';
import type { Scenario } from '../scenario';
import { samplerFor, type Sampler } from '../random/samplers';
import { ABSENCE_REASONS } from './absence';
import { HOURS_PER_WEEK } from './calendar';
import { buildFixedWeek, type FixedWeek } from './fixedWeek';
import { compileStaff, type Staff } from './people';

/**
 * A scenario compiled for the simulation: every id resolved to an index, every distribution to a
 * sampler, every list a typed array. Compiling once per replication costs microseconds and keeps
 * the event loop free of lookups by name.
 */
export const KIND_INDEX: Record<ActivityKind, number> = { direct: 0, case_indirect: 1, admin: 2, meeting: 3, travel: 4 };
export const KIND_COUNT = 5;

/** A key worker, or a unit holding its caseload together (DESIGN §2: a shared caseload). */
export interface CaseHolder {
  teamIndex: number;
  /** The role whose person this is; for a unit, its first key-worker role. */
  roleIndex: number;
  /** -1 for a unit, else the person's number within the role (0-based). */
  person: number;
  fte: number;
  /** Weighted children the holder may carry: cap × FTE, ASYE FTE at the reduced factor. */
  capacity: number;
  categories: RoleCategory[];
  /** Round-trip travel per visit, in hours. */
  travelHoursPerVisit: number;
}

/** An activity as the diaries need it. */
export interface ActivityModel {
  id: string;
  name: string;
  kind: number;
  hours: number;
  /** Done in one sitting (a visit with its travel, a meeting); desk work may be split across gaps. */
  whole: boolean;
  visit: boolean;
  performers: 1 | 2;
  eligible: RoleCategory[];
  secondPerformer: RoleCategory[];
  delegableShare: number;
  delegateTo: RoleCategory[];
  /** The work each occurrence brings after it (a visit's recording), chains flattened. */
  followUps: { activity: number; times: number }[];
}

export interface TaskModel {
  activityId: string;
  activity: number;
  /** 0 = statutory work scheduled first (when the policy says so), 1 = other case work. */
  priority: number;
  caseTypeIndex: number;
  /** Working days after allocation (one-off) or between occurrences (recurring). */
  workingDays: number;
  recurring: boolean;
  perChild: boolean;
  statutory: boolean;
  /** Standard hours per occurrence by activity kind, follow-ups included, travel excluded. */
  hoursByKind: Float64Array;
  /** Visits per occurrence (each brings the performer's travel), joint visits counted twice. */
  visits: number;
  /** What the occurrence brings after its activity: the activity's follow-ups, then its companions' activities. */
  followUps: { activity: number; times: number }[];
  /**
   * Other tasks done in the same sitting: recurring desk work of the same family on the same
   * cycle (case administration and case planning) is one piece of paperwork, not two.
   */
  companions: number[];
}

export interface CaseTypeModel {
  id: string;
  /** Referrals per hour at the start, before trend and seasonality. */
  ratePerHour: number;
  trendPerYear: number;
  seasonalAmplitude: number;
  peakWeek: number;
  openFamilies: number;
  childrenPerFamily: number;
  complexityWeight: number;
  durationWeeks: Sampler;
  /** Holders whose categories may hold this case type, in listed order. */
  holders: Int32Array;
  tasks: Int32Array;
  closureTo: Int32Array;
  closureCumulative: Float64Array;
  closureKeep: Uint8Array;
  nonStaffCostPerWeek: number;
  /** One-off cost of interventions per family allocated (a co-ordinator's fee). */
  interventionCostPerFamily: number;
  /** Elastic direct work: its activity (-1: none) and the sessions a week a family would benefit from. */
  elasticActivity: number;
  elasticPerWeek: number;
}

export interface RoleRef {
  id: string;
  teamId: string;
  name: string;
  category: RoleCategory;
  posts: number;
  keyWorker: boolean;
}

export interface DesModel {
  holders: CaseHolder[];
  /** For each holder, the case types it may hold. */
  holderCaseTypes: Int32Array[];
  caseTypes: CaseTypeModel[];
  tasks: TaskModel[];
  roles: RoleRef[];
  leastLoaded: boolean;
  keyWorkerContinuity: boolean;
  activities: ActivityModel[];
  staff: Staff;
  fixedWeek: FixedWeek;
  /** Names for diary blocks: activities, then travel, fixed commitments and absences (see labelIndex). */
  labels: string[];
  labelNames: Record<string, string>;
  travelLabel: number;
  absenceLabel: number;
  /**
   * Whether any case type brings work into the week (tasks or elastic direct work). Without it
   * the work pool stays empty, so the weekly pass only opens diaries: releasing, sorting,
   * delegating and the elastic pass would scan every family and person to do nothing.
   */
  familyWork: boolean;
  /** Stated assumptions the people over time use (models/defaults.ts). */
  sicknessSpellDays: number;
  agencyLagWeeks: number;
  implementation: { trainingDaysPerPerson: number; trainingWeeks: number; turnoverUplift: number; upliftWeeks: number };
}

export const CAPACITY_EPSILON = 1e-9;

export function compileModel(scenario: Scenario): DesModel {
  const roles: RoleRef[] = scenario.teams.flatMap((t) =>
    t.roles.map((r) => ({ id: r.id, teamId: t.id, name: r.name, category: r.category, posts: r.posts, keyWorker: r.keyWorker.eligible })),
  );
  const holders = caseHolders(scenario);
  const activities = new Map(scenario.activities.map((a) => [a.id, a]));
  const activityModels = compileActivities(scenario);
  const actIndex = new Map(activityModels.map((a, i) => [a.id, i]));
  const statutoryFirst = scenario.policy.statutoryFirst;
  const tasks: TaskModel[] = [];
  const caseTypeIndex = new Map(scenario.caseTypes.map((c, i) => [c.id, i]));
  const caseTypes = scenario.caseTypes.map((c, ci): CaseTypeModel => {
    const affecting = scenario.interventions.filter((iv) => iv.caseTypeIds.includes(c.id));
    const scale = affecting.reduce((s, iv) => s * iv.durationScale, 1);
    const taskIds: number[] = [];
    const addTask = (activityId: string, workingDays: number, recurring: boolean, perChild: boolean) => {
      const activity = activities.get(activityId);
      if (!activity) throw new RangeError(`case type "${c.id}" refers to no activity "${activityId}"`);
      const { hoursByKind, visits } = occurrenceWork(activity, activities);
      taskIds.push(tasks.length);
      tasks.push({
        activityId,
        activity: actIndex.get(activityId)!,
        priority: statutoryFirst && activity.statutory ? 0 : 1,
        caseTypeIndex: ci,
        workingDays,
        recurring,
        perChild,
        statutory: activity.statutory,
        hoursByKind,
        visits,
        followUps: activityModels[actIndex.get(activityId)!].followUps,
        companions: [],
      });
    };
    for (const t of c.oneOff) addTask(t.activityId, t.dueWorkingDays, false, false);
    for (const iv of affecting) for (const t of iv.addOneOff) addTask(t.activityId, t.dueWorkingDays, false, false);
    for (const t of c.recurring) addTask(t.activityId, t.everyWorkingDays, true, t.perChild);
    for (const iv of affecting) for (const t of iv.addRecurring) addTask(t.activityId, t.everyWorkingDays, true, t.perChild);
    joinCompanions(taskIds, tasks, activityModels);
    let cumulative = 0;
    return {
      id: c.id,
      ratePerHour: c.referralsPerWeek / HOURS_PER_WEEK,
      trendPerYear: c.trendPerYear,
      seasonalAmplitude: c.seasonality.amplitude,
      peakWeek: c.seasonality.peakWeek,
      openFamilies: Math.round(c.openFamilies),
      childrenPerFamily: c.childrenPerFamily,
      complexityWeight: c.complexityWeight,
      durationWeeks: samplerFor(scale === 1 ? c.durationWeeks : scaleDistribution(c.durationWeeks, scale)),
      holders: Int32Array.from(holders.flatMap((h, hi) => (h.categories.some((cat) => c.keyWorkerCategories.includes(cat)) ? [hi] : []))),
      tasks: Int32Array.from(taskIds),
      closureTo: Int32Array.from(c.closure.map((x) => caseTypeIndex.get(x.toCaseTypeId) ?? -1)),
      closureCumulative: Float64Array.from(c.closure.map((x) => (cumulative += x.probability))),
      closureKeep: Uint8Array.from(c.closure.map((x) => (x.keepKeyWorker ? 1 : 0))),
      nonStaffCostPerWeek: c.nonStaffCostPerWeek,
      interventionCostPerFamily: affecting.reduce((s, iv) => s + iv.costPerFamily, 0),
      elasticActivity: c.elastic ? (actIndex.get(c.elastic.activityId) ?? -1) : -1,
      elasticPerWeek: c.elastic ? c.elastic.desiredPerWeek : 0,
    };
  });
  const holderCaseTypes = holders.map((_, hi) => Int32Array.from(caseTypes.flatMap((c, ci) => (c.holders.includes(hi) ? [ci] : []))));
  const staff = compileStaff(scenario, activityModels, holders);
  const labels = [...activityModels.map((a) => a.id), 'travel'];
  const labelNames: Record<string, string> = Object.fromEntries(activityModels.map((a) => [a.id, a.name]));
  labelNames.travel = 'Travel';
  const fixedLabel = new Map<string, number>();
  const labelOf = (f: FixedCommitment): number => {
    const key = f.kind === 'other' ? f.id : f.kind;
    let i = fixedLabel.get(key);
    if (i === undefined) {
      i = labels.length;
      fixedLabel.set(key, i);
      labels.push(key);
      labelNames[key] = f.name;
    }
    return i;
  };
  const fixedWeek = buildFixedWeek(scenario, staff, labelOf);
  const absenceLabel = labels.length;
  for (const reason of ABSENCE_REASONS) {
    labels.push(reason);
    labelNames[reason] = { annual_leave: 'Annual leave', bank_holiday: 'Bank holiday', sickness: 'Sickness', training: 'Training' }[reason];
  }
  const im = scenario.implementation;
  return {
    holders,
    holderCaseTypes,
    caseTypes,
    tasks,
    roles,
    leastLoaded: scenario.policy.allocation === 'least_loaded',
    keyWorkerContinuity: scenario.policy.keyWorkerContinuity,
    activities: activityModels,
    staff,
    fixedWeek,
    labels,
    labelNames,
    travelLabel: activityModels.length,
    absenceLabel,
    familyWork: caseTypes.some((c) => c.tasks.length > 0 || c.elasticActivity >= 0 || c.elasticPerWeek > 0),
    sicknessSpellDays: defaultValue('sickness_spell_days'),
    agencyLagWeeks: defaultValue('agency_lag'),
    implementation: {
      trainingDaysPerPerson: im.trainingDaysPerFte,
      trainingWeeks: defaultValue('implementation_training_weeks'),
      turnoverUplift: im.turnoverUplift,
      upliftWeeks: (im.upliftMonths * 52) / 12,
    },
  };
}

/**
 * Recurring desk work of a case type that is not statutory, has no follow-ups of its own and
 * shares a cycle becomes one sitting: the first such task takes the others as companions (their
 * activities follow its own) and they leave the case type's list. Their hours are unchanged;
 * only their timing within the cycle is shared.
 */
function joinCompanions(taskIds: number[], tasks: TaskModel[], activities: ActivityModel[]): void {
  const joinable = (t: TaskModel) => t.recurring && !t.statutory && !t.perChild && !activities[t.activity].whole && activities[t.activity].followUps.length === 0;
  for (let i = 0; i < taskIds.length; i++) {
    const lead = tasks[taskIds[i]];
    if (!joinable(lead)) continue;
    for (let j = i + 1; j < taskIds.length; ) {
      const other = tasks[taskIds[j]];
      if (joinable(other) && other.workingDays === lead.workingDays && other.priority === lead.priority) {
        lead.companions.push(taskIds[j]);
        lead.followUps = [...lead.followUps, { activity: other.activity, times: 1 }];
        taskIds.splice(j, 1);
      } else j++;
    }
  }
}

/** A chain of follow-ups (a visit brings recording, a conference its report) is never deeper than this, as in the capacity model. */
const MAX_FOLLOW_UP_DEPTH = 3;

function compileActivities(scenario: Scenario): ActivityModel[] {
  const index = new Map(scenario.activities.map((a, i) => [a.id, i]));
  return scenario.activities.map((a) => {
    const followUps: { activity: number; times: number }[] = [];
    const add = (x: Activity, times: number, depth: number) => {
      if (depth >= MAX_FOLLOW_UP_DEPTH) return;
      for (const f of x.followUps) {
        const i = index.get(f.activityId);
        if (i === undefined) continue;
        followUps.push({ activity: i, times: times * f.times });
        add(scenario.activities[i], times * f.times, depth + 1);
      }
    };
    add(a, 1, 0);
    return {
      id: a.id,
      name: a.name,
      kind: KIND_INDEX[a.kind],
      hours: a.hours,
      whole: a.visit || a.performers === 2 || a.kind === 'meeting' || a.kind === 'direct' || a.kind === 'travel',
      visit: a.visit,
      performers: a.performers,
      eligible: a.eligible,
      secondPerformer: a.secondPerformer,
      delegableShare: a.delegableShare,
      delegateTo: a.delegateTo,
      followUps,
    };
  });
}

/**
 * Posts become people (DESIGN §3.2): ceil(posts) people, the last with the remaining FTE. ASYE
 * FTE is taken from the last people first, so the protected caseloads sit with whole posts as far
 * as the numbers allow. A shared-caseload unit is one holder with its key workers' capacity.
 */
function caseHolders(scenario: Scenario): CaseHolder[] {
  const holders: CaseHolder[] = [];
  let roleIndex = 0;
  scenario.teams.forEach((team, teamIndex) => {
    const unit: CaseHolder = { teamIndex, roleIndex: -1, person: -1, fte: 0, capacity: 0, categories: [], travelHoursPerVisit: 0 };
    for (const role of team.roles) {
      const cap = role.keyWorker.caseloadCap ?? scenario.policy.caseloadCap;
      const people = role.keyWorker.eligible ? Math.ceil(role.posts - 1e-9) : 0;
      let asyeLeft = Math.min(role.asyePosts, role.posts);
      const fromLast: CaseHolder[] = [];
      for (let p = people - 1; p >= 0; p--) {
        const fte = p === people - 1 ? role.posts - (people - 1) : 1;
        const asye = Math.min(fte, asyeLeft);
        asyeLeft -= asye;
        fromLast.push({
          teamIndex,
          roleIndex,
          person: p,
          fte,
          capacity: cap * (fte - asye + asye * role.asyeCaseloadFactor),
          categories: [role.category],
          travelHoursPerVisit: role.travelMinutesPerVisit / 60,
        });
      }
      const people_ = fromLast.reverse();
      if (team.sharedCaseload) {
        for (const p of people_) {
          if (unit.roleIndex < 0) unit.roleIndex = p.roleIndex;
          unit.travelHoursPerVisit = (unit.travelHoursPerVisit * unit.fte + p.travelHoursPerVisit * p.fte) / (unit.fte + p.fte);
          unit.fte += p.fte;
          unit.capacity += p.capacity;
          if (!unit.categories.includes(role.category)) unit.categories.push(role.category);
        }
      } else {
        holders.push(...people_);
      }
      roleIndex++;
    }
    if (team.sharedCaseload && unit.fte > 0) holders.push(unit);
  });
  return holders;
}

/**
 * The work one occurrence of an activity brings: its own hours for each performer and its
 * follow-ups' (a visit's recording), in standard hours before any role's efficiency.
 */
function occurrenceWork(activity: Activity, activities: Map<string, Activity>): { hoursByKind: Float64Array; visits: number } {
  const hoursByKind = new Float64Array(KIND_COUNT);
  let visits = 0;
  const add = (a: Activity, times: number, depth: number) => {
    // A follow-up chain that loops back on itself would never end; eight levels is far beyond
    // any real chain (a visit brings recording, which brings nothing).
    if (depth > 8) return;
    hoursByKind[KIND_INDEX[a.kind]] += a.hours * a.performers * times;
    if (a.visit) visits += a.performers * times;
    for (const f of a.followUps) {
      const next = activities.get(f.activityId);
      if (next) add(next, times * f.times, depth + 1);
    }
  };
  add(activity, 1, 0);
  return { hoursByKind, visits };
}
