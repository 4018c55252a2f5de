import { defaultValue } from '../defaults';
import { buildRole, supervision, teamMeeting } from './builders';
import { SEED_SUMMARY } from './citations';
import type { Preset } from './preset';
import { socialWorkers, teamAdministrator, teamManager, traditionalScenario } from './traditional';
import { variantOf } from './variant';

export const FAMILY_PRACTITIONERS_ID = 'family-practitioners';

const FAMILY_PRACTITIONER_WORK = ['cin_visit', 'direct_work', 'recording', 'case_planning', 'case_admin', 'fgc'];
const VOLUNTEER_WORK = ['direct_work', 'recording'];

function scenario() {
  const fp = buildRole({
    id: 'family_practitioner',
    name: 'Family practitioner',
    category: 'aq_practitioner',
    posts: defaultValue('crewe_family_practitioners'),
    salary: 'salary_family_practitioner',
    keyWorker: true,
    fixed: [supervision('team_manager'), teamMeeting()],
    activities: FAMILY_PRACTITIONER_WORK,
  });
  const mentors = buildRole({
    id: 'peer_mentor',
    name: 'Peer mentor',
    category: 'volunteer',
    posts: defaultValue('crewe_peer_mentors'),
    cost: 'volunteer_cost',
    activities: VOLUNTEER_WORK,
  });
  const volunteers = buildRole({
    id: 'volunteer',
    name: 'Volunteer',
    category: 'volunteer',
    posts: defaultValue('crewe_volunteers'),
    cost: 'volunteer_cost',
    activities: VOLUNTEER_WORK,
  });
  const s = variantOf(traditionalScenario(), {
    id: FAMILY_PRACTITIONERS_ID,
    name: 'Family practitioners, peer mentors and volunteers (Cheshire East, Project Crewe)',
    description:
      'The traditional team with qualified family practitioners who hold child in need cases and do direct work, and peer mentors and volunteers who add sessions with families.',
    teams: [{ id: 'locality', name: 'Locality team', sharedCaseload: false, roles: [socialWorkers(), teamManager(), teamAdministrator(), fp, mentors, volunteers] }],
  });
  s.sources['teams[0].roles[3].posts'] = 'crewe_family_practitioners';
  s.sources['teams[0].roles[4].posts'] = 'crewe_peer_mentors';
  s.sources['teams[0].roles[5].posts'] = 'crewe_volunteers';
  return s;
}

export const familyPractitionersPreset: Preset = {
  id: FAMILY_PRACTITIONERS_ID,
  name: 'Family practitioners',
  summary: 'Qualified family practitioners, peer mentors and volunteers beside social workers (Cheshire East, Project Crewe).',
  citations: [SEED_SUMMARY],
  inputs: [
    { label: 'Family practitioners', value: defaultValue('crewe_family_practitioners'), unit: 'FTE', path: 'teams[0].roles[3].posts', source: { kind: 'assumption', citation: 'Project Crewe team composition', range: [2, 4] } },
    { label: 'Peer mentors', value: defaultValue('crewe_peer_mentors'), unit: 'FTE-equivalent', path: 'teams[0].roles[4].posts', source: { kind: 'assumption', citation: 'Project Crewe team composition', range: [1, 3] } },
    { label: 'Volunteers', value: defaultValue('crewe_volunteers'), unit: 'FTE-equivalent', path: 'teams[0].roles[5].posts', source: { kind: 'assumption', citation: 'Project Crewe team composition', range: [1, 4] } },
  ],
  outputs: [
    { id: 'visitsRatio', label: 'Family visits against the traditional team', unit: 'times', range: [2.7, 3.3], note: 'seed: a threefold increase' },
    { id: 'visitsPerFamilyPerMonth', label: 'Visits per family per month', unit: 'visits' },
    { id: 'visitsPerFamilyPerMonthBefore', label: 'Visits per family per month, traditional team', unit: 'visits' },
  ],
  notes: ['The Project Crewe trial’s results were not statistically significant: the threefold increase in visits is what was observed, not a proven effect.'],
  scenario,
};
