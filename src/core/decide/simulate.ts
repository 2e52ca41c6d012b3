/**
 * SIMULATE's core: Monte Carlo over the table model with named input distributions, Latin hypercube
 * sampling, a seeded generator of our own and Iman–Conover rank correlation, summarised with Excel's
 * PERCENTILE.INC.
 */
import { type Answer, found, noAnswer } from "../answer";
import { TokenomicsInputError, checked } from "../errors";
import { MESSAGES } from "../messages";
import { RULES } from "../rules";
import { DecisionModel, decisionModel } from "./model";
import {
  type MetricAnswer,
  type MetricEvaluator,
  type MetricName,
  type TableCell,
  checkedMetric,
  parameterAt,
  slotOf,
} from "./parameters";
import { SeededRandom } from "./random";
import { imanConover, latinHypercubeColumn, plainColumn } from "./sampling";
import { type UncertainInput, checkedCorrelations, uncertainInputs } from "./uncertainTable";
import {
  type HistogramBin,
  finiteMean,
  finiteStandardDeviation,
  histogram,
  percentileInc,
} from "./statistics";

/** Trials when omitted. */
export const DEFAULT_TRIALS = 10_000;

/** Seed when omitted. */
export const DEFAULT_SEED = 1;

/** The percentiles of the summary, as probabilities. */
export const SUMMARY_PERCENTILES = [0.05, 0.1, 0.5, 0.9, 0.95] as const;

/** Inputs of SIMULATE. Omitted optional fields may be undefined or null (as Excel passes them). */
export interface SimulateInput {
  /** roiMultiple, npvUsd, irr, paybackMonths, revenueUsd or costPerMillionTokensUsd. */
  readonly metric: string;
  /** The model table: rows of [name, value]. */
  readonly inputs: readonly (readonly TableCell[])[];
  /** Rows of [name, distribution, value1, value2, value3]; see `uncertainInputs`. */
  readonly uncertain: readonly (readonly TableCell[])[];
  /** 2 to 100,000; 10,000 if omitted. */
  readonly trials?: number | null;
  /** 0 to 2^32 − 1; 1 if omitted. The same seed gives the same draws and results on every machine. */
  readonly seed?: number | null;
  /** A k × k rank-correlation matrix over the k uncertain rows, in their order; none if omitted. */
  readonly correlations?: readonly (readonly TableCell[])[] | null;
  /** Loss line: a trial below it is a loss (above it for paybackMonths and costPerMillionTokensUsd). */
  readonly threshold?: number | null;
  /** Histogram bins, 1 to 1000; no histogram if omitted. */
  readonly histogramBins?: number | null;
  /** "latin" (Latin hypercube, the default) or "random" (plain Monte Carlo). */
  readonly sampling?: "latin" | "random" | null;
}

/** The result of SIMULATE. Percentiles treat trials with no answer as the worst outcomes. */
export interface SimulationSummary {
  readonly metric: MetricName;
  readonly trials: number;
  readonly seed: number;
  /** Mean and sample standard deviation of the trials with an answer. */
  readonly mean: MetricAnswer;
  readonly standardDeviation: MetricAnswer;
  /** P5, P10, P50, P90, P95 (PERCENTILE.INC). */
  readonly percentiles: readonly { readonly probability: number; readonly value: MetricAnswer }[];
  /** Share of trials that are a loss (see SimulateInput.threshold), or why there is no loss line. */
  readonly lossProbability: Answer<number>;
  /** Share of trials with no IRR or no payback; 0 for the other metrics. */
  readonly noAnswerShare: number;
  /** Share of each truncated input's distribution cut off at its rule. */
  readonly truncated: readonly { readonly parameter: string; readonly share: number }[];
  readonly histogram?: readonly HistogramBin[];
}

/**
 * The draws of each uncertain input, one column of `trials` values per input: uniforms (Latin hypercube
 * or plain) from one seeded stream, column by column, rank-correlated by Iman–Conover if a matrix is
 * given, then mapped through each (truncated) inverse CDF.
 */
export function sampleColumns(
  uncertain: readonly UncertainInput[],
  trials: number,
  seed: number,
  correlations?: readonly (readonly number[])[],
  sampling: "latin" | "random" = "latin"
): Float64Array[] {
  const random = new SeededRandom(seed);
  const columns = uncertain.map(() =>
    sampling === "random" ? plainColumn(random, trials) : latinHypercubeColumn(random, trials)
  );
  if (correlations !== undefined && uncertain.length > 1) {
    if (trials <= uncertain.length) {
      throw new TokenomicsInputError(
        "outOfRange",
        "trials",
        MESSAGES.tooFewTrialsForCorrelation(trials, uncertain.length)
      );
    }
    imanConover(random, columns, correlations);
  }
  uncertain.forEach((input, j) => {
    const column = columns[j] as Float64Array;
    const { distribution, cdfLow, cdfHigh } = input;
    const p = parameterAt(input.slot);
    const width = cdfHigh - cdfLow;
    const truncated = cdfLow !== 0 || cdfHigh !== 1;
    for (let i = 0; i < trials; i++) {
      const u = column[i] as number;
      let x = distribution.quantile(truncated ? cdfLow + u * width : u);
      // At an open bound of the rule, rounding can land exactly on it: step just inside.
      if (truncated && !p.rule.test(x)) x = insideRule(x, p.low, p.high);
      column[i] = x;
    }
  });
  return columns;
}

