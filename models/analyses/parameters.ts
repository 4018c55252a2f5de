/**
 * The scenario's numeric parameters in words: a label for any path the analyses move
 * ("Skilled administrator: posts (FTE)" for `teams[0].roles[3].posts`), the unit and limits of
 * its value, and the short list a planner picks from to sweep or goal-seek.
 */
import type { Scenario } from '../scenario';
import { getAt, getNumber } from './paths';

export type ParameterUnit = 'fte' | 'share' | 'money' | 'hours' | 'minutes' | 'days' | 'weeks' | 'months' | 'children' | 'number';

export interface ParameterRule {
  /** What the value is, in words, after the entity's name. */
  field: string;
  unit: ParameterUnit;
  min: number;
  max: number;
  /** The finest step worth showing and setting (hundredths of a post, whole pounds…). */
  grain: number;
}

export interface Parameter extends ParameterRule {
  path: string;
  /** Entity and field: "Social worker: posts (FTE)". */
  label: string;
  /** Where the planner finds it: "Team", "Policy", "Demand", "Activities". */
  group: string;
  value: number;
}

const rule = (field: string, unit: ParameterUnit, min: number, max: number, grain: number): ParameterRule => ({ field, unit, min, max, grain });
const SHARE = (field: string) => rule(field, 'share', 0, 1, 0.001);

/** The last part of a path (after the entity) → what it is. Checked in order; the first match wins. */
const RULES: [RegExp, ParameterRule][] = [
  [/\.posts$/, rule('posts (FTE)', 'fte', 0, 500, 0.01)],
  [/\.asyePosts$/, rule('ASYE posts (FTE)', 'fte', 0, 500, 0.01)],
  [/\.hoursPerFte$/, rule('contracted hours a week', 'hours', 0.5, 60, 0.1)],
  [/\.costPerFte$/, rule('cost per FTE a year', 'money', 0, 1_000_000, 1)],
  [/\.absence\.annualLeaveDays$/, rule('annual leave (days)', 'days', 0, 60, 0.5)],
  [/\.absence\.bankHolidayDays$/, rule('bank holidays (days)', 'days', 0, 15, 0.5)],
  [/\.absence\.sicknessShare$/, SHARE('sickness absence')],
  [/\.absence\.trainingDaysPerYear$/, rule('training days a year', 'days', 0, 60, 0.5)],
  [/\.workforce\.turnoverPerYear$/, SHARE('turnover a year')],
  [/\.workforce\.vacancyShare$/, SHARE('vacancy rate')],
  [/\.workforce\.recruitmentLagWeeks$/, rule('recruitment lag (weeks)', 'weeks', 0, 104, 0.5)],
  [/\.workforce\.agencyPremium$/, rule('agency premium', 'share', 0, 3, 0.001)],
  [/\.asyeCaseloadFactor$/, SHARE('ASYE caseload as a share of the full cap')],
  [/\.keyWorker\.caseloadCap$/, rule('caseload cap (children per FTE)', 'children', 0, 100, 0.1)],
  [/\.travelMinutesPerVisit$/, rule('travel per visit (minutes)', 'minutes', 0, 480, 1)],
  [/\.fixed\[\d+\]\.hoursPerWeek$/, rule('hours a week', 'hours', 0, 40, 0.1)],
  [/\.efficiency$/, rule('efficiency', 'number', 0.01, 3, 0.01)],
  [/\.delegableShare$/, SHARE('delegable share')],
  [/\.performers$/, rule('performers', 'number', 1, 2, 1)],
  [/\.followUps\[\d+\]\.times$/, rule('follow-ups', 'number', 0, 20, 0.1)],
  [/^activities\[\d+\]\.hours$/, rule('duration (hours)', 'hours', 0.05, 200, 0.05)],
  [/\.referralsPerWeek$/, rule('referrals a week', 'number', 0, 1000, 0.01)],
  [/\.trendPerYear$/, rule('trend a year', 'share', -0.9, 5, 0.001)],
  [/\.seasonality\.amplitude$/, SHARE('seasonal swing')],
  [/\.openFamilies$/, rule('families open at the start', 'number', 0, 100_000, 1)],
  [/\.childrenPerFamily$/, rule('children per family', 'number', 1, 15, 0.01)],
  [/\.complexityWeight$/, rule('complexity weight', 'number', 0.01, 10, 0.01)],
  [/\.dueWorkingDays$/, rule('due within (working days)', 'days', 0, 520, 1)],
  [/\.everyWorkingDays$/, rule('every (working days)', 'days', 0.5, 520, 0.5)],
  [/\.elastic\.desiredPerWeek$/, rule('extra direct sessions wanted a week', 'number', 0, 20, 0.01)],
  [/\.closure\[\d+\]\.probability$/, SHARE('chance of moving on')],
  [/\.nonStaffCostPerWeek$/, rule('non-staff cost a week', 'money', 0, 100_000, 1)],
  [/\.durationWeeks\.mean$/, rule('mean time open (weeks)', 'weeks', 0.1, 1000, 0.1)],
  [/\.durationWeeks\.sd$/, rule('spread of time open (weeks)', 'weeks', 0, 1000, 0.1)],
  [/\.durationWeeks\.value$/, rule('time open (weeks)', 'weeks', 0.1, 1000, 0.1)],
  [/^policy\.caseloadCap$/, rule('caseload cap (children per case-holding FTE)', 'children', 0, 100, 0.1)],
  [/^policy\.overtime\.maxHoursPerWeek$/, rule('most overtime a week (hours)', 'hours', 0, 30, 0.1)],
  [/^implementation\.trainingDaysPerFte$/, rule('training days per FTE', 'days', 0, 60, 0.5)],
  [/^implementation\.turnoverUplift$/, SHARE('turnover uplift while it beds in')],
  [/^implementation\.upliftMonths$/, rule('months the uplift lasts', 'months', 0, 60, 1)],
  [/^economics\.discountRate$/, SHARE('discount rate')],
  [/^economics\.payInflation$/, SHARE('pay inflation')],
];

