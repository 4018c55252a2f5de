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
