/**
 * A roofline estimate of serving throughput: the most total tokens per second one GPU can deliver on a
 * model at a given interactivity, from its memory bandwidth, compute and capacity, and the model's active
 * parameters and KV-cache size. For combinations nobody measured; it is an estimate, never a measurement.
 *
 * Conventions (the same as the measured data, SemiAnalysis InferenceX):
 * - throughput counts input plus output tokens per second per GPU, over every GPU of the configuration;
 *   interactivity is output tokens per second seen by one user;
 * - a request is one prefill (compute-bound: 2 × active parameters FLOPs per input token at the dense
 *   tensor rate of the precision) and a decode of its output tokens (memory-bound: every step reads the
 *   weights the step's tokens route to once for the whole batch, plus each sequence's KV cache);
 * - at interactivity x a decode step may take tokensPerDecodeStep / x seconds, which caps the batch the HBM
 *   bandwidth allows; the batch is also capped by compute (2 × active parameters FLOPs per token) and by the
 *   HBM left for the KV cache once the weights are resident;
 * - the view is per GPU: a replica of gpusPerReplica GPUs splits weights, KV cache and work evenly (tensor,
 *   expert or data parallel alike), with no communication cost;
 * - prefill and decode share the GPU-seconds of the replica, so co-located and disaggregated serving are
 *   bounded alike.
 *
 * - a mixture of experts reads, per step, its always-active weights plus the expected share of routed
 *   experts the step's tokens touch under uniform routing, 1 − (1 − k/E)^tokens: one token reads only its k
 *   experts, a large batch reads them all;
 * - each sequence's KV cache is read once per step at its mean context, input + output ÷ 2; a
 *   sliding-window layer keeps at most its window.
 *
 * Left out, so the bound stays an upper bound: attention FLOPs, activation memory, communication, kernel
 * launch gaps, scheduling, block scales of FP4 weights. The estimate then takes a fixed per-step latency off
 * each decode step's time (what no batch hides: launches, synchronisation, expert all-to-all) and multiplies
 * by `efficiency`; both defaults are calibrated on the measured points.
 */
import { type Answer, found, noAnswer } from "./answer";
import { checked, checkedOr, TokenomicsInputError } from "./errors";
import { MESSAGES } from "./messages";
import {
  decodeSequencesAtExpertRate,
  expertRate,
  type RooflineEstimate,
  type RooflineInput,
  type RooflineLimit,
} from "./rooflineParts";
import { RULES } from "./rules";

export type { RooflineEstimate, RooflineInput, RooflineLimit };

/**
 * Share of the roofline a serving stack reaches, calibrated with DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER on
 * the measured points without speculative decoding: the pair that minimises the median |ln(measured ÷
 * estimate)| over a grid (test/presets/estimate.test.ts recomputes it and fails when the data moves it).
 */
export const ROOFLINE_DEFAULT_EFFICIENCY = 0.1;

/** Bytes per element of the KV cache when not given: FP8 KV cache, as the FP8 and FP4 serving stacks use. */
export const DEFAULT_KV_CACHE_BYTES_PER_ELEMENT = 1;

/**
 * Fixed time per layer of every decode step, seconds, calibrated with ROOFLINE_DEFAULT_EFFICIENCY on the
 * measured points: what no batch hides (kernel launches, synchronisation, expert all-to-all). A 61-layer
 * model thus spends 61 × this per step before any batch work.
 */
export const DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER = 0.0001;

/** Bytes in one GB (decimal, as HBM capacity and bandwidth are quoted). */
const BYTES_PER_GB = 1e9;
/** Bytes per second in one TB/s. */
const BYTES_PER_SECOND_PER_TB_PER_SECOND = 1e12;
/** FLOP/s in one TFLOPS. */
const FLOPS_PER_TFLOPS = 1e12;
/** Parameters in one billion. */
const PARAMETERS_PER_BILLION = 1e9;
/** FLOPs per parameter per token of a forward pass: one multiply and one add. */
const FLOPS_PER_PARAMETER_PER_TOKEN = 2;

