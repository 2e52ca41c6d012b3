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
 * Left out, so the bound stays an upper bound: attention FLOPs, activation memory, communication, kernel
 * launch gaps, scheduling. `efficiency` scales the bound to what stacks reach; its default is calibrated on
 * the measured points.
 */
import { type Answer, found, noAnswer } from "./answer";
import { checked, checkedOr, TokenomicsInputError } from "./errors";
import { MESSAGES } from "./messages";
import { RULES } from "./rules";

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
/** Bisection steps for the MoE batch: 2^-40 of the bracket, far below any printed digit. */
const BISECTION_STEPS = 40;

/** Inputs to {@link rooflineTokensPerSecondPerGpu}. Numbers are per GPU unless named otherwise. */
export interface RooflineInput {
  /** HBM bandwidth, TB/s, > 0. */
  readonly hbmBandwidthTbPerSecond: number;
  /** Dense tensor throughput at the precision the weights are computed in, TFLOPS, > 0. */
  readonly denseTflops: number;
  /** HBM capacity, GB, > 0. */
  readonly hbmGb: number;
  /** GPUs that together hold one copy of the model, a whole number ≥ 1. */
  readonly gpusPerReplica: number;
  /** Parameters every token runs through (shared layers plus its routed experts), billions, > 0. */
  readonly activeParamsBillions: number;
  /** All parameters held in memory, billions, ≥ activeParamsBillions. */
  readonly totalParamsBillions: number;
  /** Parameters in routed experts (all of them), billions; 0 (a dense model) if omitted. */
  readonly routedExpertParamsBillions?: number;
  /** Routed experts per MoE layer; needed when routedExpertParamsBillions > 0. */
  readonly expertCount?: number;
  /** Routed experts each token uses per MoE layer; needed when routedExpertParamsBillions > 0. */
  readonly expertsPerToken?: number;
  /** Bytes per weight: 1 for FP8, 0.5 for FP4, 2 for BF16. */
  readonly bytesPerWeight: number;
  /** KV-cache elements per token of context over every full-attention layer, ≥ 0. */
  readonly kvCacheElementsPerToken: number;
  /** KV-cache elements per token over every sliding-window layer; 0 if omitted. */
  readonly slidingKvCacheElementsPerToken?: number;
  /** Context a sliding-window layer keeps, tokens; needed when slidingKvCacheElementsPerToken > 0. */
  readonly slidingWindowTokens?: number;
  /** Bytes per KV-cache element; 1 (FP8) if omitted. */
  readonly kvCacheBytesPerElement?: number;
  /** Input (prompt) tokens per request, ≥ 0. */
  readonly inputTokens: number;
  /** Output tokens per request, > 0. */
  readonly outputTokens: number;
  /** Interactivity: output tokens per second per user, > 0. */
  readonly tokensPerSecondPerUser: number;
  /**
   * Output tokens each sequence gains per decode step: 1 without speculative decoding; with multi-token
   * prediction or a draft model, the accepted tokens per step (1 + draft tokens at most). 1 if omitted.
   */
  readonly tokensPerDecodeStep?: number;
  /**
   * Time every decode step takes whatever its batch (kernel launches, synchronisation, expert all-to-all),
   * seconds, ≥ 0; 0 if omitted. Not part of the bound: the estimate's batch gets the step time left over.
   */
  readonly stepLatencySeconds?: number;
  /** Share of the bound reached, (0, 1]; {@link ROOFLINE_DEFAULT_EFFICIENCY} if omitted. */
  readonly efficiency?: number;
}

/** What caps the decode batch at the bound. */
export type RooflineLimit = "memoryBandwidth" | "compute" | "memoryCapacity";

