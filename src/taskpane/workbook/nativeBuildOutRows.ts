/**
 * What the native-formula build-out sheet (nativeBuildOut.ts) needs besides its layout: the plan it lays
 * out (quarters, deliveries, commissioning lag, time-0 cash), the checks its InputCheck cell makes, and
 * every figure as the core computes it (SCHEDULE's lines and CASHFLOWNPV, CASHFLOWIRR and CASHFLOWPAYBACK
 * on the net row): the cells' cached results, never computed by evaluating the sheet's formulas.
 */
import { RULES, cashFlowIrr, cashFlowNpv, cashFlowPaybackMonths, scheduleLines } from "../../core";
import type { Rule, ScheduleLines } from "../../core";
import type { CalculatorInputs } from "../model/inputs";
import {
  DEFAULT_COMMISSIONING_QUARTERS,
  MAX_QUARTERS,
  PERIODS_PER_YEAR,
  defaultDeliveries,
  quarterCount,
} from "./buildOutRows";
import type { Bound } from "./nativeRows";
import { boundCondition, excelNumber } from "./nativeRows";

/** The quarters the sheet lays out: the build-out sheet's longest horizon, ten years. */
export const NATIVE_BUILDOUT_QUARTERS = MAX_QUARTERS;

/** Hours in a quarter: 8,760 ÷ 4, as SCHEDULE counts a period's hours. */
export const HOURS_PER_QUARTER = 8760 / PERIODS_PER_YEAR;

/** What the build-out adds to the calculator's inputs: the deliveries and their timing. */
export interface BuildOutPlan {
  /** GPUs delivered in quarters 1, 2, …; missing quarters deliver none; at most NATIVE_BUILDOUT_QUARTERS. */
  readonly deliveries: readonly number[];
  /** Whole quarters from delivery to first service. */
  readonly commissioningQuarters: number;
  /** Cash at time 0 (before Q1), USD: an up-front payment as a negative number; 0 by default. */
  readonly time0CashUsd: number;
}

/** The build-out sheet's plan for the calculator's inputs: its GPUs phased over the first year, a quarter's lag. */
export function defaultBuildOutPlan(inputs: CalculatorInputs): BuildOutPlan {
  return {
    deliveries: defaultDeliveries(inputs.gpuCount, quarterCount(inputs.years)),
    commissioningQuarters: DEFAULT_COMMISSIONING_QUARTERS,
    time0CashUsd: 0,
  };
}

const WHOLE_QUARTERS: Rule = {
  test: (value) => Number.isInteger(value) && value >= 1 && value <= NATIVE_BUILDOUT_QUARTERS,
  text: `a whole number from 1 to ${NATIVE_BUILDOUT_QUARTERS} (the sheet's quarter table)`,
};

/**
 * One test of the check cell: a name (an input, a derived figure, or "GPUs delivered" for the whole
 * deliveries column), Excel's condition for it, and the same test in TypeScript for the cached result.
 */
export interface BuildOutCheck {
  readonly name: string;
  readonly condition: string;
  /** In words, shown beside the input. */
  readonly text: string;
  readonly test: (figures: BuildOutFigures) => boolean;
}

/** The numbers the checks read: the named cells by name, and the deliveries in the table. */
export interface BuildOutFigures {
  readonly named: Readonly<Record<string, number>>;
  readonly deliveries: readonly number[];
}

const fromBound = (b: Bound, whole = false): BuildOutCheck => ({
  name: b.name,
  condition: whole ? `AND(${boundCondition(b)},${b.name}=INT(${b.name}))` : boundCondition(b),
  text: b.text,
  test: ({ named }) => {
    const value = named[b.name];
    return value !== undefined && Number.isFinite(value) && b.rule.test(value);
  },
});

const bound = (
  name: string,
  rule: Rule,
  low: number,
  lowInclusive: boolean,
  high: number,
  highInclusive: boolean
): Bound => ({ name, low, lowInclusive, high, highInclusive, text: rule.text, rule });

/** The name the check cell gives the deliveries column. */
export const DELIVERIES_CHECK_NAME = "GPUs delivered";

/**
 * Every check in the order the check cell makes them: the inputs, the deliveries column, then the derived
 * figures SCHEDULE holds to its own rules (life in quarters, each quarter's capex and price).
 */
