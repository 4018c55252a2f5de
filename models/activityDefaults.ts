import type { DefaultValue } from './defaults';

/**
 * Stated assumptions for activity durations and delegable shares. No national time-use study
 * gives these per activity, so each is an assumption with the range it was chosen from; a
 * council replaces them with its own diary-exercise figures.
 */
interface Timing {
  id: string;
  label: string;
  hours: number;
  hoursRange: [number, number];
  delegable?: { share: number; range: [number, number]; what: string };
}

const TIMINGS: Timing[] = [
  { id: 'statutory_visit', label: 'Statutory visit', hours: 2, hoursRange: [0.75, 2] },
  { id: 'cin_visit', label: 'Child in need visit', hours: 1.5, hoursRange: [0.75, 1.5] },
  { id: 'direct_work', label: 'Direct work session', hours: 2, hoursRange: [1, 2] },
  { id: 'joint_visit', label: 'Joint visit', hours: 1.5, hoursRange: [1, 2] },
  { id: 'recording', label: 'Recording per contact', hours: 0.5, hoursRange: [0.5, 1.5], delegable: { share: 0.5, range: [0.25, 0.5], what: 'typing, formatting and filing; the analysis stays with the practitioner' } },
  { id: 'assessment', label: 'Child and family assessment', hours: 6, hoursRange: [6, 16], delegable: { share: 0.15, range: [0.1, 0.25], what: 'gathering agency information and typing up' } },
  { id: 'case_planning', label: 'Case planning and analysis', hours: 0.25, hoursRange: [0.25, 1] },
  { id: 'conference_report', label: 'Report for a conference or review', hours: 3, hoursRange: [2, 5], delegable: { share: 0.2, range: [0.1, 0.3], what: 'collating, formatting and circulating' } },
  { id: 'court_work', label: 'Court statements and hearings', hours: 4, hoursRange: [2, 8], delegable: { share: 0.15, range: [0.1, 0.25], what: 'bundles and formatting' } },
  { id: 'case_admin', label: 'Case administration per family per week', hours: 1.3, hoursRange: [0.8, 2], delegable: { share: 0.9, range: [0.6, 0.9], what: 'scheduling, letters, minutes and data entry a skilled administrator can take' } },
  { id: 'icpc', label: 'Initial child protection conference', hours: 2.5, hoursRange: [2, 3] },
  { id: 'core_group', label: 'Core group meeting', hours: 1.5, hoursRange: [1, 2] },
  { id: 'cp_review', label: 'Child protection review conference', hours: 2, hoursRange: [1.5, 3] },
  { id: 'cla_review', label: 'Looked-after child review', hours: 2, hoursRange: [1.5, 3] },
  { id: 'fgc', label: 'Family group conference', hours: 3, hoursRange: [2, 4] },
];

export const ACTIVITY_TIMING_DEFAULTS: DefaultValue[] = TIMINGS.flatMap((t) => {
  const out: DefaultValue[] = [
    {
      id: `hours_${t.id}`,
      label: `${t.label}: duration`,
      value: t.hours,
      unit: 'hours',
      source: { kind: 'assumption', citation: 'Practice estimate; replace with a local diary exercise', range: t.hoursRange },
    },
  ];
  if (t.delegable) {
    out.push({
      id: `delegable_${t.id}`,
      label: `${t.label}: delegable share`,
      value: t.delegable.share,
      unit: 'share',
      source: { kind: 'assumption', citation: `The part a support role can do: ${t.delegable.what}`, range: t.delegable.range },
    });
  }
  return out;
});

/** Source ids for an activity's values, relative to the activity. */
export function activitySourcePaths(activityId: string): Record<string, string> {
  const t = TIMINGS.find((x) => x.id === activityId);
  if (!t) return {};
  return { hours: `hours_${t.id}`, ...(t.delegable ? { delegableShare: `delegable_${t.id}` } : {}) };
}
