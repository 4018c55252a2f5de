import type { CapacityOutcome } from '../capacity/evaluate';
import { staffCostPerYear } from './staffCost';

/**
 * The cost of one week of an open family of a case type: the team's staff cost shared out by
 * caseload weight (the weighting councils use to share work fairly), plus its non-staff costs.
 */
export function familyWeekCost(o: CapacityOutcome, caseTypeId: string): number {
  const d = o.demand.find((x) => x.caseType.id === caseTypeId);
  if (!d) return 0;
  const weighted = o.demand.reduce((sum, x) => sum + x.families * o.scale.carried * x.caseType.childrenPerFamily * x.caseType.complexityWeight, 0);
  if (weighted <= 0) return d.nonStaffPerWeek;
  const perWeightWeek = staffCostPerYear(o.scenario) / 52 / weighted;
  return perWeightWeek * d.caseType.childrenPerFamily * d.caseType.complexityWeight + d.nonStaffPerWeek;
}

/** Hourly cost of a role's time: its cost per FTE over the hours its people actually work. */
export function hourlyCost(o: CapacityOutcome, roleId: string): number {
  const r = o.roles.find((x) => x.compiled.role.id === roleId);
  if (!r) return 0;
  const hours = (r.person.worked + r.perFte.overtime) * 52;
  return hours > 0 ? r.compiled.role.costPerFte / hours : 0;
}

export interface StaySaving {
  weeksBefore: number;
  weeksAfter: number;
  weekCost: number;
  /** What the intervention costs per family: its fee plus the staff time of the tasks it adds. */
  interventionCost: number;
  savingPerFamily: number;
}

/**
 * The saving per family when a variant shortens a case type's time in the system: the weeks
 * saved at the parent's cost of a family-week, less what the intervention costs per family.
 */
export function staySaving(parent: CapacityOutcome, variant: CapacityOutcome, caseTypeId: string): StaySaving | null {
  const before = parent.demand.find((d) => d.caseType.id === caseTypeId);
  const after = variant.demand.find((d) => d.caseType.id === caseTypeId);
  if (!before || !after) return null;
  const weekCost = familyWeekCost(parent, caseTypeId);
  const s = variant.scenario;
  const applied = s.interventions.filter((iv) => iv.caseTypeIds.includes(caseTypeId));
  const keyWorker = variant.roles.find((r) => r.compiled.role.keyWorker.eligible && after.caseType.keyWorkerCategories.includes(r.compiled.role.category));
  const rate = keyWorker ? hourlyCost(variant, keyWorker.compiled.role.id) : 0;
  const travel = keyWorker ? keyWorker.compiled.travelHours : 0;
  let interventionCost = 0;
  for (const iv of applied) {
    interventionCost += iv.costPerFamily;
    for (const t of iv.addOneOff) {
      const a = s.activities.find((x) => x.id === t.activityId);
      if (a) interventionCost += (a.hours + (a.visit ? travel : 0)) * rate;
    }
  }
  return {
    weeksBefore: before.durationWeeks,
    weeksAfter: after.durationWeeks,
    weekCost,
    interventionCost,
    savingPerFamily: (before.durationWeeks - after.durationWeeks) * weekCost - interventionCost,
  };
}