const FALLBACK = rule('', 'number', 0, Number.MAX_SAFE_INTEGER, 0.01);

export function parameterRule(path: string): ParameterRule {
  const found = RULES.find(([re]) => re.test(path));
  return found ? found[1] : { ...FALLBACK, field: humanise(path.split('.').pop() ?? path) };
}

const humanise = (key: string) => key.replace(/\[\d+\]/g, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const nameAt = (s: Scenario, path: string): string | null => {
  const v = getAt(s, `${path}.name`);
  return typeof v === 'string' ? v : null;
};

const activityName = (s: Scenario, id: unknown) => s.activities.find((a) => a.id === id)?.name ?? String(id);

/** The thing a path belongs to, in words: a role, an activity, a case type, or the policy. */
function entity(s: Scenario, path: string): { name: string; group: string } {
  const role = /^teams\[(\d+)\]\.roles\[(\d+)\]/.exec(path);
  if (role) {
    const base = nameAt(s, role[0]) ?? 'Role';
    const fixed = /\.fixed\[(\d+)\]/.exec(path);
    const act = /\.activities\[(\d+)\]/.exec(path);
    if (fixed) return { name: `${base}, ${nameAt(s, `${role[0]}${fixed[0]}`) ?? 'commitment'}`, group: 'Team' };
    if (act) return { name: `${base}, ${activityName(s, getAt(s, `${role[0]}${act[0]}.activityId`))}`, group: 'Team' };
    return { name: base, group: 'Team' };
  }
  const activity = /^activities\[(\d+)\]/.exec(path);
  if (activity) return { name: nameAt(s, activity[0]) ?? 'Activity', group: 'Activities' };
  const caseType = /^caseTypes\[(\d+)\]/.exec(path);
  if (caseType) {
    const base = nameAt(s, caseType[0]) ?? 'Case type';
    const task = /\.(oneOff|recurring)\[(\d+)\]/.exec(path);
    if (task) return { name: `${base}, ${activityName(s, getAt(s, `${caseType[0]}${task[0]}.activityId`))}`, group: 'Demand' };
    const closure = /\.closure\[(\d+)\]/.exec(path);
    if (closure) {
      const to = getAt(s, `${caseType[0]}${closure[0]}.toCaseTypeId`);
      return { name: `${base} → ${s.caseTypes.find((c) => c.id === to)?.name ?? String(to)}`, group: 'Demand' };
    }
    return { name: base, group: 'Demand' };
  }
  const intervention = /^interventions\[(\d+)\]/.exec(path);
  if (intervention) return { name: nameAt(s, intervention[0]) ?? 'Intervention', group: 'Interventions' };
  const top = path.split(/[.[]/)[0] ?? '';
  return { name: top.charAt(0).toUpperCase() + top.slice(1), group: top.charAt(0).toUpperCase() + top.slice(1) };
}

/** A path in words: "Social worker: posts (FTE)", "Policy: caseload cap (children per case-holding FTE)". */
export function parameterLabel(s: Scenario, path: string): string {
  return `${entity(s, path).name}: ${parameterRule(path).field}`;
}

export function describeParameter(s: Scenario, path: string): Parameter | null {
  const value = getNumber(s, path);
  if (value === null) return null;
  const e = entity(s, path);
  return { ...parameterRule(path), path, label: `${e.name}: ${parameterRule(path).field}`, group: e.group, value };
}

/**
 * The parameters a planner sweeps or goal-seeks, in the order they think of them: each role's
 * posts, cap, hours, cost and travel; the policy's cap and overtime; each case type's referrals,
 * time open and family size; each activity's duration and delegable share.
 */
export function sweepParameters(s: Scenario): Parameter[] {
  const paths: string[] = [];
  s.teams.forEach((t, ti) =>
    t.roles.forEach((r, ri) => {
      const at = `teams[${ti}].roles[${ri}]`;
      paths.push(`${at}.posts`);
      if (r.keyWorker.caseloadCap !== null) paths.push(`${at}.keyWorker.caseloadCap`);
      paths.push(`${at}.hoursPerFte`, `${at}.costPerFte`, `${at}.absence.sicknessShare`);
      if (r.travelMinutesPerVisit > 0) paths.push(`${at}.travelMinutesPerVisit`);
    }),
  );
  paths.push('policy.caseloadCap', 'policy.overtime.maxHoursPerWeek');
  s.caseTypes.forEach((c, ci) => {
    paths.push(`caseTypes[${ci}].referralsPerWeek`);
    if (getNumber(s, `caseTypes[${ci}].durationWeeks.mean`) !== null) paths.push(`caseTypes[${ci}].durationWeeks.mean`);
    paths.push(`caseTypes[${ci}].childrenPerFamily`);
  });
  s.activities.forEach((a, ai) => {
    paths.push(`activities[${ai}].hours`);
    if (a.delegateTo.length > 0) paths.push(`activities[${ai}].delegableShare`);
  });
  return paths.map((p) => describeParameter(s, p)).filter((p): p is Parameter => p !== null);
}

/** A sweep's default range: posts from none to twice today's (at least 3), shares 0–100 %, others ±50 %. */
export function defaultRange(p: Parameter): { from: number; to: number } {
  if (p.unit === 'fte') return { from: 0, to: Math.max(3, Math.ceil(p.value * 2)) };
  if (p.unit === 'share' && p.max === 1) return { from: 0, to: 1 };
  const from = Math.max(p.min, snap(p.value * 0.5, p.grain));
  const to = Math.min(p.max, snap(p.value * 1.5, p.grain));
  return to > from ? { from, to } : { from: p.min, to: Math.min(p.max, p.min + 1) };
}

/** A value on the parameter's grain (floating error removed). */
export function snap(value: number, grain: number): number {
  return Number((Math.round(value / grain) * grain).toFixed(10));
}
