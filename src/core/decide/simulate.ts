/**
 * SIMULATE's core: Monte Carlo over the table model with named input distributions, Latin hypercube
 * sampling, a seeded generator of our own and Iman–Conover rank correlation, summarised with Excel's
 * PERCENTILE.INC.
 */
import { type Answer, found, noAnswer } from "../answer";
import { TokenomicsInputError, checked } from "../errors";
import { MESSAGES, describeValue } from "../messages";
import { RULES } from "../rules";
import {
  DISTRIBUTION_NAMES,
  type Distribution,
  type DistributionName,
  LognormalDistribution,
  NormalDistribution,
  PertDistribution,
  ThreePointDistribution,
  TriangularDistribution,
  UniformDistribution,
} from "./distributions";
import {
  DecisionModel,
  type MetricAnswer,
  type MetricName,
  type TableCell,
  checkedMetric,
  decisionModel,
  isBlank,
  parameterAt,
  parameterSlot,
  slotOf,
} from "./model";
import { SeededRandom } from "./random";
import { choleskySemiDefinite, imanConover, latinHypercubeColumn, plainColumn } from "./sampling";
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

/** One uncertain input, parsed. */
export interface UncertainInput {
  readonly parameter: string;
  readonly slot: number;
  /** 1-based row in `uncertain`. */
  readonly row: number;
  readonly distribution: Distribution;
  /** CDF at the rule's bounds: draws are taken from [cdfLow, cdfHigh] (0 and 1 when not truncated). */
  readonly cdfLow: number;
  readonly cdfHigh: number;
  /** Probability the untruncated distribution puts outside the parameter's rule. */
  readonly truncatedShare: number;
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

const NEEDS: Record<DistributionName, string> = {
  pert: "min, mode and max with min ≤ mode ≤ max",
  triangular: "min, mode and max with min ≤ mode ≤ max",
  uniform: "min and max with min ≤ max",
  normal: "a mean and a standard deviation of at least 0",
  lognormal: "its P10 and P90 with 0 < P10 ≤ P90",
  threepoint: "its P10, P50 and P90 with P10 ≤ P50 ≤ P90",
};

function distributionOf(kind: DistributionName, v: readonly number[]): Distribution | undefined {
  const [a = NaN, b = NaN, c = NaN] = v;
  switch (kind) {
    case "pert":
    case "triangular":
      if (!(a <= b && b <= c)) return undefined;
      return kind === "pert" ? new PertDistribution(a, b, c) : new TriangularDistribution(a, b, c);
    case "uniform":
      return a <= b ? new UniformDistribution(a, b) : undefined;
    case "normal":
      return b >= 0 ? new NormalDistribution(a, b) : undefined;
    case "lognormal":
      return a > 0 && a <= b ? new LognormalDistribution(a, b) : undefined;
    case "threepoint":
      return a <= b && b <= c ? new ThreePointDistribution(a, b, c) : undefined;
  }
}

const ARITY: Record<DistributionName, number> = {
  pert: 3,
  triangular: 3,
  uniform: 2,
  normal: 2,
  lognormal: 2,
  threepoint: 3,
};

/**
 * Parses the `uncertain` rows: [name, distribution, values…], distribution names matched ignoring case
 * (PERT, triangular, uniform, normal, lognormal, threepoint). A bounded distribution must stay within the
 * parameter's rule; an unbounded one is truncated at it. Blank rows are skipped. Errors name the row.
 *
 * @example uncertainInputs([["utilization", "triangular", 0.5, 0.7, 0.9]])[0].truncatedShare // 0
 */
export function uncertainInputs(rows: readonly (readonly TableCell[])[]): UncertainInput[] {
  const parsed: UncertainInput[] = [];
  const seen = new Map<number, number>();
  rows.forEach((row, index) => {
    if (row.every(isBlank)) return;
    const where = `uncertain row ${index + 1}`;
    const slot = parameterSlot(row[0], "uncertain", where);
    const p = parameterAt(slot);
    const earlier = seen.get(slot);
    if (earlier !== undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "uncertain",
        MESSAGES.duplicateUncertain(where, p.name, earlier)
      );
    }
    seen.set(slot, index + 1);
    const rawKind = row[1];
    const kind = DISTRIBUTION_NAMES.find(
      (d) =>
        typeof rawKind === "string" &&
        d ===
          rawKind
            .trim()
            .toLowerCase()
            .replace(/[^a-z]/g, "")
    );
    if (kind === undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "uncertain",
        MESSAGES.unknownDistribution(
          where,
          typeof rawKind === "string" ? `"${rawKind}"` : describeValue(rawKind),
          DISTRIBUTION_NAMES.join(", ")
        )
      );
    }
    const values = row.slice(2, 2 + ARITY[kind]);
    const numeric =
      values.length === ARITY[kind] &&
      values.every((x) => typeof x === "number" && Number.isFinite(x));
    const distribution = numeric ? distributionOf(kind, values as number[]) : undefined;
    if (distribution === undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "uncertain",
        MESSAGES.distributionValues(where, kind, NEEDS[kind])
      );
    }
    let cdfLow = 0;
    let cdfHigh = 1;
    if (!distribution.unbounded || distribution.min === distribution.max) {
      if (!p.rule.test(distribution.min) || !p.rule.test(distribution.max)) {
        throw new TokenomicsInputError(
          "outOfRange",
          "uncertain",
          MESSAGES.distributionCrossesRule(where, p.name, p.rule.text)
        );
      }
    } else {
      cdfLow = distribution.min >= p.low ? 0 : distribution.cdf(p.low);
      cdfHigh = distribution.max <= p.high ? 1 : distribution.cdf(p.high);
      if (!(cdfHigh > cdfLow)) {
        throw new TokenomicsInputError(
          "outOfRange",
          "uncertain",
          MESSAGES.distributionOutsideRule(where, p.name, p.rule.text)
        );
      }
    }
    parsed.push({
      parameter: p.name,
      slot,
      row: index + 1,
      distribution,
      cdfLow,
      cdfHigh,
      truncatedShare: cdfLow + (1 - cdfHigh),
    });
  });
  return parsed;
}

