/**
 * Every argument a TOKENOMICS function takes, described once: how Excel's value is read (a number, a text,
 * or a repeating list of texts), whether it may be omitted, and the help Excel shows for it.
 *
 * A parameter shared by several functions means the same thing in each, so its help is written here once.
 * custom-functions-metadata reads only JSDoc, so each function's `@param` line repeats this help, then may
 * add a sentence of its own where the function uses the value differently (PAYBACKMONTHS applies yearly
 * changes month by month). test/functions/metadata.test.ts reads the generated functions.json and fails when
 * a copy drifts from this table, or when a function's parameters and this table disagree on optionality.
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
  /** The help every function shows for this parameter, before any function-specific sentence. */
  readonly help: string;
  /** A table's layout: the fewest columns it can have, and how to say what they are ("name and value"). */
  readonly columns?: { readonly min: number; readonly layout: string };
}

function required<K extends ParameterKind>(kind: K, help: string) {
  return { kind, optional: false, help } as const;
}

function optional<K extends ParameterKind>(kind: K, help: string) {
  return { kind, optional: true, help } as const;
}

function table(
  optional: boolean,
  min: number,
  layout: string,
  help: string
): {
  readonly kind: "table";
  readonly optional: boolean;
  readonly help: string;
  readonly columns: { readonly min: number; readonly layout: string };
} {
  return { kind: "table", optional, help, columns: { min, layout } };
}

