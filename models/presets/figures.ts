import { evaluateCapacity, type CapacityOutcome } from '../capacity/evaluate';
import { QUALIFIED_CATEGORIES } from '../categories';
import { staySaving } from '../money/caseCost';
import { moneyFigures } from '../money/money';
import { findPreset, type PresetOutput } from './index';
import { presetScenario } from './index';

export interface PresetFigure extends PresetOutput {
  value: number | null;
  /** Whether the value meets the target or range, where the evidence gives one. */
  meets: boolean | null;
}

/** FTE-weighted share of a kind of hours across roles of the given categories. */
function share(o: CapacityOutcome, categories: readonly string[], kind: 'direct' | 'admin'): number {
  let hours = 0;
  let worked = 0;
  for (const r of o.roles) {
    if (!categories.includes(r.compiled.role.category) || r.compiled.fte <= 0) continue;
    hours += r.total[kind];
    worked += r.compiled.fte * (r.person.worked + r.perFte.overtime);
  }
  return worked > 0 ? hours / worked : 0;
}

const QUALIFIED = QUALIFIED_CATEGORIES as readonly string[];
const SOCIAL_WORKERS = ['qualified_sw'];

/** Every output a preset lists, computed against its parent. */
export function presetFigures(id: string): PresetFigure[] {
  const preset = findPreset(id);
  if (!preset) throw new Error(`no preset "${id}"`);
  const scenario = presetScenario(id);
  const o = evaluateCapacity(scenario);
  const parent = scenario.parentId ? evaluateCapacity(presetScenario(scenario.parentId)) : null;
  const values: Record<string, number | null> = {};
  if (parent) {
    const money = moneyFigures(o, parent);
    values.swDirectShareBefore = share(parent, SOCIAL_WORKERS, 'direct');
    values.swDirectShare = share(o, SOCIAL_WORKERS, 'direct');
    values.swAdminShareBefore = share(parent, SOCIAL_WORKERS, 'admin');
    values.swAdminShare = share(o, SOCIAL_WORKERS, 'admin');
    values.swAdminFall = values.swAdminShareBefore - values.swAdminShare;
    values.staffCostDifference = money.detail.extraStaffCostPerYear;
    values.releasedTimeValue = money.detail.releasedTimeValuePerYear;
    values.visitsPerFamilyPerMonth = o.team.visitsPerFamilyPerMonth;
    values.visitsPerFamilyPerMonthBefore = parent.team.visitsPerFamilyPerMonth;
    values.visitsRatio = parent.team.visitsPerFamilyPerMonth > 0 ? o.team.visitsPerFamilyPerMonth / parent.team.visitsPerFamilyPerMonth : null;
    values.qualifiedDirectShare = share(o, QUALIFIED, 'direct');
    values.qualifiedDirectShareBefore = share(parent, QUALIFIED, 'direct');
    values.keyWorkerChanges = o.team.keyWorkerChangesPerFamily;
    values.keyWorkerChangesBefore = parent.team.keyWorkerChangesPerFamily;
    values.childrenPerUnit = scenario.teams.length > 0 ? o.team.childrenOpen / scenario.teams.length : null;
    values.directHoursPerFamily = o.team.directHoursPerFamilyPerWeek;
    values.directHoursPerFamilyBefore = parent.team.directHoursPerFamilyPerWeek;
    values.familiesPerYear = o.demand.reduce((sum, d) => sum + d.families * o.scale.carried, 0) + o.demand.reduce((sum, d) => sum + d.referrals, 0) * 52 * o.scale.carried;
    const stay = staySaving(parent, o, 'cp');
    if (stay) {
      values.savingPerFamily = stay.savingPerFamily;
      values.familyWeekCost = stay.weekCost;
      values.weeksSaved = stay.weeksBefore - stay.weeksAfter;
      values.conferenceCost = stay.interventionCost;
    }
  }
  return preset.outputs.map((out) => {
    const value = values[out.id] ?? null;
    let meets: boolean | null = null;
    if (value !== null && out.target !== undefined && out.tolerance !== undefined) meets = Math.abs(value - out.target) <= out.tolerance;
    if (value !== null && out.range) meets = value >= out.range[0] && value <= out.range[1];
    return { ...out, value, meets };
  });
}
