import type { Activity } from '../activity';
import type { RoleCategory } from '../categories';
import { activitySourcePaths } from '../activityDefaults';
import { defaultValue } from '../defaults';
import { activity as baseActivity } from './builders';

/**
 * The activity list every preset shares (DESIGN §4: presets inherit activities unchanged).
 * Durations and delegable shares are stated assumptions; `sources` below gives each its range.
 */
const QUALIFIED: RoleCategory[] = ['qualified_sw', 'consultant_sw'];
const CASE_HOLDERS: RoleCategory[] = ['qualified_sw', 'consultant_sw', 'aq_practitioner'];
const PRACTITIONERS: RoleCategory[] = ['qualified_sw', 'consultant_sw', 'aq_practitioner', 'clinician', 'specialist', 'volunteer'];
const RECORDERS: RoleCategory[] = ['qualified_sw', 'consultant_sw', 'aq_practitioner', 'clinician', 'specialist', 'volunteer'];

/** An activity whose duration and delegable share come from the sourced timing assumptions. */
function activity(a: Omit<Parameters<typeof baseActivity>[0], 'hours'>): Activity {
  const paths = activitySourcePaths(a.id);
  return baseActivity({
    ...a,
    hours: defaultValue(paths.hours),
    ...(paths.delegableShare ? { delegableShare: defaultValue(paths.delegableShare) } : {}),
  });
}

/** Where each activity's timing came from, as scenario source paths. */
export function activitySources(activities: Activity[]): Record<string, string> {
  const out: Record<string, string> = {};
  activities.forEach((a, i) => {
    for (const [field, id] of Object.entries(activitySourcePaths(a.id))) out[`activities[${i}].${field}`] = id;
  });
  return out;
}

export function standardActivities(): Activity[] {
  const recording = [{ activityId: 'recording', times: 1 }];
  return [
    activity({ id: 'statutory_visit', name: 'Statutory visit', kind: 'direct', eligible: QUALIFIED, statutory: true, visit: true, followUps: recording }),
    activity({ id: 'cin_visit', name: 'Child in need visit', kind: 'direct', eligible: CASE_HOLDERS, visit: true, followUps: recording }),
    activity({ id: 'direct_work', name: 'Direct work session', kind: 'direct', eligible: PRACTITIONERS, visit: true, followUps: recording }),
    activity({
      id: 'joint_visit',
      name: 'Joint visit with an adult specialist',
      kind: 'direct',
      
      eligible: QUALIFIED,
      performers: 2,
      secondPerformer: ['specialist', 'clinician'],
      visit: true,
      followUps: recording,
    }),
    activity({ id: 'recording', name: 'Case recording', kind: 'case_indirect', eligible: RECORDERS, delegateTo: ['administrator'] }),
    activity({ id: 'assessment', name: 'Child and family assessment', kind: 'case_indirect', eligible: QUALIFIED, statutory: true, delegateTo: ['administrator'] }),
    activity({ id: 'case_planning', name: 'Case planning and analysis', kind: 'case_indirect', eligible: CASE_HOLDERS }),
    activity({ id: 'conference_report', name: 'Report for a conference or review', kind: 'case_indirect', eligible: QUALIFIED, delegateTo: ['administrator'] }),
    activity({ id: 'court_work', name: 'Court statements and hearings', kind: 'case_indirect', eligible: QUALIFIED, delegateTo: ['administrator'] }),
    activity({
      id: 'case_admin',
      name: 'Case administration: scheduling, letters, minutes, data entry',
      kind: 'admin',
      
      eligible: CASE_HOLDERS,
      delegateTo: ['administrator'],
    }),
    activity({ id: 'icpc', name: 'Initial child protection conference', kind: 'meeting', eligible: QUALIFIED, statutory: true, followUps: [{ activityId: 'conference_report', times: 1 }] }),
    activity({ id: 'core_group', name: 'Core group meeting', kind: 'meeting', eligible: QUALIFIED, statutory: true }),
    activity({ id: 'cp_review', name: 'Child protection review conference', kind: 'meeting', eligible: QUALIFIED, statutory: true, followUps: [{ activityId: 'conference_report', times: 1 }] }),
    activity({ id: 'cla_review', name: 'Looked-after child review', kind: 'meeting', eligible: QUALIFIED, statutory: true, followUps: [{ activityId: 'conference_report', times: 1 }] }),
    activity({ id: 'fgc', name: 'Family group conference', kind: 'meeting', eligible: CASE_HOLDERS, visit: true }),
  ];
}
