/**
 * The investment measures for a simulation's inner loop: the same arithmetic as the cash-flow engine
 * (src/core/cashFlows.ts, buildRows and the measures over it), operation for operation, so every result
 * is bit-identical to ROIMULTIPLE, TOKENNPV, TOKENIRR and PAYBACKMONTHS, but into a reused buffer with no
 * row objects. Terms that break a rule are not handled here: the caller then runs the engine itself, which
 * throws its usual error. test/core/decide/fastCashFlows.test.ts holds the two equal on random inputs.
 */
import { type Answer } from "../answer";
import { MAX_SCHEDULE_PERIODS, SECONDS_PER_YEAR, TOKENS_PER_MILLION } from "../constants";
import { RunningExactSum } from "../exactSum";
import { irr, npv } from "../finance";
import { RULES } from "../rules";

/** Checked engine terms; fields as TokenInvestmentInput with defaults applied. */
export interface FastTerms {
  investmentUsd: number;
  years: number;
  tokensPerSecond: number;
  usdPerMillionTokens: number;
  utilization: number;
  annualOperatingCostUsd: number;
  annualPriceChange: number;
  annualThroughputGain: number;
}

/** Whether the terms pass the engine's checks (checkInvestmentTerms). */
export function termsValid(t: FastTerms): boolean {
  return (
    RULES.positiveUsd.test(t.investmentUsd) &&
    RULES.years.test(t.years) &&
    RULES.tokensPerSecond.test(t.tokensPerSecond) &&
    RULES.positivePrice.test(t.usdPerMillionTokens) &&
    RULES.utilization.test(t.utilization) &&
    RULES.annualChange.test(t.annualPriceChange) &&
    RULES.annualChange.test(t.annualThroughputGain) &&
    RULES.nonNegativeUsd.test(t.annualOperatingCostUsd)
  );
}

/**
 * The growth factors base^((period − 1) / periodsPerYear) of one schedule, kept while the base and the
 * schedule stay the same: SOLVEFOR and TORNADO vary one input at a time, so most fills reuse both columns
 * and skip their Math.pow calls (the factors are the very values those calls return).
 */
class GrowthFactors {
  base = NaN;
  periodsPerYear = 0;
  count = 0;
  readonly factors: number[] = [];

  of(base: number, periodsPerYear: number, count: number): number[] {
    if (base !== this.base || periodsPerYear !== this.periodsPerYear || count !== this.count) {
      const factors = this.factors;
      factors.length = count + 1;
      for (let period = 1; period <= count; period++) {
        factors[period] = Math.pow(base, (period - 1) / periodsPerYear);
      }
      this.base = base;
      this.periodsPerYear = periodsPerYear;
      this.count = count;
    }
    return this.factors;
  }
}

/** A reusable buffer of net cash flows; `flows[0]` is −investment, `count` operating periods follow. */
export class FlowBuffer {
  flows: number[] = [];
  count = 0;
  lastFraction = 1;
  private readonly throughputGrowth = new GrowthFactors();
  private readonly priceGrowth = new GrowthFactors();

  /**
   * Fills the buffer with the net flows of buildRows(terms, periodsPerYear). Returns false (and fills
   * nothing) when the schedule would be longer than the engine allows: the engine then throws.
   */
  fill(t: FastTerms, periodsPerYear: number): boolean {
    const exact = t.years * periodsPerYear;
    const count = Math.max(1, Math.ceil(exact - 1e-9 * Math.max(1, exact)));
    if (count > MAX_SCHEDULE_PERIODS) return false;
    const lastFraction = Math.min(1, Math.max(0, exact - (count - 1)));
    this.lastFraction = lastFraction === 0 ? 1 : lastFraction;
    this.count = count;
    const fullPeriodMillionTokens =
      (t.tokensPerSecond * t.utilization * SECONDS_PER_YEAR) / periodsPerYear / TOKENS_PER_MILLION;
    const fullPeriodCostUsd = t.annualOperatingCostUsd / periodsPerYear;
    // The engine's Math.pow(1 + gain, yearsElapsed) and Math.pow(1 + change, yearsElapsed), period by period.
    const throughputFactors = this.throughputGrowth.of(
      1 + t.annualThroughputGain,
      periodsPerYear,
      count
    );
    const priceFactors = this.priceGrowth.of(1 + t.annualPriceChange, periodsPerYear, count);
    const flows = this.flows;
    if (flows.length !== count + 1) flows.length = count + 1;
    flows[0] = -t.investmentUsd;
    const usdPerMillionTokens = t.usdPerMillionTokens;
    // Full periods: the engine's fraction of 1 multiplies exactly, so it is left out.
    for (let period = 1; period < count; period++) {
      const millionTokens = fullPeriodMillionTokens * (throughputFactors[period] as number);
      const revenueUsd = millionTokens * usdPerMillionTokens * (priceFactors[period] as number);
      flows[period] = revenueUsd - fullPeriodCostUsd;
    }
    const fraction = this.lastFraction;
    const millionTokens = fullPeriodMillionTokens * fraction * (throughputFactors[count] as number);
    const revenueUsd = millionTokens * usdPerMillionTokens * (priceFactors[count] as number);
    flows[count] = revenueUsd - fullPeriodCostUsd * fraction;
    return true;
  }

  /** ROIMULTIPLE of the filled annual flows. */
  roiMultiple(investmentUsd: number): number {
    const sum = new RunningExactSum();
    for (let i = 1; i <= this.count; i++) sum.add(this.flows[i] as number);
    return sum.rounded() / investmentUsd;
  }

  /** TOKENNPV of the filled annual flows. */
  npvUsd(rate: number): number {
    return npv(rate, this.flows);
  }

  /** TOKENIRR of the filled annual flows. */
  irr(): Answer<number> {
    return irr(this.flows);
  }

  /** PAYBACKMONTHS of the filled monthly flows (as the engine's compensated running balance); NaN if never. */
  paybackMonths(investmentUsd: number): number {
    let balance = -investmentUsd;
    let compensation = 0;
    let monthsElapsed = 0;
    const flows = this.flows;
    for (let i = 1; i <= this.count; i++) {
      const net = flows[i] as number;
      const monthLength = i === this.count ? this.lastFraction : 1;
      const sum = balance + net;
      const nextCompensation =
        compensation +
        (Math.abs(balance) >= Math.abs(net) ? balance - sum + net : net - sum + balance);
      if (sum + nextCompensation >= 0 && net > 0) {
        const shortfall = -(balance + compensation);
        return monthsElapsed + (shortfall / net) * monthLength;
      }
      balance = sum;
      compensation = nextCompensation;
      monthsElapsed += monthLength;
    }
    return NaN;
  }
}
