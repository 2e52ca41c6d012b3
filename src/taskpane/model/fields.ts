/**
 * The calculator's number fields: label, hint, and the rule the core holds the value to, so the pane can
 * say next to a field what is wrong before any result is computed. Messages are the pane's own, with no
 * host wording. Pure: no DOM.
 */
import { RULES } from "../../core";
import type { Rule } from "../../core";
import type { CalculatorInputs } from "./inputs";

export type NumberFieldKey =
  | "tokensPerSecondPerUser"
  | "usdPerMillionTokens"
  | "gpuCount"
  | "utilization"
  | "years"
  | "capexPerGpu"
  | "lifeYears"
  | "costOfCapital"
  | "powerKwPerGpu"
  | "usdPerKwh"
  | "pue"
  | "opexPerGpuYear"
  | "annualPriceChange"
  | "annualThroughputGain"
  | "discountRate";

export interface NumberField {
  readonly key: NumberFieldKey;
  readonly label: string;
  /** The unit and convention, shown under the field. */
  readonly hint: string;
  readonly rule: Rule;
}

/** In form order; the cost-basis select sits before capexPerGpu. */
export const NUMBER_FIELDS: readonly NumberField[] = [
  {
    key: "tokensPerSecondPerUser",
    label: "Interactivity",
    hint: "output tokens/s per user",
    rule: RULES.tokensPerSecond,
  },
  {
    key: "usdPerMillionTokens",
    label: "Token price",
    hint: "USD per million tokens",
    rule: RULES.positivePrice,
  },
  { key: "gpuCount", label: "GPUs", hint: "count", rule: RULES.fleetGpuCount },
  { key: "utilization", label: "Utilization", hint: "0–1", rule: RULES.utilization },
  { key: "years", label: "Years", hint: "horizon", rule: RULES.years },
  {
    key: "capexPerGpu",
    label: "Capex per GPU",
    hint: "USD, with its share of servers and network",
    rule: RULES.positiveUsd,
  },
  { key: "lifeYears", label: "Economic life", hint: "years", rule: RULES.lifeYears },
  {
    key: "costOfCapital",
    label: "Cost of capital",
    hint: "per year, 0.1 = 10%",
    rule: RULES.costOfCapital,
  },
  { key: "powerKwPerGpu", label: "All-in power", hint: "kW per GPU", rule: RULES.powerKw },
  { key: "usdPerKwh", label: "Electricity", hint: "USD per kWh", rule: RULES.usdPerKwh },
  { key: "pue", label: "PUE", hint: "≥ 1", rule: RULES.pue },
  {
    key: "opexPerGpuYear",
    label: "Hosting and opex",
    hint: "USD per GPU-year",
    rule: RULES.nonNegativeUsd,
  },
  {
    key: "annualPriceChange",
    label: "Token price change",
    hint: "per year, −0.5 = halves",
    rule: RULES.annualChange,
  },
  {
    key: "annualThroughputGain",
    label: "Throughput gain",
    hint: "per year",
    rule: RULES.annualChange,
  },
  { key: "discountRate", label: "Discount rate", hint: "per year", rule: RULES.discountRate },
];

const BY_KEY = new Map(NUMBER_FIELDS.map((field) => [field.key, field]));

export function numberField(key: NumberFieldKey): NumberField {
  const field = BY_KEY.get(key);
  if (!field) throw new Error(`no calculator field ${key}`);
  return field;
}

/** A field's value as the pane holds it: NaN when blank, whatever the person typed otherwise. */
export function parseFieldText(text: string): number {
  return text.trim() === "" ? NaN : Number(text);
}

/**
 * What is wrong with a field's value, or undefined when its rule allows it. `notANumber` is the browser
 * saying the text typed is no number at all (a number input then reports an empty value).
 */
export function fieldProblem(
  key: NumberFieldKey,
  value: number,
  notANumber = false
): string | undefined {
  const { rule } = numberField(key);
  if (notANumber) return `Enter a number, such as 0.7: must be ${rule.text}.`;
  if (Number.isNaN(value)) return `Required: enter a number ${rule.text}.`;
  if (!Number.isFinite(value) || !rule.test(value)) return `Must be ${rule.text}.`;
  return undefined;
}

/** Every field whose value its rule forbids, with the message to show next to it. */
export function fieldProblems(
  inputs: CalculatorInputs,
  notANumber: ReadonlySet<NumberFieldKey> = new Set()
): Map<NumberFieldKey, string> {
  const problems = new Map<NumberFieldKey, string>();
  for (const { key } of NUMBER_FIELDS) {
    const problem = fieldProblem(key, inputs[key], notANumber.has(key));
    if (problem) problems.set(key, problem);
  }
  return problems;
}
