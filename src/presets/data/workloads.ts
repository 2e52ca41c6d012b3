/**
 * Benchmark workloads and precisions of the throughput table. Sequence shapes are InferenceMAX's
 * (SemiAnalysis, SA-v1, 2025-10-09): 1k = 1024 tokens, 8k = 8192; input length randomised to 80-100% of
 * nominal per request; random tokens, no prefix caching.
 *
 * Data only: no logic.
 */
import type { WorkloadRecord } from "../types";

export const WORKLOADS = [
  {
    id: "1k/1k",
    inputTokens: 1024,
    outputTokens: 1024,
    aliases: ["1024/1024", "chat"],
    description: "chat: 1k input, 1k output",
  },
  {
    id: "1k/8k",
    inputTokens: 1024,
    outputTokens: 8192,
    aliases: ["1024/8192", "reasoning"],
    description: "reasoning: 1k input, 8k output",
  },
  {
    id: "8k/1k",
    inputTokens: 8192,
    outputTokens: 1024,
    aliases: ["8192/1024", "summarization"],
    description: "summarization: 8k input, 1k output",
  },
] as const satisfies readonly WorkloadRecord[];

/** Id of a workload: input/output length, `"1k/1k"`, `"1k/8k"` or `"8k/1k"`. */
export type WorkloadId = (typeof WORKLOADS)[number]["id"];

/** Weight precisions in the throughput table. FP4 is NVFP4 on NVIDIA and MXFP4 on AMD. */
export const PRECISIONS = ["FP4", "FP8"] as const;

/** Weight precision of a benchmark run. FP4 is NVFP4 on NVIDIA and MXFP4 on AMD. */
export type Precision = (typeof PRECISIONS)[number];

/** Other names users type for a precision, matched ignoring case. */
export const PRECISION_ALIASES = {
  FP4: ["NVFP4", "MXFP4"],
  FP8: ["FP8E4M3", "OCP-FP8"],
} as const satisfies Record<Precision, readonly string[]>;
