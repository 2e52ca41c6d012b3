import { HOURS_PER_YEAR, SECONDS_PER_HOUR, TOKENS_PER_MILLION } from "./constants";
import { TokenomicsInputError, checkedOr } from "./errors";
import { RunningExactSum } from "./exactSum";
import { MESSAGES } from "./messages";
import {
  MAX_ROW_YEARS,
  PerPeriod,
  RowReading,
  isSingleValue,
  leadingRow,
  perPeriodNumbers,
} from "./periodRows";
import { RULES } from "./rules";

/**
 * A build-out schedule period by period: GPUs delivered, the GPUs that produce, their tokens and cash.
 * The engine behind GPUSINSERVICE, PERIODTOKENS and SCHEDULE. Period p runs 1..n, n being the length of the
 * first argument; field names are the Excel argument names. Each per-period field takes a single value for
 * every period or one value per period (see `PerPeriod`).
 */

/** GPUSINSERVICE's arguments. */
export interface GpusInServiceInput {
  /** GPUs delivered in each period; a blank cell is 0 GPUs. */
  readonly gpusAdded: PerPeriod;
  /** Whole periods from delivery to first production; 0 if omitted. */
  readonly commissioningPeriods?: number;
  /** Whole periods a GPU produces before it retires; no limit if omitted. */
  readonly lifePeriods?: number;
}

/** PERIODTOKENS's arguments. */
export interface PeriodTokensInput {
  /** GPUs producing in each period. */
  readonly gpusInService: PerPeriod;
  /** Tokens per second one GPU produces at full utilization. */
  readonly tokensPerSecondPerGpu: PerPeriod;
  /** Share of the period the GPUs serve at that rate, 0-1; 1 if omitted. */
  readonly utilization?: PerPeriod;
  /** 1 (annual) to 365; 4 (quarterly) if omitted. */
  readonly periodsPerYear?: number;
  /** Yearly throughput gain from software, as a decimal; 0 if omitted. */
  readonly annualThroughputGain?: number;
}

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

/** SCHEDULE's default periods per year: quarterly, as capex workbooks mostly are. */
const DEFAULT_PERIODS_PER_YEAR = 4;

