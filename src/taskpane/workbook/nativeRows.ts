/**
 * What the native-formula model sheet (nativeModel.ts) needs besides its layout: the supported bounds of
 * every input (the core's rules, with the horizon held to the sheet's period table), the check that names
 * the first input outside them, and every output's value as the core computes it (the cells' cached
 * results: computed with the core, never by evaluating the sheet's formulas).
 */
import {
  RULES,
  annualOperatingCostUsd,
  paybackMonths,
  roiMultiple,
  tcoUsdPerGpuHour,
  tokenCashFlowSchedule,
  tokenIrr,
  tokenNpvUsd,
  tokenRevenueUsd,
  usdPerMillionTokens,
} from "../../core";
import type { CashFlowSchedule, Rule, TokenInvestmentInput } from "../../core";
import { gpuHourCostInput } from "../model/inputs";
import type { CalculatorInputs } from "../model/inputs";
import { presetTierUsdPerGpuHour } from "./modelRows";

/** The longest horizon the sheet lays out: 30 annual periods, and 360 monthly ones for payback. */
export const NATIVE_HORIZON_YEARS = 30;

/** Months in the payback table: NATIVE_HORIZON_YEARS × 12. */
export const NATIVE_HORIZON_MONTHS = NATIVE_HORIZON_YEARS * 12;

/** The range a name's value must lie in, as the core's rule for it says; the sheet's check cell tests it. */
export interface Bound {
  readonly name: string;
  readonly low: number;
  readonly lowInclusive: boolean;
  readonly high: number;
  readonly highInclusive: boolean;
  /** In words, shown beside the input. */
  readonly text: string;
  /** The core's rule, for the cached check and a test that the numbers above say the same. */
  readonly rule: Rule;
}

const bound = (
  name: string,
  rule: Rule,
  low: number,
  lowInclusive: boolean,
  high: number,
  highInclusive: boolean,
  text: string = rule.text
): Bound => ({ name, low, lowInclusive, high, highInclusive, text, rule });

const HORIZON_RULE: Rule = {
  test: (years) => years > 0 && years <= NATIVE_HORIZON_YEARS,
  text: `greater than 0 and at most ${NATIVE_HORIZON_YEARS} (the sheet's period tables)`,
};

/**
 * Every checked name in the order the check cell tests them: the inputs, then the derived figures the
 * lifecycle engine holds to its own rules (investment, operating cost, fleet throughput).
 */
export function nativeBounds(hasTier: boolean): Bound[] {
  return [
    bound("GpuCount", RULES.fleetGpuCount, 0, false, 1e9, true),
    bound("TokensPerSecondPerGpu", RULES.tokensPerSecond, 0, false, 1e12, true),
    bound("Utilization", RULES.utilization, 0, false, 1, true),
    bound("UsdPerMillionTokens", RULES.positivePrice, 0, false, 1e9, true),
    bound("Years", HORIZON_RULE, 0, false, NATIVE_HORIZON_YEARS, true),
    bound("CapexPerGpu", RULES.positiveUsd, 0, false, 1e15, true),
    bound("LifeYears", RULES.lifeYears, 0, false, 100, true),
    bound("CostOfCapital", RULES.costOfCapital, 0, true, 10, true),
    bound("PowerKwPerGpu", RULES.powerKw, 0, false, 1e4, true),
    bound("UsdPerKwh", RULES.usdPerKwh, 0, true, 100, true),
    bound("Pue", RULES.pue, 1, true, 5, true),
    bound("OpexPerGpuYear", RULES.nonNegativeUsd, 0, true, 1e15, true),
    bound("AnnualPriceChange", RULES.annualChange, -1, false, 10, true),
    bound("AnnualThroughputGain", RULES.annualChange, -1, false, 10, true),
    bound("DiscountRate", RULES.discountRate, -1, false, 100, true),
    ...(hasTier ? [bound("UsdPerGpuHour", RULES.positivePrice, 0, false, 1e9, true)] : []),
    bound("InvestmentUsd", RULES.positiveUsd, 0, false, 1e15, true),
    bound("AnnualOperatingCostUsd", RULES.nonNegativeUsd, 0, true, 1e15, true),
    bound("FleetTokensPerSecond", RULES.tokensPerSecond, 0, false, 1e12, true),
  ];
}

/** Excel's test that a name holds a number inside its bound (a blank or text cell fails it). */
export function boundCondition(b: Bound): string {
  const low = `${b.name}${b.lowInclusive ? ">=" : ">"}${excelNumber(b.low)}`;
  const high = `${b.name}${b.highInclusive ? "<=" : "<"}${excelNumber(b.high)}`;
  return `AND(ISNUMBER(${b.name}),${low},${high})`;
}

/** The message the check cell shows for the first name outside its bound. */
export function outsideBoundsText(name: string): string {
  return `Input outside supported bounds: ${name}`;
}

/** The check cell: "OK", or the first name outside its bound, by nested IFs (no newer function needed). */
export function inputCheckFormula(bounds: readonly Bound[]): string {
  let formula = '"OK"';
  for (let i = bounds.length - 1; i >= 0; i--) {
    const b = bounds[i] as Bound;
    formula = `IF(${boundCondition(b)},${formula},"${outsideBoundsText(b.name)}")`;
  }
  return `=${formula}`;
}

const PLAIN_DECIMAL = new Intl.NumberFormat("en-US", {
  useGrouping: false,
  maximumSignificantDigits: 17,
  maximumFractionDigits: 100,
});

