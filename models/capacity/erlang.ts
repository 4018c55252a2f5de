/**
 * Erlang B and C for an M/M/c queue with offered load a = λ/μ. The recursive form of Erlang B
 * never forms a^c or c!, so it stays exact for caseloads of thousands of slots.
 */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Probability an arrival waits; undefined (null) when the queue does not settle (a ≥ c). */
export function erlangC(c: number, a: number): number | null {
  if (c < 1 || a >= c) return null;
  if (a <= 0) return 0;
  const b = erlangB(c, a);
  return b / (1 - (a / c) * (1 - b));
}

export interface QueueWait {
  probabilityOfWait: number;
  /** Mean wait of all arrivals (those not waiting count as zero), in the unit of 1/μ. */
  meanWait: number;
}

/** M/M/c waiting figures: Wq = C(c, a) / (cμ − λ), written with the mean service time 1/μ. */
export function mmcWait(c: number, a: number, meanService: number): QueueWait | null {
  const p = erlangC(c, a);
  if (p === null) return null;
  return { probabilityOfWait: p, meanWait: (p * meanService) / (c - a) };
}
