/**
 * The decision model's vocabulary: every parameter the [name, value] table accepts (with its rule and
 * bounds), the metrics, and the checks that read a table cell into a parameter value. model.ts builds the
 * model on these; SOLVEFOR brackets within the bounds given here.
 */
import { type Answer } from "../answer";
import { TokenomicsInputError, type Rule } from "../errors";
import { MESSAGES, describeValue } from "../messages";
import { RULES } from "../rules";

/** A model parameter: its name, the rule its values obey and that rule's bounds (for bracketing). */
export interface ModelParameter {
  readonly name: string;
  readonly rule: Rule;
  /** The rule's lower and upper bounds; whether each is allowed is the rule's to say. */
  readonly low: number;
  readonly high: number;
}

const parameter = <Name extends string>(
  name: Name,
  rule: Rule,
  low: number,
  high: number
): ModelParameter & { readonly name: Name } => ({
  name,
  rule,
  low,
  high,
});

/**
 * Every parameter the table accepts, build-up first. The bounds repeat each rule's (a test holds them
 * equal), because a Rule exposes only its test.
 */
export const MODEL_PARAMETERS = [
  parameter("gpuCount", RULES.fleetGpuCount, 0, 1e9),
  parameter("tokensPerSecondPerGpu", RULES.tokensPerSecond, 0, 1e12),
  parameter("capexPerGpu", RULES.nonNegativeUsd, 0, 1e15),
  parameter("lifeYears", RULES.lifeYears, 0, 100),
  parameter("costOfCapital", RULES.costOfCapital, 0, 10),
  parameter("powerKwPerGpu", RULES.powerKw, 0, 1e4),
  parameter("usdPerKwh", RULES.usdPerKwh, 0, 100),
  parameter("pue", RULES.pue, 1, 5),
  parameter("opexPerGpuYear", RULES.nonNegativeUsd, 0, 1e15),
  parameter("residualFraction", RULES.fraction, 0, 1),
  parameter("investmentUsd", RULES.positiveUsd, 0, 1e15),
  parameter("years", RULES.years, 0, 100),
  parameter("tokensPerSecond", RULES.tokensPerSecond, 0, 1e12),
  parameter("usdPerMillionTokens", RULES.positivePrice, 0, 1e9),
  parameter("utilization", RULES.utilization, 0, 1),
  parameter("annualOperatingCostUsd", RULES.nonNegativeUsd, 0, 1e15),
  parameter("annualPriceChange", RULES.annualChange, -1, 10),
  parameter("annualThroughputGain", RULES.annualChange, -1, 10),
  parameter("discountRate", RULES.discountRate, -1, 100),
  // What the inserted model sheet's inputs block also holds, so that block is usable as `inputs` as is.
  // The interactivity the sheet's throughput was read at: accepted, used by no metric.
  parameter("tokensPerSecondPerUser", RULES.tokensPerSecond, 0, 1e12),
  // A preset tier's cost of a GPU-hour: when given, costPerMillionTokensUsd uses it instead of the
  // build-up, as the sheet's COSTPERTOKEN(UsdPerGpuHour, …) does; operating cost stays the build-up's.
  parameter("usdPerGpuHour", RULES.positivePrice, 0, 1e9),
] as const;

export type ParameterName = (typeof MODEL_PARAMETERS)[number]["name"];

/** Slot of each parameter in a value vector (model.ts indexes its vectors by it; `slotOf` for other code). */
export const SLOT: Readonly<Record<ParameterName, number>> = Object.fromEntries(
  MODEL_PARAMETERS.map((p, i) => [p.name, i])
) as Record<ParameterName, number>;

const BY_LOWER_NAME: ReadonlyMap<string, number> = new Map(
  MODEL_PARAMETERS.map((p, i) => [p.name.toLowerCase(), i])
);

/** The metrics a decision function can compute, each defined as the function it names. */
export const METRICS = [
  "roiMultiple",
  "npvUsd",
  "irr",
  "paybackMonths",
  "revenueUsd",
  "costPerMillionTokensUsd",
] as const;

export type MetricName = (typeof METRICS)[number];

/** A metric's value, or why there is none (no IRR, never pays back). */
export type MetricAnswer = Answer<number>;

/**
 * A metric as a function of a value vector: a number, or NaN for "no answer" (only irr and paybackMonths
 * have none). NaN never leaves the decision functions: they turn it into an Answer or a count.
 */
export type MetricEvaluator = (values: Float64Array) => number;

/** The cell or text a table holds: a number, text, a boolean, or blank (null, undefined, ""). */
export type TableCell = number | string | boolean | null | undefined;

/** Whether a cell is blank: null, undefined or an empty (or all-space) text. */
export function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * The slot of a parameter named in a table, ignoring case; throws naming `where` if it is no parameter.
 * `where` says which row of which argument ("inputs row 3").
 */
export function parameterSlot(name: unknown, argument: string, where: string): number {
  const slot = typeof name === "string" ? BY_LOWER_NAME.get(name.trim().toLowerCase()) : undefined;
  if (slot === undefined) {
    throw new TokenomicsInputError(
      "outOfRange",
      argument,
      MESSAGES.unknownParameter(where, typeof name === "string" ? name : describeValue(name))
    );
  }
  return slot;
}

/** The parameter in a slot. */
export function parameterAt(slot: number): ModelParameter {
  return MODEL_PARAMETERS[slot] as ModelParameter;
}

/** Throws unless `value` is a number that satisfies the parameter's rule; the message names `where`. */
export function checkedParameterValue(
  slot: number,
  value: unknown,
  argument: string,
  where: string
): number {
  const p = parameterAt(slot);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new TokenomicsInputError(
      typeof value === "number" ? "notFinite" : "notANumber",
      argument,
      MESSAGES.rowNotANumber(where, p.name, describeValue(value))
    );
  }
  if (!p.rule.test(value)) {
    throw new TokenomicsInputError(
      "outOfRange",
      argument,
      MESSAGES.rowRule(where, p.name, p.rule.text)
    );
  }
  return value;
}

/** The checked metric name (matched ignoring case). */
export function checkedMetric(metric: unknown): MetricName {
  const found =
    typeof metric === "string"
      ? METRICS.find((m) => m.toLowerCase() === metric.trim().toLowerCase())
      : undefined;
  if (found === undefined) {
    throw new TokenomicsInputError(
      "outOfRange",
      "metric",
      MESSAGES.unknownMetric(
        typeof metric === "string" ? metric : describeValue(metric),
        METRICS.join(", ")
      )
    );
  }
  return found;
}

/** The slot of each parameter, for code that names one. */
export function slotOf(name: ParameterName): number {
  return SLOT[name];
}
