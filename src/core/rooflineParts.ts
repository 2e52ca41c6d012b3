/**
 * Parts of the roofline estimate (core/roofline): its input and result shapes, and the decode batch, how
 * many sequences one GPU can decode at once when a step may read a given number of bytes.
 */

/** Inputs to rooflineTokensPerSecondPerGpu. Numbers are per GPU unless named otherwise. */
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
  /** Share of the bound reached, (0, 1]; ROOFLINE_DEFAULT_EFFICIENCY if omitted. */
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

/** Root-finding steps at most; Newton's method needs about 5, the bisection fallback at most 50. */
const MAX_SOLVER_STEPS = 60;
/** Stop once the step's bytes are within this share of the budget (and never over it). */
const BYTES_TOLERANCE = 1e-10;

/**
 * The most sequences per GPU whose decode step reads at most `stepBytes`, capped at `cap` (compute or
 * capacity). The bytes grow with the batch (KV cache, and the experts its tokens touch), so the largest
 * batch that fits is found in closed form for a dense model and, for a mixture of experts, by Newton's
 * method from below (the bytes are concave in the batch, so every step stays within the budget), with
 * bisection as the safeguard.
 */
export function decodeSequencesPerGpu(
  stepBytes: number,
  cap: number,
  alwaysReadBytesPerGpu: number,
  routedBytesPerGpu: number,
  expertShare: number,
  tokensPerSequencePerStep: number,
  kvBytesPerSequence: number
): number {
  return decodeSequencesAtExpertRate(
    stepBytes,
    cap,
    alwaysReadBytesPerGpu,
    routedBytesPerGpu,
    expertShare > 0 ? expertRate(expertShare) : 0,
    tokensPerSequencePerStep,
    kvBytesPerSequence
  );
}

/** −ln(1 − share): bytes = always + routed × (1 − e^(−rate × tokens)) + b × kv, tokens = b × tokens per sequence. */
export function expertRate(expertShare: number): number {
  return -Math.log1p(-expertShare);
}

/**
 * {@link decodeSequencesPerGpu} given the expert rate (0 for a dense model) rather than the share: the
 * rate is a logarithm, taken once per model rather than once per solve.
 */
export function decodeSequencesAtExpertRate(
  stepBytes: number,
  cap: number,
  alwaysReadBytesPerGpu: number,
  routedBytesPerGpu: number,
  rate: number,
  tokensPerSequencePerStep: number,
  kvBytesPerSequence: number
): number {
  const upper = kvBytesPerSequence > 0 ? Math.min(cap, stepBytes / kvBytesPerSequence) : cap;
  const excessAtUpper =
    bytesPerStep(
      alwaysReadBytesPerGpu,
      routedBytesPerGpu,
      rate,
      tokensPerSequencePerStep,
      kvBytesPerSequence,
      upper
    ) - stepBytes;
  if (excessAtUpper <= 0) return upper;
  if (rate === 0) return (stepBytes - alwaysReadBytesPerGpu) / kvBytesPerSequence;
  let low = 0;
  let high = upper;
  let b = 1 / tokensPerSequencePerStep;
  for (let i = 0; i < MAX_SOLVER_STEPS; i++) {
    const over =
      bytesPerStep(
        alwaysReadBytesPerGpu,
        routedBytesPerGpu,
        rate,
        tokensPerSequencePerStep,
        kvBytesPerSequence,
        b
      ) - stepBytes;
    if (over > 0) high = b;
    else {
      low = b;
      if (-over <= BYTES_TOLERANCE * stepBytes) break;
    }
    const tokens = b * tokensPerSequencePerStep;
    const slope =
      routedBytesPerGpu * rate * tokensPerSequencePerStep * Math.exp(-rate * tokens) +
      kvBytesPerSequence;
    let next = b - over / slope;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (high - low <= BYTES_TOLERANCE * high) break;
    b = next;
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
  expertRate: number,
  tokensPerSequencePerStep: number,
  kvBytesPerSequence: number,
  sequences: number
): number {
  const tokens = Math.max(1, sequences * tokensPerSequencePerStep);
  // 1 − (1 − share)^tokens, written with exp: the same number, and cheaper on the hot path.
  const touched = expertRate > 0 ? -Math.expm1(-expertRate * tokens) : 0;
  return alwaysReadBytesPerGpu + routedBytesPerGpu * touched + sequences * kvBytesPerSequence;
}
