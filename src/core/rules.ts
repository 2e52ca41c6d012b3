import type { Rule } from "./errors";

/**
 * The ranges every parameter is held to. Upper bounds are far beyond any real cluster; they exist so that
 * no combination of valid inputs can overflow to Infinity.
 */
/**
 * A numeric range, optionally whole numbers only. One class for every rule keeps the check monomorphic, so
 * the engine can inline it on the hot path of every custom function.
 */
class RangeRule implements Rule {
  constructor(
    readonly low: number,
    readonly lowInclusive: boolean,
    readonly high: number,
    readonly highInclusive: boolean,
    readonly text: string,
    readonly wholeNumbers = false
  ) {}

  test(x: number): boolean {
    return (
      (this.lowInclusive ? x >= this.low : x > this.low) &&
      (this.highInclusive ? x <= this.high : x < this.high) &&
      (!this.wholeNumbers || Number.isInteger(x))
    );
  }
}

const between = (
  low: number,
  lowInclusive: boolean,
  high: number,
  highInclusive: boolean,
  text: string
): Rule => new RangeRule(low, lowInclusive, high, highInclusive, text);

export const RULES = {
  /** Money amounts such as capex, investment, annual operating cost ceilings. */
  positiveUsd: between(0, false, 1e15, true, "greater than 0 and at most 1e15"),
  nonNegativeUsd: between(0, true, 1e15, true, "at least 0 and at most 1e15"),
  /** Prices in USD per million tokens, or USD per GPU-hour. */
  positivePrice: between(0, false, 1e9, true, "greater than 0 and at most 1e9"),
  nonNegativePrice: between(0, true, 1e9, true, "at least 0 and at most 1e9"),
  /** Throughput in tokens per second. */
  tokensPerSecond: between(0, false, 1e12, true, "greater than 0 and at most 1e12"),
  /** Power in kW per GPU. */
  powerKw: between(0, false, 1e4, true, "greater than 0 and at most 10000 kW"),
  /** Electricity price in USD per kWh. */
  usdPerKwh: between(0, true, 100, true, "at least 0 and at most 100 USD per kWh"),
  /** Power usage effectiveness: facility power ÷ IT power. */
  pue: between(1, true, 5, true, "at least 1 and at most 5"),
  /** Utilization of the cluster, a fraction of the hours in a year. */
  utilization: between(0, false, 1, true, "greater than 0 and at most 1"),
  /** A share of something, 0-1. */
  fraction: between(0, true, 1, true, "at least 0 and at most 1"),
  /** Gross margin as a fraction of price; 1 would need an infinite price. */
  grossMargin: between(0, true, 1, false, "at least 0 and less than 1"),
  /** Asset life in years. */
  lifeYears: between(0, false, 100, true, "greater than 0 and at most 100"),
  /** Horizon in years. */
  years: between(0, false, 100, true, "greater than 0 and at most 100"),
  /** Annual cost of capital or discount rate as a decimal (0.08 = 8%). */
  costOfCapital: between(0, true, 10, true, "at least 0 and at most 10 (1000%)"),
  discountRate: between(-1, false, 100, true, "greater than -1 and at most 100"),
  /** Annual growth or decline as a decimal: -0.9 is a 90% fall, 0.5 a 50% rise. */
  annualChange: between(
    -1,
    false,
    10,
    true,
    "greater than -1 (a 100% fall) and at most 10 (a 1000% rise)"
  ),
  /** Periods per year for the cash-flow table. */
  periodsPerYear: new RangeRule(
    1,
    true,
    365,
    true,
    "a whole number from 1 to 365 (1 = annual, 4 = quarterly, 12 = monthly)",
    true
  ),
  /** Tokens counted as one pricing unit. */
  tokensPerUnit: between(0, false, 1e12, true, "greater than 0 and at most 1e12"),
  /** Ratio of input tokens to output tokens in a traffic mix. */
  tokenRatio: between(0, true, 1e6, true, "at least 0 and at most 1e6"),
  /** GPUs added or in service in one period; fractions allowed (a share of a rack, a formula's result). */
  gpuCount: between(0, true, 1e9, true, "at least 0 and at most 1e9"),
  /**
   * A fleet's size: more than none (a fraction is a share of a node), at most a billion, so no valid fleet
   * can overflow a cost to Infinity.
   */
  fleetGpuCount: between(0, false, 1e9, true, "greater than 0 and at most 1e9"),
  /** Power in kW per GPU where 0 means "leave power out" (SCHEDULE's default). */
  nonNegativePowerKw: between(0, true, 1e4, true, "at least 0 and at most 10000 kW"),
  /** Periods from delivery to first production. Bounded by the longest row a period function reads. */
  commissioningPeriods: new RangeRule(
    0,
    true,
    100_000,
    true,
    "a whole number from 0 to 100000",
    true
  ),
  /** Periods a GPU produces before it retires. */
  lifePeriods: new RangeRule(1, true, 100_000, true, "a whole number from 1 to 100000", true),
  /** One value of a cash-flow row, USD: inflows positive, outflows negative. */
  cashFlowUsd: between(-1e15, true, 1e15, true, "at least -1e15 and at most 1e15"),
  /** A physical magnitude that must be positive: bandwidth, TFLOPS, capacity, parameters, tokens. */
  positiveQuantity: between(0, false, 1e12, true, "greater than 0 and at most 1e12"),
  /** A physical magnitude that may be 0: KV-cache elements of a layer kind the model lacks. */
  nonNegativeQuantity: between(0, true, 1e12, true, "at least 0 and at most 1e12"),
  /** Share of a roofline bound a serving stack reaches. */
  efficiency: between(0, false, 1, true, "greater than 0 and at most 1"),
  /** Output tokens per sequence per decode step: 1 without speculative decoding, more with it. */
  tokensPerDecodeStep: between(1, true, 100, true, "at least 1 and at most 100"),
  /** GPUs that together hold one copy of the model. */
  gpusPerReplica: new RangeRule(1, true, 1e6, true, "a whole number from 1 to 1000000", true),
  /** Trials of one simulation: capped because a simulation blocks the shared runtime while it runs. */
  trials: new RangeRule(2, true, 100_000, true, "a whole number from 2 to 100000", true),
  /** A simulation's seed: any 32-bit unsigned whole number. */
  seed: new RangeRule(0, true, 4294967295, true, "a whole number from 0 to 4294967295", true),
  /** Bins of a simulation's histogram. */
  histogramBins: new RangeRule(1, true, 1000, true, "a whole number from 1 to 1000", true),
  /** One entry of a correlation matrix. */
  correlation: between(-1, true, 1, true, "a number from -1 to 1"),
} as const satisfies Record<string, Rule>;