/**
 * Checks a correlation matrix over `size` inputs: square, numbers from -1 to 1, unit diagonal, symmetric
 * (within 1e-12) and positive semi-definite (Cholesky with a 1e-10 tolerance on pivots).
 *
 * @example checkedCorrelations([[1, 0.5], [0.5, 1]], 2) // [[1, 0.5], [0.5, 1]]
 */
export function checkedCorrelations(
  matrix: readonly (readonly TableCell[])[],
  size: number
): number[][] {
  if (matrix.length !== size || matrix.some((row) => row.length !== size)) {
    throw new TokenomicsInputError("outOfRange", "correlations", MESSAGES.correlationShape(size));
  }
  const values = matrix.map((row, i) =>
    row.map((x, j) => {
      if (typeof x !== "number" || !RULES.correlation.test(x)) {
        throw new TokenomicsInputError(
          "outOfRange",
          "correlations",
          MESSAGES.correlationEntry(i + 1, j + 1, describeValue(x))
        );
      }
      return x;
    })
  );
  for (let i = 0; i < size; i++) {
    if (Math.abs(((values[i] as number[])[i] as number) - 1) > 1e-12) {
      throw new TokenomicsInputError(
        "outOfRange",
        "correlations",
        MESSAGES.correlationDiagonal(i + 1)
      );
    }
    for (let j = 0; j < i; j++) {
      if (
        Math.abs(((values[i] as number[])[j] as number) - ((values[j] as number[])[i] as number)) >
        1e-12
      ) {
        throw new TokenomicsInputError(
          "outOfRange",
          "correlations",
          MESSAGES.correlationNotSymmetric(i + 1, j + 1)
        );
      }
    }
  }
  if (choleskySemiDefinite(values) === undefined) {
    throw new TokenomicsInputError("outOfRange", "correlations", MESSAGES.correlationNotPsd());
  }
  return values;
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

  // The base as the trials see it: every uncertain input given (its median), so the metric's checks of
  // what is required pass for inputs that only the uncertain table names.
  const base = model.values();
  for (const u of uncertain) {
    base[u.slot] = u.distribution.quantile(u.cdfLow + 0.5 * (u.cdfHigh - u.cdfLow));
  }
  const trialModel = new DecisionModel(base, new Map());
  const evaluate = trialModel.evaluator(metric);
  const loss = lossRule(metric, threshold, trialModel);

  const columns = sampleColumns(uncertain, trials, seed, correlations, input.sampling ?? "latin");
  const values = base.slice();
  const results = new Float64Array(trials);
  let losses = 0;
  let noAnswers = 0;
  const worst = metric === "irr" ? -Infinity : Infinity;
  for (let i = 0; i < trials; i++) {
    for (let j = 0; j < uncertain.length; j++) {
      values[(uncertain[j] as UncertainInput).slot] = (columns[j] as Float64Array)[i] as number;
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
