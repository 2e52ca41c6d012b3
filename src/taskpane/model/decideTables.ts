/**
 * The tables the "Decide" view feeds the decision core, from the calculator's inputs: the model table of
 * [name, value] rows, the drivers' low/high ranges, the uncertain inputs and the bear/bull overrides. The
 * inserted decision sheet writes these same tables, so its live formulas start from what the pane shows.
 * Pure: no DOM, no Office.
 */
import { found, noAnswer } from "../../core";
import type { Answer, ParameterName, TableCell } from "../../core";
import { NUMBER_FIELDS } from "./fields";
import { presetNumber } from "./inputs";
import type { CalculatorInputs } from "./inputs";
import type { Unit } from "../units";

/** The metric the view and the sheet decide on: cash back per dollar invested over the horizon. */
export const DECIDE_METRIC = "roiMultiple";

/** A price decline can approach but not reach -100% a year (the rule excludes -1). */
const PRICE_CHANGE_FLOOR = -0.95;

/** A table row [name, value]; names are the decision model's own (matched ignoring case). */
export type ModelRow = readonly [ParameterName, number];

/**
 * The calculator's inputs as the decision model's table, with the throughput per GPU the calculator
 * looked up and, for a preset-tier cost basis, that tier's cost of a GPU-hour. A blank or non-finite
 * field is the reason there is no table, never a NaN in it.
 */
export function decisionRows(
  inputs: CalculatorInputs,
  tokensPerSecondPerGpu: number
): Answer<ModelRow[]> {
  const rows: ModelRow[] = [["tokensPerSecondPerGpu", tokensPerSecondPerGpu]];
  for (const { key, label } of NUMBER_FIELDS) {
    const value = inputs[key];
    if (!Number.isFinite(value)) {
      return noAnswer(
        key === "capexPerGpu"
          ? `Enter Capex per GPU in the calculator: no price is published for ${inputs.platformId}.`
          : `Enter ${label} in the calculator: it is blank or not a number.`
      );
    }
    rows.push([key, value]);
  }
  // A preset tier is the cost of a GPU-hour as the model sheet writes it (its UsdPerGpuHour input).
  const tier =
    inputs.costBasis === "build"
      ? undefined
      : presetNumber(inputs.platformId, inputs.costBasis, inputs.overrides);
  if (tier !== undefined) rows.push(["usdPerGpuHour", tier]);
  return found(rows);
}

/** The unit each model parameter is shown and formatted in. */
const PARAMETER_UNITS: Readonly<Partial<Record<ParameterName, Unit>>> = {
  gpuCount: "count",
  tokensPerSecondPerGpu: "tokensPerSecond",
  tokensPerSecondPerUser: "tokensPerSecondPerUser",
  capexPerGpu: "usd",
  lifeYears: "plain",
  costOfCapital: "fraction",
  powerKwPerGpu: "kw",
  usdPerKwh: "usdPerKwh",
  pue: "plain",
  opexPerGpuYear: "usd",
  residualFraction: "fraction",
  investmentUsd: "usd",
  years: "plain",
  tokensPerSecond: "tokensPerSecond",
  usdPerMillionTokens: "usdPerMillionTokens",
  utilization: "fraction",
  annualOperatingCostUsd: "usd",
  annualPriceChange: "fraction",
  annualThroughputGain: "fraction",
  discountRate: "fraction",
  usdPerGpuHour: "usdPerGpuHour",
};

export function parameterUnit(name: string): Unit {
  return PARAMETER_UNITS[name as ParameterName] ?? "plain";
}

/** The value a row gives a parameter (every table here names each parameter once). */
export function valueOf(rows: readonly ModelRow[], name: ParameterName): number {
  return rows.find(([n]) => n === name)?.[1] ?? NaN;
}

/** A driver of the tornado: its range around the base, documented in `range`. */
export interface Driver {
  readonly name: ParameterName;
  readonly label: string;
  readonly range: string;
  readonly low: (base: number) => number;
  readonly high: (base: number) => number;
}

const scaled = (factor: number) => (base: number) => base * factor;

/** The tornado's drivers: multiplicative ones ±20%, rates ± points, the horizon ± one year. */
export const DRIVERS: readonly Driver[] = [
  {
    name: "usdPerMillionTokens",
    label: "Token price",
    range: "±20%",
    low: scaled(0.8),
    high: scaled(1.2),
  },
  {
    name: "utilization",
    label: "Utilization",
    range: "±20% (at most 1)",
    low: scaled(0.8),
    high: (b) => Math.min(1, b * 1.2),
  },
  {
    name: "annualPriceChange",
    label: "Token price change a year",
    range: "±20 points",
    low: (b) => Math.max(PRICE_CHANGE_FLOOR, b - 0.2),
    high: (b) => b + 0.2,
  },
  {
    name: "tokensPerSecondPerGpu",
    label: "Throughput per GPU",
    range: "±20%",
    low: scaled(0.8),
    high: scaled(1.2),
  },
  {
    name: "capexPerGpu",
    label: "Capex per GPU",
    range: "±20%",
    low: scaled(0.8),
    high: scaled(1.2),
  },
  {
    name: "usdPerKwh",
    label: "Electricity price",
    range: "±20%",
    low: scaled(0.8),
    high: scaled(1.2),
  },
  {
    name: "opexPerGpuYear",
    label: "Hosting and opex",
    range: "±20%",
    low: scaled(0.8),
    high: scaled(1.2),
  },
  {
    name: "annualThroughputGain",
    label: "Throughput gain a year",
    range: "±10 points",
    low: (b) => Math.max(PRICE_CHANGE_FLOOR, b - 0.1),
    high: (b) => b + 0.1,
  },
  {
    name: "years",
    label: "Horizon",
    range: "±1 year (at least 1)",
    low: (b) => Math.max(1, b - 1),
    high: (b) => b + 1,
  },
];

