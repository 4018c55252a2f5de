import { defaultValue } from '../defaults';
import { buildRole, groupCaseDiscussion, supervision } from './builders';
import { HACKNEY_UNITS, SEED_SUMMARY, SOCIAL_WORK_RECLAIMED } from './citations';
import type { Preset } from './preset';
import { ADMIN_WORK, CASE_WORK, traditionalScenario } from './traditional';
import type { TeamSpec } from './variant';
import { variantOf } from './variant';

export const RSW_UNIT_ID = 'rsw-unit';
/** Two units carry the traditional team's families: about 40 children each, inside Hackney's 30–60. */
const UNITS = 2;
const PRACTITIONER_WORK = ['cin_visit', 'direct_work', 'recording', 'case_planning', 'case_admin', 'fgc'];
const CLINICIAN_WORK = ['direct_work', 'joint_visit', 'recording'];

function unit(n: number): TeamSpec {
  const gcd = groupCaseDiscussion();
  return {
    id: `unit_${n}`,
    name: `Unit ${n}`,
    sharedCaseload: true,
    roles: [
      buildRole({ id: 'consultant', name: 'Consultant social worker', category: 'consultant_sw', posts: 1, salary: 'salary_consultant', keyWorker: true, fixed: [gcd], activities: CASE_WORK }),
      buildRole({ id: 'social_worker', name: 'Social worker', category: 'qualified_sw', posts: 1, salary: 'salary_sw', keyWorker: true, fixed: [gcd, supervision('consultant')], activities: CASE_WORK }),
      buildRole({ id: 'childrens_practitioner', name: 'Children’s practitioner', category: 'aq_practitioner', posts: 1, salary: 'salary_family_practitioner', keyWorker: true, fixed: [gcd, supervision('consultant')], activities: PRACTITIONER_WORK }),
      buildRole({ id: 'clinician', name: 'Clinician (family therapist)', category: 'clinician', posts: defaultValue('rsw_clinician_fte'), salary: 'salary_clinician', fixed: [gcd], activities: CLINICIAN_WORK }),
      buildRole({ id: 'unit_coordinator', name: 'Unit co-ordinator', category: 'administrator', posts: 1, salary: 'salary_skilled_admin', fixed: [gcd], activities: ADMIN_WORK, travel: false }),
    ],
  };
}

function scenario() {
  const teams = Array.from({ length: UNITS }, (_, i) => unit(i + 1));
  const s = variantOf(traditionalScenario(), {
    id: RSW_UNIT_ID,
    name: 'Reclaiming Social Work units (Hackney model)',
    description:
      'Small units led by a consultant social worker, with a social worker, a children’s practitioner, a clinician and a unit co-ordinator, holding their families together and meeting weekly for a systemic group case discussion.',
    teams,
    policy: { delegation: true },
    // The seed warns that a whole-system model costs training and, for a while, staff who leave.
    implementation: {
      trainingDaysPerFte: defaultValue('systemic_training_days'),
      turnoverUplift: defaultValue('implementation_turnover_uplift'),
      upliftMonths: defaultValue('implementation_uplift_months'),
      oneOffCosts: [],
    },
    sources: {
      'implementation.trainingDaysPerFte': 'systemic_training_days',
      'implementation.turnoverUplift': 'implementation_turnover_uplift',
      'implementation.upliftMonths': 'implementation_uplift_months',
    },
  });
  teams.forEach((_, t) => (s.sources[`teams[${t}].roles[3].posts`] = 'rsw_clinician_fte'));
  return s;
}

export const rswUnitPreset: Preset = {
  id: RSW_UNIT_ID,
  name: 'Reclaiming Social Work units',
  summary: 'Consultant social worker, social worker, children’s practitioner, clinician and unit co-ordinator sharing a caseload (Hackney model, Harrow and others).',
  citations: [SEED_SUMMARY, HACKNEY_UNITS, SOCIAL_WORK_RECLAIMED],
  inputs: [
    { label: 'Unit', value: 'consultant SW, SW, children’s practitioner, clinician, unit co-ordinator', unit: '', source: HACKNEY_UNITS },
    { label: 'Units', value: UNITS, unit: 'units', source: { kind: 'assumption', citation: 'Enough units to carry the traditional team’s families at 30–60 cases each', range: [2, 3] } },
    { label: 'Systemic group case discussion', value: defaultValue('group_case_discussion_hours'), unit: 'hours per week', source: SOCIAL_WORK_RECLAIMED },
    { label: 'Shared caseload', value: 'yes', unit: '', source: SEED_SUMMARY },
  ],
  outputs: [
    { id: 'qualifiedDirectShare', label: 'Qualified social workers’ time with families', unit: 'share' },
    { id: 'qualifiedDirectShareBefore', label: 'Social workers’ time with families, traditional team', unit: 'share' },
    { id: 'keyWorkerChanges', label: 'Key-worker changes per family', unit: 'changes' },
    { id: 'keyWorkerChangesBefore', label: 'Key-worker changes per family, traditional team', unit: 'changes' },
    { id: 'childrenPerUnit', label: 'Children per unit', unit: 'children', range: [30, 60], note: 'Community Care 2010: units held 30–60 cases' },
  ],
  notes: ['In a unit the family knows every practitioner, so one leaver is counted as one of the familiar people leaving, not as a change of key worker.'],
  scenario,
};
