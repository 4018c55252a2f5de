import { traditionalScenario } from '../presets/traditional';
import type { Scenario } from '../scenario';

export interface QueueingSettings {
  /** Caseload slots: key workers × their caseload cap. */
  slots: number;
  /** Referrals per week. */
  arrivalsPerWeek: number;
  /** Mean weeks a case stays open. */
  meanWeeksOpen: number;
  /** Key workers sharing the slots (the slots must divide evenly among them). */
  keyWorkers?: number;
  weeks?: number;
  warmupWeeks?: number;
  replications?: number;
  seed?: number;
}

/**
 * A scenario whose allocation queue is exactly M/M/c (DESIGN §3.2): Poisson referrals of one
 * case type, exponential time open, one child of weight 1 per family, no tasks, no steps, and
 * c = key workers × cap slots. It is an ordinary scenario, built from the traditional preset, so
 * the engine meets it through the same path as any council's; it is what the validation against
 * Erlang C and the speed benchmark run.
 */
export function queueingScenario(q: QueueingSettings): Scenario {
  const base = traditionalScenario();
  const keyWorkers = q.keyWorkers ?? 1;
  const cap = q.slots / keyWorkers;
  if (!Number.isInteger(cap)) throw new RangeError(`${q.slots} slots do not divide among ${keyWorkers} key workers`);
  const team = base.teams[0];
  const worker = team.roles.find((r) => r.keyWorker.eligible);
  if (!worker) throw new Error('the traditional preset has no key-worker role');
  return {
    ...base,
    id: 'mmc',
    name: `M/M/${q.slots} allocation queue`,
    presetId: null,
    description: `Poisson referrals (${q.arrivalsPerWeek} a week), exponential time open (mean ${q.meanWeeksOpen} weeks), ${q.slots} caseload slots.`,
    // Nobody leaves and no post is vacant: the slots must stay c for the queue to be M/M/c.
    teams: [
      {
        ...team,
        roles: [
          {
            ...worker,
            posts: keyWorkers,
            asyePosts: 0,
            fixed: [],
            keyWorker: { eligible: true, caseloadCap: cap },
            workforce: { ...worker.workforce, turnoverPerYear: 0, vacancyShare: 0 },
          },
        ],
      },
    ],
    caseTypes: [
      {
        id: 'referral',
        name: 'Referral',
        referralsPerWeek: q.arrivalsPerWeek,
        trendPerYear: 0,
        seasonality: { amplitude: 0, peakWeek: 0 },
        openFamilies: 0,
        childrenPerFamily: 1,
        complexityWeight: 1,
        durationWeeks: { type: 'exponential', mean: q.meanWeeksOpen },
        keyWorkerCategories: [worker.category],
        oneOff: [],
        recurring: [],
        elastic: null,
        closure: [],
        nonStaffCostPerWeek: 0,
      },
    ],
    interventions: [],
    run: { weeks: q.weeks ?? 52, warmupWeeks: q.warmupWeeks ?? 8, replications: q.replications ?? 100, seed: q.seed ?? 1 },
    sources: {},
  };
}
