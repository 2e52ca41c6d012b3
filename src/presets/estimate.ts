/**
 * The roofline throughput estimate from presets (ESTIMATETHROUGHPUT): a platform's published specs
 * (HBM capacity and bandwidth, dense FP8/FP4 TFLOPS) joined with a model's architecture facts and a
 * workload, through the core estimate (core/roofline). Works for any platform with published specs,
 * measured or not; a spec or fact nobody publishes is no answer, with the reason.
 *
 * Conventions, beyond the core's:
 * - precision: FP8 weights take 1 byte, FP4 0.5 (block scales left out); compute runs at the platform's
 *   dense rate for that precision, and FP4 on a chip without an FP4 path runs at its FP8 rate (weights
 *   stored in FP4, computed in FP8). Omitted, the model's native precision (FP8 for DeepSeek-R1 and
 *   Llama 3.3 70B, FP4 (MXFP4) for gpt-oss-120b; Llama ships in BF16 and
 *   is benchmarked in FP8). The KV cache is FP8 (1 byte per element).
 * - replica size: one 8-GPU node, as the benchmarks' single-node configurations, or the fewest GPUs beyond
 *   (a power of two) whose HBM holds the weights in at most half its capacity, leaving the rest for the KV
 *   cache. With no communication cost in the roofline, more GPUs per replica never lower it; the measured
 *   points are checked with their own GPU counts.
 * - no speculative decoding (1 token per decode step) unless tokensPerDecodeStep says otherwise.
 * - fixed decode-step time: layers × DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER (6.1 ms for DeepSeek-R1's 61
 *   layers), calibrated with the efficiency on the measured points; the bound leaves it out.
 */
import { PRECISION_CANDIDATES, WORKLOAD_CANDIDATES } from "./candidates";
import { type Answer, found } from "../core/answer";
import {
  DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER,
  ROOFLINE_DEFAULT_EFFICIENCY,
  type RooflineInput,
  type RooflineLimit,
  type RooflinePlan,
  type RooflinePlanInput,
  rooflineAt,
  rooflinePlan,
} from "../core/roofline";
import {
  ARCHITECTURES,
  type ArchitectureFieldName,
  type ArchitectureId,
  type ArchitectureRecord,
} from "./data/architectures";
import type { PlatformId } from "./data/platforms";
import { type Precision, WORKLOADS, type WorkloadId } from "./data/workloads";
import { findPlatform, notFound, type Platform } from "./lookup";
import { findExact, type Candidate } from "./match";
import { PRESET_MESSAGES } from "./messages";
import type { NoAnswer } from "../core/answer";
import type { SourceId } from "./data/sources";
import type { FieldValue, NotFound, NotPublished } from "./types";

export { ARCHITECTURES, DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER, ROOFLINE_DEFAULT_EFFICIENCY };

/** Bytes per weight at each precision: FP8 one byte, FP4 half a byte (block scales left out). */
export const BYTES_PER_WEIGHT = { FP8: 1, FP4: 0.5 } as const satisfies Record<Precision, number>;

/** Most of a GPU's HBM the weights may take when the replica size is chosen: the rest holds KV cache. */
export const MAX_WEIGHT_SHARE_OF_HBM = 0.5;

/** Smallest replica the estimate assumes, GPUs: one node of 8, as the benchmarks' single-node runs. */
export const MIN_GPUS_PER_REPLICA = 8;

/** Largest replica the estimate considers, GPUs; a model needing more has no answer. */
export const MAX_GPUS_PER_REPLICA = 1024;

/** A model fact the estimate needs is not known; the note says why. */
export interface ArchitectureUnknown extends NoAnswer {
  readonly kind: "architectureUnknown";
  readonly field: ArchitectureFieldName;
  readonly note: string;
}

/** Why an estimate has no answer. */
export type EstimateMissing =
  | NotFound
  | NotPublished<PlatformId, "hbmGb" | "hbmBandwidthTbPerSecond" | "fp8DenseTflops">
  | ArchitectureUnknown
  | NoAnswer;

