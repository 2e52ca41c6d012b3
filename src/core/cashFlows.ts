import {
  MAX_SCHEDULE_PERIODS,
  MONTHS_PER_YEAR,
  SECONDS_PER_YEAR,
  TOKENS_PER_MILLION,
} from "./constants";
import { type Answer, found, noAnswer } from "./answer";
import { TokenomicsInputError, checked, checkedOr } from "./errors";
import { correctlyRoundedSum, decimalSum } from "./exactSum";
import { irr, npv } from "./finance";
import { MESSAGES } from "./messages";
import { RULES } from "./rules";

/**
 * Token production and sales over a horizon: the one engine behind TOKENREVENUE, ROIMULTIPLE,
 * PAYBACKMONTHS, TOKENCASHFLOWS, TOKENNPV and TOKENIRR. Field names are the Excel argument names.
 */
export interface TokenRevenueInput {
  /** Horizon, years (fractions allowed: 2.5 is two and a half years). */
  readonly years: number;
  /** Tokens produced per second by the whole deployment at full utilization. */
  readonly tokensPerSecond: number;
  /** Token price in the first period, USD per million tokens. */
  readonly usdPerMillionTokens: number;
  /** Share of time the deployment serves at that rate, 0-1; 1 if omitted. */
  readonly utilization?: number;
  /** Yearly change in token price as a decimal (-0.5 = prices halve each year); 0 if omitted. */
  readonly annualPriceChange?: number;
  /** Yearly gain in throughput from software as a decimal (0.3 = +30% a year); 0 if omitted. */
  readonly annualThroughputGain?: number;
}

/** The engine's inputs for the investment measures (ROI, payback, NPV, IRR, cash-flow table). */
export interface TokenInvestmentInput extends TokenRevenueInput {
  /** Up-front investment at period 0, USD. */
  readonly investmentUsd: number;
  /** Cost of running the deployment per year (power, hosting, staff), USD; 0 if omitted. */
  readonly annualOperatingCostUsd?: number;
}

/** One period of the schedule. Period 0 is the investment; periods 1..n are operation. */
export interface CashFlowRow {
  readonly period: number;
  readonly millionTokens: number;
  readonly revenueUsd: number;
  readonly operatingCostUsd: number;
  readonly netCashFlowUsd: number;
}

/** A whole schedule, with totals summed exactly (decimal.js) so the table ties out to its totals. */
export interface CashFlowSchedule {
  /** Period 0 (−investment) first, then one row per period. */
  readonly rows: readonly CashFlowRow[];
  readonly periodsPerYear: number;
  /** Length of the last period as a fraction of a full one (1 unless years × periodsPerYear is fractional). */
  readonly lastPeriodFraction: number;
  readonly totalMillionTokens: number;
  readonly totalRevenueUsd: number;
  readonly totalOperatingCostUsd: number;
  /** Σ net cash flow of periods 1..n, excluding the investment. */
  readonly totalOperatingNetUsd: number;
}

/**
 * Adds one column of the operating periods (rows 1..n) as decimal.js would at 40 significant digits
 * (exactSum.ts decimalSum) and rounds once, so a column's total is the total of the values shown.
 */
function exactColumnTotal(
  rows: readonly CashFlowRow[],
  column: (row: CashFlowRow) => number
): number {
  const values: number[] = [];
  for (let i = 1; i < rows.length; i++) values.push(column(rows[i] as CashFlowRow));
  return decimalSum(values);
}

interface CheckedTerms {
  readonly years: number;
  readonly tokensPerSecond: number;
  readonly usdPerMillionTokens: number;
  readonly utilization: number;
  readonly annualPriceChange: number;
  readonly annualThroughputGain: number;
  readonly annualOperatingCostUsd: number;
  readonly investmentUsd: number;
}

