/**
 * The figures a planner compares and explores, by address, with how to read them: a label, a
 * unit for formatting and whether a rise is good news. Addresses are result paths
 * (`team.capacityChildren`, `roles[social_worker].shares.direct`) plus one derived figure, the
 * social workers' direct share, which the seed reports and which no single path holds.
 */
import { QUALIFIED_CATEGORIES } from '../categories';
import { SHARE_KEYS, type Figure, type ShareKey, type SimulationResult } from '../result';
import { getAt } from './paths';

export type KpiUnit = 'share' | 'money' | 'children' | 'weeks' | 'hours' | 'number' | 'months' | 'fte';
/** Whether a higher value is better, worse, or neither (families open depend on demand). */
export type Better = 'higher' | 'lower' | 'neither';

export interface KpiSpec {
  id: string;
  label: string;
  unit: KpiUnit;
  better: Better;
  group: 'Headline' | 'Team' | 'Money' | 'Time use by role';
  /** Already a difference against the scenario compared with (savings, payback): no delta of its own. */
  againstBaseline?: true;
}

/** The social workers' direct share: the FTE-weighted mean over the qualified roles. */
export const SW_DIRECT_SHARE = 'socialWorkers.directShare';

const mean = (figure: Figure): number => (typeof figure === 'number' ? figure : figure.mean);

/**
 * Social workers' share of worked time spent with families: the FTE-weighted mean over the
 * qualified roles (social workers and consultant social workers), as the seed reports it.
 */
export function socialWorkerDirectShare(result: SimulationResult): number | null {
  const qualified = result.roles.filter((r) => (QUALIFIED_CATEGORIES as readonly string[]).includes(r.category) && r.posts > 0);
  const posts = qualified.reduce((sum, r) => sum + r.posts, 0);
  if (posts <= 0) return null;
  return qualified.reduce((sum, r) => sum + r.posts * mean(r.shares.direct), 0) / posts;
}

/** A KPI's value as one number (a simulation's mean), or null where it does not exist. */
export function kpiValue(result: SimulationResult, kpi: string): number | null {
  if (kpi === SW_DIRECT_SHARE) return socialWorkerDirectShare(result);
  const v = getAt(result, kpi);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v && typeof v === 'object' && typeof (v as { mean?: unknown }).mean === 'number') return (v as { mean: number }).mean;
  return null;
}

/** A KPI as the result holds it: a number, a summary across replications, or null. */
export function kpiFigure(result: SimulationResult, kpi: string): Figure | null {
  if (kpi === SW_DIRECT_SHARE) return socialWorkerDirectShareFigure(result);
  const v = getAt(result, kpi);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v && typeof v === 'object' && 'mean' in v && 'ci95' in v) return v as Figure;
  return null;
}

/**
 * The derived share with its uncertainty: the weighted mean of the roles' means, and as its
 * half-width the weighted mean of theirs (the bound for perfectly correlated roles, the cautious
 * reading when replications move all social workers together).
 */
function socialWorkerDirectShareFigure(result: SimulationResult): Figure | null {
  const share = socialWorkerDirectShare(result);
  if (share === null) return null;
  const qualified = result.roles.filter((r) => (QUALIFIED_CATEGORIES as readonly string[]).includes(r.category) && r.posts > 0);
  if (qualified.every((r) => typeof r.shares.direct === 'number')) return share;
  const posts = qualified.reduce((sum, r) => sum + r.posts, 0);
  const weighted = (pick: (f: Exclude<Figure, number>) => number) =>
    qualified.reduce((sum, r) => {
      const f = r.shares.direct;
      return sum + r.posts * (typeof f === 'number' ? f : pick(f));
    }, 0) / posts;
  return { mean: share, ci95: weighted((f) => f.ci95), p10: weighted((f) => f.p10), p50: weighted((f) => f.p50), p90: weighted((f) => f.p90) };
}