export function buildOutChecks(ranges: {
  readonly deliveries: string;
  readonly capex: string;
  readonly price: string;
}): BuildOutCheck[] {
  const gpuRule = RULES.gpuCount;
  const billion = excelNumber(1e9);
  return [
    fromBound(bound("Quarters", WHOLE_QUARTERS, 1, true, NATIVE_BUILDOUT_QUARTERS, true), true),
    fromBound(bound("TokensPerSecondPerGpu", RULES.tokensPerSecond, 0, false, 1e12, true)),
    fromBound(bound("Utilization", RULES.fraction, 0, true, 1, true)),
    fromBound(bound("UsdPerMillionTokens", RULES.positivePrice, 0, false, 1e9, true)),
    fromBound(bound("AnnualPriceChange", RULES.annualChange, -1, false, 10, true)),
    fromBound(bound("AnnualThroughputGain", RULES.annualChange, -1, false, 10, true)),
    fromBound(bound("CapexPerGpu", RULES.nonNegativeUsd, 0, true, 1e15, true)),
    fromBound(bound("LifeYears", RULES.lifeYears, 0, false, 100, true)),
    fromBound(bound("PowerKwPerGpu", RULES.nonNegativePowerKw, 0, true, 1e4, true)),
    fromBound(bound("UsdPerKwh", RULES.usdPerKwh, 0, true, 100, true)),
    fromBound(bound("Pue", RULES.pue, 1, true, 5, true)),
    fromBound(bound("OpexPerGpuYear", RULES.nonNegativeUsd, 0, true, 1e15, true)),
    fromBound(bound("DiscountRate", RULES.discountRate, -1, false, 100, true)),
    fromBound(
      bound("CommissioningQuarters", RULES.commissioningPeriods, 0, true, 100_000, true),
      true
    ),
    fromBound(bound("Time0CashUsd", RULES.cashFlowUsd, -1e15, true, 1e15, true)),
    {
      name: DELIVERIES_CHECK_NAME,
      // Numbers or blanks (a blank is 0 GPUs, as in SCHEDULE), each within GPUs' bounds.
      condition:
        `AND(COUNT(${ranges.deliveries})+COUNTBLANK(${ranges.deliveries})=${NATIVE_BUILDOUT_QUARTERS},` +
        `COUNTIF(${ranges.deliveries},"<0")=0,COUNTIF(${ranges.deliveries},">${billion}")=0)`,
      text: `each ${gpuRule.text}; a blank cell is 0`,
      test: ({ deliveries }) => deliveries.every((gpus) => gpuRule.test(gpus)),
    },
    fromBound(bound("LifeQuarters", RULES.lifePeriods, 1, true, 100_000, true), true),
    {
      name: "Capex row",
      condition: `COUNTIF(${ranges.capex},">${excelNumber(1e15)}")=0`,
      text: "each quarter's capex at most 1e15 USD",
      test: ({ named, deliveries }) =>
        deliveries.every((gpus) => gpus * (named.CapexPerGpu ?? NaN) <= 1e15),
    },
    {
      name: "Token price row",
      condition: `COUNTIF(${ranges.price},">${billion}")=0`,
      text: "each quarter's price at most 1e9 USD per million tokens",
      test: ({ named }) =>
        quarterPrices(named, NATIVE_BUILDOUT_QUARTERS).every((price) => price <= 1e9),
    },
  ];
}

/** The message the check cell shows for the first check that fails. */
export function outsideText(name: string): string {
  return `Input outside supported bounds: ${name}`;
}

/** The check cell: "OK", or the first failing check by name, by nested IFs. */
export function buildOutCheckFormula(checks: readonly BuildOutCheck[]): string {
  const formula = checks.reduceRight(
    (otherwise, check) => `IF(${check.condition},${otherwise},"${outsideText(check.name)}")`,
    '"OK"'
  );
  return `=${formula}`;
}

/** The check cell's value, computed in TypeScript. */
export function buildOutCheckResult(
  checks: readonly BuildOutCheck[],
  figures: BuildOutFigures
): string {
  const failing = checks.find((check) => !check.test(figures));
  return failing === undefined ? "OK" : outsideText(failing.name);
}

/** Each quarter's price as the sheet's price row computes it: the Q1 price grown at the annual change. */
export function quarterPrices(named: Readonly<Record<string, number>>, quarters: number): number[] {
  const price = named.UsdPerMillionTokens ?? NaN;
  const change = named.AnnualPriceChange ?? NaN;
  return Array.from(
    { length: quarters },
    (_, i) => price * Math.pow(1 + change, i / PERIODS_PER_YEAR)
  );
}

