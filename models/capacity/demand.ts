import type { CaseType } from '../caseType';
import { distributionMean } from '../distributionMath';
import type { Intervention } from '../intervention';
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

  return types.map((c, j) => caseDemand(s, c, Math.max(0, arrivals[j]), keepInflow[j], changeInflow[j]));
}

/** Interventions that apply to a case type; most scenarios have none, so no list is built then. */
function interventionsFor(s: Scenario, caseTypeId: string): Intervention[] {
  if (s.interventions.length === 0) return NO_INTERVENTIONS;
  return s.interventions.filter((iv) => iv.caseTypeIds.includes(caseTypeId));
}

const NO_INTERVENTIONS: Intervention[] = [];

/** One case type's demand, given its arrivals and the inflows that keep or change key worker. */
function caseDemand(s: Scenario, c: CaseType, lambda: number, keepInflow: number, changeInflow: number): CaseDemand {
  const applied = interventionsFor(s, c.id);
  let durationWeeks = distributionMean(c.durationWeeks);
  let interventionCostPerFamily = 0;
  for (const iv of applied) {
    durationWeeks *= iv.durationScale;
    interventionCostPerFamily += iv.costPerFamily;
  }
  const tasks: TaskRate[] = [];
  for (const t of c.oneOff) tasks.push({ activityId: t.activityId, perFamilyPerWeek: 1 / durationWeeks });
  for (const iv of applied) for (const t of iv.addOneOff) tasks.push({ activityId: t.activityId, perFamilyPerWeek: 1 / durationWeeks });
  for (const t of c.recurring) tasks.push(recurringRate(c, t));
  for (const iv of applied) for (const t of iv.addRecurring) tasks.push(recurringRate(c, t));
  return {
    caseType: c,
    referrals: c.referralsPerWeek,
    arrivals: lambda,
    allocations: Math.max(0, lambda - keepInflow),
    stepChanges: changeInflow,
    durationWeeks,
    families: lambda * durationWeeks,
    tasks,
    elastic: c.elastic ? { activityId: c.elastic.activityId, desiredPerWeek: c.elastic.desiredPerWeek } : null,
    nonStaffPerWeek: c.nonStaffCostPerWeek,
    interventionCostPerFamily,
  };
}

function recurringRate(c: CaseType, t: { activityId: string; everyWorkingDays: number; perChild: boolean }): TaskRate {
  const times = (WORKING_DAYS_PER_WEEK / t.everyWorkingDays) * (t.perChild ? c.childrenPerFamily : 1);
  return { activityId: t.activityId, perFamilyPerWeek: times };
}