/** The roofline estimate and what it assumed. */
export interface ThroughputEstimate {
  readonly platformId: PlatformId;
  readonly model: ArchitectureId;
  readonly workload: WorkloadId;
  readonly precision: Precision;
  readonly tokensPerSecondPerUser: number;
  /** Estimated total (input + output) tokens per second per GPU: the bound × efficiency. */
  readonly tokensPerSecondPerGpu: number;
  /** The roofline bound at efficiency 1. */
  readonly boundTokensPerSecondPerGpu: number;
  readonly efficiency: number;
  readonly gpusPerReplica: number;
  readonly tokensPerDecodeStep: number;
  readonly sequencesPerGpu: number;
  readonly limitedBy: RooflineLimit;
}

/** Options beyond the five arguments of ESTIMATETHROUGHPUT. */
export interface EstimateOptions {
  /** (0, 1]; the calibrated default if omitted. */
  readonly efficiency?: number | null;
  /** "FP8" or "FP4" (or an alias); the model's native precision if omitted. */
  readonly precision?: string | null;
  /** GPUs per model replica; 8, or the fewest whose HBM holds the weights in half its capacity, if omitted. */
  readonly gpusPerReplica?: number;
  /** Accepted output tokens per decode step (speculative decoding, MTP); 1 if omitted. */
  readonly tokensPerDecodeStep?: number;
  /** Fixed decode-step time per layer, seconds; DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER if omitted. */
  readonly stepLatencySecondsPerLayer?: number;
}

/** A platform, model, workload and precision resolved to the core's inputs, interactivity aside. */
interface Resolved {
  readonly platformId: PlatformId;
  readonly model: ArchitectureId;
  readonly workload: WorkloadId;
  readonly precision: Precision;
  readonly defaultGpusPerReplica: number;
  readonly layers: number;
  /** layers × DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER, as the default options compute it. */
  readonly defaultStepLatencySeconds: number;
  /** The core's input for this combination at the default replica size, interactivity aside. */
  readonly coreInput: RooflinePlanInput;
  /** The core's interactivity-independent work for coreInput, done once per combination. */
  readonly plan: RooflinePlan;
}

type Architecture = (typeof ARCHITECTURES)[number];

const MODEL_CANDIDATES: readonly (Candidate & { readonly architecture: Architecture })[] =
  ARCHITECTURES.map((architecture) => ({
    display: architecture.id,
    names: [architecture.id, architecture.displayName, ...architecture.aliases],
    architecture,
  }));

/**
 * A roofline estimate of total (input + output) tokens per second per GPU for a platform, model and
 * workload at an interactivity (output tokens per second per user), from presets; see core/roofline for
 * the method. It is an estimate, not a measurement: the default efficiency is calibrated on the measured
 * points, whose spread around it is wide.
 *
 * @param platform - platform id or alias, e.g. "TPU7x".
 * @param model - model id or alias, e.g. "gpt-oss-120b".
 * @param workload - workload id or alias, e.g. "1k/1k".
 * @param tokensPerSecondPerUser - interactivity, output tokens/s per user, > 0.
 * @param efficiency - share of the bound reached, (0, 1]; ROOFLINE_DEFAULT_EFFICIENCY if omitted.
 * @param precision - "FP8" or "FP4"; the model's native precision if omitted.
 * @example estimateThroughput("TPU7x", "Llama-3.3-70B", "1k/1k", 50).value.limitedBy // "memoryBandwidth"
 */
export function estimateThroughput(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  efficiency?: number | null,
  precision?: string | null
): Answer<ThroughputEstimate, EstimateMissing> {
  const resolved = resolvedCached(platform, model, workload, precision ?? null);
  if (!resolved.ok) return resolved;
  const r = resolved.value;
  return estimated(
    r,
    tokensPerSecondPerUser,
    efficiency ?? ROOFLINE_DEFAULT_EFFICIENCY,
    r.defaultGpusPerReplica,
    1,
    r.defaultStepLatencySeconds
  );
}