/** The sheet's named inputs and derived cells (LifeQuarters) for a calculator state and plan. */
export function buildOutNamedValues(
  inputs: CalculatorInputs,
  tokensPerSecondPerGpu: number,
  plan: BuildOutPlan
): Record<string, number> {
  return {
    Quarters: quarterCount(inputs.years),
    TokensPerSecondPerGpu: tokensPerSecondPerGpu,
    Utilization: inputs.utilization,
    UsdPerMillionTokens: inputs.usdPerMillionTokens,
    AnnualPriceChange: inputs.annualPriceChange,
    AnnualThroughputGain: inputs.annualThroughputGain,
    CapexPerGpu: inputs.capexPerGpu,
    LifeYears: inputs.lifeYears,
    PowerKwPerGpu: inputs.powerKwPerGpu,
    UsdPerKwh: inputs.usdPerKwh,
    Pue: inputs.pue,
    OpexPerGpuYear: inputs.opexPerGpuYear,
    DiscountRate: inputs.discountRate,
    CommissioningQuarters: plan.commissioningQuarters,
    Time0CashUsd: plan.time0CashUsd,
    // As the sheet's ROUND: Excel rounds halves away from zero, Math.round towards +∞ (life is positive).
    LifeQuarters: Math.round(inputs.lifeYears * PERIODS_PER_YEAR),
  };
}

/** The core's figures for the sheet, or undefined for any the core refuses. */
export interface BuildOutCoreResults {
  /** SCHEDULE's lines over the horizon's quarters (not the table's empty ones past it). */
  readonly lines?: ScheduleLines;
  readonly prices: readonly number[];
  readonly npvUsd?: number;
  readonly irr?: number | string;
  readonly paybackMonths?: number | string;
}

function attempt<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    // Invalid input: the cells keep no cached value, and the check cell names the input.
    return undefined;
  }
}

/** The deliveries the table holds: the plan's, padded with 0 to the table's length. */
export function tableDeliveries(plan: BuildOutPlan): number[] {
  return Array.from({ length: NATIVE_BUILDOUT_QUARTERS }, (_, i) => plan.deliveries[i] ?? 0);
}

/** The schedule and the cash-flow measures as the TOKENOMICS build-out sheet's functions compute them. */
export function buildOutCoreResults(
  named: Readonly<Record<string, number>>,
  plan: BuildOutPlan
): BuildOutCoreResults {
  const quarters = named.Quarters ?? NaN;
  const prices = quarterPrices(named, NATIVE_BUILDOUT_QUARTERS);
  if (!WHOLE_QUARTERS.test(quarters)) return { prices };
  const added = tableDeliveries(plan).slice(0, quarters);
  const capexPerGpu = named.CapexPerGpu ?? NaN;
  const lines = attempt(() =>
    scheduleLines({
      gpusAdded: added,
      tokensPerSecondPerGpu: named.TokensPerSecondPerGpu,
      usdPerMillionTokens: prices.slice(0, quarters),
      utilization: named.Utilization,
      periodsPerYear: PERIODS_PER_YEAR,
      capexUsd: added.map((gpus) => gpus * capexPerGpu),
      powerKwPerGpu: named.PowerKwPerGpu,
      usdPerKwh: named.UsdPerKwh,
      pue: named.Pue,
      opexPerGpuYear: named.OpexPerGpuYear,
      commissioningPeriods: named.CommissioningQuarters,
      lifePeriods: named.LifeQuarters,
      annualPriceChange: 0,
      annualThroughputGain: named.AnnualThroughputGain,
    })
  );
  if (lines === undefined) return { prices };
  const flows = [named.Time0CashUsd ?? NaN, ...lines.netCashFlowUsd];
  const irr = attempt(() => cashFlowIrr(flows, PERIODS_PER_YEAR));
  const payback = attempt(() => cashFlowPaybackMonths(flows, PERIODS_PER_YEAR));
  return {
    lines,
    prices,
    npvUsd: attempt(() => cashFlowNpv(named.DiscountRate ?? NaN, flows, PERIODS_PER_YEAR)),
    irr: irr && (irr.ok ? irr.value : irr.reason),
    paybackMonths: payback && (payback.ok ? payback.value : payback.reason),
  };
}
