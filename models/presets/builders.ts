import type { Activity } from '../activity';
import type { CaseType } from '../caseType';
import type { RoleCategory } from '../categories';
import { defaultValue, employerCost } from '../defaults';
import type { FixedCommitment, Role } from '../role';

/**
 * Small builders for preset data, so a preset states only what makes it different and the
 * sourced defaults are filled in one place. Each builder also returns the source ids of the
 * values it filled, keyed by the field's path below the entity.
 */
export type SourceMap = Record<string, string>;

export interface Built<T> {
  value: T;
  sources: SourceMap;
}

const SUPPORT: readonly RoleCategory[] = ['administrator', 'volunteer'];

export interface RoleSpec {
  id: string;
  name: string;
  category: RoleCategory;
  posts: number;
  /** A defaults id for the salary; the cost per FTE adds employer on-costs to it. */
  salary?: string;
  /** A defaults id for a cost that is not a salary (volunteers). */
  cost?: string;
  keyWorker?: boolean;
  asyePosts?: number;
  fixed?: FixedCommitment[];
  activities: string[];
  travel?: boolean;
}

export function buildRole(spec: RoleSpec): Built<Role> {
  const support = SUPPORT.includes(spec.category);
  const sources: SourceMap = {
    hoursPerFte: 'contracted_hours',
    'absence.annualLeaveDays': 'annual_leave',
    'absence.bankHolidayDays': 'bank_holidays',
    'absence.sicknessShare': support ? 'sickness_support' : 'sickness',
    'absence.trainingDaysPerYear': 'training_days',
    'workforce.turnoverPerYear': support ? 'turnover_support' : 'turnover',
    'workforce.recruitmentLagWeeks': 'recruitment_lag',
    'workforce.agencyPremium': 'agency_premium',
    asyeCaseloadFactor: 'asye_factor',
  };
  let costPerFte = 0;
  if (spec.salary) {
    costPerFte = employerCost(defaultValue(spec.salary));
    sources.costPerFte = spec.salary;
  } else if (spec.cost) {
    costPerFte = defaultValue(spec.cost);
    sources.costPerFte = spec.cost;
  }
  if (spec.travel !== false) sources.travelMinutesPerVisit = 'travel_minutes';
  if (spec.asyePosts) sources.asyePosts = 'asye_posts';
  (spec.fixed ?? []).forEach((f, i) => {
    const id = FIXED_SOURCES_BY_ID[f.id] ?? FIXED_SOURCES[f.kind];
    if (id) sources[`fixed[${i}].hoursPerWeek`] = id;
  });
  const value: Role = {
    id: spec.id,
    name: spec.name,
    category: spec.category,
    posts: spec.posts,
    hoursPerFte: defaultValue('contracted_hours'),
    costPerFte,
    absence: {
      annualLeaveDays: defaultValue('annual_leave'),
      bankHolidayDays: defaultValue('bank_holidays'),
      sicknessShare: defaultValue(support ? 'sickness_support' : 'sickness'),
      trainingDaysPerYear: defaultValue('training_days'),
    },
    workforce: {
      turnoverPerYear: defaultValue(support ? 'turnover_support' : 'turnover'),
      vacancyShare: 0,
      recruitmentLagWeeks: defaultValue('recruitment_lag'),
      agencyCover: false,
      agencyPremium: defaultValue('agency_premium'),
    },
    asyePosts: spec.asyePosts ?? 0,
    asyeCaseloadFactor: defaultValue('asye_factor'),
    fixed: spec.fixed ?? [],
    keyWorker: { eligible: spec.keyWorker ?? false, caseloadCap: null },
    travelMinutesPerVisit: spec.travel === false ? 0 : defaultValue('travel_minutes'),
    activities: spec.activities.map((activityId) => ({ activityId, efficiency: 1 })),
  };
  return { value, sources };
}

/** Commitments of kind 'other' are named by id, since their kind alone says nothing of their size. */
const FIXED_SOURCES_BY_ID: Record<string, string> = {
  team_admin: 'admin_team_hours',
  management: 'manager_oversight_hours',
};

const FIXED_SOURCES: Record<FixedCommitment['kind'], string | undefined> = {
  supervision: 'supervision_hours',
  team_meeting: 'team_meeting_hours',
  group_case_discussion: 'group_case_discussion_hours',
  other: undefined,
};

export function supervision(supervisorRoleId: string): FixedCommitment {
  return { id: 'supervision', name: 'Supervision', kind: 'supervision', hoursPerWeek: defaultValue('supervision_hours'), supervisorRoleId };
}
export function teamMeeting(): FixedCommitment {
  return { id: 'team_meeting', name: 'Team meeting', kind: 'team_meeting', hoursPerWeek: defaultValue('team_meeting_hours'), supervisorRoleId: null };
}
export function groupCaseDiscussion(): FixedCommitment {
  return {
    id: 'group_case_discussion',
    name: 'Systemic group case discussion',
    kind: 'group_case_discussion',
    hoursPerWeek: defaultValue('group_case_discussion_hours'),
    supervisorRoleId: null,
  };
}

export function activity(a: Partial<Activity> & Pick<Activity, 'id' | 'name' | 'kind' | 'hours' | 'eligible'>): Activity {
  return {
    performers: 1,
    secondPerformer: [],
    statutory: false,
    delegableShare: 0,
    delegateTo: [],
    visit: false,
    followUps: [],
    ...a,
  };
}

export function caseType(c: Partial<CaseType> & Pick<CaseType, 'id' | 'name' | 'referralsPerWeek' | 'durationWeeks' | 'keyWorkerCategories'>): CaseType {
  return {
    trendPerYear: 0,
    seasonality: { amplitude: 0, peakWeek: 0 },
    openFamilies: 0,
    childrenPerFamily: 1,
    complexityWeight: 1,
    oneOff: [],
    recurring: [],
    elastic: null,
    closure: [],
    nonStaffCostPerWeek: 0,
    ...c,
  };
}

/** Prefixes each path of a source map, e.g. with `teams[0].roles[1].`. */
export function under(prefix: string, sources: SourceMap): SourceMap {
  return Object.fromEntries(Object.entries(sources).map(([k, v]) => [`${prefix}${k}`, v]));
}
