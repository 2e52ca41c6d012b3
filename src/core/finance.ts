/**
 * Generic finance: present value, level payments and internal rate of return. Conventions follow Excel
 * where Excel has a function of the same name, and say so where they differ.
 */
import { type Answer, found, noAnswer } from "./answer";
import { MESSAGES } from "./messages";

/**
 * Net present value of cash flows where `cashFlows[0]` falls at time 0 (undiscounted) and `cashFlows[t]` at
 * the end of period t.
 *
 * Formula: NPV = Σ cashFlows[t] / (1 + rate)^t
 *
 * Unlike Excel's NPV, which discounts its first value by one period, the first flow here is at time 0:
 * `npv(r, flows)` equals Excel's `flows[0] + NPV(r, flows[1..])`.
 *
 * @param rate - discount rate per period as a decimal; greater than -1
 * @param cashFlows - USD per period, time 0 first
 * @returns USD at time 0
 * @example npv(0.1, [0, -10000, 3000, 4200, 6800]) // 1188.44 (Excel's NPV doc example, whose first value falls at the end of period 1)
 * @see https://support.microsoft.com/office/npv-function-8672cb67-2576-4d07-b67b-ac28acf2a568
 */
export function npv(rate: number, cashFlows: readonly number[]): number {
  // Horner's rule in the discount factor: one multiply-add per period, and no pow() on the hot path.
  const v = 1 / (1 + rate);
  let sum = 0;
  for (let t = cashFlows.length - 1; t >= 0; t--) {
    sum = sum * v + (cashFlows[t] as number);
  }
  return sum;
}

/**
 * Level payment per period, with Excel's sign convention (money paid out is negative).
 *
 * Formula: PMT = −(pv × (1+r)^n + fv) × r / ((1+r)^n − 1), or −(pv + fv) / n when r = 0 (payments at period end)
 *
 * @param rate - interest rate per period as a decimal; at least 0
 * @param periods - number of periods; greater than 0
 * @param presentValue - USD today
 * @param futureValue - USD left after the last payment; 0 if omitted
 * @example pmt(0.08 / 12, 10, 10000) // -1037.03 (Excel's PMT doc example)
 * @see https://support.microsoft.com/office/pmt-function-0214da64-9a63-4996-bc20-214433fa6441
 */
export function pmt(rate: number, periods: number, presentValue: number, futureValue = 0): number {
  // Below this the annuity and straight line differ by less than 1e-9 relative, and (1+r)^n − 1 computed
  // directly would lose every digit (a rate of 1e-16 gives 0 and a division by zero).
  if (Math.abs(rate * periods) < 1e-9) return -(presentValue + futureValue) / periods;
  const growthMinusOne = Math.expm1(periods * Math.log1p(rate));
  return (-(presentValue * (growthMinusOne + 1) + futureValue) * rate) / growthMinusOne;
}

/**
 * Candidate rates scanned for a sign change of NPV. Dense near ordinary returns, sparse out to the extreme
 * multiples that token-revenue cases produce (a 15x ROI over 3 years is an IRR near 400%).
 */
const IRR_SCAN_RATES: readonly number[] = [
  -0.999999999, -0.999999, -0.9999, -0.999, -0.99, -0.95, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3,
  -0.2, -0.15, -0.1, -0.05, -0.02, 0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 1.5, 2, 3,
  5, 7.5, 10, 20, 50, 100, 1e3, 1e4, 1e6, 1e9, 1e12,
];

/** Excel's default IRR guess, a year's rate; when several rates solve, the one nearest it is returned. */
const IRR_PREFERRED_RATE = 0.1;

/** Newton fallback's step limit: Excel stops at 20; a double root converges only linearly, halving the error a step. */
const IRR_NEWTON_MAX_STEPS = 50;

/** Newton fallback's acceptance test: |NPV| at most this fraction of Σ|cashFlows|. */
const IRR_NEWTON_NPV_TOLERANCE = 1e-9;