/**
 * {@link estimateThroughput}'s tokens per second per GPU alone, as ESTIMATETHROUGHPUT shows it: the same
 * number, without building the record of what the estimate assumed.
 */
export function estimatedTokensPerSecondPerGpu(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  efficiency?: number | null,
  precision?: string | null
): Answer<number, EstimateMissing> {
  const resolved = resolvedCached(platform, model, workload, precision ?? null);
  if (!resolved.ok) return resolved;
  const r = resolved.value;
  const estimate = rooflineAt(
    r.plan,
    tokensPerSecondPerUser,
    1,
    r.defaultStepLatencySeconds,
    efficiency ?? ROOFLINE_DEFAULT_EFFICIENCY
  );
  return estimate.ok ? found(estimate.value.tokensPerSecondPerGpu) : estimate;
}

/** {@link estimateThroughput} with every option: replica size and tokens per decode step too. */
export function estimateThroughputWith(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  options: EstimateOptions = {}
): Answer<ThroughputEstimate, EstimateMissing> {
  const resolved = resolvedCached(platform, model, workload, options.precision ?? null);
  if (!resolved.ok) return resolved;
  const r = resolved.value;
  return estimated(
    r,
    tokensPerSecondPerUser,
    options.efficiency ?? ROOFLINE_DEFAULT_EFFICIENCY,
    options.gpusPerReplica ?? r.defaultGpusPerReplica,
    options.tokensPerDecodeStep ?? 1,
    options.stepLatencySecondsPerLayer === undefined
      ? r.defaultStepLatencySeconds
      : options.stepLatencySecondsPerLayer * r.layers
  );
}

function estimated(
  r: Resolved,
  tokensPerSecondPerUser: number,
  efficiency: number,
  gpusPerReplica: number,
  tokensPerDecodeStep: number,
  stepLatencySeconds: number
): Answer<ThroughputEstimate, EstimateMissing> {
  // The combination's plan holds every check and figure that does not vary call to call; another replica
  // size is another plan.
  const plan =
    gpusPerReplica === r.defaultGpusPerReplica
      ? r.plan
      : rooflinePlan({ ...r.coreInput, gpusPerReplica });
  const estimate = rooflineAt(
    plan,
    tokensPerSecondPerUser,
    tokensPerDecodeStep,
    stepLatencySeconds,
    efficiency
  );
  if (!estimate.ok) return estimate;
  const value = estimate.value;
  return found({
    platformId: r.platformId,
    model: r.model,
    workload: r.workload,
    precision: r.precision,
    tokensPerSecondPerUser,
    tokensPerSecondPerGpu: value.tokensPerSecondPerGpu,
    boundTokensPerSecondPerGpu: value.boundTokensPerSecondPerGpu,
    efficiency,
    gpusPerReplica,
    tokensPerDecodeStep,
    sequencesPerGpu: value.sequencesPerGpu,
    limitedBy: value.limitedBy,
  });
}

/** The model a name refers to among those with architecture facts. */
export function findArchitecture(name: string): Answer<ArchitectureRecord, NotFound> {
  const match = findExact(name, MODEL_CANDIDATES);
  if (match !== undefined) return found(match.architecture);
  return notFound("model", name, MODEL_CANDIDATES);
}

// Resolving names and specs is string work; a workbook asks for the same few combinations over and over.
// The data never changes at run time, so a cached answer is always the answer; the bound keeps hostile
// inputs from growing it without limit (as the THROUGHPUT series cache does). Keyed by one map level per
// argument rather than one joined string: building that string cost a sixth of a call.
type ByPrecision = Map<string, Answer<Resolved, EstimateMissing>>;
const RESOLVED = new Map<string, Map<string, Map<string, ByPrecision>>>();
const RESOLVED_LIMIT = 4096;
let resolvedCount = 0;

