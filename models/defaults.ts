import { ACTIVITY_TIMING_DEFAULTS } from './activityDefaults';
import type { Source } from './source';

/**
 * The England defaults (DESIGN §4) and the stated assumptions behind every number a scenario
 * starts with. Scenarios point at these by id in their `sources` map, so the UI and the report
 * can show, next to each value the user did not type, where it came from.
 */
export interface DefaultValue {
  id: string;
  label: string;
  value: number;
  unit: string;
  source: Source;
}

const CENSUS_2023: Omit<Source, 'note'> = {
  kind: 'publication',
  citation: 'Department for Education, Children’s social work workforce, reporting year 2023',
  year: 2024,
};
const LONGITUDINAL: Omit<Source, 'note'> = {
  kind: 'publication',
  citation: 'Department for Education, Longitudinal study of local authority child and family social workers',
  year: 2023,
};
const WORKING_TOGETHER: Omit<Source, 'note'> = {
  kind: 'statute',
  citation: 'Working Together to Safeguard Children (statutory guidance), HM Government',
  year: 2023,
};
const SEED: Omit<Source, 'note'> = {
  kind: 'evidence',
  citation: 'DfE Children’s Social Care Innovation Programme, Implementing systemic models of social work (summary)',
  year: 2017,
};

function d(id: string, label: string, value: number, unit: string, source: Source): DefaultValue {
  return { id, label, value, unit, source };
}
function assume(id: string, label: string, value: number, unit: string, range: [number, number], note: string): DefaultValue {
  return d(id, label, value, unit, { kind: 'assumption', citation: note, range });
}