/**
 * Internal rate of return per period: the rate at which `npv(rate, cashFlows)` is 0.
 *
 * Excel's IRR runs Newton's method from a guess and gives #NUM! when that diverges. Here NPV is first
 * scanned across rates from -99.9999999% to 1e12 (a trillion-fold return per period) to bracket every sign
 * change, then each bracket is solved by Brent's method. When the flows change sign more than once and
 * several rates solve, the rate nearest 10% (Excel's default guess) is returned.
 *
 * A scan for sign changes cannot see a tangent (double) root, where NPV touches 0 without crossing it, or
 * two roots closer together than the scanned rates. Only when the scan brackets no root, Newton's method
 * runs from 10%, as Excel's does, with the analytic derivative, for at most 50 steps and never at or below
 * -100%. Its rate is returned only if |NPV| there is at most 1e-9 × Σ|cashFlows|, so a Newton run that
 * wanders or stalls gives no answer rather than a rate that does not solve.
 *
 * With `periodsPerYear` above 1 the rate is still per period, but the scan and the preference are in
 * annual terms: the scanned rates are the per-period equivalents of the annual ones (so two monthly roots
 * at 6% and 18% a year fall in different brackets), extended by the plain per-period rates beyond them;
 * "nearest 10%" compares (1 + r)^periodsPerYear − 1 with 10%, and Newton starts from 10% a year.
 *
 * @param cashFlows - USD per period, time 0 first; needs at least one positive and one negative flow
 * @param periodsPerYear - periods in a year, a whole number from 1; only decides which root is preferred; 1 if omitted
 * @returns the rate as a decimal per period, or no answer (the reason a sentence) when no rate solves
 * @example irr([-70000, 12000, 15000, 18000, 21000, 26000]) // { ok: true, value: 0.0866 } (Excel's IRR doc example)
 * @see https://support.microsoft.com/office/irr-function-64925eaa-9988-495b-b290-3ad0c163c1bc
 */
export function irr(cashFlows: readonly number[], periodsPerYear = 1): Answer<number> {
  let hasPositive = false;
  let hasNegative = false;
  for (const flow of cashFlows) {
    if (flow > 0) hasPositive = true;
    else if (flow < 0) hasNegative = true;
  }
  if (!hasPositive || !hasNegative) return noAnswer(MESSAGES.noIrr());
  const preferred = preferredPeriodRate(periodsPerYear);
  const scanRates = periodsPerYear === 1 ? IRR_SCAN_RATES : scanRatesPerPeriod(periodsPerYear);

  let best: number | undefined;
  let low = scanRates[0] as number;
  let npvLow = npv(low, cashFlows);
  if (npvLow === 0) best = low;
  for (let i = 1; i < scanRates.length; i++) {
    // Every root still to come is above `low`: once that is as far from the preferred rate as `best`, stop.
    if (best !== undefined && low > preferred && !nearerPreferred(low, best, periodsPerYear)) break;
    const high = scanRates[i] as number;
    const npvHigh = npv(high, cashFlows);
    let root: number | undefined;
    if (npvHigh === 0) root = high;
    else if (Number.isFinite(npvLow) && Number.isFinite(npvHigh) && npvLow * npvHigh < 0) {
      root = brentRoot((rate) => npv(rate, cashFlows), low, high, npvLow, npvHigh);
    }
    if (root !== undefined && (best === undefined || nearerPreferred(root, best, periodsPerYear)))
      best = root;
    // Roots are scanned in increasing order: once past the preferred rate, later ones are farther away.
    if (best !== undefined && best >= preferred) break;
    low = high;
    npvLow = npvHigh;
  }
  // Nothing bracketed: NPV may still touch 0 without changing sign between two scanned rates.
  if (best === undefined) best = newtonRoot(cashFlows, preferred);
  return best === undefined ? noAnswer(MESSAGES.noIrr()) : found(best);
}

/**
 * Newton's method from 10% with the analytic derivative, for roots no scan bracket holds. Returns a rate
 * only if NPV there is within IRR_NEWTON_NPV_TOLERANCE of Σ|cashFlows| and of the same sum discounted at
 * that rate.
 */
