/**
 * What the Results view shows of a simulation run, read from the result JSON of DESIGN §8: the
 * stochastic figures (mean, 95 % interval, p10–p90 across runs), the weekly bands, and unmet
 * hours by activity where the engine reports them. Pure, so it is tested in Node.
 */
import type { Figure, SimulationResult, Stochastic } from '../../models/result';

export type FigureUnit = 'count' | 'weeks' | 'share' | 'money' | 'perWeek' | 'hoursPerWeek';

export interface StochasticFigure {
  id: string;
  label: string;
  unit: FigureUnit;
  detail: string;
  value: Stochastic;
}

const isStochastic = (f: unknown): f is Stochastic =>
  typeof f === 'object' && f !== null && ['mean', 'ci95', 'p10', 'p50', 'p90'].every((k) => typeof (f as Record<string, unknown>)[k] === 'number');

const CARDS: { id: string; label: string; unit: FigureUnit; detail: string; read: (r: SimulationResult) => unknown }[] = [
  { id: 'families-open', label: 'Families open', unit: 'count', detail: 'with a key worker, on average', read: (r) => r.team.familiesOpen },
  { id: 'children-open', label: 'Children open', unit: 'count', detail: 'with a key worker, on average', read: (r) => r.team.childrenOpen },
  { id: 'backlog', label: 'Families waiting for a key worker', unit: 'count', detail: 'the allocation backlog, on average', read: (r) => kpi(r, 'familiesWaiting') },
  { id: 'wait', label: 'Wait for allocation', unit: 'weeks', detail: 'mean over families referred', read: (r) => r.team.waitForAllocationWeeks },
  { id: 'wait-p90', label: 'Longest waits (90th percentile)', unit: 'weeks', detail: '9 in 10 families wait less', read: (r) => kpi(r, 'waitP90Weeks') },
  { id: 'probability-of-wait', label: 'Families who wait at all', unit: 'share', detail: 'of families referred', read: (r) => r.team.probabilityOfWait },
  { id: 'statutory-on-time', label: 'Statutory work on time', unit: 'share', detail: 'of statutory hours falling due', read: (r) => r.team.statutoryOnTimeShare },
  { id: 'visits', label: 'Visits per family per month', unit: 'count', detail: 'all visits', read: (r) => r.team.visitsPerFamilyPerMonth },
  { id: 'direct-hours', label: 'Time with each family', unit: 'hoursPerWeek', detail: 'hours a week, as the family receives it', read: (r) => r.team.directHoursPerFamilyPerWeek },
  { id: 'kw-changes', label: 'Key-worker changes', unit: 'count', detail: 'per family, over its time open', read: (r) => r.team.keyWorkerChangesPerFamily },
  { id: 'work-backlog', label: 'Work past its due date', unit: 'hoursPerWeek', detail: 'hours carried into the next week, on average', read: (r) => kpi(r, 'backlogHours') },
  { id: 'unmet', label: 'Unmet hours', unit: 'hoursPerWeek', detail: 'a week: sessions wanted but not had, and late work', read: (r) => r.team.unmetHoursPerWeek },
  { id: 'overload', label: 'Overload', unit: 'perWeek', detail: 'children a week the waiting list grew by', read: (r) => r.team.overload },
  { id: 'staff-cost', label: 'Staff cost a year', unit: 'money', detail: 'people in post, agency cover at its premium', read: (r) => r.money.staffCostPerYear },
  { id: 'cost-family', label: 'Cost per family', unit: 'money', detail: 'a year, staff and non-staff', read: (r) => r.money.costPerFamily },
  { id: 'non-staff-cost', label: 'Non-staff cost a year', unit: 'money', detail: 'placements and other costs while open', read: (r) => r.money.nonStaffCostPerYear },
];

function kpi(result: SimulationResult, name: string): unknown {
  const kpis = (result as { kpis?: Record<string, unknown> }).kpis;
  return kpis?.[name];
}

/** The simulated figures of a run, each with its spread across runs; figures the run lacks are left out. */
export function stochasticFigures(result: SimulationResult): StochasticFigure[] {
  return CARDS.flatMap(({ read, ...card }) => {
    const value = read(result);
    return isStochastic(value) ? [{ ...card, value }] : [];
  });
}

/**
 * The 95 % interval of the mean. Every figure shown here is a count, a time, a share or a cost,
 * none of which can be negative, so the interval stops at zero rather than show "−0.01 families".
 */
export const interval = (s: Stochastic): [number, number] => [Math.max(0, s.mean - s.ci95), s.mean + s.ci95];

export interface WeeklySeries {
  id: string;
  label: string;
  axisLabel: string;
  unit: FigureUnit;
  bands: { p10: number; p50: number; p90: number }[];
}

const SERIES_LABELS: Record<string, { label: string; axisLabel: string; unit: FigureUnit; order: number }> = {
  familiesOpen: { label: 'Families open, week by week', axisLabel: 'Families', unit: 'count', order: 0 },
  familiesWaiting: { label: 'Backlog: families waiting for a key worker', axisLabel: 'Families waiting', unit: 'count', order: 1 },
  backlogHours: { label: 'Backlog: hours of work past its due date', axisLabel: 'Hours', unit: 'hoursPerWeek', order: 2 },
  swDirectShare: { label: 'Social workers’ time with families, week by week', axisLabel: 'Share of hours worked', unit: 'share', order: 3 },
  childrenOpen: { label: 'Children open, week by week', axisLabel: 'Children', unit: 'count', order: 4 },
  referrals: { label: 'Referrals a week', axisLabel: 'Referrals', unit: 'count', order: 5 },
  tasksDue: { label: 'Tasks falling due a week', axisLabel: 'Tasks', unit: 'count', order: 6 },
};

/** "unmetHours" → "Unmet hours": a name for a series this view does not know yet. */
const fromCamel = (id: string) => id.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()).replace(/ (\w)/g, (_, c: string) => ` ${c.toLowerCase()}`);

/** Every weekly series of the run, those the planners ask about first. */
export function weeklySeries(result: SimulationResult): { weeks: number[]; series: WeeklySeries[] } {
  const raw = result.series ?? {};
  const weeks = (raw['weeks'] ?? []).filter((w): w is number => typeof w === 'number');
  const series = Object.entries(raw)
    .filter(([id, values]) => id !== 'weeks' && values.length > 0 && values.every((v) => typeof v === 'object'))
    .map(([id, values]) => {
      const known = SERIES_LABELS[id];
      return {
        id,
        label: known?.label ?? fromCamel(id),
        axisLabel: known?.axisLabel ?? fromCamel(id),
        unit: known?.unit ?? 'count',
        order: known?.order ?? 99,
        bands: values as WeeklySeries['bands'],
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...s }) => s);
  return { weeks, series };
}

export interface UnmetActivity {
  id: string;
  hours: Figure;
}

/** Unmet hours a week by activity, if the run reports them (largest first); null if it does not. */
export function unmetByActivity(result: SimulationResult): UnmetActivity[] | null {
  const loose = result as { unmetByActivity?: unknown; unmetHoursByActivity?: unknown };
  const table = loose.unmetHoursByActivity ?? loose.unmetByActivity;
  if (typeof table !== 'object' || table === null) return null;
  const mean = (f: Figure) => (typeof f === 'number' ? f : f.mean);
  return Object.entries(table as Record<string, unknown>)
    .filter((e): e is [string, Figure] => typeof e[1] === 'number' || isStochastic(e[1]))
    .map(([id, hours]) => ({ id, hours }))
    .sort((a, b) => mean(b.hours) - mean(a.hours));
}
