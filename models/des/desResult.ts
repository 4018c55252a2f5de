import type { Figure, SimulationResult, Stochastic } from '../result';
import type { Scenario } from '../scenario';
import type { DesRun } from './monteCarloRun';
import { REPLICATION_KPIS, SERIES } from './outcome';

/**
 * Figures this core cannot simulate yet, because they come from each person's diary (hours by
 * kind, statutory work on time, direct time and visits made, unmet hours, the costs that divide
 * by them). Until the diaries exist they are the capacity model's figures for the same scenario,
 * listed in the result under `fromCapacityModel` so no one mistakes them for simulated ones.
 */
export const FROM_CAPACITY_MODEL = [
  'roles',
  'team.capacityChildren',
  'team.statutoryOnTimeShare',
  'team.directHoursPerFamilyPerWeek',
  'team.visitsPerFamilyPerMonth',
  'team.unmetHoursPerWeek',
  'money.staffCostPerYear',
  'money.costPerFamily',
  'money.costPerDirectHour',
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
    roles: capacity.roles,
    team: {
      familiesOpen: need('familiesOpen'),
      childrenOpen: need('childrenOpen'),
      capacityChildren: capacity.team.capacityChildren,
      overload: need('overload'),
      waitForAllocationWeeks: kpi('waitForAllocationWeeks'),
      probabilityOfWait: kpi('probabilityOfWait'),
      statutoryOnTimeShare: capacity.team.statutoryOnTimeShare,
      directHoursPerFamilyPerWeek: capacity.team.directHoursPerFamilyPerWeek,
      visitsPerFamilyPerMonth: capacity.team.visitsPerFamilyPerMonth,
      // Families that never step keep their key worker: no change is a simulated 0, not a default.
      keyWorkerChangesPerFamily: need('keyWorkerChangesPerFamily'),
      unmetHoursPerWeek: capacity.team.unmetHoursPerWeek,
    },
    money: {
      ...capacity.money,
      nonStaffCostPerYear: need('nonStaffCostPerYear'),
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
    fromCapacityModel: [...FROM_CAPACITY_MODEL],
  };
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
