import { HOURS_PER_YEAR, SECONDS_PER_HOUR, TOKENS_PER_MILLION } from "./constants";
import { TokenomicsInputError, checkedOr } from "./errors";
import { RunningExactSum } from "./exactSum";
import { MESSAGES } from "./messages";
import type { PerPeriod, RowReading } from "./periodRows";
import { MAX_ROW_YEARS, leadingRow, perPeriodNumbers } from "./periodRows";
import { RULES } from "./rules";

/**
 * A build-out schedule period by period: GPUs delivered, the GPUs that produce and their tokens. The
 * engine behind GPUSINSERVICE and PERIODTOKENS, and the parts of SCHEDULE (schedule.ts) they share. Period p runs 1..n, n being the length of the
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

/** The default periods per year: quarterly, as capex workbooks mostly are. */
const DEFAULT_PERIODS_PER_YEAR = 4;

// How each per-period argument is read; SCHEDULE (schedule.ts) reads its first three the same way.
export const GPUS_ADDED: RowReading = {
  parameter: "gpusAdded",
  rule: RULES.gpuCount,
  blank: 0,
  firstPeriod: 1,
};
const GPUS_IN_SERVICE: RowReading = { ...GPUS_ADDED, parameter: "gpusInService", blank: 0 };
export const TOKENS_PER_SECOND: RowReading = {
  parameter: "tokensPerSecondPerGpu",
  rule: RULES.tokensPerSecond,
  firstPeriod: 1,
};
// Nothing divides by utilization here, so a period may be idle (0), as at the foot of a ramp.
export const UTILIZATION: RowReading = {
  parameter: "utilization",
  rule: RULES.fraction,
  blank: 1,
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
  const { lag, life } = checkedLagAndLife(input);
  return inServiceFromChecked(added, lag, life);
}

/** The commissioning lag (0 if omitted) and service life (unlimited if omitted) of a build-out, in periods. */
export function checkedLagAndLife(input: GpusInServiceInput): { lag: number; life: number } {
  return {
    lag: checkedOr(
      input.commissioningPeriods,
      0,
      "commissioningPeriods",
      RULES.commissioningPeriods
    ),
    life: checkedOr(input.lifePeriods, Infinity, "lifePeriods", RULES.lifePeriods),
  };
}

/** GPUs in service from checked deliveries: every period's deliveries enter at +lag and leave at +lag+life. */
export function inServiceFromChecked(
  added: readonly number[],
  lag: number,
  life: number
): number[] {
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
export function growthFactors(
  annualChange: number,
  periods: number,
  periodsPerYear: number
): number[] {
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

/** Million tokens per period from checked per-period numbers: PERIODTOKENS's formula, SCHEDULE's tokens line. */
export function millionTokensFromChecked(
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

/** periodsPerYear checked, and the schedule's span held to MAX_ROW_YEARS so compounded growth stays finite. */
export function checkedPeriodsPerYear(
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
