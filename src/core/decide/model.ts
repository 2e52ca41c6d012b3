/**
 * The model of the decision functions, described by a table of [name, value] rows: the calculator's
 * build-up inputs (GPUs, throughput, capex, power) and the lifecycle inputs of the investment measures. A
 * lifecycle input given directly wins over its derivation from the build-up. The table is parsed once into
 * a `DecisionModel` whose evaluators take a vector of values, so a simulation does no parsing per trial.
 * The parameters, metrics and cell checks it reads the table with are in parameters.ts.
 */
import { type Answer, found, noAnswer } from "../answer";
import {
  paybackMonths,
  roiMultiple,
  tokenIrr,
  tokenNpvUsd,
  tokenRevenueUsd,
  type TokenInvestmentInput,
} from "../cashFlows";
import { MONTHS_PER_YEAR } from "../constants";
import { TokenomicsInputError } from "../errors";
import { tcoUsdPerGpuHour } from "../gpuHourCost";
import { MESSAGES } from "../messages";
import { annualOperatingCostUsd } from "../operatingCost";
import { RULES } from "../rules";
import { usdPerMillionTokens } from "../unitEconomics";
import { type FastTerms, FlowBuffer, termsValid } from "./fastCashFlows";
import {
  type MetricAnswer,
  type MetricEvaluator,
  type MetricName,
  type ParameterName,
  type TableCell,
  MODEL_PARAMETERS,
  SLOT,
  checkedParameterValue,
  isBlank,
  parameterAt,
  parameterSlot,
} from "./parameters";

const has = (given: Float64Array, slot: number): boolean => !Number.isNaN(given[slot] as number);

/**
 * A parsed model: the base value of every parameter given (NaN where none was), and evaluators of each
 * metric over a value vector of the same shape.
 */
export class DecisionModel {
  /** One value per MODEL_PARAMETERS entry; NaN where the table gives none. Do not mutate. */
  readonly base: Float64Array;
  /** The table row (1-based) of each parameter given, for messages. */
  private readonly rows: ReadonlyMap<number, number>;

  constructor(base: Float64Array, rows: ReadonlyMap<number, number>) {
    this.base = base;
    this.rows = rows;
  }

  /** Whether the table gives a value for the parameter in this slot. */
  gives(slot: number): boolean {
    return has(this.base, slot);
  }

  /** A copy of the base values, to vary. */
  values(): Float64Array {
    return this.base.slice();
  }

  /** The table row a parameter came from, if given. */
  rowOf(slot: number): number | undefined {
    return this.rows.get(slot);
  }