function checkRevenueTerms(
  input: TokenRevenueInput
): Omit<CheckedTerms, "annualOperatingCostUsd" | "investmentUsd"> {
  return {
    years: checked(input.years, "years", RULES.years),
    tokensPerSecond: checked(input.tokensPerSecond, "tokensPerSecond", RULES.tokensPerSecond),
    usdPerMillionTokens: checked(
      input.usdPerMillionTokens,
      "usdPerMillionTokens",
      RULES.positivePrice
    ),
    utilization: checkedOr(input.utilization, 1, "utilization", RULES.utilization),
    annualPriceChange: checkedOr(
      input.annualPriceChange,
      0,
      "annualPriceChange",
      RULES.annualChange
    ),
    annualThroughputGain: checkedOr(
      input.annualThroughputGain,
      0,
      "annualThroughputGain",
      RULES.annualChange
    ),
  };
}

function checkInvestmentTerms(input: TokenInvestmentInput): CheckedTerms {
  // Checked in argument order so the first message names the first bad argument the user typed.
  const investmentUsd = checked(input.investmentUsd, "investmentUsd", RULES.positiveUsd);
  const revenueTerms = checkRevenueTerms(input);
  return {
    ...revenueTerms,
    investmentUsd,
    annualOperatingCostUsd: checkedOr(
      input.annualOperatingCostUsd,
      0,
      "annualOperatingCostUsd",
      RULES.nonNegativeUsd
    ),
  };
}

/** Number of periods and the length of the last one as a fraction of a full period. */
function periodCount(
  years: number,
  periodsPerYear: number
): { count: number; lastFraction: number } {
  const exact = years * periodsPerYear;
  // A relative guard so 0.1 × 12 = 1.2000000000000002 does not become an extra sliver of a period.
  const count = Math.max(1, Math.ceil(exact - 1e-9 * Math.max(1, exact)));
  if (count > MAX_SCHEDULE_PERIODS) {
    throw new TokenomicsInputError(
      "outOfRange",
      "years",
      MESSAGES.scheduleTooLong(count, MAX_SCHEDULE_PERIODS)
    );
  }
  const lastFraction = Math.min(1, Math.max(0, exact - (count - 1)));
  return { count, lastFraction: lastFraction === 0 ? 1 : lastFraction };
}

/** The period rows from checked terms, row 0 being −investment, and the length of the last period. */
function buildRows(
  terms: CheckedTerms,
  periodsPerYear: number
): { rows: CashFlowRow[]; lastFraction: number } {
  const { count, lastFraction } = periodCount(terms.years, periodsPerYear);
  const fullPeriodMillionTokens =
    (terms.tokensPerSecond * terms.utilization * SECONDS_PER_YEAR) /
    periodsPerYear /
    TOKENS_PER_MILLION;
  const fullPeriodCostUsd = terms.annualOperatingCostUsd / periodsPerYear;
  const throughputBase = 1 + terms.annualThroughputGain;
  const priceBase = 1 + terms.annualPriceChange;

  const rows: CashFlowRow[] = [
    {
      period: 0,
      millionTokens: 0,
      revenueUsd: 0,
      operatingCostUsd: 0,
      netCashFlowUsd: -terms.investmentUsd,
    },
  ];
  for (let period = 1; period <= count; period++) {
    const yearsElapsed = (period - 1) / periodsPerYear;
    const fraction = period === count ? lastFraction : 1;
    const millionTokens =
      fullPeriodMillionTokens * fraction * Math.pow(throughputBase, yearsElapsed);
    const revenueUsd =
      millionTokens * terms.usdPerMillionTokens * Math.pow(priceBase, yearsElapsed);
    const operatingCostUsd = fullPeriodCostUsd * fraction;
    const netCashFlowUsd = revenueUsd - operatingCostUsd;
    rows.push({ period, millionTokens, revenueUsd, operatingCostUsd, netCashFlowUsd });
  }
  return { rows, lastFraction };
}

/** Exact column totals, each summed on first read. */
interface ColumnTotals {
  millionTokens?: number;
  revenueUsd?: number;
  operatingCostUsd?: number;
  netCashFlowUsd?: number;
}

/**
 * A schedule whose column totals are summed exactly the first time each is read, then kept: the
 * TOKENCASHFLOWS spill never reads them, and four exact sums cost several times more than the rows.
 * The totals are getters on the prototype because an object literal with four own getters takes
 * microseconds to create in V8, more than the rest of an annual schedule. So they are not own properties:
 * read them by name (spreading a schedule drops them); `toJSON` includes them.
 */
