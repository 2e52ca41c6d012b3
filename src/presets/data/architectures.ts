/**
 * Model facts for the roofline estimate (ESTIMATETHROUGHPUT): parameters, layers, attention and its
 * KV-cache dimensions, experts. From the model publishers' own repositories (full entries in ./sources.ts):
 * - DeepSeek-R1-0528: DS-R1-readme (671B total, 37B activated, built on DeepSeek-V3-Base) and DS-V3-config
 *   (the V3 architecture: 61 layers, multi-head latent attention caching a 512-wide latent plus a 64-wide
 *   rope key per layer and token, 256 routed experts + 1 shared, 8 per token, first 3 layers dense);
 * - gpt-oss-120b: OAI-gpt-oss (README and the reference model's ModelConfig);
 * - Llama 3.3 70B: Meta-llama33 (model card and the arch_args Meta's llama-models registered for it).
 * No stored copy of a Hugging Face config.json of these models was found; the sources above are the
 * publishers' own code and READMEs. DeepSeek-V4-Pro: no stored copy of its model card or config shows its
 * architecture, so its values are null with that reason.
 *
 * Data only: no logic. A derived value shows its arithmetic in its note.
 */
import type { FieldValue } from "../types";
import type { SourceId } from "./sources";

/** How a model's attention caches keys and values. */
export type AttentionKind =
  /** Multi-head latent attention: one compressed latent (kvLoraRank) plus a rope key (ropeHeadDim) per layer. */
  | "MLA"
  /** Grouped-query attention: keys and values for kvHeads heads of headDim each, per layer. */
  | "GQA";

/** The fact fields of a model architecture, each a sourced value or null with the reason. */
export const ARCHITECTURE_FIELDS = [
  "totalParamsBillions",
  "activeParamsBillions",
  "layers",
  "slidingWindowLayers",
  "slidingWindowTokens",
  "kvHeads",
  "headDim",
  "kvLoraRank",
  "ropeHeadDim",
  "expertCount",
  "expertsPerToken",
  "routedExpertParamsBillions",
  "mtpModules",
] as const;

/** Name of one architecture fact. */
export type ArchitectureFieldName = (typeof ARCHITECTURE_FIELDS)[number];

/** One model's architecture facts. */
export interface ArchitectureRecord {
  /** The model id, as the throughput table names it where it has measurements. */
  readonly id: string;
  readonly displayName: string;
  readonly aliases: readonly string[];
  /** null when no stored source shows it. */
  readonly attention: AttentionKind | null;
  /** The precision estimates use when none is given: what the publisher ships, FP8 for a BF16 model. */
  readonly nativePrecision: "FP8" | "FP4";
  readonly values: { readonly [F in ArchitectureFieldName]: FieldValue<SourceId> };
}

