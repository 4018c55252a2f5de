import type { CaseType } from '../caseType';
import { defaultValue } from '../defaults';
import type { Scenario } from '../scenario';
import { SCENARIO_FORMAT_VERSION } from '../scenario';
import { activitySources, standardActivities } from './activities';
import type { FixedCommitment, Role } from '../role';
import { buildRole, caseType, supervision, teamMeeting, under, type Built, type SourceMap } from './builders';

export const TRADITIONAL_ID = 'traditional';

/**
 * The case types every preset shares (child in need, child protection, looked after), with
 * the statutory timescales and visits of DESIGN §4.
 */
export function standardCaseTypes(): { caseTypes: CaseType[]; sources: SourceMap } {
  const qualified = ['qualified_sw', 'consultant_sw'] as const;
  const weekly = (activityId: string) => ({ activityId, everyWorkingDays: 5, perChild: false });
  const cin = caseType({
    id: 'cin',
    name: 'Child in need',
    referralsPerWeek: defaultValue('referrals_cin'),
    childrenPerFamily: defaultValue('children_cin'),
    durationWeeks: { type: 'lognormal', mean: defaultValue('duration_cin'), sd: defaultValue('duration_cin') * 0.6 },
    keyWorkerCategories: ['qualified_sw', 'consultant_sw', 'aq_practitioner'],
    oneOff: [{ activityId: 'assessment', dueWorkingDays: defaultValue('assessment_due') }],
    recurring: [
      { activityId: 'cin_visit', everyWorkingDays: defaultValue('cin_visit_every'), perChild: false },
      weekly('case_admin'),
      weekly('case_planning'),
    ],
    elastic: { activityId: 'direct_work', desiredPerWeek: defaultValue('cin_elastic') },
    closure: [{ toCaseTypeId: 'cp', probability: defaultValue('step_up_cin_cp'), keepKeyWorker: true }],
  });
  const cp = caseType({
    id: 'cp',
    name: 'Child protection',
    referralsPerWeek: defaultValue('referrals_cp'),
    childrenPerFamily: defaultValue('children_cp'),
    complexityWeight: defaultValue('weight_cp'),
    durationWeeks: { type: 'lognormal', mean: defaultValue('cp_duration'), sd: defaultValue('cp_duration') * 0.6 },
    keyWorkerCategories: [...qualified],
    oneOff: [
      { activityId: 'icpc', dueWorkingDays: defaultValue('icpc_due') },
      { activityId: 'assessment', dueWorkingDays: defaultValue('assessment_due') },
    ],
    recurring: [
      { activityId: 'statutory_visit', everyWorkingDays: defaultValue('cp_visit_every'), perChild: false },
      { activityId: 'core_group', everyWorkingDays: defaultValue('core_group_every'), perChild: false },
      { activityId: 'cp_review', everyWorkingDays: defaultValue('cp_review_every'), perChild: false },
      weekly('case_admin'),
      weekly('case_planning'),
    ],
    elastic: { activityId: 'direct_work', desiredPerWeek: defaultValue('cin_elastic') },
    closure: [
      { toCaseTypeId: 'cin', probability: defaultValue('step_down_cp_cin'), keepKeyWorker: true },
      { toCaseTypeId: 'cla', probability: defaultValue('step_up_cp_cla'), keepKeyWorker: false },
    ],
  });
  const cla = caseType({
    id: 'cla',
    name: 'Looked after',
    referralsPerWeek: defaultValue('referrals_cla'),
    childrenPerFamily: defaultValue('children_cla'),
    complexityWeight: defaultValue('weight_cla'),
    durationWeeks: { type: 'lognormal', mean: defaultValue('duration_cla'), sd: defaultValue('duration_cla') * 0.6 },
    keyWorkerCategories: [...qualified],
    recurring: [
      { activityId: 'statutory_visit', everyWorkingDays: defaultValue('cla_visit_every'), perChild: true },
      { activityId: 'cla_review', everyWorkingDays: defaultValue('cla_review_every'), perChild: true },
      { activityId: 'court_work', everyWorkingDays: 20, perChild: false },
      weekly('case_admin'),
      weekly('case_planning'),
    ],
    elastic: { activityId: 'direct_work', desiredPerWeek: defaultValue('cin_elastic') },
    nonStaffCostPerWeek: defaultValue('placement_cost'),
  });
  const sources: SourceMap = {
    'caseTypes[0].referralsPerWeek': 'referrals_cin',
    'caseTypes[0].childrenPerFamily': 'children_cin',
    'caseTypes[0].durationWeeks.mean': 'duration_cin',
    'caseTypes[0].oneOff[0].dueWorkingDays': 'assessment_due',
    'caseTypes[0].recurring[0].everyWorkingDays': 'cin_visit_every',
    'caseTypes[0].elastic.desiredPerWeek': 'cin_elastic',
    'caseTypes[0].closure[0].probability': 'step_up_cin_cp',
    'caseTypes[1].referralsPerWeek': 'referrals_cp',
    'caseTypes[1].childrenPerFamily': 'children_cp',
    'caseTypes[1].complexityWeight': 'weight_cp',
    'caseTypes[1].durationWeeks.mean': 'cp_duration',
    'caseTypes[1].oneOff[0].dueWorkingDays': 'icpc_due',
    'caseTypes[1].oneOff[1].dueWorkingDays': 'assessment_due',
    'caseTypes[1].recurring[0].everyWorkingDays': 'cp_visit_every',
    'caseTypes[1].recurring[1].everyWorkingDays': 'core_group_every',
    'caseTypes[1].recurring[2].everyWorkingDays': 'cp_review_every',
    'caseTypes[1].elastic.desiredPerWeek': 'cin_elastic',
    'caseTypes[1].closure[0].probability': 'step_down_cp_cin',
    'caseTypes[1].closure[1].probability': 'step_up_cp_cla',
    'caseTypes[2].referralsPerWeek': 'referrals_cla',
    'caseTypes[2].childrenPerFamily': 'children_cla',
    'caseTypes[2].complexityWeight': 'weight_cla',
    'caseTypes[2].durationWeeks.mean': 'duration_cla',
    'caseTypes[2].recurring[0].everyWorkingDays': 'cla_visit_every',
    'caseTypes[2].recurring[1].everyWorkingDays': 'cla_review_every',
    'caseTypes[2].elastic.desiredPerWeek': 'cin_elastic',
    'caseTypes[2].nonStaffCostPerWeek': 'placement_cost',
  };
  return { caseTypes: [cin, cp, cla], sources };
}