const GPUS_ADDED: RowReading = {
  parameter: "gpusAdded",
  rule: RULES.gpuCount,
  blank: 0,
  firstPeriod: 1,
};
const GPUS_IN_SERVICE: RowReading = { ...GPUS_ADDED, parameter: "gpusInService", blank: 0 };
const TOKENS_PER_SECOND: RowReading = {
  parameter: "tokensPerSecondPerGpu",
  rule: RULES.tokensPerSecond,
  firstPeriod: 1,
};
// Nothing divides by utilization here, so a period may be idle (0), as at the foot of a ramp.
const UTILIZATION: RowReading = {
  parameter: "utilization",
  rule: RULES.fraction,
  blank: 1,
  firstPeriod: 1,
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
 * GPUs producing in each period of a build-out: each period's deliveries start after the commissioning lag
 * and retire after their life.
 *
 * Formula: inService[p] = Σ gpusAdded[q] over q + commissioningPeriods ≤ p < q + commissioningPeriods + lifePeriods
 *
 * @param input.gpusAdded - GPUs delivered per period, each at least 0 (fractions allowed); a blank cell is 0
 * @param input.commissioningPeriods - whole number, 0 to 100,000; 0 if omitted
 * @param input.lifePeriods - whole number, 1 to 100,000; no retirement if omitted
 * @returns GPUs in service, one number per period of gpusAdded
 * @example gpusInService({ gpusAdded: [8, 0, 4, 0, 0], commissioningPeriods: 1, lifePeriods: 3 }) // [0, 8, 8, 12, 4] (the 8 retire after period 4)
 */
export function gpusInService(input: GpusInServiceInput): number[] {
  const added = leadingRow(input.gpusAdded, GPUS_ADDED);
  const lag = checkedOr(
    input.commissioningPeriods,
    0,
    "commissioningPeriods",
    RULES.commissioningPeriods
  );
  const life = checkedOr(input.lifePeriods, Infinity, "lifePeriods", RULES.lifePeriods);
  return inServiceFromChecked(added, lag, life);
}

/** GPUs in service from checked deliveries: every period's deliveries enter at +lag and leave at +lag+life. */
function inServiceFromChecked(added: readonly number[], lag: number, life: number): number[] {
  const periods = added.length;
  // Entries and exits per period, then a running sum. Whole GPU counts sum exactly in doubles (every total
  // is below 2^53); fractional ones go through an exact sum, so GPUs that enter and leave again cancel to
  // exactly 0, not to a residue of 1e-13 GPUs.
  const change = new Array<number>(periods).fill(0);
  for (let q = 0; q < periods; q++) {
    const count = added[q] as number;
    if (count === 0) continue;
    if (!Number.isInteger(count)) return exactInService(added, lag, life);
    const start = q + lag;
    const end = start + life;
    if (start < periods) change[start] = (change[start] as number) + count;
    if (end < periods) change[end] = (change[end] as number) - count;
  }
  return plainRunningSums(change);
}

function plainRunningSums(change: number[]): number[] {
  let sum = 0;
  for (let p = 0; p < change.length; p++) {
    sum += change[p] as number;
    change[p] = sum;
  }
  return change;
}

function exactInService(added: readonly number[], lag: number, life: number): number[] {
  const periods = added.length;
  const entering: number[][] = Array.from({ length: periods }, () => []);
  for (let q = 0; q < periods; q++) {
    const count = added[q] as number;
    if (q + lag < periods) (entering[q + lag] as number[]).push(count);
    if (q + lag + life < periods) (entering[q + lag + life] as number[]).push(-count);
  }
  const inService = new Array<number>(periods);
  const running = new RunningExactSum();
  for (let p = 0; p < periods; p++) {
    for (const step of entering[p] as number[]) running.add(step);
    inService[p] = running.rounded();
  }
  return inService;
}

/**
 * (1 + annualChange)^(i / periodsPerYear) for i = 0..periods−1, as a whole year's factor times a factor
 * within the year: the years by repeated multiplication, the fractions by exp(log1p(change) × j /
 * periodsPerYear), whose argument is at most log1p(change) in size. Math.pow once a period costs as much
 * as the rest of a schedule; this stays within about 60 units in the last place of it over the longest
 * schedule (100 years).
 */
function growthFactors(annualChange: number, periods: number, periodsPerYear: number): number[] {
  const factors = new Array<number>(periods);
  if (annualChange === 0) return factors.fill(1);
  const base = 1 + annualChange;
  const logBase = Math.log1p(annualChange);
  const withinYear = new Array<number>(Math.min(periods, periodsPerYear));
  withinYear[0] = 1;
  for (let j = 1; j < withinYear.length; j++) {
    withinYear[j] = Math.exp((logBase * j) / periodsPerYear);
  }
  let yearFactor = 1;
  for (let i = 0; i < periods; yearFactor *= base) {
    for (let j = 0; j < periodsPerYear && i < periods; j++, i++) {
      factors[i] = yearFactor * (withinYear[j] as number);
    }
  }
  return factors;
}

/**
 * Million tokens produced in each period by the GPUs in service.
 *
 * Formula: millionTokens[p] = inService[p] × tps[p] × util[p] × (8760 / periodsPerYear) × 3600 / 1e6 × (1 + annualThroughputGain)^((p − 1) / periodsPerYear)
 *
 * @param input.gpusInService - GPUs producing per period, each at least 0; its length sets the periods
 * @param input.tokensPerSecondPerGpu - greater than 0; one value or one per period
 * @param input.utilization - 0 to 1; one value or one per period; 1 if omitted
 * @param input.periodsPerYear - whole number, 1 to 365; 4 if omitted; the periods may span at most 100 years
 * @param input.annualThroughputGain - greater than -1, at most 10; 0 if omitted
 * @returns million tokens, one number per period
 * @example periodMillionTokens({ gpusInService: [0, 10, 10], tokensPerSecondPerGpu: 1000, utilization: [1, 0.5, 1] }) // [0, 39420, 78840]
 */
export function periodMillionTokens(input: PeriodTokensInput): number[] {
  const inService = leadingRow(input.gpusInService, GPUS_IN_SERVICE);
  const periods = inService.length;
  const tps = perPeriodNumbers(
    input.tokensPerSecondPerGpu,
    TOKENS_PER_SECOND,
    periods,
    "gpusInService"
  );
  const utilization = perPeriodNumbers(input.utilization, UTILIZATION, periods, "gpusInService");
  const periodsPerYear = checkedPeriodsPerYear(input.periodsPerYear, periods, "gpusInService");
  const gain = checkedOr(input.annualThroughputGain, 0, "annualThroughputGain", RULES.annualChange);
  return millionTokensFromChecked(inService, tps, utilization, periodsPerYear, gain);
}

function millionTokensFromChecked(
  inService: readonly number[],
  tps: readonly number[],
  utilization: readonly number[],
  periodsPerYear: number,
  gain: number
): number[] {
  const millionTokensPerTokenPerSecond =
    ((HOURS_PER_YEAR / periodsPerYear) * SECONDS_PER_HOUR) / TOKENS_PER_MILLION;
  const growth = growthFactors(gain, inService.length, periodsPerYear);
  const tokens = new Array<number>(inService.length);
  for (let i = 0; i < inService.length; i++) {
    tokens[i] =
      (inService[i] as number) *
      (tps[i] as number) *
      (utilization[i] as number) *
      millionTokensPerTokenPerSecond *
      (growth[i] as number);
  }
  return tokens;
}

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
  const lag = checkedOr(
    input.commissioningPeriods,
    0,
    "commissioningPeriods",
    RULES.commissioningPeriods
  );
  const life = checkedOr(input.lifePeriods, Infinity, "lifePeriods", RULES.lifePeriods);
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

/** periodsPerYear checked, and the schedule's span held to MAX_ROW_YEARS so compounded growth stays finite. */
function checkedPeriodsPerYear(
  value: number | undefined,
  periods: number,
  lengthOf: string
): number {
  const periodsPerYear = checkedOr(
    value,
    DEFAULT_PERIODS_PER_YEAR,
    "periodsPerYear",
    RULES.periodsPerYear
  );
  if (periods > MAX_ROW_YEARS * periodsPerYear) {
    throw new TokenomicsInputError(
      "outOfRange",
      lengthOf,
      MESSAGES.horizonTooLong(lengthOf, periods, periodsPerYear, MAX_ROW_YEARS)
    );
  }
  return periodsPerYear;
}
