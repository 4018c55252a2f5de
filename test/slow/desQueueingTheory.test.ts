/**
 * The slow tier's validation of the simulation against queueing theory (DESIGN §3.2): with
 * Poisson referrals, exponential time open, one child per family and no other work, allocation
 * is an M/M/c queue with c = caseload slots, so the mean wait and the probability of waiting
 * must agree with Erlang C. Each run is one long replication analysed by batch means, made long
 * enough that the standard error is at most 1 % of the mean.
 */
import { describe, expect, it } from 'vitest';
import { mmcWait } from '../../models/capacity/erlang';
import { runReplication } from '../../models/des/environment';
import { compileModel } from '../../models/des/model';
import { KPI, type ReplicationOutcome } from '../../models/des/outcome';
import { queueingScenario } from '../../models/des/queueingScenario';

const BATCHES = 40;
const WARMUP_WEEKS = 1_000;

interface BatchEstimate {
  mean: number;
  se: number;
}

/** Grand mean and batch-means standard error of a ratio (waits per referral) over consecutive weeks. */
function batchMeans(numerator: Float64Array, denominator: Float64Array): BatchEstimate {
  const size = Math.floor(numerator.length / BATCHES);
  const means: number[] = [];
  let num = 0;
  let den = 0;
  for (let b = 0; b < BATCHES; b++) {
    let n = 0;
    let d = 0;
    for (let w = b * size; w < (b + 1) * size; w++) {
      n += numerator[w];
      d += denominator[w];
    }
    means.push(n / d);
    num += n;
    den += d;
  }
  const avg = means.reduce((a, b) => a + b, 0) / BATCHES;
  const variance = means.reduce((s, m) => s + (m - avg) ** 2, 0) / (BATCHES - 1);
  return { mean: num / den, se: Math.sqrt(variance / BATCHES) };
}

/**
 * Weeks of simulated time for a 1 % standard error, from the heavy-traffic variance of an M/M/c
 * queue; it underestimates in light traffic, where the run is doubled until the error is small.
 */
function weeksFor(c: number, rho: number): number {
  return Math.ceil((4 * rho) / (c * (1 - rho) ** 2 * 1e-4));
}

const cases = [
  { rho: 0.5, c: 2 },
  { rho: 0.85, c: 10 },
  { rho: 0.95, c: 20 },
];

describe('the allocation queue is M/M/c and agrees with Erlang C', () => {
  it.each(cases)('at ρ = $rho with c = $c slots: mean wait and probability of waiting within 3 batch-means SEs', ({ rho, c }) => {
    const lambda = rho * c;
    const theory = mmcWait(c, lambda, 1)!;
    let weeks = weeksFor(c, rho);
    let outcome: ReplicationOutcome;
    let wait: BatchEstimate;
    let waited: BatchEstimate;
    // Lengthen the run until both standard errors are within 1 % of their means.
    for (let attempt = 0; ; attempt++) {
      const scenario = queueingScenario({ slots: c, arrivalsPerWeek: lambda, meanWeeksOpen: 1, keyWorkers: c % 2 === 0 ? 2 : 1 });
      outcome = runReplication(compileModel(scenario), { weeks, warmupWeeks: WARMUP_WEEKS, seed: 2024 }, 0);
      wait = batchMeans(outcome.waitSumByWeek, outcome.referralsByWeek);
      waited = batchMeans(outcome.waitedByWeek, outcome.referralsByWeek);
      if ((wait.se <= 0.01 * wait.mean && waited.se <= 0.01 * waited.mean) || attempt === 5) break;
      weeks *= 2;
    }
    console.log(
      `M/M/${c} ρ=${rho}: ${weeks} weeks, ${outcome.events} events; ` +
        `wait ${wait.mean.toFixed(5)} ± ${wait.se.toFixed(5)} (Erlang C ${theory.meanWait.toFixed(5)}), ` +
        `P(wait) ${waited.mean.toFixed(5)} ± ${waited.se.toFixed(5)} (Erlang C ${theory.probabilityOfWait.toFixed(5)})`,
    );
    expect(wait.se).toBeLessThanOrEqual(0.01 * wait.mean);
    expect(waited.se).toBeLessThanOrEqual(0.01 * waited.mean);
    expect(Math.abs(wait.mean - theory.meanWait)).toBeLessThanOrEqual(3 * wait.se);
    expect(Math.abs(waited.mean - theory.probabilityOfWait)).toBeLessThanOrEqual(3 * waited.se);

    // Little's law, and the offered load: families open = λ × mean time open = a; waiting = λ × Wq.
    const k = outcome.kpis;
    expect(k[KPI.familiesOpen] / (k[KPI.allocationsPerWeek] * k[KPI.caseWeeks])).toBeCloseTo(1, 2);
    expect(k[KPI.familiesWaiting] / (k[KPI.referralsPerWeek] * k[KPI.waitForAllocationWeeks])).toBeCloseTo(1, 2);
    expect(Math.abs(k[KPI.familiesOpen] / lambda - 1)).toBeLessThan(0.01);
  }, 300_000);
});