function insideRule(x: number, low: number, high: number): number {
  if (x <= low) return low + Math.max(Math.abs(low) * Number.EPSILON, Number.MIN_VALUE);
  if (x >= high) return high - Math.max(Math.abs(high) * Number.EPSILON, Number.MIN_VALUE);
  return x;
}

/** The model one trial of SIMULATE runs: a value vector to start from and the metric's evaluator. */
export interface SimulationModel {
  /** Every input's base value, each uncertain input at its median; a trial overwrites `slots`. */
  readonly base: Float64Array;
  /** Where each uncertain input goes in the value vector, in the uncertain table's order. */
  readonly slots: readonly number[];
  /** The model over `base` (the loss rule asks it which inputs were given). */
  readonly model: DecisionModel;
  /** The metric of one trial's value vector; NaN where it has no answer (no IRR, no payback). */
  readonly evaluate: MetricEvaluator;
}

/**
 * The per-trial model SIMULATE runs, built once before the trials: the benchmark's plain loop runs this
 * same model, so its baseline cannot drift from SIMULATE's. Throws `inputs` errors naming what the metric
 * needs and neither table gives.
 */
export function simulationModel(
  metric: MetricName,
  model: DecisionModel,
  uncertain: readonly UncertainInput[]
): SimulationModel {
  // The base as the trials see it: every uncertain input given (its median), so the metric's checks of
  // what is required pass for inputs that only the uncertain table names.
  const base = model.values();
  for (const u of uncertain) {
    base[u.slot] = u.distribution.quantile(u.cdfLow + 0.5 * (u.cdfHigh - u.cdfLow));
  }
  const trialModel = new DecisionModel(base, new Map());
  return {
    base,
    slots: uncertain.map((u) => u.slot),
    model: trialModel,
    evaluate: trialModel.evaluator(metric),
  };
}

/**
 * Runs the model `trials` times with the uncertain inputs drawn from their distributions and summarises
 * the metric: mean, standard deviation, P5 to P95 (PERCENTILE.INC), the probability of a loss (ROI below
 * 1x, NPV below 0, IRR below the discount rate or none, payback beyond the horizon or never; or against
 * an explicit threshold), the share of trials with no IRR or payback (counted as the worst outcomes in
 * percentiles) and, on request, histogram bins. A degenerate input (min = mode = max) reproduces the
 * deterministic model exactly.
 *
 * Formula: P_p = PERCENTILE.INC(metric over trials, p); loss probability = (trials that are a loss) / trials
 *
 * @example simulate({ metric: "roiMultiple", inputs: [["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]], uncertain: [["usdPerMillionTokens", "triangular", 1.1, 1.1, 1.1]], trials: 100 }).percentiles[2].value // { ok: true, value: 14.9859 } (a degenerate input gives the deterministic ROI)
 * @example simulate({ metric: "roiMultiple", inputs: [["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]], uncertain: [["usdPerMillionTokens", "uniform", 0.0234, 0.1234]] }).lossProbability // { ok: true, value: 0.50 } (ROI is 1x at $0.0734 per million tokens)
 */
