import type { Answer } from "./answer";
import { found, noAnswer } from "./answer";
import { MONTHS_PER_YEAR } from "./constants";
import { TokenomicsInputError, checked, checkedOr } from "./errors";
import { RunningExactSum } from "./exactSum";
import { compoundedAnnualRate, irr, npv } from "./finance";
import { MESSAGES } from "./messages";
import type { PerPeriod, RowReading } from "./periodRows";
import { leadingRow } from "./periodRows";
import { RULES } from "./rules";

/**
 * NPV, IRR and payback on any cash-flow row: the workbook's own net cash line rather than the flows the
 * token model builds. The engine behind CASHFLOWNPV, CASHFLOWIRR and CASHFLOWPAYBACK. `values[0]` falls at
 * time 0 and `values[k]` at k / periodsPerYear years, so a SCHEDULE net line (period 1 a full period after
 * time 0) goes in after a time-0 value: the investment, or 0.
 */

// A blank cell is no cash: desktop Excel passes it as 0 already, so reading null as 0 makes Excel on the
// web agree, and unlike Excel's NPV (which skips blanks) it never moves the later flows a period earlier.
const VALUES: RowReading = {
  parameter: "values",
  rule: RULES.cashFlowUsd,
  blank: 0,
  firstPeriod: 0,
};

/**
 * Net present value of a cash-flow row, USD at time 0, discounted at an annual rate whatever the period
 * length. `values[0]` is not discounted, as in TOKENNPV (Excel's NPV discounts its first value a period).
 *
 * Formula: NPV = Σ values[k] / (1 + annualRate)^(k / periodsPerYear), k = 0..n−1
 *
 * @param annualRate - annual effective rate as a decimal; greater than -1, at most 100
 * @param values - USD, time 0 first, each from -1e15 to 1e15, at most 100,000; a blank cell is 0
 * @param periodsPerYear - whole number, 1 to 365; 1 if omitted
 * @returns USD at time 0
 * @example cashFlowNpv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500]) // 1922.06 (Excel's NPV doc example 2)
 * @example cashFlowNpv(0.21, [-50, 0, 0, 0, 121], 4) // 50 (121 four quarters on is worth 100 at time 0 at 21% a year)
 */
export function cashFlowNpv(
  annualRate: number,
  values: PerPeriod,
  periodsPerYear?: number
): number {
  const rate = checked(annualRate, "annualRate", RULES.discountRate);
  const flows = leadingRow(values, VALUES);
  const periods = checkedOr(periodsPerYear, 1, "periodsPerYear", RULES.periodsPerYear);
  const ratePerPeriod = periods === 1 ? rate : Math.expm1(Math.log1p(rate) / periods);
  const result = npv(ratePerPeriod, flows);
  // Near −100% a year, discounting multiplies by up to 1e9 a period: many periods can overflow.
  if (!Number.isFinite(result)) {
    throw new TokenomicsInputError("outOfRange", "annualRate", MESSAGES.npvNotFinite("annualRate"));
  }
  return result;
}

/**
 * Internal rate of return of a cash-flow row, as an annual effective rate (0.25 = 25% a year), found as
 * TOKENIRR finds it: every sign change of NPV bracketed and solved by Brent's method, the root nearest 10%
 * a year when several solve (see `irr`). No answer when no rate solves.
 *
 * Formula: the r with Σ values[k] / (1 + r)^(k / periodsPerYear) = 0; per period it is the i with
 * Σ values[k] / (1 + i)^k = 0, and r = (1 + i)^periodsPerYear − 1
 *
 * @param values - USD, time 0 first, each from -1e15 to 1e15, at most 100,000; a blank cell is 0
 * @param periodsPerYear - whole number, 1 to 365; 1 if omitted
 * @returns the annual rate as a decimal, or no answer with the reason
 * @example cashFlowIrr([-70000, 12000, 15000, 18000, 21000, 26000]) // { ok: true, value: 0.0866 } (Excel's IRR doc example)
 * @example cashFlowIrr([-100, 0, 0, 0, 121], 4) // { ok: true, value: 0.21 }
 */
export function cashFlowIrr(values: PerPeriod, periodsPerYear?: number): Answer<number> {
  const flows = leadingRow(values, VALUES);
  const periods = checkedOr(periodsPerYear, 1, "periodsPerYear", RULES.periodsPerYear);
  const perPeriod = irr(flows, periods);
  if (!perPeriod.ok) return perPeriod;
  const rate = compoundedAnnualRate(perPeriod.value, periods);
  // A daily rate of a thousandfold compounds past the largest double over a year.
  return Number.isFinite(rate) ? found(rate) : noAnswer(MESSAGES.resultNotFinite());
}

/**
 * Months from time 0 until the cumulative cash of a row turns non-negative for good: interpolated linearly
 * within the period of the LAST crossing, period k's flow accruing evenly between k − 1 and k. 0 when the
 * cumulative is never negative; no answer when it ends below 0.
 *
 * PAYBACKMONTHS (`paybackMonths`) takes the FIRST month the cumulative reaches the investment. The two agree
 * when the cumulative never dips back below 0; with staged capex it can, and then this one waits for the
 * last recovery, which is the one an investor can count on.
 *
 * Formula: with C[k] = Σ values[0..k] (summed exactly) and j the last k with C[k] < 0:
 * months = (j + (−C[j]) / values[j + 1]) × 12 / periodsPerYear
 *
 * @param values - USD, time 0 first, each from -1e15 to 1e15, at most 100,000; a blank cell is 0
 * @param periodsPerYear - whole number, 1 to 365; 1 if omitted
 * @returns months, or no answer with the reason
 * @example cashFlowPaybackMonths([-100, 60, 60, -50, 60], 4) // { ok: true, value: 10.5 } (above 0 for good halfway through quarter 4; first above 0 at 5 months)
 */
export function cashFlowPaybackMonths(values: PerPeriod, periodsPerYear?: number): Answer<number> {
  const flows = leadingRow(values, VALUES);
  const periods = checkedOr(periodsPerYear, 1, "periodsPerYear", RULES.periodsPerYear);
  const cumulative = new RunningExactSum();
  let lastNegative = -1;
  let balanceThere = 0;
  for (let k = 0; k < flows.length; k++) {
    cumulative.add(flows[k] as number);
    const balance = cumulative.rounded();
    if (balance < 0) {
      lastNegative = k;
      balanceThere = balance;
    }
  }
  if (lastNegative === -1) return found(0);
  if (lastNegative === flows.length - 1) return noAnswer(MESSAGES.cashFlowNeverPaysBack());
  // The next flow lifts the exact balance to ≥ 0, so it exceeds −balance and the share is within (0, 1].
  const share = -balanceThere / (flows[lastNegative + 1] as number);
  return found(((lastNegative + share) * MONTHS_PER_YEAR) / periods);
}