class ScheduleWithExactTotals implements CashFlowSchedule {
  readonly rows: readonly CashFlowRow[];
  readonly periodsPerYear: number;
  readonly lastPeriodFraction: number;
  // Declared only: the constructor defines it, not enumerable.
  declare private readonly sums: ColumnTotals;

  constructor(rows: readonly CashFlowRow[], periodsPerYear: number, lastPeriodFraction: number) {
    this.rows = rows;
    this.periodsPerYear = periodsPerYear;
    this.lastPeriodFraction = lastPeriodFraction;
    // A schedule's own keys stay rows, periodsPerYear and lastPeriodFraction.
    Object.defineProperty(this, "sums", { value: {}, enumerable: false });
  }

  get totalMillionTokens(): number {
    return (this.sums.millionTokens ??= exactColumnTotal(this.rows, (row) => row.millionTokens));
  }

  get totalRevenueUsd(): number {
    return (this.sums.revenueUsd ??= exactColumnTotal(this.rows, (row) => row.revenueUsd));
  }

  get totalOperatingCostUsd(): number {
    return (this.sums.operatingCostUsd ??= exactColumnTotal(
      this.rows,
      (row) => row.operatingCostUsd
    ));
  }

  get totalOperatingNetUsd(): number {
    return (this.sums.netCashFlowUsd ??= exactColumnTotal(this.rows, (row) => row.netCashFlowUsd));
  }

  toJSON(): CashFlowSchedule {
    return {
      rows: this.rows,
      periodsPerYear: this.periodsPerYear,
      lastPeriodFraction: this.lastPeriodFraction,
      totalMillionTokens: this.totalMillionTokens,
      totalRevenueUsd: this.totalRevenueUsd,
      totalOperatingCostUsd: this.totalOperatingCostUsd,
      totalOperatingNetUsd: this.totalOperatingNetUsd,
    };
  }
}

/**
 * The cash-flow schedule: period 0 is −investment; in period p (1-based) with t = (p − 1) / periodsPerYear
 * years elapsed, million tokens = tokensPerSecond × utilization × seconds in the period ×
 * (1 + annualThroughputGain)^t / 1e6, revenue = million tokens × usdPerMillionTokens × (1 + annualPriceChange)^t,
 * operating cost = annualOperatingCostUsd / periodsPerYear. A fractional last period counts its fraction of
 * tokens and cost.
 *
 * @param periodsPerYear - 1 (annual) to 365; 1 if omitted
 * @example tokenCashFlowSchedule({ investmentUsd: 100, years: 1, tokensPerSecond: 1e6 / 31536000, usdPerMillionTokens: 150 }).rows
 *   // [{ period: 0, ..., netCashFlowUsd: -100 }, { period: 1, millionTokens: 1, revenueUsd: 150, operatingCostUsd: 0, netCashFlowUsd: 150 }]
 */
export function tokenCashFlowSchedule(
  input: TokenInvestmentInput,
  periodsPerYear?: number
): CashFlowSchedule {
  const terms = checkInvestmentTerms(input);
  const periods = checkedOr(periodsPerYear, 1, "periodsPerYear", RULES.periodsPerYear);
  const { rows, lastFraction } = buildRows(terms, periods);
  return new ScheduleWithExactTotals(rows, periods, lastFraction);
}

/**
 * Token revenue over the horizon, USD, on annual periods.
 *
 * Formula: Σ over years of tokensPerSecond × utilization × 31,536,000 × (1 + gain)^t / 1e6 × price × (1 + priceChange)^t
 *
 * @example tokenRevenueUsd({ years: 3, tokensPerSecond: 720000, usdPerMillionTokens: 1.1 }) // 74,929,536 (72 GPUs × 10,000 tokens/s)
 */
export function tokenRevenueUsd(input: TokenRevenueInput): number {
  const terms = { ...checkRevenueTerms(input), investmentUsd: 0, annualOperatingCostUsd: 0 };
  return exactColumnTotal(buildRows(terms, 1).rows, (row) => row.revenueUsd);
}

