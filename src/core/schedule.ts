import { HOURS_PER_YEAR } from "./constants";
import { TokenomicsInputError, checkedOr } from "./errors";
import { RunningExactSum } from "./exactSum";
import { MESSAGES } from "./messages";
import type { PerPeriod, RowReading } from "./periodRows";
import { isSingleValue, leadingRow, perPeriodNumbers } from "./periodRows";
import type { GpusInServiceInput } from "./periods";
import {
  GPUS_ADDED,
  TOKENS_PER_SECOND,
  UTILIZATION,
  checkedLagAndLife,
  checkedPeriodsPerYear,
  growthFactors,
  inServiceFromChecked,
  millionTokensFromChecked,
} from "./periods";
import { RULES } from "./rules";

/**
 * SCHEDULE: a build-out's block of lines under the workbook's own period columns, from deliveries to
 * cumulative net cash. GPUs in service and tokens come from periods.ts, as GPUSINSERVICE and PERIODTOKENS
 * compute them; field names are the Excel argument names.
 */

/** SCHEDULE's arguments. */
export interface ScheduleInput extends GpusInServiceInput {
  readonly tokensPerSecondPerGpu: PerPeriod;
  /** Token price in each period before annualPriceChange, USD per million tokens. */
  readonly usdPerMillionTokens: PerPeriod;
  readonly utilization?: PerPeriod;
  readonly periodsPerYear?: number;
  /** Capital spent in each period, USD: one value per period, or omitted (0). */
  readonly capexUsd?: PerPeriod;
  /** All-in power per GPU in service, kW; 0 (power left out) if omitted. */
  readonly powerKwPerGpu?: PerPeriod;
  /** Electricity price, USD per kWh; 0 if omitted. */
  readonly usdPerKwh?: PerPeriod;
  /** Power usage effectiveness, 1-5; 1 if omitted. */
  readonly pue?: PerPeriod;
  /** Other operating cost per GPU in service per year, USD; 0 if omitted. */
  readonly opexPerGpuYear?: PerPeriod;
  /** Yearly change in token price, as a decimal; 0 if omitted. */
  readonly annualPriceChange?: number;
  readonly annualThroughputGain?: number;
}

/** SCHEDULE's lines in their order, each with its label (units in brackets) for SCHEDULELABELS. */
export const SCHEDULE_LINES = [
  { key: "gpusInService", label: "GPUs in service" },
  { key: "millionTokens", label: "Million tokens" },
  { key: "revenueUsd", label: "Revenue (USD)" },
  { key: "powerUsd", label: "Power (USD)" },
  { key: "otherOperatingCostUsd", label: "Other operating cost (USD)" },
  { key: "capexUsd", label: "Capex (USD)" },
  { key: "netCashFlowUsd", label: "Net cash flow (USD)" },
  { key: "cumulativeNetCashUsd", label: "Cumulative net cash (USD)" },
] as const;

/** One number per period for each SCHEDULE line. */
export type ScheduleLines = {
  readonly [Line in (typeof SCHEDULE_LINES)[number]["key"]]: readonly number[];
};

const PRICE: RowReading = {
  parameter: "usdPerMillionTokens",
  rule: RULES.positivePrice,
  firstPeriod: 1,
};
const CAPEX: RowReading = {
  parameter: "capexUsd",
  rule: RULES.nonNegativeUsd,
  blank: 0,
  firstPeriod: 1,
};
const POWER: RowReading = {
  parameter: "powerKwPerGpu",
  rule: RULES.nonNegativePowerKw,
  blank: 0,
  firstPeriod: 1,
};
const ELECTRICITY_PRICE: RowReading = {
  parameter: "usdPerKwh",
  rule: RULES.usdPerKwh,
  blank: 0,
  firstPeriod: 1,
};
const PUE: RowReading = { parameter: "pue", rule: RULES.pue, blank: 1, firstPeriod: 1 };
const OPEX: RowReading = {
  parameter: "opexPerGpuYear",
  rule: RULES.nonNegativeUsd,
  blank: 0,
  firstPeriod: 1,
};