const TEAM_AND_MONEY: KpiSpec[] = [
  { id: SW_DIRECT_SHARE, label: 'Social workers’ time with families', unit: 'share', better: 'higher', group: 'Headline' },
  { id: 'team.capacityChildren', label: 'Capacity (children the team can carry)', unit: 'children', better: 'higher', group: 'Headline' },
  { id: 'team.statutoryOnTimeShare', label: 'Statutory work on time', unit: 'share', better: 'higher', group: 'Headline' },
  { id: 'team.waitForAllocationWeeks', label: 'Wait for allocation', unit: 'weeks', better: 'lower', group: 'Headline' },
  { id: 'money.costPerFamily', label: 'Cost per family a year', unit: 'money', better: 'lower', group: 'Headline' },
  { id: 'team.familiesOpen', label: 'Families open', unit: 'number', better: 'neither', group: 'Team' },
  { id: 'team.childrenOpen', label: 'Children open', unit: 'children', better: 'neither', group: 'Team' },
  { id: 'team.overload', label: 'Overload (children a week beyond capacity)', unit: 'children', better: 'lower', group: 'Team' },
  { id: 'team.probabilityOfWait', label: 'Chance a family waits for allocation', unit: 'share', better: 'lower', group: 'Team' },
  { id: 'team.directHoursPerFamilyPerWeek', label: 'Direct hours per family a week', unit: 'hours', better: 'higher', group: 'Team' },
  { id: 'team.visitsPerFamilyPerMonth', label: 'Visits per family a month', unit: 'number', better: 'higher', group: 'Team' },
  { id: 'team.keyWorkerChangesPerFamily', label: 'Key-worker changes per family', unit: 'number', better: 'lower', group: 'Team' },
  { id: 'team.unmetHoursPerWeek', label: 'Unmet hours a week', unit: 'hours', better: 'lower', group: 'Team' },
  { id: 'money.staffCostPerYear', label: 'Staff cost a year', unit: 'money', better: 'lower', group: 'Money' },
  { id: 'money.nonStaffCostPerYear', label: 'Non-staff cost a year (placements)', unit: 'money', better: 'lower', group: 'Money' },
  { id: 'money.costPerDirectHour', label: 'Cost per direct-contact hour', unit: 'money', better: 'lower', group: 'Money' },
  { id: 'money.cashableSavingsPerYear', againstBaseline: true, label: 'Cashable savings a year', unit: 'money', better: 'higher', group: 'Money' },
  { id: 'money.releasedFte', againstBaseline: true, label: 'Practitioner time released (FTE)', unit: 'fte', better: 'higher', group: 'Money' },
  { id: 'money.paybackMonths', againstBaseline: true, label: 'Payback', unit: 'months', better: 'lower', group: 'Money' },
  { id: 'money.npv', againstBaseline: true, label: 'Net present value', unit: 'money', better: 'higher', group: 'Money' },
];

export const SHARE_LABELS: Record<ShareKey, string> = {
  direct: 'direct contact',
  caseIndirect: 'case work',
  admin: 'administration',
  meeting: 'meetings',
  travel: 'travel',
  fixed: 'fixed commitments',
  idle: 'free time',
};

/**
 * For those who work with families, more direct contact is good and more administration is not;
 * for administrators and managers administration is the job, so their shares are not judged.
 * Travel, meetings and case work rise and fall with the work itself: not judged either.
 */
function shareBetter(category: string, share: ShareKey): Better {
  if (category === 'administrator' || category === 'manager') return 'neither';
  return share === 'direct' ? 'higher' : share === 'admin' ? 'lower' : 'neither';
}

/** Every KPI of the given results: team and money figures, then each role's shares (roles in first-seen order). */
export function kpiCatalogue(results: SimulationResult[], options: { roleShares?: ShareKey[] } = {}): KpiSpec[] {
  const keys = options.roleShares ?? [...SHARE_KEYS];
  const roles = new Map<string, { name: string; category: string }>();
  for (const r of results) for (const role of r.roles) if (!roles.has(role.id)) roles.set(role.id, role);
  const roleKpis: KpiSpec[] = [...roles].flatMap(([id, { name, category }]) =>
    keys.map((k) => ({ id: `roles[${id}].shares.${k}`, label: `${name}: ${SHARE_LABELS[k]}`, unit: 'share' as const, better: shareBetter(category, k), group: 'Time use by role' as const })),
  );
  return [...TEAM_AND_MONEY, ...roleKpis];
}

/** The KPIs worth exploring for one scenario: the team and money figures and each role's direct and admin shares. */
export function exploreKpis(result: SimulationResult): KpiSpec[] {
  return kpiCatalogue([result], { roleShares: ['direct', 'admin'] }).filter((k) => !/cashable|releasedFte|payback|npv/.test(k.id));
}

/** Whether a change from `from` to `to` is good news for this KPI: 1 better, -1 worse, 0 neither or no change. */
export function direction(spec: Pick<KpiSpec, 'better'>, from: number | null, to: number | null, epsilon = 1e-9): -1 | 0 | 1 {
  if (from === null || to === null || Math.abs(to - from) <= epsilon || spec.better === 'neither') return 0;
  const up = to > from;
  return (spec.better === 'higher') === up ? 1 : -1;
}