/**
 * Total (input + output) tokens per second per GPU at an interactivity: a roofline bound from HBM bandwidth,
 * compute and capacity, times an efficiency. No answer (with the reason) when the weights do not fit in the
 * replica's HBM or when reading the active weights alone takes longer than a decode step may.
 *
 * The estimate is the same calculation with the decode step's budget shortened by stepLatencySeconds, times
 * efficiency; with no step latency it is exactly bound × efficiency.
 *
 * Formula: bound = (inputTokens + outputTokens) ÷ (prefill + decode GPU-seconds per request), with prefill =
 * 2 × active params × inputTokens ÷ TFLOPS and decode = outputTokens ÷ (sequencesPerGpu × x); sequencesPerGpu
 * is the largest b with (weights read per step ÷ gpusPerReplica + b × KV bytes per sequence) ÷ bandwidth ≤
 * tokensPerDecodeStep ÷ x, 2 × active params × b × x ≤ TFLOPS, and b × KV bytes per sequence ≤ HBM − weights
 * ÷ gpusPerReplica. KV bytes per sequence = bytes per element × (full elements × (input + output ÷ 2) +
 * sliding elements × min(window, input + output ÷ 2)); weights read per step = shared params + routed params
 * × (1 − (1 − expertsPerToken ÷ expertCount)^(tokens in the step)), the expected share of experts the
 * step's tokens touch, in bytes per weight.
 *
 * @param input - platform, model, workload and interactivity; see {@link RooflineInput}.
 * @returns the estimate and its bound, or no answer with the reason.
 * @example rooflineTokensPerSecondPerGpu({ hbmBandwidthTbPerSecond: 8, denseTflops: 4500, hbmGb: 180,
 *   gpusPerReplica: 8, activeParamsBillions: 70, totalParamsBillions: 70, bytesPerWeight: 1,
 *   kvCacheElementsPerToken: 163840, inputTokens: 1024, outputTokens: 1024, tokensPerSecondPerUser: 50,
 *   efficiency: 1 }).value.boundTokensPerSecondPerGpu
 *   // 31,062 (a Llama-70B-shaped dense FP8 model on 8 B200, 1k/1k: 601 sequences per GPU fill the bandwidth)
 * @see https://kipp.ly/transformer-inference-arithmetic/ (Kipply, "Transformer inference arithmetic")
 */
export function rooflineTokensPerSecondPerGpu(input: RooflineInput): Answer<RooflineEstimate> {
  return rooflineAt(
    rooflinePlan(input),
    input.tokensPerSecondPerUser,
    input.tokensPerDecodeStep,
    input.stepLatencySeconds,
    input.efficiency
  );
}

/** The inputs of a roofline estimate that do not vary with the interactivity. */
export type RooflinePlanInput = Omit<
  RooflineInput,
  "tokensPerSecondPerUser" | "tokensPerDecodeStep" | "stepLatencySeconds" | "efficiency"
>;

/**
 * The part of a roofline estimate that does not depend on the interactivity, the tokens per decode step,
 * the step latency or the efficiency: the inputs checked and the per-GPU figures derived from them, so a
 * caller asking for many interactivities on one platform, model and workload does this work once.
 */
export interface RooflinePlan {
  readonly bandwidth: number;
  readonly flops: number;
  readonly gpus: number;
  /** 2 × active parameters: FLOPs per token. */
  readonly flopsPerToken: number;
  /** −ln(1 − expertsPerToken ÷ expertCount); 0 for a dense model. */
  readonly expertRate: number;
  readonly kvCapacityBytes: number;
  readonly kvBytesPerSequence: number;
  readonly alwaysReadBytesPerGpu: number;
  readonly routedBytesPerGpu: number;
  readonly minimumStepSeconds: number;
  readonly prefillSeconds: number;
  readonly requestTokens: number;
  readonly outputTokens: number;
  /**
   * What the checks after the per-call inputs' found (a consistency rule broken, or weights that do not
   * fit), kept so rooflineAt reports it after the per-call inputs' own checks, in the order
   * rooflineTokensPerSecondPerGpu always has.
   */
  readonly failure: TokenomicsInputError | undefined;
  readonly noFit: Answer<never> | undefined;
}

/**
 * Checks the interactivity-independent inputs of a roofline estimate and derives what rooflineAt needs;
 * see {@link rooflineTokensPerSecondPerGpu}. Throws a TokenomicsInputError for an invalid input field.
 */
