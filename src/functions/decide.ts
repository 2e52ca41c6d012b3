/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- Each function
   reads Excel's positional arguments through `arguments` against its parameter list; the named parameters
   exist for Excel's metadata, where `any[][]` makes each a matrix of any values, so Excel hands a whole
   range (error cells included) to one call. */
/**
 * Decisions under uncertainty: TORNADO, SOLVEFOR, SCENARIOS and SIMULATE over a model described by a table
 * of inputs (src/core/decide). Each is its JSDoc (Excel's help, shared parameter text from parameterHelp.ts)
 * and one call into the core; the tables (inputs, lowHigh, scenarios, uncertain, correlations, statistics)
 * are read whole, every other argument takes one value, and nothing broadcasts. A metric with no answer in
 * a cell (no IRR, never pays back) is #N/A in that cell with the core's reason.
 */
import "./runtimeGuard";
import {
  type Answer,
  type MetricName,
  type ScenarioResult,
  type SimulateInput,
  type SimulationSummary,
  type TableCell as ModelCell,
  type TornadoRow,
  TokenomicsInputError,
  checkedMetric,
  describeValue,
  scenarios as scenarioResults,
  simulate,
  solveFor,
  summaryRows,
  tornado,
} from "../core";
import { type TableCell, excelTable, excelTableNumber } from "./call";
import { toExcelError } from "./excelErrors";
import { EXCEL_MESSAGES } from "./messages";
import { signature } from "./parameters";

const TORNADO = signature("metric", "inputs", "lowHigh");

/**
 * Returns a table (spills) of one-at-a-time sensitivity, in the metric's unit: for each input in lowHigh, the metric with that input at its low and at its high value and every other input as in inputs, sorted by swing (|metric at high - metric at low|), largest first. A header row, then parameter, low, high, metric at low, metric at high, swing; a metric with no answer there (no IRR, never pays back) is #N/A in its cell and its swing 0. inputs and lowHigh take their whole ranges; metric takes one value.
 * @customfunction TORNADO
 * @param metric What to compute: "roiMultiple" (ROIMULTIPLE), "npvUsd" (TOKENNPV at the discountRate input), "irr" (TOKENIRR), "paybackMonths" (PAYBACKMONTHS), "revenueUsd" (TOKENREVENUE) or "costPerMillionTokensUsd" (COSTPERTOKEN of the build-up's GPU-hour cost). Case does not matter.
 * @param inputs The model: a range of two columns, input name then value, one input a row (names ignore case; blank rows are skipped). Build-up inputs gpuCount, tokensPerSecondPerGpu, capexPerGpu, lifeYears, costOfCapital, powerKwPerGpu, usdPerKwh, pue, opexPerGpuYear, residualFraction; lifecycle inputs investmentUsd, years, tokensPerSecond, usdPerMillionTokens, utilization, annualOperatingCostUsd, annualPriceChange, annualThroughputGain, discountRate. A lifecycle input given wins over its derivation from the build-up.
 * @param lowHigh The inputs to swing: a range of three columns, input name, low value and high value, one input a row.
 * @returns Table with a header row: parameter, low, high, metric at low, metric at high, swing (in the metric's unit).
 */
export function tornadoTable(metric: any[][], inputs: any[][], lowHigh: any[][]): any[][] {
  return excelTable(
    TORNADO,
    arguments,
    (input) => tornadoRows(input.metric, tornado(input)),
    "TORNADO"
  );
}

const SOLVEFOR = signature("metric", "target", "parameter", "inputs", "lower", "upper");