function resolvedCached(
  platform: string,
  model: string,
  workload: string,
  precision: string | null
): Answer<Resolved, EstimateMissing> {
  const precisionKey = precision ?? "";
  let byModel = RESOLVED.get(platform);
  let byWorkload = byModel?.get(model);
  let byPrecision = byWorkload?.get(workload);
  let answer = byPrecision?.get(precisionKey);
  if (answer === undefined) {
    answer = resolve(platform, model, workload, precision);
    if (resolvedCount >= RESOLVED_LIMIT) {
      RESOLVED.clear();
      resolvedCount = 0;
      byModel = undefined;
    }
    if (byModel === undefined) RESOLVED.set(platform, (byModel = new Map()));
    byWorkload = byModel.get(model);
    if (byWorkload === undefined) byModel.set(model, (byWorkload = new Map()));
    byPrecision = byWorkload.get(workload);
    if (byPrecision === undefined) byWorkload.set(workload, (byPrecision = new Map()));
    byPrecision.set(precisionKey, answer);
    resolvedCount++;
  }
  return answer;
}

function resolve(
  platformName: string,
  modelName: string,
  workloadName: string,
  precisionName: string | null
): Answer<Resolved, EstimateMissing> {
  const platform = findPlatform(platformName);
  if (!platform.ok) return platform;
  const architecture = findArchitecture(modelName);
  if (!architecture.ok) return architecture;
  const workloadMatch = findExact(workloadName, WORKLOAD_CANDIDATES);
  if (workloadMatch === undefined) return notFound("workload", workloadName, WORKLOAD_CANDIDATES);
  const arch = architecture.value;
  let precision: Precision = arch.nativePrecision;
  if (precisionName !== null && precisionName !== "") {
    const match = findExact(precisionName, PRECISION_CANDIDATES);
    if (match === undefined) return notFound("precision", precisionName, PRECISION_CANDIDATES);
    precision = match.id;
  }
  const specs = platformSpecs(platform.value, precision);
  if (!specs.ok) return specs;
  const facts = modelFacts(arch);
  if (!facts.ok) return facts;
  const workloadRecord = WORKLOADS.find((w) => w.id === workloadMatch.id) ?? WORKLOADS[0];
  const bytesPerWeight = BYTES_PER_WEIGHT[precision];
  const weightsGb = facts.value.totalParamsBillions * bytesPerWeight;
  let gpus = MIN_GPUS_PER_REPLICA;
  while (weightsGb > MAX_WEIGHT_SHARE_OF_HBM * specs.value.hbmGb * gpus) {
    gpus *= 2;
    if (gpus > MAX_GPUS_PER_REPLICA) {
      return { ok: false, reason: PRESET_MESSAGES.replicaTooLarge(arch.id, platform.value.id) };
    }
  }
  const input = {
    ...specs.value,
    ...facts.value,
    bytesPerWeight,
    inputTokens: workloadRecord.inputTokens,
    outputTokens: workloadRecord.outputTokens,
  };
  const layers = arch.values.layers.value ?? 0;
  const coreInput: RooflinePlanInput = {
    hbmBandwidthTbPerSecond: input.hbmBandwidthTbPerSecond,
    denseTflops: input.denseTflops,
    hbmGb: input.hbmGb,
    gpusPerReplica: gpus,
    activeParamsBillions: input.activeParamsBillions,
    totalParamsBillions: input.totalParamsBillions,
    routedExpertParamsBillions: input.routedExpertParamsBillions,
    expertCount: input.expertCount,
    expertsPerToken: input.expertsPerToken,
    bytesPerWeight: input.bytesPerWeight,
    kvCacheElementsPerToken: input.kvCacheElementsPerToken,
    slidingKvCacheElementsPerToken: input.slidingKvCacheElementsPerToken,
    slidingWindowTokens: input.slidingWindowTokens,
    inputTokens: input.inputTokens,
    outputTokens: input.outputTokens,
  };
  return found({
    platformId: platform.value.id,
    model: arch.id as ArchitectureId,
    workload: workloadMatch.id,
    precision,
    defaultGpusPerReplica: gpus,
    layers,
    defaultStepLatencySeconds: DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER * layers,
    coreInput,
    // An input the core rejects is rejected here, on every call: a throw is never cached.
    plan: rooflinePlan(coreInput),
  });
}

