/**
 * Models that have measured throughput rows. Names as InferenceX reports them (IX-fixture, IX-blog-gb200,
 * IX-blog-gb300, IX-blog-gptoss, IX-blog-llama70b).
 *
 * Data only: no logic.
 */
import type { ModelRecord } from "../types";

export const MODELS = [
  {
    id: "DeepSeek-R1",
    displayName: "DeepSeek-R1-0528",
    aliases: ["DeepSeek-R1-0528", "DSR1"],
    description: "DeepSeek-R1 May-2025 checkpoint: 671B-parameter MoE, 37B active per token",
  },
  {
    id: "DeepSeek-V4-Pro",
    displayName: "DeepSeek-V4-Pro",
    aliases: ["DSv4-Pro", "DSV4"],
    description: "DeepSeek-V4-Pro: 1.6T-parameter MoE, 49B active per token",
  },
  {
    id: "gpt-oss-120b",
    displayName: "gpt-oss-120b",
    aliases: ["gptoss120b", "gpt-oss", "openai/gpt-oss-120b"],
    description:
      "OpenAI gpt-oss-120b: open-weight mixture-of-experts model, MXFP4 weights; measured at single peak points",
  },
  {
    id: "Llama-3.3-70B",
    displayName: "Llama-3.3-70B-Instruct",
    aliases: ["Llama 3.3 70B", "Llama-3.3-70B-Instruct", "llama70b", "Llama-3.3-70B-Instruct-FP8"],
    description: "Meta Llama 3.3 70B Instruct: dense 70B model; measured at single peak points",
  },
] as const satisfies readonly ModelRecord[];

/** Id of a benchmarked model, e.g. `"DeepSeek-R1"`. */
export type ModelId = (typeof MODELS)[number]["id"];