// prettier-ignore
export const ARCHITECTURES = [
  {
    id: "DeepSeek-R1",
    displayName: "DeepSeek-R1-0528",
    aliases: ["DeepSeek-R1-0528", "DSR1"],
    attention: "MLA",
    nativePrecision: "FP8",
    values: {
      totalParamsBillions: { value: 671, unit: "billion parameters", basis: "vendor-claimed", source: "DS-R1-readme", asOf: "2025-04-09", note: "main model; the Hugging Face checkpoint adds 14B of MTP module weights (685B)" },
      activeParamsBillions: { value: 37, unit: "billion parameters", basis: "vendor-claimed", source: "DS-R1-readme", asOf: "2025-04-09", note: "README_WEIGHTS of DeepSeek-V3 gives 36.7B including 0.9B embedding and 0.9B output head" },
      layers: { value: 61, unit: "layers", basis: "vendor-claimed", source: "DS-V3-config", asOf: "2024-12-26", note: "n_layers of config_671B.json; DeepSeek-R1 is trained on DeepSeek-V3-Base (DS-R1-readme)" },
      slidingWindowLayers: { value: 0, unit: "layers", basis: "vendor-claimed", source: "DS-V3-config", asOf: "2024-12-26", note: "every layer attends to the full context" },
      slidingWindowTokens: { value: null, unit: "tokens", note: "not applicable: no sliding-window layers" },
      kvHeads: { value: null, unit: "heads", note: "not applicable: MLA caches one latent per layer, not per-head keys and values (128 attention heads)" },
      headDim: { value: null, unit: "elements", note: "not applicable: MLA caches one latent per layer (per-head dims: 128 nope + 64 rope for keys, 128 for values)" },
      kvLoraRank: { value: 512, unit: "elements", basis: "vendor-claimed", source: "DS-V3-config", asOf: "2024-12-26", note: "kv_lora_rank: the compressed KV latent cached per layer and token" },
      ropeHeadDim: { value: 64, unit: "elements", basis: "vendor-claimed", source: "DS-V3-config", asOf: "2024-12-26", note: "qk_rope_head_dim: the decoupled rope key cached per layer and token; 512 + 64 = 576 elements per layer vs 2 × 128 × 128 = 32,768 for plain multi-head KV, 57x smaller" },
      expertCount: { value: 256, unit: "experts", basis: "vendor-claimed", source: "DS-V3-config", asOf: "2024-12-26", note: "routed experts per MoE layer, plus 1 shared expert" },
      expertsPerToken: { value: 8, unit: "experts", basis: "vendor-claimed", source: "DS-V3-config", asOf: "2024-12-26", note: "n_activated_experts" },
      routedExpertParamsBillions: { value: 653.9, unit: "billion parameters", basis: "derived", source: "DS-V3-config", asOf: "2024-12-26", note: "(61 − 3 dense layers) × 256 experts × 3 matrices × 7,168 × 2,048 = 653,908,770,816" },
      mtpModules: { value: 1, unit: "modules", basis: "vendor-claimed", source: "DS-V3-config", asOf: "2024-12-26", note: "num_nextn_predict_layers (README_WEIGHTS): one multi-token-prediction module, usable as a speculative-decoding draft" },
    },
  },
  {
    id: "DeepSeek-V4-Pro",
    displayName: "DeepSeek-V4-Pro",
    aliases: ["DSv4-Pro", "DSV4"],
    attention: null,
    nativePrecision: "FP4",
    values: {
      totalParamsBillions: { value: 1600, unit: "billion parameters", basis: "vendor-claimed", source: "IX-blog-gb300", asOf: "2026-05-27", note: "1.6T as the InferenceX article names the model" },
      activeParamsBillions: { value: null, unit: "billion parameters", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json; secondary pages say 49B" },
      layers: { value: null, unit: "layers", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      slidingWindowLayers: { value: null, unit: "layers", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      slidingWindowTokens: { value: null, unit: "tokens", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      kvHeads: { value: null, unit: "heads", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      headDim: { value: null, unit: "elements", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      kvLoraRank: { value: null, unit: "elements", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      ropeHeadDim: { value: null, unit: "elements", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      expertCount: { value: null, unit: "experts", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      expertsPerToken: { value: null, unit: "experts", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      routedExpertParamsBillions: { value: null, unit: "billion parameters", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
      mtpModules: { value: null, unit: "modules", note: "no stored copy of the DeepSeek-V4-Pro model card or config.json" },
    },
  },
  {
    id: "gpt-oss-120b",
    displayName: "gpt-oss-120b",
    aliases: ["gpt-oss", "gptoss-120b", "gpt-oss 120b"],
    attention: "GQA",
    nativePrecision: "FP4",
    values: {
      totalParamsBillions: { value: 117, unit: "billion parameters", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "a mixture of experts, not a dense model" },
      activeParamsBillions: { value: 5.1, unit: "billion parameters", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09" },
      layers: { value: 36, unit: "layers", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "num_hidden_layers" },
      slidingWindowLayers: { value: 18, unit: "layers", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "every other layer (even index) uses the sliding window; the other 18 attend to the full context" },
      slidingWindowTokens: { value: 128, unit: "tokens", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "sliding_window" },
      kvHeads: { value: 8, unit: "heads", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "num_key_value_heads; 64 query heads" },
      headDim: { value: 64, unit: "elements", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "head_dim" },
      kvLoraRank: { value: null, unit: "elements", note: "not applicable: grouped-query attention, no latent" },
      ropeHeadDim: { value: null, unit: "elements", note: "not applicable: grouped-query attention, no latent" },
      expertCount: { value: 128, unit: "experts", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "num_experts per layer" },
      expertsPerToken: { value: 4, unit: "experts", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "experts_per_token" },
      routedExpertParamsBillions: { value: 114.7, unit: "billion parameters", basis: "derived", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "36 layers × 128 experts × 3 × 2,880 × 2,880 (mlp1 is 2 × 2,880 wide, mlp2 2,880) = 114,661,785,600, biases left out; shipped in MXFP4" },
      mtpModules: { value: 0, unit: "modules", basis: "vendor-claimed", source: "OAI-gpt-oss", asOf: "2026-06-09", note: "none in the checkpoint; speculative decoding needs a separate draft model (e.g. Eagle3)" },
    },
  },
  {
    id: "Llama-3.3-70B",
    displayName: "Llama 3.3 70B Instruct",
    aliases: ["Llama-3.3-70B-Instruct", "Llama 3.3 70B", "llama70b", "Llama-70B"],
    attention: "GQA",
    nativePrecision: "FP8",
    values: {
      totalParamsBillions: { value: 70, unit: "billion parameters", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "dense: every parameter is active" },
      activeParamsBillions: { value: 70, unit: "billion parameters", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "dense: every parameter is active" },
      layers: { value: 80, unit: "layers", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "n_layers" },
      slidingWindowLayers: { value: 0, unit: "layers", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "every layer attends to the full context" },
      slidingWindowTokens: { value: null, unit: "tokens", note: "not applicable: no sliding-window layers" },
      kvHeads: { value: 8, unit: "heads", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "n_kv_heads; 64 query heads" },
      headDim: { value: 128, unit: "elements", basis: "derived", source: "Meta-llama33", asOf: "2025-02-12", note: "dim 8,192 ÷ 64 heads" },
      kvLoraRank: { value: null, unit: "elements", note: "not applicable: grouped-query attention, no latent" },
      ropeHeadDim: { value: null, unit: "elements", note: "not applicable: grouped-query attention, no latent" },
      expertCount: { value: 0, unit: "experts", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "dense model" },
      expertsPerToken: { value: 0, unit: "experts", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "dense model" },
      routedExpertParamsBillions: { value: 0, unit: "billion parameters", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "dense model" },
      mtpModules: { value: 0, unit: "modules", basis: "vendor-claimed", source: "Meta-llama33", asOf: "2025-02-12", note: "none; speculative decoding needs a separate draft model" },
    },
  },
] as const satisfies readonly ArchitectureRecord[];

/** Id of a model with architecture facts, e.g. `"gpt-oss-120b"`. */
export type ArchitectureId = (typeof ARCHITECTURES)[number]["id"];
