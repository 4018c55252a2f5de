import { describe, expect, it } from 'vitest';
import { workerPoolExecutor } from '../../main/workers/workerPool';
import { evaluateCapacity } from '../../models/capacity/evaluate';
import { runMonteCarlo } from '../../models/des/monteCarloRun';
import { ROLE_HOURS } from '../../models/des/outcome';
import { presetScenario } from '../../models/presets';
import type { Stochastic } from '../../models/result';
import type { Scenario } from '../../models/scenario';
import { simulate } from '../../models/simulate';

const KINDS = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed'] as const;

/**
 * A lightly loaded team: room on every caseload (no one waits), no absence, nobody leaving and no
 * vacancies, and no elastic work (so the practitioners have time left over and every task is done), run long
 * enough for the looked-after cases (60 weeks) to reach their steady state.
 */
function lightlyLoaded(id: string): Scenario {
  const s = presetScenario(id);
  return {
    ...s,
    teams: s.teams.map((t) => ({
      ...t,
      roles: t.roles.map((r) => ({
        ...r,
        absence: { annualLeaveDays: 0, bankHolidayDays: 0, sicknessShare: 0, trainingDaysPerYear: 0 },
        workforce: { ...r.workforce, turnoverPerYear: 0, vacancyShare: 0 },
      })),
    })),
    policy: { ...s.policy, caseloadCap: 60 },
    caseTypes: s.caseTypes.map((c) => ({ ...c, elastic: null })),
    run: { weeks: 260, warmupWeeks: 200, replications: 12, seed: 3 },
  };
}

describe('the diaries and the capacity model agree on a lightly loaded team', () => {
  it.each(['traditional', 'skilled-admin'])('%s: every role’s mean weekly hours by kind within 5 percent', async (id) => {
    const s = lightlyLoaded(id);
    const capacity = evaluateCapacity(s);
    const run = await runMonteCarlo(s, { executor: workerPoolExecutor({ threads: 2 }) });
    const des = run.aggregate;
    expect(des.kpi('probabilityOfWait')!.mean).toBe(0);
    const families = des.kpi('familiesOpen')!.mean / capacity.team.familiesOpen;
    expect(Math.abs(families - 1)).toBeLessThan(0.05);
    const lines: string[] = [`families open ${(families * capacity.team.familiesOpen).toFixed(1)} / ${capacity.team.familiesOpen.toFixed(1)}`];
    const compared = run.model.roles.flatMap((role, r) =>
      KINDS.map((kind) => {
        // Work grows with the families served; the simulated number of families is itself a draw
        // (a few per cent either way over these runs), so the diaries are judged per family. A role
        // the capacity model fills to its budget (the cheapest support role takes delegated work
        // until it has no time left, however light the load on the practitioners) works the same
        // hours whatever the number of families: its hours are judged as they are.
        const full = capacity.roles[r].utilisation > 0.999;
        const expected = capacity.roles[r].perFte[kind] * (kind === 'fixed' || full ? 1 : families);
        const simulated = des.role(r, (h) => h(kind))!.mean;
        lines.push(`${role.id}.${kind} ${simulated.toFixed(2)} / ${expected.toFixed(2)}${full ? ' (role at full time)' : ''}`);
        return { simulated, expected };
      }),
    );
    // The whole table first, so a failure shows every kind and not only the first that missed.
    console.log(`${id} (simulated / capacity, hours per FTE a week):\n  ${lines.join('\n  ')}`);
    for (const { simulated, expected } of compared) {
      // Kinds of under a quarter of an hour a week are noise either way; they must still be small.
      if (expected < 0.25) expect(simulated).toBeLessThan(0.25);
      else expect(Math.abs(simulated / expected - 1)).toBeLessThan(0.05);
    }
    expect(ROLE_HOURS.slice(0, KINDS.length)).toEqual([...KINDS]);
  }, 300_000);
});

/**
 * The evidence presets against the traditional team, in both engines, at steady state with
 * absence, turnover and elastic work on: the same direction, and effects within a factor of 1.5
 * of each other. The simulated team loses some time to a real diary (gaps too short for a
 * session), so its effects run a little smaller than the capacity model's.
 */
describe('the presets show the same effects in both engines', () => {
  const settings = { runs: 16, weeks: 104, warmupWeeks: 150, seed: 11 };
  const value = (x: unknown) => (typeof x === 'number' ? x : (x as Stochastic).mean);
  const swDirect = (r: Awaited<ReturnType<typeof simulate>>) => value(r.roles.find((x) => x.id === 'social_worker')!.shares.direct);
  const visits = (r: Awaited<ReturnType<typeof simulate>>) => value(r.team.visitsPerFamilyPerMonth);
  const both = async (id: string) => {
    const s = presetScenario(id);
    return { capacity: simulate(s, { engine: 'capacity' }), des: await simulate(s, { engine: 'des', des: { ...settings, executor: workerPoolExecutor({ threads: 2 }) } }) };
  };

  it('skilled administrators raise social workers’ direct share; family practitioners multiply visits', async () => {
    const traditional = await both('traditional');
    const admin = await both('skilled-admin');
    const practitioners = await both('family-practitioners');
    const directEffect = { capacity: swDirect(admin.capacity) - swDirect(traditional.capacity), des: swDirect(admin.des) - swDirect(traditional.des) };
    const visitsEffect = { capacity: visits(practitioners.capacity) / visits(traditional.capacity), des: visits(practitioners.des) / visits(traditional.des) };
    console.log(
      `skilled-admin: social workers' direct share ${swDirect(traditional.capacity).toFixed(3)} → ${swDirect(admin.capacity).toFixed(3)} (capacity), ` +
        `${swDirect(traditional.des).toFixed(3)} → ${swDirect(admin.des).toFixed(3)} (simulation)\n` +
        `family-practitioners: visits per family per month ${visits(traditional.capacity).toFixed(2)} → ${visits(practitioners.capacity).toFixed(2)} ×${visitsEffect.capacity.toFixed(2)} (capacity), ` +
        `${visits(traditional.des).toFixed(2)} → ${visits(practitioners.des).toFixed(2)} ×${visitsEffect.des.toFixed(2)} (simulation)`,
    );
    expect(directEffect.capacity).toBeGreaterThan(0);
    expect(directEffect.des).toBeGreaterThan(0);
    expect(directEffect.des / directEffect.capacity).toBeGreaterThan(1 / 1.5);
    expect(directEffect.des / directEffect.capacity).toBeLessThan(1.5);
    // A ratio's effect is its distance from 1.
    expect(visitsEffect.capacity).toBeGreaterThan(1);
    expect(visitsEffect.des).toBeGreaterThan(1);
    expect((visitsEffect.des - 1) / (visitsEffect.capacity - 1)).toBeGreaterThan(1 / 1.5);
    expect((visitsEffect.des - 1) / (visitsEffect.capacity - 1)).toBeLessThan(1.5);
  }, 300_000);
});