/**
 * Returns the value of one input, in that input's unit, that makes the metric equal the target with every other input as in inputs (the token price for a 15x ROI, the utilization for a 15% IRR): the root nearest the input's value in inputs, by stepping outward to the first sign change and Brent's method, within the input's rule or the bounds given. #N/A with the reason, saying which side the metric stays on, when no value there reaches the target. inputs takes its whole range; every other argument one value.
 * @customfunction SOLVEFOR
 * @param metric What to compute: "roiMultiple" (ROIMULTIPLE), "npvUsd" (TOKENNPV at the discountRate input), "irr" (TOKENIRR), "paybackMonths" (PAYBACKMONTHS), "revenueUsd" (TOKENREVENUE) or "costPerMillionTokensUsd" (COSTPERTOKEN of the build-up's GPU-hour cost). Case does not matter.
 * @param target The value the metric must reach, in the metric's unit (15 for a 15x ROI, 0.15 for a 15% IRR, 18 for 18 months).
 * @param parameter The input to solve for, by name, e.g. "usdPerMillionTokens", "utilization", "annualPriceChange": any input the inputs table accepts.
 * @param inputs The model: a range of two columns, input name then value, one input a row (names ignore case; blank rows are skipped). Build-up inputs gpuCount, tokensPerSecondPerGpu, capexPerGpu, lifeYears, costOfCapital, powerKwPerGpu, usdPerKwh, pue, opexPerGpuYear, residualFraction; lifecycle inputs investmentUsd, years, tokensPerSecond, usdPerMillionTokens, utilization, annualOperatingCostUsd, annualPriceChange, annualThroughputGain, discountRate. A lifecycle input given wins over its derivation from the build-up.
 * @param [lower] Lowest value to search, within the input's rule. If omitted, the rule's lower bound (0 for a price, -1 for a yearly change).
 * @param [upper] Highest value to search, within the input's rule. If omitted, the rule's upper bound (1 for utilization, 1e9 for a price in USD per million tokens, 10 for a yearly change).
 * @returns The solved input's value, in its own unit (USD per million tokens for a price, a fraction for utilization).
 */
export function solveForValue(
  metric: any[][],
  target: any[][],
  parameter: any[][],
  inputs: any[][],
  lower?: any[][],
  upper?: any[][]
): any[][] {
  return [[excelTableNumber(SOLVEFOR, arguments, (input) => solveFor(input), "SOLVEFOR")]];
}

const SCENARIOS = signature("metric", "inputs", "scenarios");

/**
 * Returns a table (spills) of the metric, in its unit, once per scenario: a header row ("scenario", then each scenario's name) over one row (the metric's name, then its value in each scenario), so it lines up under the scenarios table's columns. A scenario whose overrides are invalid is #VALUE! in its own cell; a metric with no answer there is #N/A with the reason. inputs and scenarios take their whole ranges; metric takes one value.
 * @customfunction SCENARIOS
 * @param metric What to compute: "roiMultiple" (ROIMULTIPLE), "npvUsd" (TOKENNPV at the discountRate input), "irr" (TOKENIRR), "paybackMonths" (PAYBACKMONTHS), "revenueUsd" (TOKENREVENUE) or "costPerMillionTokensUsd" (COSTPERTOKEN of the build-up's GPU-hour cost). Case does not matter.
 * @param inputs The model: a range of two columns, input name then value, one input a row (names ignore case; blank rows are skipped). Build-up inputs gpuCount, tokensPerSecondPerGpu, capexPerGpu, lifeYears, costOfCapital, powerKwPerGpu, usdPerKwh, pue, opexPerGpuYear, residualFraction; lifecycle inputs investmentUsd, years, tokensPerSecond, usdPerMillionTokens, utilization, annualOperatingCostUsd, annualPriceChange, annualThroughputGain, discountRate. A lifecycle input given wins over its derivation from the build-up.
 * @param scenarios The scenarios: a header row (a label, then one name per scenario), then one row per input, its name and its value in each scenario; a blank keeps the inputs table's value.
 * @returns Table of two rows: scenario names, then the metric in each (in the metric's unit).
 */
export function scenarioTable(metric: any[][], inputs: any[][], scenarios: any[][]): any[][] {
  return excelTable(
    SCENARIOS,
    arguments,
    (input) => scenarioRows(input.metric, scenarioResults(input)),
    "SCENARIOS"
  );
}

const SIMULATE = signature(
  "metric",
  "inputs",
  "uncertain",
  "trials",
  "seed",
  "correlations",
  "statistics"
);