/**
 * A build-out's schedule, one line per quantity and one number per period: GPUs in service, million
 * tokens, revenue, power, other operating cost, capex, net cash flow and cumulative net cash (USD).
 * Period 1 is the first period of operation, a full period after time 0: see `cashFlowNpv` for
 * discounting it the way TOKENNPV does.
 *
 * Formula: with h = 8760 / periodsPerYear and t = (p − 1) / periodsPerYear, gpusInService as `gpusInService`,
 * millionTokens as `periodMillionTokens`, revenue = millionTokens × price[p] × (1 + annualPriceChange)^t,
 * power = inService × kW[p] × pue[p] × h × usdPerKwh[p], other = inService × opexPerGpuYear[p] / periodsPerYear,
 * net = revenue − power − other − capex[p], cumulative = Σ net over periods 1..p (summed exactly, rounded once)
 *
 * @param input.gpusAdded - GPUs delivered per period, each at least 0; a blank cell is 0; its length sets the periods
 * @param input.tokensPerSecondPerGpu - greater than 0; one value or one per period
 * @param input.usdPerMillionTokens - greater than 0, at most 1e9; one value or one per period
 * @param input.capexUsd - one value per period, each at least 0, or omitted; a single non-zero value is an error
 * @param input.periodsPerYear - whole number, 1 to 365; 4 if omitted; the periods may span at most 100 years
 * @returns the eight lines, keyed as in SCHEDULE_LINES
 * @example scheduleLines({ gpusAdded: [10, 0], tokensPerSecondPerGpu: 1000, usdPerMillionTokens: 2, capexUsd: [50000, 0] }).cumulativeNetCashUsd // [107680, 265360]
 */
export function scheduleLines(input: ScheduleInput): ScheduleLines {
  // Read in argument order, so the first message names the first bad argument the user typed.
  const added = leadingRow(input.gpusAdded, GPUS_ADDED);
  const periods = added.length;
  const per = (value: PerPeriod, reading: RowReading): number[] =>
    perPeriodNumbers(value, reading, periods, "gpusAdded");
  const tps = per(input.tokensPerSecondPerGpu, TOKENS_PER_SECOND);
  const price = per(input.usdPerMillionTokens, PRICE);
  const utilization = per(input.utilization, UTILIZATION);
  const periodsPerYear = checkedPeriodsPerYear(input.periodsPerYear, periods, "gpusAdded");
  const capex = per(input.capexUsd, CAPEX);
  if (periods > 1 && isSingleValue(input.capexUsd, periods) && capex[0] !== 0) {
    throw new TokenomicsInputError(
      "outOfRange",
      "capexUsd",
      MESSAGES.capexNotPerPeriod("capexUsd")
    );
  }
  const powerKw = per(input.powerKwPerGpu, POWER);
  const usdPerKwh = per(input.usdPerKwh, ELECTRICITY_PRICE);
  const pue = per(input.pue, PUE);
  const opex = per(input.opexPerGpuYear, OPEX);
  const { lag, life } = checkedLagAndLife(input);
  const priceChange = checkedOr(
    input.annualPriceChange,
    0,
    "annualPriceChange",
    RULES.annualChange
  );
  const gain = checkedOr(input.annualThroughputGain, 0, "annualThroughputGain", RULES.annualChange);

  const inService = inServiceFromChecked(added, lag, life);
  const millionTokens = millionTokensFromChecked(inService, tps, utilization, periodsPerYear, gain);
  const hoursPerPeriod = HOURS_PER_YEAR / periodsPerYear;
  const priceGrowth = growthFactors(priceChange, periods, periodsPerYear);
  const revenueUsd = new Array<number>(periods);
  const powerUsd = new Array<number>(periods);
  const otherOperatingCostUsd = new Array<number>(periods);
  const netCashFlowUsd = new Array<number>(periods);
  const cumulativeNetCashUsd = new Array<number>(periods);
  const cumulative = new RunningExactSum();
  for (let i = 0; i < periods; i++) {
    const gpus = inService[i] as number;
    const revenue =
      (millionTokens[i] as number) * (price[i] as number) * (priceGrowth[i] as number);
    const power =
      gpus *
      (powerKw[i] as number) *
      (pue[i] as number) *
      hoursPerPeriod *
      (usdPerKwh[i] as number);
    const other = (gpus * (opex[i] as number)) / periodsPerYear;
    const net = revenue - power - other - (capex[i] as number);
    revenueUsd[i] = revenue;
    powerUsd[i] = power;
    otherOperatingCostUsd[i] = other;
    netCashFlowUsd[i] = net;
    cumulative.add(net);
    cumulativeNetCashUsd[i] = cumulative.rounded();
  }
  return {
    gpusInService: inService,
    millionTokens,
    revenueUsd,
    powerUsd,
    otherOperatingCostUsd,
    capexUsd: capex,
    netCashFlowUsd,
    cumulativeNetCashUsd,
  };
}
