import type { CaseType } from '../caseType';
import { distributionMean } from '../distribution';
import type { Scenario } from '../scenario';
import { ScenarioError } from '../scenarioError';
import { solveLinear } from './linearSystem';

/** Working days in a week: recurring tasks every N working days happen 5/N times a week. */
const WORKING_DAYS_PER_WEEK = 5;

export interface TaskRate {
  activityId: string;
  /** Occurrences per open family per week. */
  perFamilyPerWeek: number;
}

/** The mean demand of one case type at steady state. */
export interface CaseDemand {
  caseType: CaseType;
  /** New referrals from outside the team, families per week. */
  referrals: number;
  /** All families entering this case type per week, including step-ups and step-downs. */
  arrivals: number;
  /** Entries that need a key worker allocated (not those who keep theirs across a step). */
  allocations: number;
  /** Entries that change key worker on a step up or down. */
  stepChanges: number;
  durationWeeks: number;
  /** Families open at once (Little's law: arrivals × mean duration). */
  families: number;
  tasks: TaskRate[];
  elastic: { activityId: string; desiredPerWeek: number } | null;
  /** Non-staff cost per open family per week (a placement). */
  nonStaffPerWeek: number;
  /** Intervention cost per family entering this case type. */
  interventionCostPerFamily: number;
}

/**
 * Steady-state demand by case type. Step-ups and step-downs at closure feed other case types,
 * so the arrival rates solve λ = r + Pᵀλ, where P holds the closure probabilities.
 */
export function steadyDemand(s: Scenario): CaseDemand[] {
  const types = s.caseTypes;
  const n = types.length;
  const index = new Map(types.map((c, i) => [c.id, i]));
  const a = types.map((_, j) => types.map((__, i) => (i === j ? 1 : 0)));
  for (let i = 0; i < n; i++) {
    for (const c of types[i].closure) a[index.get(c.toCaseTypeId)!][i] -= c.probability;
  }
  const arrivals = solveLinear(
    a,
    types.map((c) => c.referralsPerWeek),
  );
  if (!arrivals) throw new ScenarioError('caseTypes', 'closure step-ups and step-downs form a loop that never closes: lower a closure probability');

  const keepInflow = new Array<number>(n).fill(0);
  const changeInflow = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (const c of types[i].closure) {
      const flow = arrivals[i] * c.probability;
      const j = index.get(c.toCaseTypeId)!;
      if (c.keepKeyWorker && s.policy.keyWorkerContinuity) keepInflow[j] += flow;
      else changeInflow[j] += flow;
    }
  }

  return types.map((c, j) => {
    const applied = s.interventions.filter((iv) => iv.caseTypeIds.includes(c.id));
    const durationWeeks = applied.reduce((d, iv) => d * iv.durationScale, distributionMean(c.durationWeeks));
    const lambda = Math.max(0, arrivals[j]);
    const tasks: TaskRate[] = [];
    const oneOffs = [...c.oneOff, ...applied.flatMap((iv) => iv.addOneOff)];
    for (const t of oneOffs) tasks.push({ activityId: t.activityId, perFamilyPerWeek: 1 / durationWeeks });
    const recurring = [...c.recurring, ...applied.flatMap((iv) => iv.addRecurring)];
    for (const t of recurring) {
      const times = (WORKING_DAYS_PER_WEEK / t.everyWorkingDays) * (t.perChild ? c.childrenPerFamily : 1);
      tasks.push({ activityId: t.activityId, perFamilyPerWeek: times });
    }
    return {
      caseType: c,
      referrals: c.referralsPerWeek,
      arrivals: lambda,
      allocations: Math.max(0, lambda - keepInflow[j]),
      stepChanges: changeInflow[j],
      durationWeeks,
      families: lambda * durationWeeks,
      tasks,
      elastic: c.elastic ? { ...c.elastic } : null,
      nonStaffPerWeek: c.nonStaffCostPerWeek,
      interventionCostPerFamily: applied.reduce((sum, iv) => sum + iv.costPerFamily, 0),
    };
  });
}