/**
 * Return on investment as a multiple: (token revenue − operating cost) over the horizon ÷ investment.
 * With no operating cost this is the gross revenue multiple vendors quote.
 *
 * @example roiMultiple({ investmentUsd: 5e6, years: 3, tokensPerSecond: 720000, usdPerMillionTokens: 1.1 }) // 14.9859 ("$5M earns $75M, 15x")
 */
export function roiMultiple(input: TokenInvestmentInput): number {
  const terms = checkInvestmentTerms(input);
  const { rows } = buildRows(terms, 1);
  const operatingNetUsd: number[] = [];
  for (let i = 1; i < rows.length; i++)
    operatingNetUsd.push((rows[i] as CashFlowRow).netCashFlowUsd);
  return correctlyRoundedSum(operatingNetUsd) / terms.investmentUsd;
}

/**
 * Months until cumulative net cash repays the investment, on monthly periods, interpolated linearly within
 * the month it happens. No answer when it never pays back within the horizon; the reason says so.
 *
 * @example paybackMonths({ investmentUsd: 1200, years: 2, tokensPerSecond: 1e6 / 31536000, usdPerMillionTokens: 1200 })
 *   // { ok: true, value: 12 }
 * @example paybackMonths({ investmentUsd: 1e6, years: 2, tokensPerSecond: 1e6 / 31536000, usdPerMillionTokens: 1200 }).reason
 *   // "never pays back within the 2-year horizon: cumulative net cash stays below the investment"
 */
export function paybackMonths(input: TokenInvestmentInput): Answer<number> {
  const terms = checkInvestmentTerms(input);
  const { rows, lastFraction } = buildRows(terms, MONTHS_PER_YEAR);
  // The running balance is a double-double (Neumaier's compensated sum): within about one rounding of the
  // exact balance at every month, so the month it turns non-negative is found as exactly as the inputs
  // allow, at a fraction of decimal.js's cost (a payback column can hold thousands of cells).
  let balance = -terms.investmentUsd;
  let compensation = 0;
  let monthsElapsed = 0;
  for (let i = 1; i < rows.length; i++) {
    const net = (rows[i] as CashFlowRow).netCashFlowUsd;
    const monthLength = i === rows.length - 1 ? lastFraction : 1;
    const sum = balance + net;
    const nextCompensation =
      compensation +
      (Math.abs(balance) >= Math.abs(net) ? balance - sum + net : net - sum + balance);
    if (sum + nextCompensation >= 0 && net > 0) {
      const shortfall = -(balance + compensation);
      return found(monthsElapsed + (shortfall / net) * monthLength);
    }
    balance = sum;
    compensation = nextCompensation;
    monthsElapsed += monthLength;
  }
  return noAnswer(MESSAGES.neverPaysBack(terms.years));
}

/** The annual net cash flows, time 0 first, that TOKENNPV and TOKENIRR discount. */
export function annualNetCashFlowsUsd(input: TokenInvestmentInput): number[] {
  return buildRows(checkInvestmentTerms(input), 1).rows.map((row) => row.netCashFlowUsd);
}

/**
 * Net present value of the annual cash flows, USD. Period 0 (the investment) is not discounted; period t is
 * discounted by (1 + discountRate)^t. A fractional last year is discounted as a full period, as Excel's NPV
 * would discount that row of TOKENCASHFLOWS.
 *
 * @param discountRate - annual rate as a decimal; greater than -1
 * @example tokenNpvUsd(0, { investmentUsd: 5e6, years: 3, tokensPerSecond: 720000, usdPerMillionTokens: 1.1 }) // 69,929,536
 */
export function tokenNpvUsd(discountRate: number, input: TokenInvestmentInput): number {
  const rate = checked(discountRate, "discountRate", RULES.discountRate);
  return npv(rate, annualNetCashFlowsUsd(input));
}

/**
 * Internal rate of return of the annual cash flows, as a decimal per year. See `irr` for the method.
 *
 * @example tokenIrr({ investmentUsd: 5e6, years: 3, tokensPerSecond: 720000, usdPerMillionTokens: 1.1 }) // { ok: true, value: 4.97 }
 */
export function tokenIrr(input: TokenInvestmentInput): Answer<number> {
  return irr(annualNetCashFlowsUsd(input));
}
