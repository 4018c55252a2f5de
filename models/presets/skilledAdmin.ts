import { defaultValue } from '../defaults';
import { buildRole } from './builders';
import { HAMPSHIRE_PILOT, SEED_SUMMARY } from './citations';
import type { Preset } from './preset';
import { ADMIN_WORK, socialWorkers, teamAdministrator, teamManager, traditionalScenario } from './traditional';
import { variantOf } from './variant';

export const SKILLED_ADMIN_ID = 'skilled-admin';
/** Hampshire and the Isle of Wight: one skilled administrator (a PA) to three social workers. */
const SOCIAL_WORKERS_PER_PA = 3;
/** The cited saving, shown beside the model's own cost figures, never forced on them. */
export const CITED_SAVING = 27_000;

function scenario() {
  const sw = socialWorkers();
  const pa = buildRole({
    id: 'skilled_administrator',
    name: 'Skilled administrator (PA to social workers)',
    category: 'administrator',
    posts: sw.value.posts / SOCIAL_WORKERS_PER_PA,
    salary: 'salary_skilled_admin',
    activities: ADMIN_WORK,
    travel: false,
  });
  return variantOf(traditionalScenario(), {
    id: SKILLED_ADMIN_ID,
    name: 'Skilled administrators (Hampshire and the Isle of Wight)',
    description:
      'The traditional team with one skilled administrator to every three social workers, who takes the typing, filing, scheduling, letters and minutes social workers can hand over.',
    teams: [{ id: 'locality', name: 'Locality team', sharedCaseload: false, roles: [sw, teamManager(), teamAdministrator(), pa] }],
    policy: { delegation: true },
  });
}

export const skilledAdminPreset: Preset = {
  id: SKILLED_ADMIN_ID,
  name: 'Skilled administrators',
  summary: 'One skilled administrator per three social workers (Hampshire and the Isle of Wight).',
  citations: [SEED_SUMMARY, HAMPSHIRE_PILOT],
  inputs: [
    { label: 'Skilled administrators per social worker', value: `1 per ${SOCIAL_WORKERS_PER_PA}`, unit: 'posts', path: 'teams[0].roles[3].posts', source: HAMPSHIRE_PILOT },
    { label: 'Work handed to support roles', value: 'on', unit: '', path: 'policy.delegation', source: HAMPSHIRE_PILOT },
    { label: 'Skilled administrator salary', value: defaultValue('salary_skilled_admin'), unit: '£ per year', path: 'teams[0].roles[3].costPerFte', source: { kind: 'assumption', citation: 'Local pay scales for a personal assistant or unit co-ordinator', range: [26_000, 33_000] } },
  ],
  outputs: [
    { id: 'swDirectShareBefore', label: 'Social workers’ time with families, traditional team', unit: 'share', target: 0.34, tolerance: 0.02 },
    { id: 'swDirectShare', label: 'Social workers’ time with families, with skilled administrators', unit: 'share', target: 0.58, tolerance: 0.02 },
    { id: 'swAdminShareBefore', label: 'Social workers’ administration, traditional team', unit: 'share', note: 'pilot: 36 %' },
    { id: 'swAdminShare', label: 'Social workers’ administration, with skilled administrators', unit: 'share', note: 'pilot: 14 %' },
    { id: 'swAdminFall', label: 'Fall in social workers’ administration', unit: 'points', range: [0.15, 1] },
    { id: 'staffCostDifference', label: 'Staff cost difference against the traditional team', unit: '£ per year', note: `the seed cites £${CITED_SAVING.toLocaleString('en-GB')} saved; its basis is not stated, so the model’s own figure is shown beside it` },
    { id: 'releasedTimeValue', label: 'Social worker time released, valued at its cost', unit: '£ per year' },
  ],
  notes: [`The seed reports £${CITED_SAVING.toLocaleString('en-GB')} saved without saying how it was counted; the model shows its own cost difference and the value of released time beside it.`],
  scenario,
};
