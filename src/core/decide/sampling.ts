/**
 * Sampling for SIMULATE: Latin hypercube (or plain) uniforms per input, and Iman–Conover rank
 * correlation, which reorders each input's draws so their ranks follow a target correlation matrix while
 * every input keeps its own draws (and so its distribution) exactly.
 */
import { normalQuantile } from "./specialFunctions";
import type { SeededRandom } from "./random";

/**
 * n uniforms in (0, 1), one in each of the n equal strata in a random order: stratum perm[i], jittered
 * uniformly within it (McKay, Beckman and Conover, 1979).
 */
export function latinHypercubeColumn(random: SeededRandom, n: number): Float64Array {
  const column = new Float64Array(n);
  for (let i = 0; i < n; i++) column[i] = i;
  shuffle(random, column);
  for (let i = 0; i < n; i++) column[i] = ((column[i] as number) + random.uniform()) / n;
  return column;
}

/** n independent uniforms in (0, 1). */
export function plainColumn(random: SeededRandom, n: number): Float64Array {
  const column = new Float64Array(n);
  for (let i = 0; i < n; i++) column[i] = random.uniform();
  return column;
}

/** Fisher–Yates, in place. */
function shuffle(random: SeededRandom, values: Float64Array): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    const t = values[i] as number;
    values[i] = values[j] as number;
    values[j] = t;
  }
}

/** Cholesky pivots at or below this are taken as 0 (a semi-definite matrix, such as a correlation of 1). */
const PIVOT_TOLERANCE = 1e-10;

/**
 * The lower-triangular L with L Lᵀ = matrix, for a positive semi-definite matrix: a pivot within
 * PIVOT_TOLERANCE of 0 gives a zero column (whose entries below must then also be 0 within tolerance).
 * Returns undefined when the matrix is not positive semi-definite.
 */
export function choleskySemiDefinite(
  matrix: readonly (readonly number[])[]
): number[][] | undefined {
  const k = matrix.length;
  const lower = matrix.map(() => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const rowJ = lower[j] as number[];
    let pivot = (matrix[j] as readonly number[])[j] as number;
    for (let m = 0; m < j; m++) pivot -= (rowJ[m] as number) * (rowJ[m] as number);
    if (pivot < -PIVOT_TOLERANCE) return undefined;
    const diagonal = pivot <= PIVOT_TOLERANCE ? 0 : Math.sqrt(pivot);
    rowJ[j] = diagonal;
    for (let i = j + 1; i < k; i++) {
      const rowI = lower[i] as number[];
      let sum = (matrix[i] as readonly number[])[j] as number;
      for (let m = 0; m < j; m++) sum -= (rowI[m] as number) * (rowJ[m] as number);
      if (diagonal === 0) {
        if (Math.abs(sum) > 1e-8) return undefined;
        rowI[j] = 0;
      } else rowI[j] = sum / diagonal;
    }
  }
  return lower;
}

/**
 * The Pearson correlation of normal scores that gives the rank (Spearman) correlation ρs between two
 * normals: 2 sin(π ρs / 6) (Pearson, 1907).
 */
function pearsonForRank(rankCorrelation: number): number {
  return 2 * Math.sin((Math.PI * rankCorrelation) / 6);
}

/**
 * Reorders the columns in place so their rank correlations approach `target` (Iman and Conover, 1982):
 * van der Waerden scores Φ⁻¹(i / (n + 1)) are shuffled per column into a score matrix R with sample
 * correlation E = Q Qᵀ; T = R (P Q⁻¹)ᵀ, with target = P Pᵀ, has correlation target exactly; each
 * column then takes the ranks of T's column. The target is first mapped to the scores' Pearson scale
 * (2 sin(πρ/6)) so the result's rank correlation, not its score correlation, meets it.
 *
 * @param columns - k columns of n draws each (n > k)
 * @param target - k × k correlation matrix, already checked valid
 */