export const CASE_WORK = ['statutory_visit', 'cin_visit', 'direct_work', 'joint_visit', 'recording', 'assessment', 'case_planning', 'conference_report', 'court_work', 'case_admin', 'icpc', 'core_group', 'cp_review', 'cla_review', 'fgc'];
export const ADMIN_WORK = ['recording', 'assessment', 'conference_report', 'court_work', 'case_admin'];

export function teamManager(): Built<Role> {
  const management: FixedCommitment = {
    id: 'management',
    name: 'Management: allocation, oversight and case decisions',
    kind: 'other',
    hoursPerWeek: defaultValue('manager_oversight_hours'),
    supervisorRoleId: null,
  };
  return buildRole({ id: 'team_manager', name: 'Team manager', category: 'manager', posts: 1, salary: 'salary_manager', activities: [], fixed: [teamMeeting(), management], travel: false });
}

/** Social workers who hold cases, supervised by the team manager. */
export function socialWorkers(posts = 6): Built<Role> {
  return buildRole({
    id: 'social_worker',
    name: 'Social worker',
    category: 'qualified_sw',
    posts,
    salary: 'salary_sw',
    keyWorker: true,
    asyePosts: defaultValue('asye_posts'),
    fixed: [supervision('team_manager'), teamMeeting()],
    activities: CASE_WORK,
  });
}

export function teamAdministrator(): Built<Role> {
  return buildRole({
    id: 'team_administrator',
    name: 'Team administrator',
    category: 'administrator',
    posts: 0.5,
    salary: 'salary_admin',
    activities: ADMIN_WORK,
    fixed: [{ id: 'team_admin', name: 'Team administration (reception, post, rotas)', kind: 'other', hoursPerWeek: defaultValue('admin_team_hours'), supervisorRoleId: null }],
    travel: false,
  });
}

/** A traditional team: six social workers (one newly qualified), a team manager, a part-time administrator. */
export function traditionalScenario(): Scenario {
  const manager = teamManager();
  const sw = socialWorkers();
  const admin = teamAdministrator();
  const roles = [sw, manager, admin];
  const activities = standardActivities();
  const demand = standardCaseTypes();
  return {
    formatVersion: SCENARIO_FORMAT_VERSION,
    id: TRADITIONAL_ID,
    name: 'Traditional team',
    parentId: null,
    presetId: TRADITIONAL_ID,
    description:
      'A traditional locality team: six social workers (one in their assessed year), a team manager and a part-time administrator. Social workers hold every case and do their own recording and case administration.',
    teams: [{ id: 'locality', name: 'Locality team', sharedCaseload: false, roles: roles.map((r) => r.value) }],
    activities,
    caseTypes: demand.caseTypes,
    interventions: [],
    policy: {
      allocation: 'least_loaded',
      keyWorkerContinuity: true,
      delegation: false,
      caseloadCap: defaultValue('caseload_cap'),
      overtime: { allowed: true, maxHoursPerWeek: defaultValue('overtime_max') },
      statutoryFirst: true,
    },
    implementation: { trainingDaysPerFte: 0, turnoverUplift: 0, upliftMonths: 0, oneOffCosts: [] },
    economics: { firstFinancialYear: 2026, years: 5, discountRate: defaultValue('discount_rate'), payInflation: defaultValue('pay_inflation') },
    run: { weeks: 52, warmupWeeks: 8, replications: 100, seed: 1 },
    sources: {
      ...Object.assign({}, ...roles.map((r, i) => under(`teams[0].roles[${i}].`, r.sources))),
      ...activitySources(activities),
      ...demand.sources,
      'policy.caseloadCap': 'caseload_cap',
      'policy.overtime.maxHoursPerWeek': 'overtime_max',
      'economics.discountRate': 'discount_rate',
      'economics.payInflation': 'pay_inflation',
    },
  };
}
