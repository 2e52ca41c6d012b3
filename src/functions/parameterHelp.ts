/**
 * The help Excel shows for every parameter, written once: each function's `@param` line repeats it (then may
 * add a sentence of its own), because custom-functions-metadata reads only JSDoc.
 * test/functions/metadata.test.ts reads the generated functions.json and fails when a copy drifts from this
 * table.
 *
 * Nothing imports this file at run time, so the text stays out of the functions bundle; its type makes
 * every parameter of parameters.ts have exactly one help text.
 */
import type { ParameterName } from "./parameters";

export const PARAMETER_HELP = {
  // GPU-hour cost
  capexPerGpu:
    "Purchase cost of one GPU with its share of servers, network and installation, in USD; 0 for a fleet already owned. At least 0.",
  lifeYears:
    "Economic life over which the capex is recovered, in years. Greater than 0, at most 100.",
  // Each function states its own range and default: SCHEDULE takes 0 (power left out) and defaults to it.
  powerKwPerGpu: "All-in IT power per GPU (chip plus its share of host and network), in kW.",
  usdPerKwh: "Electricity price in USD per kWh. At least 0, at most 100.",
  pue: "Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.",
  opexPerGpuYear:
    "Other operating cost per GPU per year (hosting, software, staff), in USD. At least 0. If omitted, 0.",
  costOfCapital:
    "Annual cost of capital as a decimal (0.1 = 10%); the capital charge is then a level annuity like Excel's PMT. At least 0. If omitted, 0 (straight line).",
  residualFraction: "Value left at the end of life as a fraction of capex, 0 to 1. If omitted, 0.",

  // Serving cost and price of tokens
  usdPerGpuHour: "All-in cost of one GPU-hour, in USD (see GPUHOURCOST). Greater than 0.",
  tokensPerSecondPerGpu:
    "Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.",
  // Each function states its own range and default: a period of PERIODTOKENS or SCHEDULE may be idle (0).
  utilization: "Share of time spent serving at that rate, 0 to 1 (0.6 = 60%).",
  tokensPerUnit:
    "Tokens in one pricing unit. Greater than 0. If omitted, 1000000 (USD per million tokens).",
  targetGrossMargin:
    "Gross margin on the price as a decimal (0.4 = 40%). At least 0, less than 1. If omitted, 0 (break even).",
  inputUsdPerMillion: "Price of uncached input tokens, in USD per million. At least 0.",
  outputUsdPerMillion: "Price of output tokens, in USD per million. At least 0.",
  inputTokensPerOutputToken:
    "Input tokens sent for each output token (3 for a 3:1 mix). At least 0.",
  cachedInputShare: "Share of input tokens served from the prompt cache, 0 to 1. If omitted, 0.",
  cachedInputUsdPerMillion:
    "Price of cached input tokens, in USD per million. At least 0. If omitted, 0.",

  // Revenue and investment over a horizon
  discountRate: "Annual discount rate as a decimal (0.1 = 10%). Greater than -1.",
  investmentUsd: "Up-front investment at period 0, in USD. Greater than 0.",
  years: "Horizon in years; fractions allowed (2.5). Greater than 0, at most 100.",
  tokensPerSecond:
    "Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.",
  usdPerMillionTokens: "Token price at the start, in USD per million tokens. Greater than 0.",
  annualOperatingCostUsd:
    "Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0.",
  annualPriceChange:
    "Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.",
  annualThroughputGain:
    "Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.",
  // Each function states its own default: 1 for TOKENCASHFLOWS and the cash-flow-row functions, 4 for schedules.
  periodsPerYear: "Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365).",

  // Presets and measured throughput
  platform:
    'Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.',
  field:
    'Field name, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu", "priceUsdPerGpu", "hbmGb". See TOKENOMICS.PRESETS for all.',
  fields:
    'Field names to show, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu". If omitted, every field.',
  model: 'Model measured, e.g. "DeepSeek-R1".',
  workload:
    'Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).',
  tokensPerSecondPerUser:
    "Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0.",
  precision: '"FP4" or "FP8". If omitted, the best measured frontier across precisions.',

  // Build-out schedules and cash-flow rows (src/functions/periods.ts): a per-period argument is one value,
  // or one row or one column of one value per period.
  gpusAdded:
    "GPUs delivered in each period: a row or column of one value per period (its length sets the periods), or one value. At least 0, fractions allowed; a blank cell is 0.",
  commissioningPeriods:
    "Whole periods from delivery to first production, 0 to 100000; one value. If omitted, 0.",
  lifePeriods:
    "Whole periods a GPU produces before it retires, 1 to 100000; one value. If omitted, GPUs never retire.",
  gpusInService:
    "GPUs producing in each period (see GPUSINSERVICE): a row or column of one value per period (its length sets the periods), or one value. At least 0; a blank cell is 0.",
  capexUsd:
    "Capital spent in each period, in USD: a row or column of one value per period, each at least 0 (a blank cell is 0). A single value other than 0 is an error: it would be charged in every period. If omitted, 0.",
  annualRate:
    "Annual effective discount rate as a decimal (0.1 = 10%), whatever the period length; one value. Greater than -1, at most 100.",
  values:
    "Cash flows in USD, one row or one column, time 0 first: value k falls k / periodsPerYear years after time 0. Each from -1e15 to 1e15, at most 100000 values; a blank cell is 0.",
  orientation:
    '"column" spills the labels down a column (beside a SCHEDULE under a row of periods), "row" across a row (above a SCHEDULE beside a column of periods). If omitted, "column".',

  // Which platform, measured history, estimates and API prices (src/functions/platforms.ts)
  costBasis:
    'GPU-hour cost to price at, a preset field in USD per GPU-hour: "tcoUsdPerGpuHourOwner" (owner), "tcoUsdPerGpuHourNeocloud", "tcoUsdPerGpuHourRental", "tcoUsdPerGpuHourRentalRetail" or "usdPerGpuHourOnDemand"; the short name in brackets also works. If omitted, "tcoUsdPerGpuHourOwner".',
  workloads:
    'Workloads to compare: a range of names, or one name, e.g. "1k/1k", "8k/1k". If omitted, every workload the model is measured on.',
  interactivityLevels:
    "Interactivity levels to compare, output tokens/s per user: a row or column of values, or one value, each greater than 0 (at most 1000 values). If omitted, 25, 50, 75, 100 and 150; for a model measured only at peak points, each platform's peak.",
  asOfDate:
    "Read the measured history as of this date (a date cell, or text \"2026-03-01\"): each configuration's latest run on or before it; models with a dated history only (DeepSeek-R1). If omitted, today's values.",
  fromDate:
    'Start of the window: a date cell or text "2025-12-15". The throughput there is the latest run on or before it.',
  toDate: 'End of the window: a date cell or text "2026-06-11", at least 90 days after fromDate.',
  efficiency:
    "Share of the roofline bound a serving stack reaches, greater than 0 and at most 1. If omitted, the default calibrated on the measured points (see ESTIMATEINFO).",
  provider:
    'API provider, e.g. "DeepSeek", "KeepRouter"; its leading words are enough. If omitted, the first recorded (the model maker\'s own price where one is recorded).',

  // Decisions under uncertainty (src/functions/decide.ts)
  metric:
    'What to compute: "roiMultiple" (ROIMULTIPLE), "npvUsd" (TOKENNPV at the discountRate input), "irr" (TOKENIRR), "paybackMonths" (PAYBACKMONTHS), "revenueUsd" (TOKENREVENUE) or "costPerMillionTokensUsd" (COSTPERTOKEN of the build-up\'s GPU-hour cost). Case does not matter.',
  inputs:
    "The model: a range of two columns, input name then value, one input a row (names ignore case; blank rows are skipped). Build-up inputs gpuCount, tokensPerSecondPerGpu, capexPerGpu, lifeYears, costOfCapital, powerKwPerGpu, usdPerKwh, pue, opexPerGpuYear, residualFraction; lifecycle inputs investmentUsd, years, tokensPerSecond, usdPerMillionTokens, utilization, annualOperatingCostUsd, annualPriceChange, annualThroughputGain, discountRate. A lifecycle input given wins over its derivation from the build-up.",
  lowHigh:
    "The inputs to swing: a range of three columns, input name, low value and high value, one input a row.",
  target:
    "The value the metric must reach, in the metric's unit (15 for a 15x ROI, 0.15 for a 15% IRR, 18 for 18 months).",
  parameter:
    'The input to solve for, by name, e.g. "usdPerMillionTokens", "utilization", "annualPriceChange": any input the inputs table accepts.',
  lower:
    "Lowest value to search, within the input's rule. If omitted, the rule's lower bound (0 for a price, -1 for a yearly change).",
  upper:
    "Highest value to search, within the input's rule. If omitted, the rule's upper bound (1 for utilization, 1e9 for a price in USD per million tokens, 10 for a yearly change).",
  scenarios:
    "The scenarios: a header row (a label, then one name per scenario), then one row per input, its name and its value in each scenario; a blank keeps the inputs table's value.",
  uncertain:
    'The uncertain inputs: one row each, input name, distribution and its values: "PERT" or "triangular" (min, mode, max), "uniform" (min, max), "normal" (mean, sd), "lognormal" (its P10, P90), "threepoint" (P10, P50, P90: a split normal). A bounded one must stay within the input\'s rule; normal, lognormal and threepoint are truncated at it.',
  trials:
    "Number of trials, a whole number from 2 to 100000 (capped: a simulation holds up Excel while it runs). If omitted, 10000.",
  seed: "Seed of the random draws, a whole number from 0 to 4294967295: the same seed gives the same draws and the same results on every machine. If omitted, 1.",
  correlations:
    "Rank correlations between the uncertain inputs (Iman-Conover): a square range, one row and one column per uncertain row in its order, symmetric, 1 on the diagonal, entries from -1 to 1. If omitted, the inputs are independent.",
  statistics:
    'Extras: a number of histogram bins (e.g. 20), or rows of option name and value: "bins" (1 to 1000 equal-width bins, appended below the summary as a header row, then from, to and count per bin), "threshold" (the loss line, in the metric\'s unit, instead of the natural one), "sampling" ("latin", the default, or "random"). If omitted, the summary alone.',
} as const satisfies Readonly<Record<ParameterName, string>>;