export function imanConover(
  random: SeededRandom,
  columns: Float64Array[],
  target: readonly (readonly number[])[]
): void {
  const k = columns.length;
  const n = (columns[0] as Float64Array).length;
  const adjusted = target.map((row, i) => row.map((r, j) => (i === j ? 1 : pearsonForRank(r))));
  const p = choleskySemiDefinite(adjusted) ?? (choleskySemiDefinite(target) as number[][]);

  const scores = new Float64Array(n);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const s = normalQuantile((i + 1) / (n + 1));
    scores[i] = s;
    squares += s * s;
  }
  const scale = Math.sqrt(squares / n);
  for (let i = 0; i < n; i++) scores[i] = (scores[i] as number) / scale;

  const r: Float64Array[] = [];
  for (let j = 0; j < k; j++) {
    const column = scores.slice();
    shuffle(random, column);
    r.push(column);
  }
  // Sample correlation of the shuffled scores: each column has mean 0 and mean square 1 by construction.
  const e: number[][] = [];
  for (let a = 0; a < k; a++) {
    const row: number[] = [];
    for (let b = 0; b < k; b++) {
      if (a === b) row.push(1);
      else if (b < a) row.push((e[b] as number[])[a] as number);
      else {
        let sum = 0;
        const ra = r[a] as Float64Array;
        const rb = r[b] as Float64Array;
        for (let i = 0; i < n; i++) sum += (ra[i] as number) * (rb[i] as number);
        row.push(sum / n);
      }
    }
    e.push(row);
  }
  const q = choleskySemiDefinite(e);
  const qInverse = q === undefined ? undefined : invertLower(q);
  // A = P Q⁻¹; without a usable Q (n barely above k), A = P, which still correlates the scores.
  const a = qInverse === undefined ? p : multiplyLower(p, qInverse);

  const orderT = new Uint32Array(n);
  const orderColumn = new Uint32Array(n);
  const buckets = new Uint32Array(n + 1);
  const t = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const aj = a[j] as number[];
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let m = 0; m <= j; m++) sum += (aj[m] as number) * ((r[m] as Float64Array)[i] as number);
      t[i] = sum;
    }
    // The row holding each rank of T's column gets the draw of that rank. Both orders come from a bucket
    // sort (T is near normal, the draws are uniforms: buckets of about one value each), linear in n and
    // built of exact comparisons only, so ties and the result are the same on every engine.
    argsortInto(t, orderT, buckets);
    const column = columns[j] as Float64Array;
    argsortInto(column, orderColumn, buckets);
    for (let rank = 0; rank < n; rank++) t[rank] = column[orderColumn[rank] as number] as number;
    for (let rank = 0; rank < n; rank++) column[orderT[rank] as number] = t[rank] as number;
  }
}

/**
 * The indices of `values` in ascending order of value, equal values in index order: a counting sort into
 * n equal-width buckets over [min, max], then insertion sort within each bucket.
 */
export function argsortInto(values: Float64Array, order: Uint32Array, buckets: Uint32Array): void {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) {
    for (let i = 0; i < n; i++) order[i] = i;
    return;
  }
  const scale = n / (max - min);
  buckets.fill(0);
  for (let i = 0; i < n; i++) {
    const b = Math.min(n - 1, Math.floor(((values[i] as number) - min) * scale));
    buckets[b + 1] = (buckets[b + 1] as number) + 1;
  }
  for (let b = 0; b < n; b++) buckets[b + 1] = (buckets[b + 1] as number) + (buckets[b] as number);
  for (let i = 0; i < n; i++) {
    const b = Math.min(n - 1, Math.floor(((values[i] as number) - min) * scale));
    order[buckets[b] as number] = i;
    buckets[b] = (buckets[b] as number) + 1;
  }
  // buckets[b] is now the end of bucket b; sort each bucket (indices already ascending within it).
  let start = 0;
  for (let b = 0; b < n; b++) {
    const end = buckets[b] as number;
    for (let i = start + 1; i < end; i++) {
      const index = order[i] as number;
      const v = values[index] as number;
      let k = i - 1;
      while (k >= start && (values[order[k] as number] as number) > v) {
        order[k + 1] = order[k] as number;
        k--;
      }
      order[k + 1] = index;
    }
    start = end;
  }
}

function invertLower(lower: number[][]): number[][] | undefined {
  const k = lower.length;
  const inverse = lower.map(() => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    const d = (lower[i] as number[])[i] as number;
    if (d <= PIVOT_TOLERANCE) return undefined;
    (inverse[i] as number[])[i] = 1 / d;
    for (let j = 0; j < i; j++) {
      let sum = 0;
      for (let m = j; m < i; m++)
        sum += ((lower[i] as number[])[m] as number) * ((inverse[m] as number[])[j] as number);
      (inverse[i] as number[])[j] = -sum / d;
    }
  }
  return inverse;
}

function multiplyLower(x: number[][], y: number[][]): number[][] {
  const k = x.length;
  return x.map((row) =>
    Array.from({ length: k }, (_, j) => {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += (row[m] as number) * ((y[m] as number[])[j] as number);
      return sum;
    })
  );
}
