/**
 * Every message the preset lookups show a user, in one table. Messages are short enough for a cell and say
 * what to type instead.
 */
import type { LookupSubject } from "./types";

/** Numbers in messages: `decimals` places at most, no trailing zeros. */
export function formatQuantity(value: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return String(Math.round(value * scale) / scale);
}

/** The fewest decimals (1 to 6) at which `requested` no longer reads like either bound. */
function distinctDecimals(requested: number, bounds: readonly number[]): number {
  for (let decimals = 1; decimals < 6; decimals++) {
    const shown = formatQuantity(requested, decimals);
    if (bounds.every((bound) => formatQuantity(bound, decimals) !== shown)) return decimals;
  }
  return 6;
}

export const PRESET_MESSAGES = {
  notFound: (
    subject: LookupSubject,
    query: string,
    suggestions: readonly string[],
    options: readonly string[]
  ): string =>
    suggestions.length > 0
      ? `${subject} "${query}" not found; did you mean ${suggestions.join(", ")}?`
      : `${subject} "${query}" not found; available: ${options.join(", ")}`,
  notAvailableFor: (
    subject: LookupSubject,
    query: string,
    scope: string,
    options: readonly string[]
  ): string =>
    `${subject} "${query}" has no measurements for ${scope}; available: ${options.join(", ")}`,
  noMeasurements: (platformId: string, platformsWithData: readonly string[]): string =>
    `${platformId} has no throughput measurements in this dataset; measured: ${platformsWithData.join(", ")}`,
  notPublished: (platformId: string, field: string, note: string): string =>
    `${field} for ${platformId} is not published: ${note}`,
  outOfRange: (scope: string, min: number, max: number, requested: number): string => {
    const d = distinctDecimals(requested, [min, max]);
    const range =
      min === max
        ? `only at ${formatQuantity(min, d)}`
        : `from ${formatQuantity(min, d)} to ${formatQuantity(max, d)}`;
    return `${scope} was measured ${range} tokens/s per user; ${formatQuantity(requested, d)} is outside that range`;
  },
  architectureUnknown: (model: string, field: string, note: string): string =>
    `${field} of ${model} is not known, so its throughput cannot be estimated: ${note}`,
  replicaTooLarge: (model: string, platformId: string): string =>
    `${model} needs more than 1024 ${platformId} per copy of its weights; no estimate`,
  /** PRESETINFO text for a published value: who, what, when, how, where. */
  info: (
    publisher: string,
    title: string,
    asOf: string,
    basis: string,
    note: string | undefined,
    url: string
  ): string =>
    `${publisher}, ${title} (${asOf}), ${basis}${note === undefined ? "" : `; ${note}`} — ${url}`,
  /** PRESETINFO text for a value nobody publishes. */
  infoNotPublished: (
    note: string,
    checked: { publisher: string; title: string; date: string; url: string } | undefined
  ): string =>
    checked === undefined
      ? `not published: ${note}`
      : `not published: ${note}; see ${checked.publisher}, ${checked.title} (${checked.date}) — ${checked.url}`,
} as const;
