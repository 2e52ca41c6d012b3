/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- Each function
   reads Excel's positional arguments through `arguments` against its parameter list; the named parameters
   exist for Excel's metadata, where `any[][]` makes each a matrix of any values, so Excel hands a whole
   range (error cells included) to one call. */
/**
 * Token revenue and the return on an investment in tokens over a horizon: one engine (src/core/cashFlows)
 * behind six functions. Each is its JSDoc (Excel's help, shared parameter text from parameterHelp.ts) and one
 * call into src/core.
 */
import "./runtimeGuard";
import {
  type CashFlowSchedule,
  paybackMonths,
  roiMultiple,
  tokenCashFlowSchedule,
  tokenIrr,
  tokenNpvUsd,
  tokenRevenueUsd,
} from "../core";
import { excelNumbers, excelTable } from "./call";
import { INVESTMENT, signature } from "./parameters";

/** Header of the TOKENCASHFLOWS spill, with units. */
export const CASH_FLOW_HEADER = [
  "Period",
  "Million tokens",
  "Revenue (USD)",
  "Operating cost (USD)",
  "Net cash flow (USD)",
];

/** A schedule as the TOKENCASHFLOWS spill shows it: the header, then one row per period. */
function cashFlowTable(schedule: CashFlowSchedule): (string | number)[][] {
  const table: (string | number)[][] = [CASH_FLOW_HEADER.slice()];
  for (const row of schedule.rows) {
    table.push([
      row.period,
      row.millionTokens,
      row.revenueUsd,
      row.operatingCostUsd,
      row.netCashFlowUsd,
    ]);
  }
  return table;
}

const TOKENREVENUE = signature(
  "years",
  "tokensPerSecond",
  "usdPerMillionTokens",
  "utilization",
  "annualPriceChange",
  "annualThroughputGain"
);

/**
 * Returns the token revenue in USD over the years, on annual periods, with prices and throughput that may change each year. Any argument may be a range: the result spills one value per cell.
 * @customfunction TOKENREVENUE
 * @param years Horizon in years; fractions allowed (2.5). Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price at the start, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @returns USD of token revenue.
 */
export function tokenRevenue(
  years: any[][],
  tokensPerSecond: any[][],
  usdPerMillionTokens: any[][],
  utilization?: any[][],
  annualPriceChange?: any[][],
  annualThroughputGain?: any[][]
): any[][] {
  return excelNumbers(TOKENREVENUE, arguments, tokenRevenueUsd);
}

/**
 * Returns the return on investment as a multiple (15 = 15x): token revenue minus operating cost over the years, divided by the investment. Any argument may be a range: the result spills one value per cell.
 * @customfunction ROIMULTIPLE
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years; fractions allowed (2.5). Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price at the start, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0. With 0 the result is the gross multiple vendors quote.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @returns Multiple of the investment (a ratio, not a percent).
 */
export function roi(
  investmentUsd: any[][],
  years: any[][],
  tokensPerSecond: any[][],
  usdPerMillionTokens: any[][],
  utilization?: any[][],
  annualOperatingCostUsd?: any[][],
  annualPriceChange?: any[][],
  annualThroughputGain?: any[][]
): any[][] {
  return excelNumbers(INVESTMENT, arguments, roiMultiple);
}

/**
 * Returns the payback period in months: when cumulative net cash repays the investment, interpolated within the month; #N/A if not within the years. Any argument may be a range: the result spills one value per cell.
 * @customfunction PAYBACKMONTHS
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years; fractions allowed (2.5). Greater than 0, at most 100. Payback is searched within it.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price at the start, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0. Charged monthly.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0. Applied month by month.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0. Applied month by month.
 * @returns Months (fractional).
 */
export function payback(
  investmentUsd: any[][],
  years: any[][],
  tokensPerSecond: any[][],
  usdPerMillionTokens: any[][],
  utilization?: any[][],
  annualOperatingCostUsd?: any[][],
  annualPriceChange?: any[][],
  annualThroughputGain?: any[][]
): any[][] {
  return excelNumbers(INVESTMENT, arguments, paybackMonths);
}

const TOKENCASHFLOWS = signature(...INVESTMENT.names, "periodsPerYear");

/**
 * Returns a table (spills) with a header row: period, million tokens, revenue (USD), operating cost (USD), net cash flow (USD); period 0 is minus the investment. Feed the last column to Excel's NPV and IRR. Each argument takes one value, not a range.
 * @customfunction TOKENCASHFLOWS
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years; fractions allowed (2.5). Greater than 0, at most 100. A fractional last period counts its fraction of tokens and cost.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price at the start, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0. Split evenly over the periods.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @param [periodsPerYear] Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365). If omitted, 1.
 * @returns Table of USD and million tokens by period, header row first.
 */
export function tokenCashFlows(
  investmentUsd: any[][],
  years: any[][],
  tokensPerSecond: any[][],
  usdPerMillionTokens: any[][],
  utilization?: any[][],
  annualOperatingCostUsd?: any[][],
  annualPriceChange?: any[][],
  annualThroughputGain?: any[][],
  periodsPerYear?: any[][]
  // any[][]: the metadata generator maps only plain element types to a spilled matrix; the header row is text.
): any[][] {
  return excelTable(
    TOKENCASHFLOWS,
    arguments,
    (input) => cashFlowTable(tokenCashFlowSchedule(input, input.periodsPerYear)),
    "TOKENCASHFLOWS"
  );
}

const TOKENNPV = signature("discountRate", ...INVESTMENT.names);

/**
 * Returns the net present value in USD of the annual token cash flows; period 0 (the investment) is not discounted, year t is discounted by (1 + discountRate)^t. Equals Excel's -investment + NPV(rate, years 1..n). Any argument may be a range: the result spills one value per cell.
 * @customfunction TOKENNPV
 * @param discountRate Annual discount rate as a decimal (0.1 = 10%). Greater than -1.
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years; fractions allowed (2.5). Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price at the start, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @returns USD at time 0.
 */
export function tokenNpv(
  discountRate: any[][],
  investmentUsd: any[][],
  years: any[][],
  tokensPerSecond: any[][],
  usdPerMillionTokens: any[][],
  utilization?: any[][],
  annualOperatingCostUsd?: any[][],
  annualPriceChange?: any[][],
  annualThroughputGain?: any[][]
): any[][] {
  return excelNumbers(TOKENNPV, arguments, (input) => tokenNpvUsd(input.discountRate, input));
}

/**
 * Returns the internal rate of return of the annual token cash flows, as a decimal per year (0.25 = 25%). Finds the rate without a guess; #NUM! only when no rate solves. Any argument may be a range: the result spills one value per cell.
 * @customfunction TOKENIRR
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years; fractions allowed (2.5). Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price at the start, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @returns Rate per year as a decimal.
 */
export function tokenIrrRate(
  investmentUsd: any[][],
  years: any[][],
  tokensPerSecond: any[][],
  usdPerMillionTokens: any[][],
  utilization?: any[][],
  annualOperatingCostUsd?: any[][],
  annualPriceChange?: any[][],
  annualThroughputGain?: any[][]
): any[][] {
  return excelNumbers(INVESTMENT, arguments, tokenIrr, "#NUM!");
}