/**
 * Returns a table (spills) summarising a Monte Carlo simulation of the metric, in the metric's unit: label then value for mean, standard deviation, P5, P10, P50, P90, P95 (PERCENTILE.INC), probability of loss (a fraction: ROI below 1x, NPV below 0, IRR below discountRate or none, never paying back within the horizon; or against the threshold given in statistics), share of trials with no answer (no IRR or no payback, counted as the worst outcomes in percentiles), the share of each unbounded input truncated at its rule, then any histogram bins asked for in statistics. Latin hypercube sampling from a seeded xoshiro128** generator, the same on every machine. inputs, uncertain, correlations and statistics take their whole ranges; the other arguments one value.
 * @customfunction SIMULATE
 * @param metric What to compute: "roiMultiple" (ROIMULTIPLE), "npvUsd" (TOKENNPV at the discountRate input), "irr" (TOKENIRR), "paybackMonths" (PAYBACKMONTHS), "revenueUsd" (TOKENREVENUE) or "costPerMillionTokensUsd" (COSTPERTOKEN of the build-up's GPU-hour cost). Case does not matter.
 * @param inputs The model: a range of two columns, input name then value, one input a row (names ignore case; blank rows are skipped). Build-up inputs gpuCount, tokensPerSecondPerGpu, capexPerGpu, lifeYears, costOfCapital, powerKwPerGpu, usdPerKwh, pue, opexPerGpuYear, residualFraction; lifecycle inputs investmentUsd, years, tokensPerSecond, usdPerMillionTokens, utilization, annualOperatingCostUsd, annualPriceChange, annualThroughputGain, discountRate. A lifecycle input given wins over its derivation from the build-up.
 * @param uncertain The uncertain inputs: one row each, input name, distribution and its values: "PERT" or "triangular" (min, mode, max), "uniform" (min, max), "normal" (mean, sd), "lognormal" (its P10, P90), "threepoint" (P10, P50, P90: a split normal). A bounded one must stay within the input's rule; normal, lognormal and threepoint are truncated at it.
 * @param [trials] Number of trials, a whole number from 2 to 100000 (capped: a simulation holds up Excel while it runs). If omitted, 10000.
 * @param [seed] Seed of the random draws, a whole number from 0 to 4294967295: the same seed gives the same draws and the same results on every machine. If omitted, 1.
 * @param [correlations] Rank correlations between the uncertain inputs (Iman-Conover): a square range, one row and one column per uncertain row in its order, symmetric, 1 on the diagonal, entries from -1 to 1. If omitted, the inputs are independent.
 * @param [statistics] Extras: a number of histogram bins (e.g. 20), or rows of option name and value: "bins" (1 to 1000 equal-width bins, appended below the summary as a header row, then from, to and count per bin), "threshold" (the loss line, in the metric's unit, instead of the natural one), "sampling" ("latin", the default, or "random"). If omitted, the summary alone.
 * @returns Table of labels and values (in the metric's unit; probabilities and shares as fractions), then any histogram bins.
 */
export function simulationSummary(
  metric: any[][],
  inputs: any[][],
  uncertain: any[][],
  trials?: any[][],
  seed?: any[][],
  correlations?: any[][],
  statistics?: any[][]
): any[][] {
  return excelTable(
    SIMULATE,
    arguments,
    (input) => summaryTable(simulate({ ...input, ...statisticsOptions(input.statistics) })),
    "SIMULATE"
  );
}

/** TORNADO's spill: a header row naming the metric, then one row per bar. */
function tornadoRows(metric: string, rows: readonly TornadoRow[]): TableCell[][] {
  const name = checkedMetric(metric);
  return [
    ["parameter", "low", "high", `${name} at low`, `${name} at high`, "swing"],
    ...rows.map((row): TableCell[] => [
      row.parameter,
      row.low,
      row.high,
      row.metricAtLow,
      row.metricAtHigh,
      row.swing,
    ]),
  ];
}