export function rooflinePlan(input: RooflinePlanInput): RooflinePlan {
  const bandwidth =
    checked(input.hbmBandwidthTbPerSecond, "hbmBandwidthTbPerSecond", RULES.positiveQuantity) *
    BYTES_PER_SECOND_PER_TB_PER_SECOND;
  const flops =
    checked(input.denseTflops, "denseTflops", RULES.positiveQuantity) * FLOPS_PER_TFLOPS;
  const hbmGb = checked(input.hbmGb, "hbmGb", RULES.positiveQuantity);
  const gpus = checked(input.gpusPerReplica, "gpusPerReplica", RULES.gpusPerReplica);
  const activeParams =
    checked(input.activeParamsBillions, "activeParamsBillions", RULES.positiveQuantity) *
    PARAMETERS_PER_BILLION;
  const totalParams =
    checked(input.totalParamsBillions, "totalParamsBillions", RULES.positiveQuantity) *
    PARAMETERS_PER_BILLION;
  const routedParams =
    checkedOr(
      input.routedExpertParamsBillions,
      0,
      "routedExpertParamsBillions",
      RULES.nonNegativeQuantity
    ) * PARAMETERS_PER_BILLION;
  const bytesPerWeight = checked(input.bytesPerWeight, "bytesPerWeight", RULES.positiveQuantity);
  const fullElements = checked(
    input.kvCacheElementsPerToken,
    "kvCacheElementsPerToken",
    RULES.nonNegativeQuantity
  );
  const slidingElements = checkedOr(
    input.slidingKvCacheElementsPerToken,
    0,
    "slidingKvCacheElementsPerToken",
    RULES.nonNegativeQuantity
  );
  const kvBytesPerElement = checkedOr(
    input.kvCacheBytesPerElement,
    DEFAULT_KV_CACHE_BYTES_PER_ELEMENT,
    "kvCacheBytesPerElement",
    RULES.positiveQuantity
  );
  const inputTokens = checked(input.inputTokens, "inputTokens", RULES.nonNegativeQuantity);
  const outputTokens = checked(input.outputTokens, "outputTokens", RULES.positiveQuantity);
  // Past here a broken rule is kept, not thrown: the per-call inputs are checked first (rooflineAt).
  let expertShare = 0;
  let windowTokens = 0;
  let failure: TokenomicsInputError | undefined;
  try {
    if (activeParams > totalParams) {
      throw rangeError("activeParamsBillions", "at most totalParamsBillions");
    }
    // Routed experts: the share of them one token uses; without experts every weight is shared.
    if (routedParams > 0) {
      const experts = checked(
        required(input.expertCount, "expertCount"),
        "expertCount",
        RULES.positiveQuantity
      );
      const perToken = checked(
        required(input.expertsPerToken, "expertsPerToken"),
        "expertsPerToken",
        RULES.positiveQuantity
      );
      if (perToken > experts) throw rangeError("expertsPerToken", "at most expertCount");
      expertShare = perToken / experts;
      if (routedParams * expertShare > activeParams || routedParams > totalParams) {
        throw rangeError(
          "routedExpertParamsBillions",
          "consistent with the active and total parameters"
        );
      }
    }
    if (slidingElements > 0) {
      windowTokens = checked(
        required(input.slidingWindowTokens, "slidingWindowTokens"),
        "slidingWindowTokens",
        RULES.positiveQuantity
      );
    }
  } catch (error) {
    if (!(error instanceof TokenomicsInputError)) throw error;
    failure = error;
  }

  const weightsBytesPerGpu = (totalParams * bytesPerWeight) / gpus;
  const kvCapacityBytes = hbmGb * BYTES_PER_GB - weightsBytesPerGpu;
  const noFit =
    kvCapacityBytes <= 0
      ? noAnswer(
          MESSAGES.weightsDoNotFit(
            shown((totalParams * bytesPerWeight) / BYTES_PER_GB),
            hbmGb,
            gpus
          )
        )
      : undefined;
  const meanContext = inputTokens + outputTokens / 2;
  const kvBytesPerSequence =
    kvBytesPerElement *
    (fullElements * meanContext + slidingElements * Math.min(windowTokens, meanContext));
  return {
    bandwidth,
    flops,
    gpus,
    flopsPerToken: FLOPS_PER_PARAMETER_PER_TOKEN * activeParams,
    expertRate: expertShare > 0 ? expertRate(expertShare) : 0,
    kvCapacityBytes,
    kvBytesPerSequence,
    // Every token reads the non-routed active weights (attention, dense layers, shared experts); routed
    // experts are read as far as the step's tokens touch them.
    alwaysReadBytesPerGpu: ((activeParams - routedParams * expertShare) * bytesPerWeight) / gpus,
    routedBytesPerGpu: (routedParams * bytesPerWeight) / gpus,
    // One token per step already reads the active weights: the fastest any batch can go.
    minimumStepSeconds: (activeParams * bytesPerWeight) / gpus / bandwidth,
    prefillSeconds: (FLOPS_PER_PARAMETER_PER_TOKEN * activeParams * inputTokens) / flops,
    requestTokens: inputTokens + outputTokens,
    outputTokens,
    failure,
    noFit,
  };
}