export function simulate(input: SimulateInput): SimulationSummary {
  const metric = checkedMetric(input.metric);
  const model = decisionModel(input.inputs);
  const uncertain = uncertainInputs(input.uncertain);
  const trials = checked(input.trials ?? DEFAULT_TRIALS, "trials", RULES.trials);
  const seed = checked(input.seed ?? DEFAULT_SEED, "seed", RULES.seed);
  const bins =
    input.histogramBins === null || input.histogramBins === undefined
      ? undefined
      : checked(input.histogramBins, "histogramBins", RULES.histogramBins);
  const threshold =
    input.threshold === null || input.threshold === undefined
      ? undefined
      : checked(input.threshold, "threshold", RULES.cashFlowUsd);
  const correlations =
    input.correlations === null || input.correlations === undefined
      ? undefined
      : checkedCorrelations(input.correlations, uncertain.length);

  const { base, slots, model: trialModel, evaluate } = simulationModel(metric, model, uncertain);
  const loss = lossRule(metric, threshold, trialModel);

  const columns = sampleColumns(uncertain, trials, seed, correlations, input.sampling ?? "latin");
  const values = base.slice();
  const results = new Float64Array(trials);
  let losses = 0;
  let noAnswers = 0;
  const worst = metric === "irr" ? -Infinity : Infinity;
  for (let i = 0; i < trials; i++) {
    for (let j = 0; j < slots.length; j++) {
      values[slots[j] as number] = (columns[j] as Float64Array)[i] as number;
    }
    const y = evaluate(values);
    if (loss !== undefined && loss(y, values)) losses++;
    if (Number.isNaN(y)) {
      noAnswers++;
      results[i] = worst;
    } else results[i] = y;
  }

  const sorted = results.slice().sort();
  const noAnswerShare = noAnswers / trials;
  const { mean, count } = finiteMean(results);
  const noTrials = noAnswer<number>(MESSAGES.noTrialAnswers());
  return {
    metric,
    trials,
    seed,
    mean: count === 0 ? noTrials : found(mean),
    standardDeviation: count === 0 ? noTrials : found(finiteStandardDeviation(results)),
    percentiles: SUMMARY_PERCENTILES.map((probability) => {
      const x = percentileInc(sorted, probability);
      return {
        probability,
        value: Number.isFinite(x)
          ? found(x)
          : noAnswer<number>(MESSAGES.percentileNoAnswer(Math.round(noAnswerShare * 1e4) / 100)),
      };
    }),
    lossProbability:
      loss === undefined ? noAnswer(MESSAGES.noLossThreshold(metric)) : found(losses / trials),
    noAnswerShare,
    truncated: uncertain
      .filter((u) => u.truncatedShare > 0)
      .map((u) => ({ parameter: u.parameter, share: u.truncatedShare })),
    ...(bins === undefined ? {} : { histogram: histogram(results, bins) }),
  };
}

/** Whether a trial is a loss, per metric; undefined where the metric has no natural loss line. */
function lossRule(
  metric: MetricName,
  threshold: number | undefined,
  model: DecisionModel
): ((y: number, values: Float64Array) => boolean) | undefined {
  switch (metric) {
    case "roiMultiple":
    case "npvUsd": {
      const line = threshold ?? (metric === "roiMultiple" ? 1 : 0);
      return (y) => y < line;
    }
    case "revenueUsd":
      return threshold === undefined ? undefined : (y) => y < threshold;
    case "costPerMillionTokensUsd":
      return threshold === undefined ? undefined : (y) => y > threshold;
    case "irr": {
      if (threshold !== undefined) return (y) => Number.isNaN(y) || y < threshold;
      const rate = slotOf("discountRate");
      if (!model.gives(rate)) {
        throw new TokenomicsInputError(
          "required",
          "inputs",
          MESSAGES.missingInput("discountRate (or a threshold) to count IRRs below it")
        );
      }
      return (y, v) => Number.isNaN(y) || y < (v[rate] as number);
    }
    case "paybackMonths": {
      if (threshold !== undefined) return (y) => Number.isNaN(y) || y > threshold;
      // PAYBACKMONTHS has no answer beyond the horizon: those trials are the losses.
      return (y) => Number.isNaN(y);
    }
  }
}

/** A summary row's value: a number, or why there is none (the adapter shows #N/A with the reason). */
export type SummaryValue = Answer<number>;

/**
 * The summary as labelled rows, in the order SIMULATE spills them: mean, sd, P5, P10, P50, P90, P95,
 * probability of loss, share with no answer, then the share truncated for each truncated input and, when
 * asked for, one row per histogram bin ("bin from–to", count).
 *
 * @example summaryRows(simulate({ metric: "roiMultiple", inputs: [["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]], uncertain: [["usdPerMillionTokens", "triangular", 1.1, 1.1, 1.1]], trials: 10 }))[0] // ["mean", { ok: true, value: 14.9859 }]
 */
export function summaryRows(summary: SimulationSummary): [string, SummaryValue][] {
  const rows: [string, SummaryValue][] = [
    ["mean", summary.mean],
    ["standard deviation", summary.standardDeviation],
    ...summary.percentiles.map((p): [string, SummaryValue] => [
      `P${Math.round(p.probability * 100)}`,
      p.value,
    ]),
    ["probability of loss", summary.lossProbability],
    ["share with no answer", found(summary.noAnswerShare)],
    ...summary.truncated.map((t): [string, SummaryValue] => [
      `share of ${t.parameter} truncated`,
      found(t.share),
    ]),
  ];
  for (const bin of summary.histogram ?? [])
    rows.push([`bin ${bin.from} to ${bin.to}`, found(bin.count)]);
  return rows;
}