/** The estimate, the bound it scales, and what sets the bound. */
export interface RooflineEstimate {
  /** Estimated total (input + output) tokens per second per GPU: the bound × efficiency. */
  readonly tokensPerSecondPerGpu: number;
  /** The roofline bound: total tokens per second per GPU no stack can exceed under these assumptions. */
  readonly boundTokensPerSecondPerGpu: number;
  /** Sequences decoding at once per GPU at the bound. */
  readonly sequencesPerGpu: number;
  readonly limitedBy: RooflineLimit;
}

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
  const userRate = checked(
    input.tokensPerSecondPerUser,
    "tokensPerSecondPerUser",
    RULES.tokensPerSecond
  );
  const tokensPerStep = checkedOr(
    input.tokensPerDecodeStep,
    1,
    "tokensPerDecodeStep",
    RULES.tokensPerDecodeStep
  );
  const stepLatencySeconds = checkedOr(
    input.stepLatencySeconds,
    0,
    "stepLatencySeconds",
    RULES.nonNegativeQuantity
  );
  const efficiency = checkedOr(
    input.efficiency,
    ROOFLINE_DEFAULT_EFFICIENCY,
    "efficiency",
    RULES.efficiency
  );
  if (activeParams > totalParams) {
    throw rangeError("activeParamsBillions", "at most totalParamsBillions");
  }
  // Routed experts: the share of them one token uses; without experts every weight is shared.
  let expertShare = 0;
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
  let windowTokens = 0;
  if (slidingElements > 0) {
    windowTokens = checked(
      required(input.slidingWindowTokens, "slidingWindowTokens"),
      "slidingWindowTokens",
      RULES.positiveQuantity
    );
  }

  const weightsBytesPerGpu = (totalParams * bytesPerWeight) / gpus;
  const kvCapacityBytes = hbmGb * BYTES_PER_GB - weightsBytesPerGpu;
  if (kvCapacityBytes <= 0) {
    return noAnswer(
      MESSAGES.weightsDoNotFit(shown((totalParams * bytesPerWeight) / BYTES_PER_GB), hbmGb, gpus)
    );
  }
  const meanContext = inputTokens + outputTokens / 2;
  const kvBytesPerSequence =
    kvBytesPerElement *
    (fullElements * meanContext + slidingElements * Math.min(windowTokens, meanContext));

  // Every token reads the non-routed active weights (attention, dense layers, shared experts); routed
  // experts are read as far as the step's tokens touch them.
  const alwaysReadBytesPerGpu =
    ((activeParams - routedParams * expertShare) * bytesPerWeight) / gpus;
  const routedBytesPerGpu = (routedParams * bytesPerWeight) / gpus;
  // One token per step already reads the active weights: the fastest any batch can go.
  const minimumStepSeconds = (activeParams * bytesPerWeight) / gpus / bandwidth;
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

  const computeCap = flops / (FLOPS_PER_PARAMETER_PER_TOKEN * activeParams * userRate);
  const capacityCap = kvBytesPerSequence > 0 ? kvCapacityBytes / kvBytesPerSequence : Infinity;
  const cap = Math.min(computeCap, capacityCap);
  const tokensPerSequencePerStep = gpus * tokensPerStep;
  const boundSequences = decodeSequencesPerGpu(
    bandwidth * stepSeconds,
    cap,
    alwaysReadBytesPerGpu,
    routedBytesPerGpu,
    expertShare,
    tokensPerSequencePerStep,
    kvBytesPerSequence
  );
  const sequences =
    stepLatencySeconds === 0
      ? boundSequences
      : decodeSequencesPerGpu(
          bandwidth * estimateStepSeconds,
          cap,
          alwaysReadBytesPerGpu,
          routedBytesPerGpu,
          expertShare,
          tokensPerSequencePerStep,
          kvBytesPerSequence
        );
  let limitedBy: RooflineLimit = "memoryBandwidth";
  if (sequences === cap) limitedBy = computeCap <= capacityCap ? "compute" : "memoryCapacity";

  const prefillSeconds = (FLOPS_PER_PARAMETER_PER_TOKEN * activeParams * inputTokens) / flops;
  const requestTokens = inputTokens + outputTokens;
  const bound = requestTokens / (prefillSeconds + outputTokens / (boundSequences * userRate));
  const reachable = requestTokens / (prefillSeconds + outputTokens / (sequences * userRate));
  return found({
    tokensPerSecondPerGpu: reachable * efficiency,
    boundTokensPerSecondPerGpu: bound,
    sequencesPerGpu: sequences,
    limitedBy,
  });
}

/**
 * The most sequences per GPU whose decode step reads at most `stepBytes`, capped at `cap` (compute or
 * capacity). The bytes grow with the batch (KV cache, and the experts its tokens touch), so the largest
 * batch that fits is found in closed form for a dense model and by bisection for a mixture of experts.
 */
function decodeSequencesPerGpu(
  stepBytes: number,
  cap: number,
  alwaysReadBytesPerGpu: number,
  routedBytesPerGpu: number,
  expertShare: number,
  tokensPerSequencePerStep: number,
  kvBytesPerSequence: number
): number {
  const upper = kvBytesPerSequence > 0 ? Math.min(cap, stepBytes / kvBytesPerSequence) : cap;
  if (
    bytesPerStep(
      alwaysReadBytesPerGpu,
      routedBytesPerGpu,
      expertShare,
      tokensPerSequencePerStep,
      kvBytesPerSequence,
      upper
    ) <= stepBytes
  )
    return upper;
  if (expertShare === 0) return (stepBytes - alwaysReadBytesPerGpu) / kvBytesPerSequence;
  let low = 0;
  let high = upper;
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (low + high) / 2;
    if (
      bytesPerStep(
        alwaysReadBytesPerGpu,
        routedBytesPerGpu,
        expertShare,
        tokensPerSequencePerStep,
        kvBytesPerSequence,
        mid
      ) > stepBytes
    )
      high = mid;
    else low = mid;
  }
  return low;
}

/**
 * Bytes one GPU reads in a decode step with `sequences` sequences per GPU: the always-active weights, the
 * expected share of routed experts the step's tokens touch (uniform routing), and every sequence's KV cache.
 */
function bytesPerStep(
  alwaysReadBytesPerGpu: number,
  routedBytesPerGpu: number,
  expertShare: number,
  tokensPerSequencePerStep: number,
  kvBytesPerSequence: number,
  sequences: number
): number {
  const tokens = Math.max(1, sequences * tokensPerSequencePerStep);
  const touched = expertShare > 0 ? 1 - Math.pow(1 - expertShare, tokens) : 0;
  return alwaysReadBytesPerGpu + routedBytesPerGpu * touched + sequences * kvBytesPerSequence;
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
