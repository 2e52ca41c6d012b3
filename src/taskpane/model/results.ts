/**
 * What the calculator's results show: which figures, in which unit, and, when a field's value is not
 * allowed, which figures wait on it. Pure: the view only renders these rows.
 */
import { noAnswer } from "../../core";
import type { Answer } from "../../core";
import type { Unit } from "../units";
import { formatValue } from "../units";
import { calculate } from "./calculator";
import type { CalculatorResults, Figure, FigureKey } from "./calculator";
import { fieldProblems, numberField } from "./fields";
import type { NumberFieldKey } from "./fields";
import type { CalculatorInputs } from "./inputs";

export interface FigureRow {
  readonly key: FigureKey;
  readonly label: string;
  readonly unit: Unit;
  readonly testId: string;
}

export const HEADLINE: readonly FigureRow[] = [
  {
    key: "costUsdPerMillionTokens",
    label: "Cost / M tokens",
    unit: "usdPerMillionTokens",
    testId: "headline-cost",
  },
  { key: "roiMultiple", label: "ROI", unit: "multiple", testId: "headline-roi" },
  { key: "paybackMonths", label: "Payback", unit: "months", testId: "headline-payback" },
];

export const RESULT_ROWS: readonly FigureRow[] = [
  {
    key: "tokensPerSecondPerGpu",
    label: "Throughput per GPU",
    unit: "tokensPerSecond",
    testId: "result-tps",
  },
  {
    key: "usdPerGpuHour",
    label: "Cost per GPU-hour",
    unit: "usdPerGpuHour",
    testId: "result-gpu-hour",
  },
  {
    key: "costUsdPerMillionTokens",
    label: "Cost per million tokens",
    unit: "usdPerMillionTokens",
    testId: "result-cost",
  },
  {
    key: "breakEvenUsdPerMillionTokens",
    label: "Break-even token price",
    unit: "usdPerMillionTokens",
    testId: "result-breakeven",
  },
  {
    key: "grossMarginAtPrice",
    label: "Gross margin at your price",
    unit: "fraction",
    testId: "result-margin",
  },
  { key: "investmentUsd", label: "Investment", unit: "usd", testId: "result-investment" },
  {
    key: "annualOperatingCostUsd",
    label: "Operating cost per year",
    unit: "usd",
    testId: "result-opex",
  },
  { key: "tokenRevenueUsd", label: "Token revenue", unit: "usd", testId: "result-revenue" },
  { key: "roiMultiple", label: "ROI multiple", unit: "multiple", testId: "result-roi" },
  { key: "paybackMonths", label: "Payback", unit: "months", testId: "result-payback" },
  { key: "npvUsd", label: "NPV", unit: "usd", testId: "result-npv" },
  { key: "irr", label: "IRR", unit: "fraction", testId: "result-irr" },
];

const BUILD_FIELDS: readonly NumberFieldKey[] = [
  "capexPerGpu",
  "lifeYears",
  "costOfCapital",
  "powerKwPerGpu",
  "usdPerKwh",
  "pue",
  "opexPerGpuYear",
];
const OPERATING_FIELDS: readonly NumberFieldKey[] = [
  "gpuCount",
  "powerKwPerGpu",
  "usdPerKwh",
  "pue",
  "opexPerGpuYear",
];
const REVENUE_FIELDS: readonly NumberFieldKey[] = [
  "tokensPerSecondPerUser",
  "gpuCount",
  "years",
  "usdPerMillionTokens",
  "utilization",
  "annualPriceChange",
  "annualThroughputGain",
];

/** The fields each figure is computed from (the hourly cost needs its build-up only when built up). */
export function fieldsFeeding(key: FigureKey, inputs: CalculatorInputs): readonly NumberFieldKey[] {
  const hourly = inputs.costBasis === "build" ? BUILD_FIELDS : [];
  const perToken = [...hourly, "tokensPerSecondPerUser", "utilization"] as const;
  const lifecycle = ["capexPerGpu", ...OPERATING_FIELDS, ...REVENUE_FIELDS] as const;
  const feeds: Record<FigureKey, readonly NumberFieldKey[]> = {
    tokensPerSecondPerGpu: ["tokensPerSecondPerUser"],
    usdPerGpuHour: hourly,
    costUsdPerMillionTokens: perToken,
    breakEvenUsdPerMillionTokens: perToken,
    grossMarginAtPrice: [...perToken, "usdPerMillionTokens"],
    investmentUsd: ["gpuCount", "capexPerGpu"],
    annualOperatingCostUsd: OPERATING_FIELDS,
    tokenRevenueUsd: REVENUE_FIELDS,
    roiMultiple: lifecycle,
    paybackMonths: lifecycle,
    npvUsd: [...lifecycle, "discountRate"],
    irr: lifecycle,
  };
  return feeds[key];
}

