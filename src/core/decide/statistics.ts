/**
 * Summary statistics of a simulation's trials, as Excel defines them where Excel has the function.
 */

/**
 * The p-th percentile of ascending values, as Excel's PERCENTILE.INC: rank h = (n − 1) p, interpolated
 * linearly between the values at ⌊h⌋ and ⌈h⌉.
 *
 * Formula: x[⌊h⌋] + (h − ⌊h⌋) (x[⌊h⌋ + 1] − x[⌊h⌋]), h = (n − 1) p
 *
 * @param sorted - ascending values, at least one; ±Infinity stand for trials with no answer
 * @param p - 0 to 1
 * @example percentileInc([1, 2, 3, 4], 0.1) // 1.3 (Excel's PERCENTILE.INC({1,2,3,4}, 0.1))
 * @see https://support.microsoft.com/office/percentile-inc-function-680f9539-45eb-410b-9a5e-c1355e5fe2ed
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const fraction = h - low;
  const x = sorted[low] as number;
  if (fraction === 0) return x;
  const next = sorted[low + 1] as number;
  // An infinite neighbour (a trial with no answer) makes the percentile infinite, never NaN.
  if (!Number.isFinite(x) || !Number.isFinite(next))
    return fraction > 0 && Number.isFinite(x) ? next : x;
  return x + fraction * (next - x);
}

/**
 * Mean of the finite values (Neumaier-compensated sum), and how many there were.
 *
 * @example finiteMean([1, 2, 3, Infinity]) // { mean: 2, count: 3 }
 */
export function finiteMean(values: ArrayLike<number>): { mean: number; count: number } {
  // Summed as deviations from the first finite value, so equal values give exactly that value back.
  let origin = NaN;
  let sum = 0;
  let compensation = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) continue;
    if (Number.isNaN(origin)) origin = value;
    const x = value - origin;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
    count++;
  }
  return { mean: count === 0 ? 0 : origin + (sum + compensation) / count, count };
}

/**
 * Sample standard deviation of the finite values (n − 1 in the denominator, as STDEV.S), two-pass; 0 for
 * fewer than two values.
 *
 * @example finiteStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) // 2.1381 (STDEV.S)
 */
export function finiteStandardDeviation(values: ArrayLike<number>): number {
  const { mean, count } = finiteMean(values);
  if (count < 2) return 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (Number.isFinite(x)) sum += (x - mean) * (x - mean);
  }
  return Math.sqrt(sum / (count - 1));
}

/** One bin of a histogram: values in [from, to) (the last bin includes `to`). */
export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/**
 * Equal-width bins from the smallest to the largest finite value; one bin holding everything when they
 * are all equal.
 *
 * @example histogram([1, 2, 2, 3], 2) // [{ from: 1, to: 2, count: 1 }, { from: 2, to: 3, count: 3 }]
 */
export function histogram(values: ArrayLike<number>, bins: number): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min > max) return [];
  if (min === max) {
    let count = 0;
    for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i] as number)) count++;
    return [{ from: min, to: max, count }];
  }
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (!Number.isFinite(x)) continue;
    const bin = Math.min(bins - 1, Math.floor((x - min) / width));
    counts[bin] = (counts[bin] as number) + 1;
  }
  return counts.map((count, i) => ({
    from: min + i * width,
    to: i === bins - 1 ? max : min + (i + 1) * width,
    count,
  }));
}