function newtonRoot(cashFlows: readonly number[], start: number): number | undefined {
  let rate = start;
  for (let step = 0; step < IRR_NEWTON_MAX_STEPS; step++) {
    // NPV is a polynomial P in v = 1 / (1 + r); one Horner pass gives P(v) and P'(v), and dv/dr = −v².
    const v = 1 / (1 + rate);
    let value = 0;
    let slopeInV = 0;
    for (let t = cashFlows.length - 1; t >= 0; t--) {
      slopeInV = slopeInV * v + value;
      value = value * v + (cashFlows[t] as number);
    }
    const slope = -slopeInV * v * v;
    if (!Number.isFinite(value) || !Number.isFinite(slope) || slope === 0) break;
    let next = rate - value / slope;
    // A step to −100% or below would leave NPV's domain: go halfway there instead.
    if (!(next > -1)) next = (rate - 1) / 2;
    const converged = Math.abs(next - rate) <= 1e-12 * Math.max(1, Math.abs(rate));
    rate = next;
    if (converged) break;
  }
  if (!(rate > -1)) return undefined;
  // The residual must be small against the flows both as given and as discounted at the rate: where every
  // flow after a zero one fades (a row starting with 0, at a rate of 1e8 and up), NPV is tiny against
  // Σ|flows| but not against the discounted flows, and is no root (it only tends to 0 as the rate grows).
  const v = 1 / (1 + rate);
  let scale = 0;
  let discountedScale = 0;
  let factor = 1;
  for (const flow of cashFlows) {
    scale += Math.abs(flow);
    discountedScale += Math.abs(flow) * factor;
    factor *= v;
  }
  const residual = Math.abs(npv(rate, cashFlows));
  return residual <= IRR_NEWTON_NPV_TOLERANCE * Math.min(scale, discountedScale) ? rate : undefined;
}

/**
 * The scan for periods shorter than a year: each annual scan rate's per-period equivalent, then the annual
 * list's own rates beyond those (a per-period return above the equivalent of 1e12 a year still exists).
 */
function scanRatesPerPeriod(periodsPerYear: number): number[] {
  const rates: number[] = [];
  const lowest = Math.expm1(Math.log1p(IRR_SCAN_RATES[0] as number) / periodsPerYear);
  for (const rate of IRR_SCAN_RATES) if (rate < lowest) rates.push(rate);
  for (const rate of IRR_SCAN_RATES) rates.push(Math.expm1(Math.log1p(rate) / periodsPerYear));
  const highest = rates[rates.length - 1] as number;
  for (const rate of IRR_SCAN_RATES) if (rate > highest) rates.push(rate);
  return rates;
}

/** The per-period rate that compounds to 10% a year; exactly 0.1 for annual periods. */
function preferredPeriodRate(periodsPerYear: number): number {
  return periodsPerYear === 1
    ? IRR_PREFERRED_RATE
    : Math.expm1(Math.log1p(IRR_PREFERRED_RATE) / periodsPerYear);
}

/**
 * The annual effective rate, as a decimal, that a rate per period compounds to over a year.
 *
 * Formula: (1 + ratePerPeriod)^periodsPerYear − 1, computed as expm1(periodsPerYear × log1p(ratePerPeriod))
 * so that small rates keep their digits; the rate itself when periodsPerYear is 1
 *
 * @param ratePerPeriod - rate per period as a decimal; greater than -1
 * @param periodsPerYear - periods in a year, a whole number from 1
 * @example compoundedAnnualRate(0.01, 12) // 0.126825 (1% a month is 12.68% a year)
 */
export function compoundedAnnualRate(ratePerPeriod: number, periodsPerYear: number): number {
  return periodsPerYear === 1
    ? ratePerPeriod
    : Math.expm1(periodsPerYear * Math.log1p(ratePerPeriod));
}

function nearerPreferred(candidate: number, current: number, periodsPerYear: number): boolean {
  return (
    Math.abs(compoundedAnnualRate(candidate, periodsPerYear) - IRR_PREFERRED_RATE) <
    Math.abs(compoundedAnnualRate(current, periodsPerYear) - IRR_PREFERRED_RATE)
  );
}

/**
 * Brent's method (Brent, 1973) for f on a bracket [a, b] with f(a), f(b) of opposite sign: the one root
 * solver of the core (IRR's brackets, SOLVEFOR's). Converges to 2ε|x| + relativeTolerance × max(floor, |x|).
 */
export function brentRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  fa: number,
  fb: number,
  relativeTolerance = 1e-12,
  floor = 1
): number {
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 200; iteration++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance =
      2 * Number.EPSILON * Math.abs(b) + relativeTolerance * Math.max(floor, Math.abs(b));
    const half = (c - b) / 2;
    if (Math.abs(half) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : half > 0 ? tolerance : -tolerance;
    fb = f(b);
  }
  return b;
}
