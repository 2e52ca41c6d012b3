/**
 * Every argument a TOKENOMICS function takes, described once: how Excel's value is read (a number, a text,
 * a repeating list of texts, a date or a table) and whether it may be omitted.
 *
 * The help Excel shows for each parameter is written once too, in parameterHelp.ts, kept out of this file
 * because nothing reads it at run time (Excel reads functions.json): custom-functions-metadata reads only
 * JSDoc, so each function's `@param` line repeats that help, then may add a sentence of its own where the
 * function uses the value differently (PAYBACKMONTHS applies yearly changes month by month).
 * test/functions/metadata.test.ts reads the generated functions.json and fails when a copy drifts from the
 * help table, or when a function's parameters and this table disagree on optionality.
 */

/**
 * How an Excel argument is read: see arguments.ts for the blank policy of each kind. A "table" is a whole
 * range read as rows of cells (the decision functions' model, uncertainty and scenario tables), never
 * broadcast.
 */
export type ParameterKind = "number" | "text" | "textList" | "date" | "table";

export interface Parameter {
  readonly kind: ParameterKind;
  /** Omitted or blank takes the core's documented default; a required one that is blank is #VALUE!. */
  readonly optional: boolean;
  /** A table's layout: the fewest columns it can have, and how to say what they are ("name and value"). */
  readonly columns?: { readonly min: number; readonly layout: string };
}

function required<K extends ParameterKind>(kind: K) {
  return { kind, optional: false } as const;
}

function optional<K extends ParameterKind>(kind: K) {
  return { kind, optional: true } as const;
}

function table(
  optional: boolean,
  min: number,
  layout: string
): {
  readonly kind: "table";
  readonly optional: boolean;
  readonly columns: { readonly min: number; readonly layout: string };
} {
  return { kind: "table", optional, columns: { min, layout } };
}

export const PARAMETERS = {
  // GPU-hour cost
  capexPerGpu: required("number"),
  lifeYears: required("number"),
  powerKwPerGpu: required("number"),
  usdPerKwh: required("number"),
  pue: optional("number"),
  opexPerGpuYear: optional("number"),
  costOfCapital: optional("number"),
  residualFraction: optional("number"),

  // Serving cost and price of tokens
  usdPerGpuHour: required("number"),
  tokensPerSecondPerGpu: required("number"),
  utilization: optional("number"),
  tokensPerUnit: optional("number"),
  targetGrossMargin: optional("number"),
  inputUsdPerMillion: required("number"),
  outputUsdPerMillion: required("number"),
  inputTokensPerOutputToken: required("number"),
  cachedInputShare: optional("number"),
  cachedInputUsdPerMillion: optional("number"),

  // Revenue and investment over a horizon
  discountRate: required("number"),
  investmentUsd: required("number"),
  years: required("number"),
  tokensPerSecond: required("number"),
  usdPerMillionTokens: required("number"),
  annualOperatingCostUsd: optional("number"),
  annualPriceChange: optional("number"),
  annualThroughputGain: optional("number"),
  periodsPerYear: optional("number"),

  // Presets and measured throughput
  platform: required("text"),
  field: required("text"),
  fields: optional("textList"),
  model: required("text"),
  workload: required("text"),
  tokensPerSecondPerUser: required("number"),
  precision: optional("text"),

  // Build-out schedules and cash-flow rows (src/functions/periods.ts): a per-period argument is one value,
  // or one row or one column of one value per period.
  gpusAdded: required("number"),
  commissioningPeriods: optional("number"),
  lifePeriods: optional("number"),
  gpusInService: required("number"),
  capexUsd: optional("number"),
  annualRate: required("number"),
  values: required("number"),
  orientation: optional("text"),

  // Which platform, measured history, estimates and API prices (src/functions/platforms.ts)
  costBasis: optional("text"),
  workloads: optional("text"),
  interactivityLevels: optional("number"),
  asOfDate: optional("date"),
  fromDate: required("date"),
  toDate: required("date"),
  efficiency: optional("number"),
  provider: optional("text"),

  // Decisions under uncertainty (src/functions/decide.ts): the model is a table of inputs.
  metric: required("text"),
  inputs: table(false, 2, "two columns: input name, then value"),
  lowHigh: table(false, 3, "three columns: input name, low value, high value"),
  target: required("number"),
  parameter: required("text"),
  lower: optional("number"),
  upper: optional("number"),
  scenarios: table(
    false,
    2,
    "a header row (a label, then one name per scenario), then rows of input name and one value per scenario"
  ),
  uncertain: table(
    false,
    3,
    "rows of input name, distribution and its values (at least 3 columns)"
  ),
  trials: optional("number"),
  seed: optional("number"),
  correlations: table(true, 1, "a square range, one row and one column per uncertain input"),
  statistics: table(true, 1, "a number of bins, or rows of option name and value"),
} as const satisfies Record<string, Parameter>;

export type ParameterName = keyof typeof PARAMETERS;

/** A parameter as one function takes it: its description and its Excel name. */
export interface NamedParameter extends Parameter {
  readonly name: ParameterName;
}

/** A function's parameters in Excel's order: the one list its arguments are read against. */
export interface Signature<Names extends readonly ParameterName[] = readonly ParameterName[]> {
  readonly names: Names;
  /** The descriptions in the same order, looked up once rather than on every call. */
  readonly parameters: readonly NamedParameter[];
}

export function signature<Names extends ParameterName[]>(...names: Names): Signature<Names> {
  return { names, parameters: names.map((name) => ({ name, ...PARAMETERS[name] })) };
}

/** The eight arguments ROIMULTIPLE, PAYBACKMONTHS, TOKENCASHFLOWS, TOKENNPV and TOKENIRR share, in order. */
export const INVESTMENT = signature(
  "investmentUsd",
  "years",
  "tokensPerSecond",
  "usdPerMillionTokens",
  "utilization",
  "annualOperatingCostUsd",
  "annualPriceChange",
  "annualThroughputGain"
);
