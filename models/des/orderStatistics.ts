/**
 * The k-th smallest value (0-based), found by quickselect in place: the array is left with
 * everything before k no larger and everything after no smaller. Percentiles of a replication's
 * waits need two order statistics, not a full sort of perhaps a million values.
 */
export function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    // Median of three keeps already ordered input (waits often arrive in order) from going quadratic.
    const mid = (lo + hi) >> 1;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * The p-quantile of `total` values of which all but `values` are zero (most families do not
 * wait), by linear interpolation between order statistics (R type 7, numpy's default).
 * Reorders `values`.
 */
export function quantileWithZeros(values: Float64Array, total: number, p: number): number {
  if (total === 0) return NaN;
  const zeros = total - values.length;
  const h = (total - 1) * p;
  const lo = Math.floor(h);
  const at = (i: number): number => {
    if (i < zeros) return 0;
    return selectInPlace(values, i - zeros);
  };
  const low = at(lo);
  if (lo + 1 >= total || h === lo) return low;
  return low + (h - lo) * (at(lo + 1) - low);
}

/**
 * The p-quantile of `values` by the same interpolation, found by selection rather than a full
 * sort: a 1,000-replication run's result needs some six hundred of them. Reorders `values`.
 */
export function quantile(values: Float64Array, p: number): number {
  return quantileWithZeros(values, values.length, p);
}