  /**
   * The evaluator of a metric. Checks once that every input the metric needs is given (or derivable),
   * throwing `inputs` errors that name what is missing; then evaluates any value vector of this shape.
   */
  evaluator(metric: MetricName): MetricEvaluator {
    const b = this.base;
    if (metric === "costPerMillionTokensUsd" && has(b, SLOT.usdPerGpuHour)) {
      requireOne(b, "tokensPerSecondPerGpu");
      return (v) =>
        usdPerMillionTokens({
          usdPerGpuHour: v[SLOT.usdPerGpuHour] as number,
          tokensPerSecondPerGpu: v[SLOT.tokensPerSecondPerGpu] as number,
          utilization: optional(v, SLOT.utilization),
        });
    }
    if (metric === "costPerMillionTokensUsd") {
      const missing = [
        "capexPerGpu",
        "lifeYears",
        "powerKwPerGpu",
        "usdPerKwh",
        "tokensPerSecondPerGpu",
      ]
        .filter((name) => !has(b, SLOT[name as ParameterName]))
        .join(", ");
      if (missing !== "") {
        throw new TokenomicsInputError("required", "inputs", MESSAGES.costNeedsBuildUp(missing));
      }
      return (v) =>
        usdPerMillionTokens({
          usdPerGpuHour: tcoUsdPerGpuHour({
            capexPerGpu: v[SLOT.capexPerGpu] as number,
            lifeYears: v[SLOT.lifeYears] as number,
            powerKwPerGpu: v[SLOT.powerKwPerGpu] as number,
            usdPerKwh: v[SLOT.usdPerKwh] as number,
            pue: optional(v, SLOT.pue),
            opexPerGpuYear: optional(v, SLOT.opexPerGpuYear),
            costOfCapital: optional(v, SLOT.costOfCapital),
            residualFraction: optional(v, SLOT.residualFraction),
          }),
          tokensPerSecondPerGpu: v[SLOT.tokensPerSecondPerGpu] as number,
          utilization: optional(v, SLOT.utilization),
        });
    }
    requireOne(b, "years");
    requireOne(b, "usdPerMillionTokens");
    requireDerivable(b, "tokensPerSecond", ["gpuCount", "tokensPerSecondPerGpu"]);
    if (metric === "revenueUsd") {
      return (v) =>
        tokenRevenueUsd({
          years: v[SLOT.years] as number,
          tokensPerSecond: tokensPerSecondOf(v),
          usdPerMillionTokens: v[SLOT.usdPerMillionTokens] as number,
          utilization: optional(v, SLOT.utilization),
          annualPriceChange: optional(v, SLOT.annualPriceChange),
          annualThroughputGain: optional(v, SLOT.annualThroughputGain),
        });
    }
    requireDerivable(b, "investmentUsd", ["gpuCount", "capexPerGpu"]);
    const input = (v: Float64Array): TokenInvestmentInput => ({
      investmentUsd: has(v, SLOT.investmentUsd)
        ? (v[SLOT.investmentUsd] as number)
        : (v[SLOT.gpuCount] as number) * (v[SLOT.capexPerGpu] as number),
      years: v[SLOT.years] as number,
      tokensPerSecond: tokensPerSecondOf(v),
      usdPerMillionTokens: v[SLOT.usdPerMillionTokens] as number,
      utilization: optional(v, SLOT.utilization),
      annualOperatingCostUsd: operatingCostOf(v),
      annualPriceChange: optional(v, SLOT.annualPriceChange),
      annualThroughputGain: optional(v, SLOT.annualThroughputGain),
    });
    // The fast path fills one reused buffer with the engine's own arithmetic; any term the engine would
    // reject (or a schedule too long) goes to the engine itself, which throws its usual error.
    const buffer = new FlowBuffer();
    const terms: FastTerms = {
      investmentUsd: 0,
      years: 0,
      tokensPerSecond: 0,
      usdPerMillionTokens: 0,
      utilization: 1,
      annualOperatingCostUsd: 0,
      annualPriceChange: 0,
      annualThroughputGain: 0,
    };
    const filled = (v: Float64Array, periodsPerYear: number): boolean => {
      terms.investmentUsd = has(v, SLOT.investmentUsd)
        ? (v[SLOT.investmentUsd] as number)
        : (v[SLOT.gpuCount] as number) * (v[SLOT.capexPerGpu] as number);
      terms.years = v[SLOT.years] as number;
      terms.tokensPerSecond = tokensPerSecondOf(v);
      terms.usdPerMillionTokens = v[SLOT.usdPerMillionTokens] as number;
      terms.utilization = optional(v, SLOT.utilization) ?? 1;
      terms.annualOperatingCostUsd = operatingCostOf(v) ?? 0;
      terms.annualPriceChange = optional(v, SLOT.annualPriceChange) ?? 0;
      terms.annualThroughputGain = optional(v, SLOT.annualThroughputGain) ?? 0;
      return termsValid(terms) && buffer.fill(terms, periodsPerYear);
    };
    switch (metric) {
      case "roiMultiple":
        return (v) =>
          filled(v, 1) ? buffer.roiMultiple(terms.investmentUsd) : roiMultiple(input(v));
      case "npvUsd": {
        requireOne(b, "discountRate");
        return (v) => {
          const rate = v[SLOT.discountRate] as number;
          return filled(v, 1) && RULES.discountRate.test(rate)
            ? buffer.npvUsd(rate)
            : tokenNpvUsd(rate, input(v));
        };
      }
      case "irr":
        return (v) => valueOrNaN(filled(v, 1) ? buffer.irr() : tokenIrr(input(v)));
      case "paybackMonths":
        return (v) =>
          filled(v, MONTHS_PER_YEAR)
            ? buffer.paybackMonths(terms.investmentUsd)
            : valueOrNaN(paybackMonths(input(v)));
    }
  }

  /** The metric at the base values, as an answer. */
  evaluate(metric: MetricName): MetricAnswer {
    return answerOf(metric, this.evaluator(metric)(this.base), this.base);
  }
}

/** A metric value as an answer: NaN becomes the reason the metric has none. */
export function answerOf(metric: MetricName, value: number, values: Float64Array): MetricAnswer {
  if (!Number.isNaN(value)) return found(value);
  return noAnswer(
    metric === "irr" ? MESSAGES.noIrr() : MESSAGES.neverPaysBack(values[SLOT.years] as number)
  );
}

