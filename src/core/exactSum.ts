/**
 * Exact summation of doubles: the one place a total is rounded once instead of once per addition.
 */

/**
 * The exact sum of doubles rounded once to the nearest double (ties to even). Used where a total is an
 * intermediate (ROIMULTIPLE divides it at once) and decimal.js would cost about 15 times as much. It can
 * differ from a decimal.js total in the last bit: decimal.js adds each double's shortest decimal form,
 * this adds the doubles themselves.
 *
 * Formula: round(Σ values[i]), the sum taken exactly and rounded once. Method: Shewchuk's error-free
 * transformation (two-sum) keeps the running total as non-overlapping partial sums; their total is then
 * rounded once, with a correction for halfway cases from the partials below.
 *
 * An Infinity or NaN among the values, or an exact total beyond the double range, gives what ordinary
 * addition gives.
 *
 * @param values - any doubles, in any order; an empty list sums to 0
 * @returns the correctly rounded sum
 * @example correctlyRoundedSum([1e16, 1, -1e16]) // 1 (plain left-to-right addition gives 0)
 * @see https://doi.org/10.1007/PL00009321 (Shewchuk, Adaptive precision floating-point arithmetic, 1997)
 */
export function correctlyRoundedSum(values: readonly number[]): number {
  const sum = new RunningExactSum();
  for (const value of values) sum.add(value);
  return sum.rounded();
}

/**
 * The same exact sum kept running: add doubles one at a time and read the correctly rounded total so far
 * at any point, so a cumulative line (cumulative net cash) ties out at every period for the cost of one
 * pass, not one `correctlyRoundedSum` per prefix. Adding 1e16, 1 and −1e16 reads 1 after the third add.
 */
export class RunningExactSum {
  // partials[0..count) are the live partial sums; the array only grows, so adding never reallocates it.
  private readonly partials: number[] = [];
  private count = 0;
  private plainSum = 0;

  add(value: number): void {
    const partials = this.partials;
    const count = this.count;
    this.plainSum += value;
    let x = value;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      let y = partials[i] as number;
      if (Math.abs(x) < Math.abs(y)) {
        const larger = y;
        y = x;
        x = larger;
      }
      const high = x + y;
      const low = y - (high - x);
      if (low !== 0) partials[kept++] = low;
      x = high;
    }
    if (kept < partials.length) partials[kept] = x;
    else partials.push(x);
    this.count = kept + 1;
  }

  /** The exact total of everything added so far, rounded once (ties to even); 0 before any add. */
  rounded(): number {
    const partials = this.partials;
    const plainSum = this.plainSum;
    // Infinity or NaN in, or a total beyond the double range: ordinary addition already has the answer.
    if (!Number.isFinite(plainSum)) return plainSum;
    let n = this.count;
    if (n === 0) return 0;
    let high = partials[--n] as number;
    let low = 0;
    while (n > 0) {
      const x = high;
      const y = partials[--n] as number;
      high = x + y;
      low = y - (high - x);
      if (low !== 0) break;
    }
    // Round half to even across the partials below: if the next one pushes `low` past a tie, take the other side.
    const next = n > 0 ? (partials[n - 1] as number) : 0;
    if ((low < 0 && next < 0) || (low > 0 && next > 0)) {
      const doubled = low * 2;
      const candidate = high + doubled;
      if (doubled === candidate - high) high = candidate;
    }
    return high;
  }
}

/** Significant digits of the decimal total: decimal.js at precision 40, as ADR 0004 fixed it. */
const DECIMAL_SUM_DIGITS = 40;

const DECIMAL_NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The decimal total of doubles as decimal.js computes it at 40 significant digits: each double taken as
 * its shortest decimal form (String(x)), the running total rounded to 40 significant digits half away from
 * zero after each addition (exact until a total needs more), and read once as the nearest double. Done in
 * BigInt decimal arithmetic, which carries none of decimal.js's 32 kB into the functions bundle.
 *
 * Formula: round(Σ decimal(values[i])), rounded to 40 digits per addition, then to the nearest double
 *
 * @param values - any doubles; an Infinity or NaN among them gives what ordinary addition gives
 * @returns the total as decimal.js's `toNumber()` would return it
 * @example decimalSum([0.1, 0.2]) // 0.3 (plain addition gives 0.30000000000000004)
 */
export function decimalSum(values: readonly number[]): number {
  const ten = BigInt(10);
  let coefficient = BigInt(0);
  let exponent = 0;
  let special = 0;
  let hasSpecial = false;
  for (const value of values) {
    if (!Number.isFinite(value)) {
      special += value;
      hasSpecial = true;
      continue;
    }
    if (value === 0) continue;
    const parts = DECIMAL_NUMBER.exec(String(value)) as RegExpExecArray;
    const fraction = parts[3] ?? "";
    let c = BigInt((parts[1] ?? "") + (parts[2] ?? "") + fraction);
    let e = Number(parts[4] ?? 0) - fraction.length;
    if (coefficient !== BigInt(0)) {
      if (e < exponent) coefficient *= ten ** BigInt(exponent - e);
      else {
        c *= ten ** BigInt(e - exponent);
        e = exponent;
      }
      c += coefficient;
    }
    const negative = c < BigInt(0);
    let magnitude = negative ? -c : c;
    const excess = magnitude.toString().length - DECIMAL_SUM_DIGITS;
    if (excess > 0) {
      const unit = ten ** BigInt(excess);
      const kept = magnitude / unit;
      magnitude = (magnitude - kept * unit) * BigInt(2) >= unit ? kept + BigInt(1) : kept;
      e += excess;
    }
    coefficient = negative ? -magnitude : magnitude;
    exponent = e;
  }
  if (hasSpecial) return special;
  return Number(`${coefficient.toString()}e${exponent}`);
}
