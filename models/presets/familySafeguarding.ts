import { defaultValue } from '../defaults';
import { buildRole, groupCaseDiscussion, supervision, teamMeeting } from './builders';
import { SEED_SUMMARY } from './citations';
import type { Preset } from './preset';
import { socialWorkers, teamAdministrator, teamManager, traditionalScenario } from './traditional';
import { variantOf } from './variant';

export const FAMILY_SAFEGUARDING_ID = 'family-safeguarding';
const SPECIALIST_WORK = ['joint_visit', 'direct_work', 'recording'];

function specialist(id: string, name: string, posts: number) {
  return buildRole({ id, name, category: 'specialist', posts, salary: 'salary_specialist', fixed: [supervision('team_manager'), teamMeeting(), groupCaseDiscussion()], activities: SPECIALIST_WORK });
}

function scenario() {
  const sw = socialWorkers();
  sw.value.fixed.push(groupCaseDiscussion());
  sw.sources[`fixed[${sw.value.fixed.length - 1}].hoursPerWeek`] = 'group_case_discussion_hours';
  const s = variantOf(traditionalScenario(), {
    id: FAMILY_SAFEGUARDING_ID,
    name: 'Family Safeguarding (Hertfordshire)',
    description:
      'Social workers alongside adult specialists — domestic abuse, substance misuse and mental health workers — under one manager, visiting jointly and meeting for group case discussion across agencies.',
    teams: [
      {
        id: 'family_safeguarding',
        name: 'Family Safeguarding team',
        sharedCaseload: false,
        roles: [
          sw,
          teamManager(),
          teamAdministrator(),
          specialist('domestic_abuse_worker', 'Domestic abuse worker', 2),
          specialist('substance_misuse_worker', 'Substance misuse worker', 1),
          specialist('mental_health_worker', 'Mental health worker', 1),
        ],
      },
    ],
    interventions: [
      {
        id: 'family-safeguarding',
        name: 'Joint visits with adult specialists',
        source: { ...SEED_SUMMARY, note: 'Hertfordshire Family Safeguarding: adult specialists work alongside social workers' },
        caseTypeIds: ['cin', 'cp'],
        durationScale: 1,
        addOneOff: [],
        addRecurring: [{ activityId: 'joint_visit', everyWorkingDays: defaultValue('fs_joint_visit_every'), perChild: false }],
        costPerFamily: 0,
      },
    ],
    sources: { 'interventions[0].addRecurring[0].everyWorkingDays': 'fs_joint_visit_every' },
  });
  return s;
}

export const familySafeguardingPreset: Preset = {
  id: FAMILY_SAFEGUARDING_ID,
  name: 'Family Safeguarding',
  summary: 'Social workers with domestic abuse, substance misuse and mental health workers, joint visits and group case discussion (Hertfordshire).',
  citations: [SEED_SUMMARY],
  inputs: [
    { label: 'Social workers', value: 6, unit: 'FTE', path: 'teams[0].roles[0].posts', source: { ...SEED_SUMMARY, note: '5–6 social workers per team' } },
    { label: 'Domestic abuse workers', value: 2, unit: 'FTE', path: 'teams[0].roles[3].posts', source: SEED_SUMMARY },
    { label: 'Substance misuse worker', value: 1, unit: 'FTE', path: 'teams[0].roles[4].posts', source: SEED_SUMMARY },
    { label: 'Mental health worker', value: 1, unit: 'FTE', path: 'teams[0].roles[5].posts', source: SEED_SUMMARY },
    { label: 'Joint visit every', value: defaultValue('fs_joint_visit_every'), unit: 'working days', path: 'interventions[0].addRecurring[0].everyWorkingDays', source: { kind: 'assumption', citation: 'Joint visits where a parent has adult needs', range: [10, 30] } },
    { label: 'Context: families, staff, months, teams', value: '940 families, 280 staff, 12 months, 22 teams', unit: '', source: SEED_SUMMARY },
  ],
  outputs: [
    { id: 'swDirectShare', label: 'Social workers’ time with families', unit: 'share' },
    { id: 'swDirectShareBefore', label: 'Social workers’ time with families, traditional team', unit: 'share' },
    { id: 'directHoursPerFamily', label: 'Direct-contact hours per family per week', unit: 'hours' },
    { id: 'directHoursPerFamilyBefore', label: 'Direct-contact hours per family per week, traditional team', unit: 'hours' },
    { id: 'familiesPerYear', label: 'Families worked with in a year', unit: 'families', note: 'Hertfordshire: 940 families across 22 teams and 280 staff in 12 months — context, not a team target' },
  ],
  notes: ['Hertfordshire’s 940 families, 280 staff and 12 months are across 22 teams with partner staff: context for the team’s figures, not a target for one team.'],
  scenario,
};
