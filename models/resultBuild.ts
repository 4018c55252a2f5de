import type { CapacityOutcome } from './capacity/evaluate';
import { moneyFigures, type MoneyDetail } from './money/money';
import type { RoleResult, SimulationResult } from './result';

/** Figures the capacity engine adds beside the contract's (the result schema allows them). */
export interface CapacityDetails {
  unmetByActivity: Record<string, number>;
  /** Demand scales at which time and caseload caps bind (1 = today's demand). */
  capacityScale: { time: number | null; caseload: number | null };
  demand: { caseTypeId: string; arrivalsPerWeek: number; durationWeeks: number; familiesOpen: number }[];
  money: MoneyDetail;
}

export type CapacityResult = SimulationResult & { details: CapacityDetails };

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/** The result JSON of DESIGN §8 from a capacity evaluation and, if there is one, its parent's. */
export function capacityResult(o: CapacityOutcome, parent: CapacityOutcome | null, elapsedMs: number, appVersion: string): CapacityResult {
  const s = o.scenario;
  const roles: RoleResult[] = o.roles.map((r) => ({
    id: r.compiled.role.id,
    team: r.teamId,
    name: r.compiled.role.name,
    category: r.compiled.role.category,
    posts: r.compiled.role.posts,
    utilisation: r.utilisation,
    // The outcome is built afresh for each evaluation, so its records are not copied again.
    hoursPerWeek: r.perFte,
    shares: r.shares,
  }));
  const { money, detail } = moneyFigures(o, parent);
  return {
    scenario: { id: s.id, name: s.name, parentId: s.parentId },
    engine: 'capacity',
    roles,
    team: o.team,
    money,
    run: { seed: null, runs: 0, weeks: 0, warmupWeeks: 0, events: 0, elapsedMs, appVersion },
    details: {
      unmetByActivity: o.unmetByActivity,
      capacityScale: { time: finite(o.scale.time), caseload: finite(o.scale.caseload) },
      demand: o.demand.map((d) => ({ caseTypeId: d.caseType.id, arrivalsPerWeek: d.arrivals, durationWeeks: d.durationWeeks, familiesOpen: d.families * o.scale.carried })),
      money: detail,
    },
  };
}