export interface CalculatorView {
  /** The message to show next to each field whose value is not allowed. */
  readonly problems: ReadonlyMap<NumberFieldKey, string>;
  /** Every figure; one fed by a field with a problem says it waits on that field. */
  readonly results: CalculatorResults;
  /** The labels of the fields any figure waits on, in form order. */
  readonly waitingOn: readonly string[];
}

const labelsOf = (keys: Iterable<NumberFieldKey>): string[] =>
  [...keys].map((key) => numberField(key).label);

/**
 * The calculator's figures with the fields' problems applied. `only` limits which fields are checked, for
 * a view (compare) that takes just some of its inputs from the calculator.
 */
export function calculatorView(
  inputs: CalculatorInputs,
  notANumber: ReadonlySet<NumberFieldKey> = new Set(),
  only?: ReadonlySet<NumberFieldKey>
): CalculatorView {
  const problems = new Map(
    [...fieldProblems(inputs, notANumber)].filter(([key]) => !only || only.has(key))
  );
  const computed = calculate(inputs);
  const waiting = new Set<NumberFieldKey>();
  const gate = (key: FigureKey): Figure => {
    const blocked = fieldsFeeding(key, inputs).filter((field) => problems.has(field));
    if (blocked.length === 0) return computed[key];
    for (const field of blocked) waiting.add(field);
    return noAnswer(`waits on ${[...new Set(labelsOf(blocked))].join(", ")}`);
  };
  const figures = Object.fromEntries(RESULT_ROWS.map(({ key }) => [key, gate(key)])) as Record<
    FigureKey,
    Figure
  >;
  const ordered = [...problems.keys()].filter((key) => waiting.has(key));
  return {
    problems,
    results: { ...figures, breakdown: computed.breakdown },
    waitingOn: labelsOf(ordered),
  };
}

/** A plain sentence saying which fields the results wait on; undefined when none. */
export function waitingText(view: CalculatorView): string | undefined {
  const labels = view.waitingOn;
  if (labels.length === 0) return undefined;
  return `Some results wait on ${labels.join(", ")}: see the message next to ${labels.length === 1 ? "that field" : "those fields"}.`;
}

export interface BreakdownSegment {
  readonly label: string;
  readonly className: string;
  readonly usdPerGpuHour: number;
  /** Share of the total, 0-100. */
  readonly percent: number;
}

/** The capital, power and operating split of a built-up GPU-hour, or why there is none to show. */
export function breakdownView(
  view: CalculatorView
): Answer<{ title: string; segments: BreakdownSegment[] }> {
  const blocked = BUILD_FIELDS.filter((field) => view.problems.has(field));
  if (blocked.length > 0)
    return noAnswer(`The cost breakdown waits on ${labelsOf(blocked).join(", ")}.`);
  const parts = view.results.breakdown;
  if (!parts || !(parts.totalUsdPerGpuHour > 0))
    return noAnswer("Enter a capex per GPU to see the capital, power and operating breakdown.");
  const total = parts.totalUsdPerGpuHour;
  const segment = (label: string, className: string, value: number): BreakdownSegment => ({
    label,
    className,
    usdPerGpuHour: value,
    percent: (value / total) * 100,
  });
  return {
    ok: true,
    value: {
      title: `Cost breakdown, built up: ${formatValue(total, "usdPerGpuHour")}`,
      segments: [
        segment("Capital", "capital", parts.capitalUsdPerGpuHour),
        segment("Power", "power", parts.powerUsdPerGpuHour),
        segment("Operating", "operating", parts.operatingUsdPerGpuHour),
      ],
    },
  };
}
