/**
 * API token price lookups for the own-vs-API comparison (APIPRICE and the pane): a model's list prices at
 * a provider, USD per million tokens, with the source and date. Pure: no Office, no I/O.
 */
import { MODEL_CANDIDATES } from "./candidates";
import { type Answer, found } from "../core/answer";
import { API_PRICES, type ApiPriceRecord } from "./data/apiPrices";
import { MODELS } from "./data/models";
import { notFound } from "./lookup";
import { findExact, type Candidate } from "./match";
import { PRESET_MESSAGES } from "./messages";
import type { NotFound } from "./types";

export { API_PRICES };
export type { ApiPriceRecord };

/**
 * A model's API price at one provider, or (provider omitted) the first recorded provider, which for each
 * model is the model maker's own price where one is recorded. Names match ignoring case, spaces, dashes,
 * underscores and dots; a provider name matches its leading words too ("Crusoe" for "Crusoe (OpenRouter)").
 *
 * @param model - model id or alias, e.g. "DeepSeek-R1", "gpt-oss-120b".
 * @param provider - provider name, e.g. "DeepSeek", "KeepRouter"; if omitted (undefined, null or blank), the first recorded.
 * @example apiPrice("DeepSeek-R1").value.outputUsdPerMillionTokens // 2.19
 * @example apiPrice("DeepSeek-V4-Pro").reason
 *   // "no API price recorded for DeepSeek-V4-Pro; priced: DeepSeek-R1, gpt-oss-120b, Llama-3.3-70B"
 */
export function apiPrice(
  model: string,
  provider?: string | null
): Answer<ApiPriceRecord, NotFound> {
  const foundModel = findExact(model, MODEL_CANDIDATES);
  if (foundModel === undefined) return notFound("model", model, MODEL_CANDIDATES);
  const rows = API_PRICES.filter((row) => row.model === foundModel.id);
  const first = rows[0];
  if (first === undefined) {
    const priced = MODELS.map((m) => m.id).filter((id) => API_PRICES.some((r) => r.model === id));
    return {
      ok: false,
      kind: "notFound",
      subject: "model",
      query: model,
      suggestions: [],
      options: priced,
      reason: PRESET_MESSAGES.noApiPrice(foundModel.id, priced),
    };
  }
  if (provider === undefined || provider === null || provider.trim() === "") return found(first);
  const candidates: readonly (Candidate & { readonly row: ApiPriceRecord })[] = rows.map((row) => ({
    display: row.provider,
    names: [row.provider, row.provider.replace(/\s*\(.*\)$/, "")],
    row,
  }));
  const match = findExact(provider, candidates);
  if (match === undefined) return notFound("provider", provider, candidates);
  return found(match.row);
}

/**
 * Every recorded API price of a model (all providers), in table order; empty when none is recorded.
 *
 * @example apiPrices("gpt-oss-120b").map((r) => r.provider) // ["KeepRouter", "TheRouter"]
 */
export function apiPrices(model: string): readonly ApiPriceRecord[] {
  const foundModel = findExact(model, MODEL_CANDIDATES);
  if (foundModel === undefined) return [];
  return API_PRICES.filter((row) => row.model === foundModel.id);
}