/**
 * A number as a formula literal, in plain decimals (some engines do not read 1E-9 in a formula): the
 * shortest form when it has no exponent, else 17 significant digits, which read back as the same double.
 */
export function excelNumber(value: number): string {
  const shortest = String(value);
  return /e/i.test(shortest) ? PLAIN_DECIMAL.format(value) : shortest;
}

/** The values the sheet's named cells hold, inputs and derived, by name. */
export function namedValues(
  inputs: CalculatorInputs,
  tokensPerSecondPerGpu: number
): Record<string, number> {
  const tier = presetTierUsdPerGpuHour(inputs);
  const values: Record<string, number> = {
    GpuCount: inputs.gpuCount,
    TokensPerSecondPerGpu: tokensPerSecondPerGpu,
    Utilization: inputs.utilization,
    UsdPerMillionTokens: inputs.usdPerMillionTokens,
    Years: inputs.years,
    CapexPerGpu: inputs.capexPerGpu,
    LifeYears: inputs.lifeYears,
    CostOfCapital: inputs.costOfCapital,
    PowerKwPerGpu: inputs.powerKwPerGpu,
    UsdPerKwh: inputs.usdPerKwh,
    Pue: inputs.pue,
    OpexPerGpuYear: inputs.opexPerGpuYear,
    AnnualPriceChange: inputs.annualPriceChange,
    AnnualThroughputGain: inputs.annualThroughputGain,
    DiscountRate: inputs.discountRate,
    InvestmentUsd: inputs.gpuCount * inputs.capexPerGpu,
    AnnualOperatingCostUsd:
      inputs.gpuCount *
      (inputs.powerKwPerGpu * inputs.pue * inputs.usdPerKwh * 8760 + inputs.opexPerGpuYear),
    FleetTokensPerSecond: inputs.gpuCount * tokensPerSecondPerGpu,
  };
  if (tier !== undefined) values.UsdPerGpuHour = tier;
  return values;
}

/** "OK" or the check cell's message for the first name outside its bound, computed in TypeScript. */
export function inputCheckResult(bounds: readonly Bound[], values: Record<string, number>): string {
  for (const b of bounds) {
    const value = values[b.name];
    if (value === undefined || !Number.isFinite(value) || !b.rule.test(value))
      return outsideBoundsText(b.name);
  }
  return "OK";
}

/** The core's value of each output, or its reason when there is none; undefined where the core refuses. */
export interface CoreResults {
  readonly usdPerGpuHour?: number;
  readonly costPerMillionTokens?: number;
  readonly annualOperatingCostUsd?: number;
  readonly tokenRevenueUsd?: number;
  readonly roiMultiple?: number;
  readonly paybackMonths?: number | string;
  readonly npvUsd?: number;
  readonly irr?: number | string;
  /** The annual and monthly schedules (PAYBACKMONTHS's periods), period 0 first. */
  readonly annualSchedule?: CashFlowSchedule;
  readonly monthlySchedule?: CashFlowSchedule;
}

function attempt<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    // Invalid input: the cell keeps no cached value, and the check cell names the input.
    return undefined;
  }
}

/** Every output as the core computes it from the inputs the sheet starts with. */
export function coreResults(inputs: CalculatorInputs, tokensPerSecondPerGpu: number): CoreResults {
  const tier = presetTierUsdPerGpuHour(inputs);
  const usdPerGpuHour = tier ?? attempt(() => tcoUsdPerGpuHour(gpuHourCostInput(inputs)));
  const operating = attempt(() =>
    annualOperatingCostUsd({
      gpuCount: inputs.gpuCount,
      powerKwPerGpu: inputs.powerKwPerGpu,
      usdPerKwh: inputs.usdPerKwh,
      pue: inputs.pue,
      opexPerGpuYear: inputs.opexPerGpuYear,
    })
  );
  const lifecycle: TokenInvestmentInput = {
    investmentUsd: inputs.gpuCount * inputs.capexPerGpu,
    years: inputs.years,
    tokensPerSecond: inputs.gpuCount * tokensPerSecondPerGpu,
    usdPerMillionTokens: inputs.usdPerMillionTokens,
    utilization: inputs.utilization,
    annualOperatingCostUsd: operating ?? NaN,
    annualPriceChange: inputs.annualPriceChange,
    annualThroughputGain: inputs.annualThroughputGain,
  };
  const payback = attempt(() => paybackMonths(lifecycle));
  const irr = attempt(() => tokenIrr(lifecycle));
  return {
    usdPerGpuHour,
    costPerMillionTokens:
      usdPerGpuHour === undefined
        ? undefined
        : attempt(() =>
            usdPerMillionTokens({
              usdPerGpuHour,
              tokensPerSecondPerGpu,
              utilization: inputs.utilization,
            })
          ),
    annualOperatingCostUsd: operating,
    tokenRevenueUsd: attempt(() => tokenRevenueUsd(lifecycle)),
    roiMultiple: attempt(() => roiMultiple(lifecycle)),
    paybackMonths: payback && (payback.ok ? payback.value : payback.reason),
    npvUsd: attempt(() => tokenNpvUsd(inputs.discountRate, lifecycle)),
    irr: irr && (irr.ok ? irr.value : irr.reason),
    annualSchedule: attempt(() => tokenCashFlowSchedule(lifecycle, 1)),
    monthlySchedule: attempt(() => tokenCashFlowSchedule(lifecycle, 12)),
  };
}
