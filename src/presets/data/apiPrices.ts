/**
 * API token prices per model: what a buyer pays a provider per million tokens, for the own-vs-API
 * comparison. USD per million tokens; input is the uncached (cache-miss) price. Only figures a stored copy of
 * the source shows are recorded: a price the source does not show (most cached-input prices) is null with
 * the reason in the note. List prices change often; each row carries the date its source gives.
 *
 * Sources (full entries in ./sources.ts): DeepSeek's price page (DS-api-pricing), the InferenceX v2 article's
 * OpenRouter listing (SA-v2), and undated provider pages checked against their stored copies
 * (keeprouter-gptoss, therouter-gptoss, deepinfra-llama33).
 *
 * Data only: no logic.
 */
import type { ApiPriceRow } from "../types";
import type { ModelId } from "./models";
import type { SourceId } from "./sources";

export const API_PRICES = [
  {
    model: "DeepSeek-R1",
    provider: "DeepSeek",
    inputUsdPerMillionTokens: 0.55,
    cachedInputUsdPerMillionTokens: 0.14,
    outputUsdPerMillionTokens: 2.19,
    basis: "vendor-claimed",
    source: "DS-api-pricing",
    asOf: "2025-09-05",
    note: "deepseek-reasoner standard price, in effect until 2025-09-05 16:00 UTC; after that date deepseek-reasoner serves DeepSeek-V3.1, not R1",
  },
  {
    model: "DeepSeek-R1",
    provider: "Crusoe (OpenRouter)",
    inputUsdPerMillionTokens: 1.35,
    cachedInputUsdPerMillionTokens: null,
    outputUsdPerMillionTokens: 5.4,
    basis: "vendor-claimed",
    source: "SA-v2",
    asOf: "2026-02-16",
    note: "DeepSeek-R1-0528 FP8 served at about 36 tokens/s per user; no cached-input price shown",
  },
  {
    model: "DeepSeek-R1",
    provider: "Nebius AI Studio Fast (OpenRouter)",
    inputUsdPerMillionTokens: 2,
    cachedInputUsdPerMillionTokens: null,
    outputUsdPerMillionTokens: 6,
    basis: "vendor-claimed",
    source: "SA-v2",
    asOf: "2026-02-16",
    note: "DeepSeek-R1 FP4 served at about 167 tokens/s per user; no cached-input price shown",
  },
  {
    model: "gpt-oss-120b",
    provider: "KeepRouter",
    inputUsdPerMillionTokens: 0.15,
    cachedInputUsdPerMillionTokens: null,
    outputUsdPerMillionTokens: 0.6,
    basis: "vendor-claimed",
    source: "keeprouter-gptoss",
    asOf: "2026-11-29",
    note: "billed at cost (no markup), per the page; no cached-input price shown; undated page",
  },
  {
    model: "gpt-oss-120b",
    provider: "TheRouter",
    inputUsdPerMillionTokens: 0.24,
    cachedInputUsdPerMillionTokens: null,
    outputUsdPerMillionTokens: 0.96,
    basis: "vendor-claimed",
    source: "therouter-gptoss",
    asOf: "2026-11-29",
    note: "no cached-input price shown; undated page",
  },
  {
    model: "Llama-3.3-70B",
    provider: "DeepInfra",
    inputUsdPerMillionTokens: 0.13,
    cachedInputUsdPerMillionTokens: null,
    outputUsdPerMillionTokens: 0.4,
    basis: "vendor-claimed",
    source: "deepinfra-llama33",
    asOf: "2026-11-29",
    note: "Llama-3.3-70B-Instruct-Turbo (FP8); stored copies of this undated page also show 0.12/0.30 and 0.13/0.38, so the price has moved; no cached-input price shown",
  },
] as const satisfies readonly ApiPriceRow<ModelId, SourceId>[];

/** One row of the API price table. */
export type ApiPriceRecord = (typeof API_PRICES)[number];