interface PlatformSpecs {
  readonly hbmGb: number;
  readonly hbmBandwidthTbPerSecond: number;
  readonly denseTflops: number;
}

function platformSpecs(
  platform: Platform,
  precision: Precision
): Answer<PlatformSpecs, EstimateMissing> {
  const values = platform.values;
  for (const field of ["hbmGb", "hbmBandwidthTbPerSecond", "fp8DenseTflops"] as const) {
    // Typed as any field value: a later platform may leave a spec unpublished.
    const value = values[field] as FieldValue<SourceId>;
    if (value.value === null) {
      return {
        ok: false,
        kind: "notPublished",
        platformId: platform.id,
        field,
        note: value.note,
        reason: PRESET_MESSAGES.notPublished(platform.id, field, value.note),
      };
    }
  }
  const fp4 = values.fp4DenseTflops.value;
  return found({
    hbmGb: values.hbmGb.value as number,
    hbmBandwidthTbPerSecond: values.hbmBandwidthTbPerSecond.value as number,
    // FP4 weights on a chip without an FP4 path are computed at its FP8 rate.
    denseTflops:
      precision === "FP4" && fp4 !== null ? fp4 : (values.fp8DenseTflops.value as number),
  });
}

type ModelFacts = Pick<
  RooflineInput,
  | "activeParamsBillions"
  | "totalParamsBillions"
  | "routedExpertParamsBillions"
  | "expertCount"
  | "expertsPerToken"
  | "kvCacheElementsPerToken"
  | "slidingKvCacheElementsPerToken"
  | "slidingWindowTokens"
> & { readonly totalParamsBillions: number };

function modelFacts(arch: ArchitectureRecord): Answer<ModelFacts, EstimateMissing> {
  const fields: ArchitectureFieldName[] = [
    "totalParamsBillions",
    "activeParamsBillions",
    "layers",
    "slidingWindowLayers",
    "routedExpertParamsBillions",
  ];
  if (arch.attention === "MLA") fields.push("kvLoraRank", "ropeHeadDim");
  else fields.push("kvHeads", "headDim");
  const value = (field: ArchitectureFieldName): number => arch.values[field].value ?? 0;
  for (const field of fields) {
    if (arch.values[field].value === null) return unknown(arch, field);
  }
  if (arch.attention === null) return unknown(arch, "layers");
  const routed = value("routedExpertParamsBillions");
  if (routed > 0) {
    for (const field of ["expertCount", "expertsPerToken"] as const) {
      if (arch.values[field].value === null) return unknown(arch, field);
    }
  }
  const slidingLayers = value("slidingWindowLayers");
  if (slidingLayers > 0 && arch.values.slidingWindowTokens.value === null) {
    return unknown(arch, "slidingWindowTokens");
  }
  // Elements cached per token and layer: MLA one latent plus a rope key; GQA a key and a value per KV head.
  const perLayer =
    arch.attention === "MLA"
      ? value("kvLoraRank") + value("ropeHeadDim")
      : 2 * value("kvHeads") * value("headDim");
  return found({
    totalParamsBillions: value("totalParamsBillions"),
    activeParamsBillions: value("activeParamsBillions"),
    routedExpertParamsBillions: routed,
    expertCount: routed > 0 ? value("expertCount") : undefined,
    expertsPerToken: routed > 0 ? value("expertsPerToken") : undefined,
    kvCacheElementsPerToken: (value("layers") - slidingLayers) * perLayer,
    slidingKvCacheElementsPerToken: slidingLayers * perLayer,
    slidingWindowTokens: slidingLayers > 0 ? value("slidingWindowTokens") : undefined,
  });
}

function unknown(arch: ArchitectureRecord, field: ArchitectureFieldName): ArchitectureUnknown {
  const fact = arch.values[field];
  const note = fact.value === null ? fact.note : "no attention type recorded";
  return {
    ok: false,
    kind: "architectureUnknown",
    field,
    note,
    reason: PRESET_MESSAGES.architectureUnknown(arch.id, field, note),
  };
}