export const PARAMETERS = {
  // GPU-hour cost
  capexPerGpu: required(
    "number",
    "Purchase cost of one GPU with its share of servers, network and installation, in USD; 0 for a fleet already owned. At least 0."
  ),
  lifeYears: required(
    "number",
    "Economic life over which the capex is recovered, in years. Greater than 0, at most 100."
  ),
  powerKwPerGpu: required(
    "number",
    // Each function states its own range and default: SCHEDULE takes 0 (power left out) and defaults to it.
    "All-in IT power per GPU (chip plus its share of host and network), in kW."
  ),
  usdPerKwh: required("number", "Electricity price in USD per kWh. At least 0, at most 100."),
  pue: optional(
    "number",
    "Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1."
  ),
  opexPerGpuYear: optional(
    "number",
    "Other operating cost per GPU per year (hosting, software, staff), in USD. At least 0. If omitted, 0."
  ),
  costOfCapital: optional(
    "number",
    "Annual cost of capital as a decimal (0.1 = 10%); the capital charge is then a level annuity like Excel's PMT. At least 0. If omitted, 0 (straight line)."
  ),
  residualFraction: optional(
    "number",
    "Value left at the end of life as a fraction of capex, 0 to 1. If omitted, 0."
  ),

  // Serving cost and price of tokens
  usdPerGpuHour: required(
    "number",
    "All-in cost of one GPU-hour, in USD (see GPUHOURCOST). Greater than 0."
  ),
  tokensPerSecondPerGpu: required(
    "number",
    "Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0."
  ),
  utilization: optional(
    "number",
    // Each function states its own range and default: a period of PERIODTOKENS or SCHEDULE may be idle (0).
    "Share of time spent serving at that rate, 0 to 1 (0.6 = 60%)."
  ),
  tokensPerUnit: optional(
    "number",
    "Tokens in one pricing unit. Greater than 0. If omitted, 1000000 (USD per million tokens)."
  ),
  targetGrossMargin: optional(
    "number",
    "Gross margin on the price as a decimal (0.4 = 40%). At least 0, less than 1. If omitted, 0 (break even)."
  ),
  inputUsdPerMillion: required(
    "number",
    "Price of uncached input tokens, in USD per million. At least 0."
  ),
  outputUsdPerMillion: required(
    "number",
    "Price of output tokens, in USD per million. At least 0."
  ),
  inputTokensPerOutputToken: required(
    "number",
    "Input tokens sent for each output token (3 for a 3:1 mix). At least 0."
  ),
  cachedInputShare: optional(
    "number",
    "Share of input tokens served from the prompt cache, 0 to 1. If omitted, 0."
  ),
  cachedInputUsdPerMillion: optional(
    "number",
    "Price of cached input tokens, in USD per million. At least 0. If omitted, 0."
  ),

  // Revenue and investment over a horizon
  discountRate: required(
    "number",
    "Annual discount rate as a decimal (0.1 = 10%). Greater than -1."
  ),
  investmentUsd: required("number", "Up-front investment at period 0, in USD. Greater than 0."),
  years: required(
    "number",
    "Horizon in years; fractions allowed (2.5). Greater than 0, at most 100."
  ),
  tokensPerSecond: required(
    "number",
    "Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0."
  ),
  usdPerMillionTokens: required(
    "number",
    "Token price at the start, in USD per million tokens. Greater than 0."
  ),
  annualOperatingCostUsd: optional(
    "number",
    "Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0."
  ),
  annualPriceChange: optional(
    "number",
    "Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0."
  ),
  annualThroughputGain: optional(
    "number",
    "Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0."
  ),
  periodsPerYear: optional(
    "number",
    // Each function states its own default: 1 for TOKENCASHFLOWS and the cash-flow-row functions, 4 for schedules.
    "Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365)."
  ),

  // Presets and measured throughput
  platform: required(
    "text",
    'Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.'
  ),
  field: required(
    "text",
    'Field name, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu", "priceUsdPerGpu", "hbmGb". See TOKENOMICS.PRESETS for all.'
  ),
  fields: optional(
    "textList",
    'Field names to show, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu". If omitted, every field.'
  ),
  model: required("text", 'Model measured, e.g. "DeepSeek-R1".'),
  workload: required(
    "text",
    'Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).'
  ),
  tokensPerSecondPerUser: required(
    "number",
    "Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0."
  ),
  precision: optional(
    "text",
    '"FP4" or "FP8". If omitted, the best measured frontier across precisions.'
  ),

  // Build-out schedules and cash-flow rows (src/functions/periods.ts): a per-period argument is one value,
  // or one row or one column of one value per period.
  gpusAdded: required(
    "number",
    "GPUs delivered in each period: a row or column of one value per period (its length sets the periods), or one value. At least 0, fractions allowed; a blank cell is 0."
  ),
  commissioningPeriods: optional(
    "number",
    "Whole periods from delivery to first production, 0 to 100000; one value. If omitted, 0."
  ),
  lifePeriods: optional(
    "number",
    "Whole periods a GPU produces before it retires, 1 to 100000; one value. If omitted, GPUs never retire."
  ),
  gpusInService: required(
    "number",
    "GPUs producing in each period (see GPUSINSERVICE): a row or column of one value per period (its length sets the periods), or one value. At least 0; a blank cell is 0."
  ),
  capexUsd: optional(
    "number",
    "Capital spent in each period, in USD: a row or column of one value per period, each at least 0 (a blank cell is 0). A single value other than 0 is an error: it would be charged in every period. If omitted, 0."
  ),
  annualRate: required(
    "number",
    "Annual effective discount rate as a decimal (0.1 = 10%), whatever the period length; one value. Greater than -1, at most 100."
  ),
  values: required(
    "number",
    "Cash flows in USD, one row or one column, time 0 first: value k falls k / periodsPerYear years after time 0. Each from -1e15 to 1e15, at most 100000 values; a blank cell is 0."
  ),
  orientation: optional(
    "text",
    '"column" spills the labels down a column (beside a SCHEDULE under a row of periods), "row" across a row (above a SCHEDULE beside a column of periods). If omitted, "column".'
  ),

  // Which platform, measured history, estimates and API prices (src/functions/platforms.ts)
  costBasis: optional(
    "text",
    'GPU-hour cost to price at, a preset field in USD per GPU-hour: "tcoUsdPerGpuHourOwner" (owner), "tcoUsdPerGpuHourNeocloud", "tcoUsdPerGpuHourRental", "tcoUsdPerGpuHourRentalRetail" or "usdPerGpuHourOnDemand"; the short name in brackets also works. If omitted, "tcoUsdPerGpuHourOwner".'
  ),
  workloads: optional(
    "text",
    'Workloads to compare: a range of names, or one name, e.g. "1k/1k", "8k/1k". If omitted, every workload the model is measured on.'
  ),
  interactivityLevels: optional(
    "number",
    "Interactivity levels to compare, output tokens/s per user: a row or column of values, or one value, each greater than 0 (at most 1000 values). If omitted, 25, 50, 75, 100 and 150; for a model measured only at peak points, each platform's peak."
  ),
  asOfDate: optional(
    "date",
    "Read the measured history as of this date (a date cell, or text \"2026-03-01\"): each configuration's latest run on or before it; models with a dated history only (DeepSeek-R1). If omitted, today's values."
  ),
  fromDate: required(
    "date",
    'Start of the window: a date cell or text "2025-12-15". The throughput there is the latest run on or before it.'
  ),
  toDate: required(
    "date",
    'End of the window: a date cell or text "2026-06-11", at least 90 days after fromDate.'
  ),
  efficiency: optional(
    "number",
    "Share of the roofline bound a serving stack reaches, greater than 0 and at most 1. If omitted, the default calibrated on the measured points (see ESTIMATEINFO)."
  ),
  provider: optional(
    "text",
    'API provider, e.g. "DeepSeek", "KeepRouter"; its leading words are enough. If omitted, the first recorded (the model maker\'s own price where one is recorded).'
  ),

  // Decisions under uncertainty (src/functions/decide.ts): the model is a table of inputs.
  metric: required(
    "text",
    'What to compute: "roiMultiple" (ROIMULTIPLE), "npvUsd" (TOKENNPV at the discountRate input), "irr" (TOKENIRR), "paybackMonths" (PAYBACKMONTHS), "revenueUsd" (TOKENREVENUE) or "costPerMillionTokensUsd" (COSTPERTOKEN of the build-up\'s GPU-hour cost). Case does not matter.'
  ),
  inputs: table(
    false,
    2,
    "two columns: input name, then value",
    "The model: a range of two columns, input name then value, one input a row (names ignore case; blank rows are skipped). Build-up inputs gpuCount, tokensPerSecondPerGpu, capexPerGpu, lifeYears, costOfCapital, powerKwPerGpu, usdPerKwh, pue, opexPerGpuYear, residualFraction; lifecycle inputs investmentUsd, years, tokensPerSecond, usdPerMillionTokens, utilization, annualOperatingCostUsd, annualPriceChange, annualThroughputGain, discountRate. A lifecycle input given wins over its derivation from the build-up."
  ),
  lowHigh: table(
    false,
    3,
    "three columns: input name, low value, high value",
    "The inputs to swing: a range of three columns, input name, low value and high value, one input a row."
  ),
  target: required(
    "number",
    "The value the metric must reach, in the metric's unit (15 for a 15x ROI, 0.15 for a 15% IRR, 18 for 18 months)."
  ),
  parameter: required(
    "text",
    'The input to solve for, by name, e.g. "usdPerMillionTokens", "utilization", "annualPriceChange": any input the inputs table accepts.'
  ),
  lower: optional(
    "number",
    "Lowest value to search, within the input's rule. If omitted, the rule's lower bound (0 for a price, -1 for a yearly change)."
  ),
  upper: optional(
    "number",
    "Highest value to search, within the input's rule. If omitted, the rule's upper bound (1 for utilization, 1e9 for a price in USD per million tokens, 10 for a yearly change)."
  ),
  scenarios: table(
    false,
    2,
    "a header row (a label, then one name per scenario), then rows of input name and one value per scenario",
    "The scenarios: a header row (a label, then one name per scenario), then one row per input, its name and its value in each scenario; a blank keeps the inputs table's value."
  ),
  uncertain: table(
    false,
    3,
    "rows of input name, distribution and its values (at least 3 columns)",
    'The uncertain inputs: one row each, input name, distribution and its values: "PERT" or "triangular" (min, mode, max), "uniform" (min, max), "normal" (mean, sd), "lognormal" (its P10, P90), "threepoint" (P10, P50, P90: a split normal). A bounded one must stay within the input\'s rule; normal, lognormal and threepoint are truncated at it.'
  ),
  trials: optional(
    "number",
    "Number of trials, a whole number from 2 to 100000 (capped: a simulation holds up Excel while it runs). If omitted, 10000."
  ),
  seed: optional(
    "number",
    "Seed of the random draws, a whole number from 0 to 4294967295: the same seed gives the same draws and the same results on every machine. If omitted, 1."
  ),
  correlations: table(
    true,
    1,
    "a square range, one row and one column per uncertain input",
    "Rank correlations between the uncertain inputs (Iman-Conover): a square range, one row and one column per uncertain row in its order, symmetric, 1 on the diagonal, entries from -1 to 1. If omitted, the inputs are independent."
  ),
  statistics: table(
    true,
    1,
    "a number of bins, or rows of option name and value",
    'Extras: a number of histogram bins (e.g. 20), or rows of option name and value: "bins" (1 to 1000 equal-width bins, appended below the summary as a header row, then from, to and count per bin), "threshold" (the loss line, in the metric\'s unit, instead of the natural one), "sampling" ("latin", the default, or "random"). If omitted, the summary alone.'
  ),
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