function valueOrNaN(answer: Answer<number>): number {
  return answer.ok ? answer.value : NaN;
}

function optional(v: Float64Array, slot: number): number | undefined {
  const x = v[slot] as number;
  return Number.isNaN(x) ? undefined : x;
}

function tokensPerSecondOf(v: Float64Array): number {
  return has(v, SLOT.tokensPerSecond)
    ? (v[SLOT.tokensPerSecond] as number)
    : (v[SLOT.gpuCount] as number) * (v[SLOT.tokensPerSecondPerGpu] as number);
}

/**
 * Operating cost as the model sheet derives it (ANNUALOPERATINGCOST of the build-up) when any power or
 * opex input is given; the lifecycle default, 0, when none is. A preset tier's usdPerGpuHour does not enter
 * it: the sheet's AnnualOperatingCostUsd is the power and hosting build-up whatever the cost basis.
 */
function operatingCostOf(v: Float64Array): number | undefined {
  if (has(v, SLOT.annualOperatingCostUsd)) return v[SLOT.annualOperatingCostUsd] as number;
  if (
    !has(v, SLOT.powerKwPerGpu) &&
    !has(v, SLOT.usdPerKwh) &&
    !has(v, SLOT.pue) &&
    !has(v, SLOT.opexPerGpuYear)
  )
    return undefined;
  if (!has(v, SLOT.powerKwPerGpu) || !has(v, SLOT.usdPerKwh)) {
    throw new TokenomicsInputError(
      "required",
      "inputs",
      MESSAGES.missingInput(has(v, SLOT.powerKwPerGpu) ? "usdPerKwh" : "powerKwPerGpu")
    );
  }
  return annualOperatingCostUsd({
    gpuCount: has(v, SLOT.gpuCount) ? (v[SLOT.gpuCount] as number) : NaN,
    powerKwPerGpu: v[SLOT.powerKwPerGpu] as number,
    usdPerKwh: v[SLOT.usdPerKwh] as number,
    pue: optional(v, SLOT.pue),
    opexPerGpuYear: optional(v, SLOT.opexPerGpuYear),
  });
}

function requireOne(b: Float64Array, name: ParameterName): void {
  if (!has(b, SLOT[name])) {
    throw new TokenomicsInputError("required", "inputs", MESSAGES.missingInput(name));
  }
}

function requireDerivable(
  b: Float64Array,
  name: ParameterName,
  from: readonly ParameterName[]
): void {
  if (has(b, SLOT[name])) return;
  const missing = from.filter((p) => !has(b, SLOT[p]));
  if (missing.length > 0) {
    throw new TokenomicsInputError(
      "required",
      "inputs",
      MESSAGES.missingInput(`${name} (or ${from.join(" and ")}; missing ${missing.join(", ")})`)
    );
  }
}

/**
 * Parses the model table once: rows of [name, value], names matched ignoring case; rows with a blank name
 * and a blank value are skipped. Unknown names, duplicates, and values that are no number or break the
 * parameter's rule throw an `inputs` error naming the row.
 *
 * @param inputs - rows of [name, value], as an Excel range arrives
 * @example decisionModel([["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]]).evaluate("roiMultiple") // { ok: true, value: 14.9859 }
 * @example decisionModel([["gpuCount", 72], ["capexPerGpu", 5e6 / 72], ["tokensPerSecondPerGpu", 10000], ["years", 3], ["usdPerMillionTokens", 1.1]]).evaluate("roiMultiple") // { ok: true, value: 14.9859 } (investment and throughput from the build-up)
 */
export function decisionModel(inputs: readonly (readonly TableCell[])[]): DecisionModel {
  const base = new Float64Array(MODEL_PARAMETERS.length).fill(NaN);
  const rows = new Map<number, number>();
  inputs.forEach((row, index) => {
    const where = `inputs row ${index + 1}`;
    const name = row[0];
    const value = row[1];
    if (isBlank(name) && isBlank(value)) return;
    const slot = parameterSlot(name, "inputs", where);
    const earlier = rows.get(slot);
    if (earlier !== undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "inputs",
        MESSAGES.duplicateParameter(where, parameterAt(slot).name, earlier)
      );
    }
    base[slot] = checkedParameterValue(slot, value, "inputs", where);
    rows.set(slot, index + 1);
  });
  return new DecisionModel(base, rows);
}
