import { HOURS_KEYS, SHARE_KEYS, type Figure, type HoursKey, type RoleResult, type ShareKey, type SimulationResult, type Stochastic } from '../result';
import type { Scenario } from '../scenario';
import type { DesRun } from './monteCarloRun';
import { REPLICATION_KPIS, ROLE_HOURS, SERIES } from './outcome';

/**
 * Figures the simulation does not produce itself: the most children the team can carry (a search
 * over demand, which the capacity model does) and the comparisons against a parent scenario.
 * They are the capacity model's figures for the same scenario, listed in the result under
 * `fromCapacityModel` so no one mistakes them for simulated ones.
 */
export const FROM_CAPACITY_MODEL = [
  'team.capacityChildren',
  'money.cashableSavingsPerYear',
  'money.releasedFte',
  'money.paybackMonths',
  'money.npv',
] as const;

export interface DesResultMeta {
  appVersion: string;
}

/**
 * The result JSON of DESIGN §8 for a simulation run: the simulated team figures as summaries
 * across replications, every replication KPI under `kpis` (wait percentiles across families, the
 * allocation backlog, tasks and their hours falling due), each role's simulated caseload under
 * `caseloads`, and weekly bands under `series`.
 */
export function desResult(scenario: Scenario, run: DesRun, capacity: SimulationResult, meta: DesResultMeta): SimulationResult {
  const a = run.aggregate;
  const kpi = (name: (typeof REPLICATION_KPIS)[number]) => a.kpi(name);
  const need = (name: (typeof REPLICATION_KPIS)[number]): Figure => kpi(name) ?? 0;
  const kpis = Object.fromEntries(REPLICATION_KPIS.map((k) => [k, kpi(k)])) as Record<(typeof REPLICATION_KPIS)[number], Stochastic | null>;
  const series: Record<string, (number | { p10: number; p50: number; p90: number })[]> = {
    weeks: Array.from({ length: run.settings.weeks }, (_, i) => run.settings.warmupWeeks + i + 1),
  };
  for (const s of SERIES) series[s] = a.bands(s);
  return {
    scenario: { id: scenario.id, name: scenario.name, parentId: scenario.parentId },
    engine: 'des',
    roles: roles(run),
    team: {
      familiesOpen: need('familiesOpen'),
      childrenOpen: need('childrenOpen'),
      capacityChildren: capacity.team.capacityChildren,
      overload: need('overload'),
      waitForAllocationWeeks: kpi('waitForAllocationWeeks'),
      probabilityOfWait: kpi('probabilityOfWait'),
      // No statutory work fell due: nothing was late.
      statutoryOnTimeShare: kpi('statutoryOnTimeShare') ?? 1,
      directHoursPerFamilyPerWeek: need('directHoursPerFamilyPerWeek'),
      visitsPerFamilyPerMonth: need('visitsPerFamilyPerMonth'),
      // Families that never step keep their key worker: no change is a simulated 0, not a default.
      keyWorkerChangesPerFamily: need('keyWorkerChangesPerFamily'),
      unmetHoursPerWeek: need('unmetHoursPerWeek'),
    },
    money: {
      ...capacity.money,
      staffCostPerYear: need('staffCostPerYear'),
      nonStaffCostPerYear: need('nonStaffCostPerYear'),
      costPerFamily: kpi('costPerFamily'),
      costPerDirectHour: kpi('costPerDirectHour'),
    },
    series,
    run: {
      seed: run.settings.seed,
      runs: run.runs,
      weeks: run.settings.weeks,
      warmupWeeks: run.settings.warmupWeeks,
      events: a.events,
      elapsedMs: run.elapsedMs,
      appVersion: meta.appVersion,
    },
    kpis,
    caseloads: caseloads(run),
    ...(a.diary ? { diary: a.diary } : {}),
    fromCapacityModel: [...FROM_CAPACITY_MODEL],
  };
}

/**
 * Each role's week as its people lived it: hours per FTE in post by kind, the share of each kind
 * of the hours worked (contracted − absence + overtime), and utilisation (1 − the idle share).
 */
function roles(run: DesRun): RoleResult[] {
  const { model, aggregate } = run;
  const worked = (h: (key: (typeof ROLE_HOURS)[number]) => number) => h('direct') + h('caseIndirect') + h('admin') + h('meeting') + h('travel') + h('fixed') + h('idle');
  // A role nobody was ever in post for has no figures; 0 rather than a gap keeps the table whole.
  const figure = (s: Stochastic | null): Figure => s ?? 0;
  return model.roles.map((role, r) => {
    const hoursPerWeek = Object.fromEntries(HOURS_KEYS.map((k) => [k, figure(aggregate.role(r, (h) => h(k)))])) as Record<HoursKey, Figure>;
    const shares = Object.fromEntries(
      SHARE_KEYS.map((k) => [k, figure(aggregate.role(r, (h) => (worked(h) > 0 ? h(k) / worked(h) : NaN)))]),
    ) as Record<ShareKey, Figure>;
    return {
      id: role.id,
      team: role.teamId,
      name: role.name,
      category: role.category,
      posts: role.posts,
      utilisation: figure(aggregate.role(r, (h) => (worked(h) > 0 ? 1 - h('idle') / worked(h) : NaN))),
      hoursPerWeek,
      shares,
    };
  });
}

/** Each key-worker role's simulated caseload per FTE: weighted children and families, time-averaged. */
function caseloads(run: DesRun) {
  const { model, aggregate } = run;
  return model.roles.flatMap((role, ri) => {
    const holders = model.holders.flatMap((h, hi) => (h.roleIndex === ri && h.person >= 0 ? [hi] : []));
    if (holders.length === 0 || role.posts === 0) return [];
    const perFte = (s: Stochastic | null) => (s === null ? null : scale(s, 1 / role.posts));
    return [
      {
        id: role.id,
        team: role.teamId,
        weightedChildrenPerFte: perFte(aggregate.holderSum(holders, 'load')),
        familiesPerFte: perFte(aggregate.holderSum(holders, 'families')),
      },
    ];
  });
}

function scale(s: Stochastic, k: number): Stochastic {
  return { mean: s.mean * k, ci95: s.ci95 * k, p10: s.p10 * k, p50: s.p50 * k, p90: s.p90 * k };
}
