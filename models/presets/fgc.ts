import { defaultValue } from '../defaults';
import { SEED_SUMMARY } from './citations';
import type { Preset } from './preset';
import { traditionalScenario } from './traditional';
import { variantOf } from './variant';

export const FGC_ID = 'fgc';
/** The saving Leeds estimated per family, shown beside the one the model computes. */
export const CITED_FGC_SAVING = 755;

function scenario() {
  const parent = traditionalScenario();
  const before = defaultValue('cp_duration');
  const after = defaultValue('fgc_duration');
  return variantOf(parent, {
    id: FGC_ID,
    name: 'Family Group Conferencing as a core offer (Leeds Family Valued)',
    description:
      'The traditional team where every family at an initial child protection conference is offered a Family Group Conference: the family makes its own plan, and families spend less time in the system.',
    interventions: [
      {
        id: 'fgc',
        name: 'Family Group Conference at the initial child protection conference',
        source: { ...SEED_SUMMARY, note: `time in the system ${before} → ${after} weeks; 660 conferences in 2016` },
        caseTypeIds: ['cp'],
        durationScale: after / before,
        addOneOff: [{ activityId: 'fgc', dueWorkingDays: defaultValue('icpc_due') }],
        addRecurring: [],
        costPerFamily: defaultValue('fgc_cost'),
      },
    ],
    sources: { 'interventions[0].costPerFamily': 'fgc_cost', 'interventions[0].addOneOff[0].dueWorkingDays': 'icpc_due' },
  });
}

export const fgcPreset: Preset = {
  id: FGC_ID,
  name: 'Family Group Conferencing',
  summary: 'Family Group Conferencing as a core offer at the initial child protection conference (Leeds Family Valued).',
  citations: [SEED_SUMMARY],
  inputs: [
    { label: 'Time in the system before', value: defaultValue('cp_duration'), unit: 'weeks', path: 'caseTypes[1].durationWeeks.mean', source: SEED_SUMMARY },
    { label: 'Time in the system with Family Group Conferencing', value: defaultValue('fgc_duration'), unit: 'weeks', path: 'interventions[0].durationScale', source: SEED_SUMMARY },
    { label: 'Co-ordination per conference', value: defaultValue('fgc_cost'), unit: '£', path: 'interventions[0].costPerFamily', source: { kind: 'assumption', citation: 'An independent co-ordinator’s preparation, the conference and the plan', range: [600, 1500] } },
  ],
  outputs: [
    { id: 'savingPerFamily', label: 'Saving per family', unit: '£', target: CITED_FGC_SAVING, tolerance: 0.1 * CITED_FGC_SAVING, note: 'seed: £755 per family (Leeds)' },
    { id: 'familyWeekCost', label: 'Cost of a child protection family-week', unit: '£' },
    { id: 'weeksSaved', label: 'Weeks in the system saved per family', unit: 'weeks' },
    { id: 'conferenceCost', label: 'Cost of a conference (co-ordination and the key worker’s time)', unit: '£' },
  ],
  notes: ['The saving is weeks saved × the cost of a child protection family-week, less the cost of the conference; the cost of a family-week shares the team’s staff cost out by caseload weight.'],
  scenario,
};
