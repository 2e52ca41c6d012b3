/**
 * What the "Decide" view shows, from the calculator's inputs: the tornado of the main drivers, the
 * break-even of price, utilization and price decline, the base/bear/bull scenarios, a seeded simulation
 * (histogram, P10/P50/P90, probability of a loss) and the cumulative cash by year. Every figure comes from
 * the decision core (`src/core/decide`), the same code the TORNADO, SOLVEFOR, SCENARIOS and SIMULATE cells
 * run. Pure: no DOM, no Office; a reason instead of a NaN wherever there is no figure.
 */
import {
  annualNetCashFlowsUsd,
  annualOperatingCostUsd,
  found,
  noAnswer,
  scenarios,
  simulate,
  solveFor,
  summaryRows,
  TokenomicsInputError,
  tornado,
} from "../../core";
import type { Answer, HistogramBin, MetricAnswer } from "../../core";
import { calculate } from "./calculator";
import {
  BREAK_EVEN_DRIVERS,
  DECIDE_METRIC,
  decisionRows,
  driverLabel,
  lowHighTable,
  scenarioTable,
  uncertainTable,
  valueOf,
} from "./decideTables";
import type { ModelRow } from "./decideTables";
import type { CalculatorInputs } from "./inputs";

/**
 * Trials of the pane's simulation: SIMULATE's default, so the pane shows what the sheet's cells show. Fast
 * enough to rerun on every edit: the whole recompute measured 17-64 ms in Chromium at 10,000 (under load,
 * the e2e reports it), inside the 100 ms budget; 2,000 measured 7-28 ms.
 */
export const DECIDE_TRIALS = 10000;
/** The seed, as SIMULATE's default: the same draws every time and on every machine. */
export const DECIDE_SEED = 1;
/** Bins of the histogram. */
export const DECIDE_BINS = 20;
/** The ROI the break-evens solve for unless the user sets another: the investment paid back, 1x. */
export const DEFAULT_BREAK_EVEN_TARGET = 1;

export interface TornadoBar {
  readonly parameter: string;
  readonly label: string;
  readonly low: number;
  readonly high: number;
  readonly atLow: MetricAnswer;
  readonly atHigh: MetricAnswer;
  readonly swing: number;
}

export interface BreakEven {
  readonly parameter: string;
  readonly label: string;
  readonly base: number;
  readonly value: Answer<number>;
}

export interface ScenarioFigure {
  readonly name: string;
  readonly value: Answer<number>;
}

export interface SimulationFigures {
  readonly trials: number;
  readonly seed: number;
  readonly bins: readonly HistogramBin[];
  readonly p10: Answer<number>;
  readonly p50: Answer<number>;
  readonly p90: Answer<number>;
  readonly mean: Answer<number>;
  readonly lossProbability: Answer<number>;
  /**
   * Label-and-value rows of SIMULATE's summary before any bins (one more per truncated input): where the
   * sheet's histogram starts in the spill.
   */
  readonly summaryRows: number;
}

export interface CashPoint {
  readonly year: number;
  readonly cumulativeUsd: number;
}

export interface DecideFigures {
  readonly rows: readonly ModelRow[];
  readonly base: MetricAnswer;
  readonly target: number;
  readonly tornado: readonly TornadoBar[];
  readonly breakEvens: readonly BreakEven[];
  readonly scenarios: readonly ScenarioFigure[];
  readonly simulation: SimulationFigures;
  readonly cumulativeCash: readonly CashPoint[];
}

/** Runs a core call; invalid input becomes the reason there is no figure. */
function attempt<T>(compute: () => Answer<T>): Answer<T> {
  try {
    return compute();
  } catch (error) {
    if (error instanceof TokenomicsInputError) return noAnswer(error.message);
    throw error;
  }
}

/** The cumulative net cash at the end of each year, year 0 the investment. */
export function cumulativeCash(rows: readonly ModelRow[]): CashPoint[] {
  const v = (name: Parameters<typeof valueOf>[1]): number => valueOf(rows, name);
  const flows = annualNetCashFlowsUsd({
    investmentUsd: v("gpuCount") * v("capexPerGpu"),
    years: v("years"),
    tokensPerSecond: v("gpuCount") * v("tokensPerSecondPerGpu"),
    usdPerMillionTokens: v("usdPerMillionTokens"),
    utilization: v("utilization"),
    annualOperatingCostUsd: annualOperatingCostUsd({
      gpuCount: v("gpuCount"),
      powerKwPerGpu: v("powerKwPerGpu"),
      usdPerKwh: v("usdPerKwh"),
      pue: v("pue"),
      opexPerGpuYear: v("opexPerGpuYear"),
    }),
    annualPriceChange: v("annualPriceChange"),
    annualThroughputGain: v("annualThroughputGain"),
  });
  let sum = 0;
  return flows.map((flow, year) => ({ year, cumulativeUsd: (sum += flow) }));
}

/** Every figure of the view for the calculator's inputs and the break-even target (an ROI multiple). */
export function decideFigures(
  inputs: CalculatorInputs,
  target: number = DEFAULT_BREAK_EVEN_TARGET
): Answer<DecideFigures> {
  const throughput = calculate(inputs).tokensPerSecondPerGpu;
  if (!throughput.ok) return noAnswer(`No throughput figure: ${throughput.reason}`);
  const table = decisionRows(inputs, throughput.value);
  if (!table.ok) return table;
  const rows = table.value;
  const metric = DECIDE_METRIC;
  return attempt(() => {
    const model = { metric, inputs: rows };
    const bars = tornado({ ...model, lowHigh: lowHighTable(rows) }).map((row): TornadoBar => ({
      parameter: row.parameter,
      label: driverLabel(row.parameter),
      low: row.low,
      high: row.high,
      atLow: row.metricAtLow,
      atHigh: row.metricAtHigh,
      swing: row.swing,
    }));
    const breakEvens = BREAK_EVEN_DRIVERS.map((parameter): BreakEven => ({
      parameter,
      label: driverLabel(parameter),
      base: valueOf(rows, parameter),
      value: attempt(() => solveFor({ ...model, target, parameter })),
    }));
    const scenarioFigures = scenarios({ ...model, scenarios: scenarioTable(rows) }).map(
      (s): ScenarioFigure => ({
        name: s.name,
        value: s.result instanceof TokenomicsInputError ? noAnswer(s.result.message) : s.result,
      })
    );
    const summary = simulate({
      ...model,
      uncertain: uncertainTable(rows),
      trials: DECIDE_TRIALS,
      seed: DECIDE_SEED,
      histogramBins: DECIDE_BINS,
    });
    const { histogram, ...withoutBins } = summary;
    const percentile = (p: number): Answer<number> =>
      summary.percentiles.find((q) => q.probability === p)?.value ?? noAnswer(`no P${p * 100}`);
    return found({
      rows,
      base: scenarioFigures[0]?.value ?? noAnswer("no base"),
      target,
      tornado: bars,
      breakEvens,
      scenarios: scenarioFigures,
      simulation: {
        trials: summary.trials,
        seed: summary.seed,
        bins: histogram ?? [],
        p10: percentile(0.1),
        p50: percentile(0.5),
        p90: percentile(0.9),
        mean: summary.mean,
        lossProbability: summary.lossProbability,
        summaryRows: summaryRows(withoutBins).length,
      },
      cumulativeCash: cumulativeCash(rows),
    });
  });
}