/** A parameter's label as the view shows it. */
export function driverLabel(name: string): string {
  return DRIVERS.find((d) => d.name === name)?.label ?? name;
}

/** TORNADO's lowHigh table: [parameter, low, high] per driver. */
export function lowHighTable(rows: readonly ModelRow[]): [string, number, number][] {
  return DRIVERS.map((d) => {
    const base = valueOf(rows, d.name);
    return [d.name, d.low(base), d.high(base)];
  });
}

/** The drivers whose break-even the view solves for. */
export const BREAK_EVEN_DRIVERS: readonly ParameterName[] = [
  "usdPerMillionTokens",
  "utilization",
  "annualPriceChange",
];

/** The scenario columns and the overrides each makes (base keeps every input). */
export const SCENARIO_NAMES = ["Base", "Bear", "Bull"] as const;

const SCENARIO_OVERRIDES: readonly {
  readonly name: ParameterName;
  readonly bear: (b: number) => number;
  readonly bull: (b: number) => number;
}[] = [
  { name: "usdPerMillionTokens", bear: scaled(0.75), bull: scaled(1.25) },
  { name: "utilization", bear: scaled(0.8), bull: (b) => Math.min(1, b * 1.1) },
  {
    name: "annualPriceChange",
    bear: (b) => Math.max(PRICE_CHANGE_FLOOR, b - 0.15),
    bull: (b) => b + 0.15,
  },
  { name: "tokensPerSecondPerGpu", bear: scaled(0.9), bull: scaled(1.1) },
  { name: "usdPerKwh", bear: scaled(1.25), bull: scaled(0.9) },
];

/** What the bear and bull columns assume, in words (the view's note and the sheet's). */
export const SCENARIO_NOTE =
  "Bear: price −25%, utilization −20%, price falls 15 points faster, throughput −10%, power +25%. " +
  "Bull: price +25%, utilization +10% (at most 1), price falls 15 points slower, throughput +10%, power −10%.";

/** SCENARIOS' table: a header row, then [parameter, base (blank: keeps the input), bear, bull]. */
export function scenarioTable(rows: readonly ModelRow[]): TableCell[][] {
  return [
    ["Parameter", ...SCENARIO_NAMES],
    ...SCENARIO_OVERRIDES.map((o): TableCell[] => {
      const base = valueOf(rows, o.name);
      return [o.name, null, o.bear(base), o.bull(base)];
    }),
  ];
}

/** SIMULATE's uncertain table: [parameter, distribution, p1, p2, p3] (blank p3 for two-parameter ones). */
export function uncertainTable(rows: readonly ModelRow[]): TableCell[][] {
  const v = (name: ParameterName): number => valueOf(rows, name);
  const price = v("usdPerMillionTokens");
  const utilization = v("utilization");
  const change = v("annualPriceChange");
  const table: TableCell[][] = [
    ["usdPerMillionTokens", "triangular", price * 0.6, price, price * 1.3],
    ["utilization", "triangular", utilization * 0.7, utilization, Math.min(1, utilization * 1.1)],
    [
      "annualPriceChange",
      "triangular",
      Math.max(PRICE_CHANGE_FLOOR, change - 0.2),
      change,
      change + 0.1,
    ],
    [
      "tokensPerSecondPerGpu",
      "triangular",
      v("tokensPerSecondPerGpu") * 0.8,
      v("tokensPerSecondPerGpu"),
      v("tokensPerSecondPerGpu") * 1.15,
    ],
    ["capexPerGpu", "uniform", v("capexPerGpu") * 0.9, v("capexPerGpu") * 1.1, null],
  ];
  // A free input (no power price) has no spread to draw: it stays at its value.
  if (v("usdPerKwh") > 0)
    table.push(["usdPerKwh", "uniform", v("usdPerKwh") * 0.8, v("usdPerKwh") * 1.2, null]);
  return table;
}

/** What the uncertain table assumes, in words. */
export const UNCERTAIN_NOTE =
  "Token price triangular (−40%, base, +30%); utilization triangular (−30%, base, +10%, at most 1); price change " +
  "triangular (−20 points, base, +10 points); throughput triangular (−20%, base, +15%); capex uniform " +
  "±10%; electricity uniform ±20%.";