export const DEFAULTS_LIST: DefaultValue[] = [
  // Workforce: DfE census 2023.
  d('caseload_cap', 'Caseload per case-holding FTE', 16, 'children', { ...CENSUS_2023, note: 'average caseload per case-holding FTE social worker' }),
  d('turnover', 'Social worker turnover', 0.159, 'per year', { ...CENSUS_2023, note: 'leavers as a share of FTE in post' }),
  d('agency_rate', 'Agency worker rate', 0.178, 'share of FTE', { ...CENSUS_2023 }),
  d('vacancy_rate', 'Vacancy rate', 0.189, 'share of posts', { ...CENSUS_2023 }),
  d('sickness', 'Sickness absence', 0.032, 'share of working days', { ...CENSUS_2023 }),
  d('contracted_hours', 'Contracted hours', 37, 'hours per week', { ...LONGITUDINAL, range: [35, 37], note: 'contracted 35–37 h; actually worked about 40 h' }),
  d('worked_hours', 'Hours actually worked', 40, 'hours per week', { ...LONGITUDINAL }),
  d('overtime_max', 'Unpaid overtime a week', 3, 'hours per week', { ...LONGITUDINAL, range: [0, 5], note: 'about 40 h worked against 37 h contracted' }),
  d('bank_holidays', 'Bank holidays', 8, 'days per year', { kind: 'statute', citation: 'Banking and Financial Dealings Act 1971: eight bank holidays in England' }),
  // Statutory and local timescales.
  d('assessment_due', 'Assessment completed within', 45, 'working days', { ...WORKING_TOGETHER }),
  d('icpc_due', 'Initial child protection conference within', 15, 'working days', { ...WORKING_TOGETHER, note: 'of the strategy discussion' }),
  d('cp_visit_every', 'Child protection visit every', 10, 'working days', { kind: 'local_policy', citation: 'Common local policy for children on a child protection plan', range: [10, 20] }),
  d('core_group_every', 'Core group every', 30, 'working days', { kind: 'local_policy', citation: 'Common local policy: core groups at least every 6 weeks', range: [20, 30] }),
  d('cp_review_every', 'Child protection review conference every', 130, 'working days', { ...WORKING_TOGETHER, note: 'first review within 3 months, then at most every 6 months' }),
  d('cla_visit_every', 'Looked-after child visit every', 30, 'working days', { kind: 'statute', citation: 'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959), reg. 28', year: 2010, note: 'within a week of placement, then at intervals of no more than 6 weeks in the first year' }),
  d('cla_review_every', 'Looked-after child review every', 130, 'working days', { kind: 'statute', citation: 'SI 2010/959, reg. 33: reviews at 20 working days, 3 months, then every 6 months', year: 2010 }),
  d('cin_visit_every', 'Child in need visit every', 20, 'working days', { kind: 'local_policy', citation: 'Common local policy for child in need plans', range: [20, 30] }),
  // Money.
  d('discount_rate', 'Discount rate', 0.035, 'per year', { kind: 'publication', citation: 'HM Treasury, The Green Book: central government guidance on appraisal and evaluation', year: 2022 }),
  d('employer_ni_rate', 'Employer National Insurance', 0.15, 'of pay above £5,000', { kind: 'statute', citation: 'HMRC rates and thresholds for employers 2025 to 2026 (from 6 April 2025)', year: 2025 }),
  d('employer_ni_threshold', 'Employer NI secondary threshold', 5000, '£ per year', { kind: 'statute', citation: 'HMRC rates and thresholds for employers 2025 to 2026', year: 2025 }),
  assume('pension_rate', 'Employer pension contribution', 0.19, 'of pay', [0.15, 0.23], 'Local Government Pension Scheme employer rates vary by fund'),
  assume('pay_inflation', 'Pay award a year', 0.03, 'per year', [0, 0.06], 'National Joint Council pay awards of recent years'),
  assume('salary_sw', 'Social worker salary', 41_000, '£ per year', [36_000, 46_000], 'Local pay scales for a qualified social worker'),
  assume('salary_consultant', 'Consultant social worker salary', 52_000, '£ per year', [47_000, 58_000], 'Local pay scales for a consultant / advanced practitioner'),
  assume('salary_manager', 'Team manager salary', 55_000, '£ per year', [50_000, 62_000], 'Local pay scales for a team manager'),
  assume('salary_admin', 'Administrator salary', 25_000, '£ per year', [22_000, 30_000], 'Local pay scales for a team administrator'),
  assume('salary_skilled_admin', 'Skilled administrator / unit co-ordinator salary', 29_000, '£ per year', [26_000, 33_000], 'Local pay scales for a personal assistant or unit co-ordinator'),
  assume('salary_family_practitioner', 'Family practitioner salary', 31_000, '£ per year', [27_000, 35_000], 'Local pay scales for a family or children’s practitioner'),
  assume('salary_specialist', 'Adult specialist salary', 38_000, '£ per year', [33_000, 44_000], 'Partner agency pay scales for domestic abuse, substance misuse and mental health workers'),
  assume('salary_clinician', 'Clinician salary', 50_000, '£ per year', [44_000, 58_000], 'NHS Agenda for Change band 7 for a family therapist or clinical practitioner'),
  assume('volunteer_cost', 'Volunteer expenses and co-ordination', 2_500, '£ per FTE-equivalent per year', [1_000, 5_000], 'Expenses plus a share of a volunteer co-ordinator'),
  assume('agency_premium', 'Agency premium', 0.5, 'over the post’s cost', [0.3, 0.8], 'Agency social workers cost more than employed staff; councils report a wide range'),
  assume('recruitment_lag', 'Recruitment lag', 16, 'weeks', [8, 26], 'Advert to start date, including notice periods'),
  assume('annual_leave', 'Annual leave', 27, 'days per year', [25, 32], 'Local terms and conditions, rising with service'),
  assume('training_days', 'Training days', 7, 'days per year', [3, 10], 'Continuing professional development outside supervision'),
  assume('turnover_support', 'Support staff turnover', 0.12, 'per year', [0.08, 0.2], 'Turnover among administrative and support staff'),
  assume('sickness_support', 'Support staff sickness absence', 0.035, 'share of working days', [0.025, 0.05], 'Local government sickness absence'),
  assume('sickness_spell_days', 'Mean length of a sickness spell', 5, 'working days', [2, 10], 'Most spells are a few days, a few are long; the simulation draws spells of this mean length so the days lost match the sickness share'),
  assume('agency_lag', 'Agency cover starts after', 2, 'weeks', [1, 6], 'Time to engage an agency worker once a post falls vacant'),
  assume('systemic_training_days', 'Systemic practice training while a unit model beds in', 10, 'days per FTE', [5, 20], 'Reclaiming Social Work implementations train whole units in systemic practice in their first year'),
  assume('implementation_turnover_uplift', 'Extra turnover while a new model beds in', 0.05, 'per year', [0, 0.1], 'The seed warns turnover may rise during implementation as staff self-select out; its size is not given'),
  assume('implementation_uplift_months', 'How long the extra turnover lasts', 12, 'months', [6, 24], 'The first year of a new practice model'),
  assume('implementation_training_weeks', 'Implementation training spread over', 12, 'weeks', [4, 26], 'Training in a new model of practice is front-loaded into its first months'),
  assume('supervision_hours', 'Supervision received', 0.375, 'hours per week', [0.25, 0.75], '1.5 hours of individual supervision every four weeks'),
  assume('team_meeting_hours', 'Team meeting', 1, 'hours per week', [1, 2], 'A weekly team meeting'),
  assume('group_case_discussion_hours', 'Systemic group case discussion', 3, 'hours per week', [2, 4], 'The Reclaiming Social Work unit meeting, weekly (Goodman and Trowler, Social Work Reclaimed, 2012)'),
  assume('travel_minutes', 'Travel per visit', 30, 'minutes, round trip', [30, 90], 'Urban and county averages differ widely'),
  assume('asye_factor', 'ASYE protected caseload', 0.8, 'of a full caseload', [0.7, 0.9], 'A newly qualified social worker’s reduced caseload in the assessed year'),
  assume('placement_cost', 'Placement cost', 900, '£ per week', [500, 1_500], 'Weekly cost of a foster placement, in-house to independent agency'),
  assume('asye_posts', 'ASYE posts in a team of six', 1, 'FTE', [0, 2], 'One newly qualified worker in a team of six'),
  d('cp_duration', 'Time in the system (child protection)', 34, 'weeks', { ...SEED, note: 'Leeds Family Valued: average time in the social care system before Family Group Conferencing' }),
  // Demand of a traditional child-in-need and child-protection team of six: a team's own
  // figures replace these (CSV import); each is an assumption with the range seen in practice.
  assume('referrals_cin', 'New child in need families', 0.7, 'per week per team', [0.3, 1.5], 'A locality team’s share of its council’s child in need starts'),
  assume('referrals_cp', 'New child protection families', 0.2, 'per week per team', [0.2, 0.8], 'A locality team’s share of its council’s child protection plans'),
  assume('referrals_cla', 'New looked-after children’s families', 0.03, 'per week per team', [0.01, 0.1], 'Children coming into care held by the locality team'),
  assume('duration_cin', 'Time open (child in need)', 40, 'weeks', [16, 40], 'Child in need plans are typically reviewed and closed within six to nine months'),
  assume('duration_cla', 'Time open (looked after, with this team)', 60, 'weeks', [30, 104], 'Until transfer to a children in care team or permanence'),
  assume('children_cin', 'Children per family (child in need)', 1.7, 'children', [1.3, 2.2], 'Sibling groups in child in need cases'),
  assume('children_cp', 'Children per family (child protection)', 1.8, 'children', [1.4, 2.4], 'Sibling groups on child protection plans'),
  assume('children_cla', 'Children per family (looked after)', 1.2, 'children', [1, 1.6], 'Siblings placed together'),
  assume('weight_cp', 'Caseload weight (child protection)', 1.2, 'per child', [1, 1.5], 'Caseload-weighting schemes weight child protection above child in need'),
  assume('weight_cla', 'Caseload weight (looked after)', 1.3, 'per child', [1, 1.6], 'Caseload-weighting schemes weight looked-after children above child in need'),
  assume('step_up_cin_cp', 'Child in need stepping up to child protection', 0.1, 'probability at closure', [0.05, 0.2], 'Re-referral and step-up rates'),
  assume('step_down_cp_cin', 'Child protection stepping down to child in need', 0.35, 'probability at closure', [0.2, 0.5], 'Step-down on ending a plan'),
  assume('step_up_cp_cla', 'Child protection to care', 0.08, 'probability at closure', [0.04, 0.15], 'Plans ending with the child coming into care'),
  assume('cin_elastic', 'Extra direct work a family would benefit from', 2, 'sessions per week', [0.5, 2], 'Beyond the statutory minimum: what practitioners say families need'),
  assume('manager_oversight_hours', 'Team manager’s management work', 22, 'hours per week', [15, 28], 'Allocation, case oversight and decisions, performance and service meetings: beyond supervision, most of a manager’s week'),
  assume('admin_team_hours', 'Team administration (reception, post, rotas)', 12, 'hours per week', [8, 16], 'A traditional team administrator’s non-case work'),
  // Preset team compositions the seed names without numbers: stated assumptions with ranges.
  assume('crewe_family_practitioners', 'Family practitioners (Project Crewe)', 3, 'FTE', [2, 4], 'Cheshire East Project Crewe: qualified family practitioners beside a team of six social workers'),
  assume('crewe_peer_mentors', 'Peer mentors (Project Crewe)', 2, 'FTE-equivalent', [1, 3], 'Cheshire East Project Crewe: parents with lived experience as paid sessional mentors'),
  assume('crewe_volunteers', 'Volunteers (Project Crewe)', 2, 'FTE-equivalent', [1, 4], 'Cheshire East Project Crewe: trained volunteers, counted in full-time equivalents of their hours'),
  assume('rsw_clinician_fte', 'Clinician time per unit (Reclaiming Social Work)', 0.5, 'FTE', [0.4, 1], 'Hackney units shared a family therapist or clinical practitioner between units'),
  assume('fs_joint_visit_every', 'Joint visit with an adult specialist every', 20, 'working days', [10, 30], 'Family Safeguarding: adult specialists visit alongside the social worker where a parent has domestic abuse, substance misuse or mental health needs'),
  d('fgc_duration', 'Time in the system with Family Group Conferencing', 24, 'weeks', { ...SEED, note: 'Leeds Family Valued: average time in the social care system fell from 34 to 24 weeks' }),
  assume('fgc_cost', 'Family Group Conference co-ordination', 1300, '£ per conference', [600, 1500], 'An independent co-ordinator’s preparation with the family, the conference and the plan, as councils price a conference'),
  ...ACTIVITY_TIMING_DEFAULTS,
];

export const DEFAULTS: Record<string, DefaultValue> = Object.fromEntries(DEFAULTS_LIST.map((x) => [x.id, x]));

export function defaultValue(id: string): number {
  const entry = DEFAULTS[id];
  if (!entry) throw new Error(`unknown default "${id}"`);
  return entry.value;
}

/** Salary plus employer National Insurance and pension: the cost of one FTE for a year. */
export function employerCost(salary: number): number {
  const ni = Math.max(0, salary - defaultValue('employer_ni_threshold')) * defaultValue('employer_ni_rate');
  return Math.round(salary + ni + salary * defaultValue('pension_rate'));
}
