/** Shared helpers for benchmarks: one JSON object per line, as `npm run bench` promises. */
export function report(name: string, metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, metric, value: Number(value.toPrecision(6)), unit }));
}

/** Runs `fn` until `minMs` have passed (at least `minRuns` times) and returns each run's time in ms. */
export function timeRuns(fn: () => void, minRuns = 20, minMs = 500): number[] {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * A fixed piece of arithmetic timed on this thread (median of five, in ms): how fast the machine
 * is at the moment. These are shared virtual machines whose speed drifts by half again within a
 * minute, so a wall time means most read beside the machine speed measured around it.
 */
export function machineSpeed(): number {
  const cells = new Float64Array(4096);
  let sum = fixedLoop(cells);
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    sum += fixedLoop(cells);
    times.push(performance.now() - t0);
  }
  // The sum is used, so the loop cannot be dropped as dead code.
  if (!Number.isFinite(sum)) throw new Error('machine speed loop overflowed');
  return median(times);
}

function fixedLoop(cells: Float64Array): number {
  let sum = 0;
  for (let round = 0; round < 20_000; round++) {
    for (let i = 0; i < cells.length; i += 4) {
      cells[i] = cells[i] * 0.5 + round;
      sum += cells[i];
    }
  }
  return sum;
}