/** SCENARIOS' spill: names over values; a scenario's invalid override is #VALUE! in its own cell. */
function scenarioRows(metric: string, results: readonly ScenarioResult[]): TableCell[][] {
  const name: MetricName = checkedMetric(metric);
  return [
    ["scenario", ...results.map((s) => s.name)],
    [
      name,
      ...results.map((s): TableCell =>
        s.result instanceof TokenomicsInputError ? toExcelError(s.result) : s.result
      ),
    ],
  ];
}

/** SIMULATE's spill: label and value rows; with bins, a header row then from, to and count per bin. */
function summaryTable(summary: SimulationSummary): TableCell[][] {
  const { histogram, ...rest } = summary;
  const rows: TableCell[][] = summaryRows(rest).map(([label, value]): TableCell[] => [
    label,
    value as Answer<number>,
  ]);
  if (histogram === undefined) return rows;
  return [
    ...rows.map((row) => [...row, null]),
    ["bin from", "bin to", "count"],
    ...histogram.map((bin): TableCell[] => [bin.from, bin.to, bin.count]),
  ];
}

type SimulationOptions = Pick<SimulateInput, "histogramBins" | "threshold" | "sampling">;

/** The option each name in `statistics` sets (names ignore case). */
const STATISTIC_OPTIONS: Readonly<Record<string, keyof SimulationOptions>> = {
  bins: "histogramBins",
  histogrambins: "histogramBins",
  threshold: "threshold",
  sampling: "sampling",
};

/**
 * SIMULATE's `statistics`: a lone number is the histogram bins; otherwise rows of option name and value
 * (bins, threshold, sampling). Ranges of numbers are checked by the core, which names the option.
 */
function statisticsOptions(statistics: ModelCell[][] | undefined): SimulationOptions {
  if (statistics === undefined) return {};
  const only = statistics.length === 1 && statistics[0]?.length === 1 ? statistics[0][0] : null;
  if (typeof only === "number") return { histogramBins: only };
  if (only !== null)
    throw new TokenomicsInputError(
      "notANumber",
      "statistics",
      EXCEL_MESSAGES.statisticsShape(describeValue(only))
    );
  const options: { -readonly [K in keyof SimulationOptions]: SimulationOptions[K] } = {};
  const rows = new Map<keyof SimulationOptions, number>();
  statistics.forEach((row, index) => {
    const [name = null, value = null, ...rest] = row;
    if (name === null && value === null && rest.every((cell) => cell === null)) return;
    const where = index + 1;
    const option =
      typeof name === "string" ? STATISTIC_OPTIONS[name.trim().toLowerCase()] : undefined;
    if (option === undefined)
      throw new TokenomicsInputError(
        "outOfRange",
        "statistics",
        EXCEL_MESSAGES.unknownStatistic(
          where,
          typeof name === "string" ? `"${name}"` : describeValue(name)
        )
      );
    const earlier = rows.get(option);
    if (earlier !== undefined)
      throw new TokenomicsInputError(
        "outOfRange",
        "statistics",
        EXCEL_MESSAGES.duplicateStatistic(where, String(name), earlier)
      );
    rows.set(option, where);
    if (rest.some((cell) => cell !== null))
      throw new TokenomicsInputError(
        "outOfRange",
        "statistics",
        EXCEL_MESSAGES.statisticValue(where, String(name), "one value, in the next column")
      );
    if (option === "sampling") {
      const sampling = typeof value === "string" ? value.trim().toLowerCase() : undefined;
      if (sampling !== "latin" && sampling !== "random")
        throw new TokenomicsInputError(
          "outOfRange",
          "statistics",
          EXCEL_MESSAGES.statisticValue(where, "sampling", '"latin" or "random"')
        );
      options.sampling = sampling;
    } else if (typeof value !== "number") {
      throw new TokenomicsInputError(
        "notANumber",
        "statistics",
        EXCEL_MESSAGES.statisticValue(where, String(name), `a number (got ${describeValue(value)})`)
      );
    } else options[option] = value;
  });
  return options;
}