/**
 * A roofline estimate from its plan at an interactivity; see {@link rooflineTokensPerSecondPerGpu}, which
 * is this over {@link rooflinePlan}. Omitted figures take the same defaults.
 */
export function rooflineAt(
  plan: RooflinePlan,
  tokensPerSecondPerUser: number,
  tokensPerDecodeStep: number | undefined,
  stepLatencySecondsOrOmitted: number | undefined,
  efficiencyOrOmitted: number | undefined
): Answer<RooflineEstimate> {
  const userRate = checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  const tokensPerStep = checkedOr(
    tokensPerDecodeStep,
    1,
    "tokensPerDecodeStep",
    RULES.tokensPerDecodeStep
  );
  const stepLatencySeconds = checkedOr(
    stepLatencySecondsOrOmitted,
    0,
    "stepLatencySeconds",
    RULES.nonNegativeQuantity
  );
  const efficiency = checkedOr(
    efficiencyOrOmitted,
    ROOFLINE_DEFAULT_EFFICIENCY,
    "efficiency",
    RULES.efficiency
  );
  if (plan.failure !== undefined) throw plan.failure;
  if (plan.noFit !== undefined) return plan.noFit;
  const minimumStepSeconds = plan.minimumStepSeconds;
  const stepSeconds = tokensPerStep / userRate;
  if (minimumStepSeconds >= stepSeconds) {
    return noAnswer(
      MESSAGES.interactivityUnreachable(userRate, shown(tokensPerStep / minimumStepSeconds))
    );
  }
  const estimateStepSeconds = stepSeconds - stepLatencySeconds;
  if (minimumStepSeconds >= estimateStepSeconds) {
    return noAnswer(
      MESSAGES.interactivityUnreachableWithLatency(
        userRate,
        shown(tokensPerStep / (minimumStepSeconds + stepLatencySeconds))
      )
    );
  }

  const kvBytesPerSequence = plan.kvBytesPerSequence;
  const computeCap = plan.flops / (plan.flopsPerToken * userRate);
  const capacityCap = kvBytesPerSequence > 0 ? plan.kvCapacityBytes / kvBytesPerSequence : Infinity;
  const cap = Math.min(computeCap, capacityCap);
  const tokensPerSequencePerStep = plan.gpus * tokensPerStep;
  const boundSequences = decodeSequencesAtExpertRate(
    plan.bandwidth * stepSeconds,
    cap,
    plan.alwaysReadBytesPerGpu,
    plan.routedBytesPerGpu,
    plan.expertRate,
    tokensPerSequencePerStep,
    kvBytesPerSequence
  );
  const sequences =
    stepLatencySeconds === 0
      ? boundSequences
      : decodeSequencesAtExpertRate(
          plan.bandwidth * estimateStepSeconds,
          cap,
          plan.alwaysReadBytesPerGpu,
          plan.routedBytesPerGpu,
          plan.expertRate,
          tokensPerSequencePerStep,
          kvBytesPerSequence
        );
  let limitedBy: RooflineLimit = "memoryBandwidth";
  if (sequences === cap) limitedBy = computeCap <= capacityCap ? "compute" : "memoryCapacity";

  const prefillSeconds = plan.prefillSeconds;
  const requestTokens = plan.requestTokens;
  const outputTokens = plan.outputTokens;
  const bound = requestTokens / (prefillSeconds + outputTokens / (boundSequences * userRate));
  const reachable = requestTokens / (prefillSeconds + outputTokens / (sequences * userRate));
  return found({
    tokensPerSecondPerGpu: reachable * efficiency,
    boundTokensPerSecondPerGpu: bound,
    sequencesPerGpu: sequences,
    limitedBy,
  });
}

/** Three significant digits, for numbers inside a message. */
function shown(x: number): number {
  return Number(x.toPrecision(3));
}

function rangeError(parameter: string, rule: string): TokenomicsInputError {
  return new TokenomicsInputError("outOfRange", parameter, MESSAGES.rule(parameter, rule));
}

/** A value the other inputs make necessary. */
function required(value: number | undefined, parameter: string): number {
  if (value === undefined) {
    throw new TokenomicsInputError("required", parameter, MESSAGES.required(parameter));
  }
  return value;
}
