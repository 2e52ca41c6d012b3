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
  /** A single published point (a peak-throughput configuration) asked at another interactivity. */
  singlePoint: (
    scope: string,
    tokensPerSecondPerUser: number,
    tokensPerSecondPerGpu: number,
    medianTpotMs: number
  ): string =>
    `${scope} is measured at one point only: ${formatQuantity(tokensPerSecondPerUser, 2)} tokens/s per user (median TPOT ${formatQuantity(medianTpotMs, 1)} ms) → ${formatQuantity(tokensPerSecondPerGpu, 1)} tokens/s per GPU`,
  noHistoryFor: (
    model: string,
    modelsWithHistory: readonly string[],
    first: string,
    last: string
  ): string =>
    `${model} has no dated history in this dataset; history: ${modelsWithHistory.join(", ")} (runs ${first} to ${last})`,
  noRunBefore: (scope: string, date: string, first: string): string =>
    `${scope} has no run on or before ${date}; its history starts ${first}`,
  windowTooShort: (days: number, minimumDays: number): string =>
    `the window is ${days} days; a software gain is annualized only over ${minimumDays} days or more (a short jump would read as a huge yearly rate)`,
  windowReversed: (fromDate: string, toDate: string): string =>
    `toDate ${toDate} is not after fromDate ${fromDate}`,
  notMeasuredAtDate: (reason: string, date: string): string => `on ${date}: ${reason}`,
  invalidDate: (parameter: string, value: string): string =>
    `${parameter} must be a date written YYYY-MM-DD (or an Excel date); "${value}" is not one`,
  noApiPrice: (model: string, modelsWithPrices: readonly string[]): string =>
    `no API price recorded for ${model}; priced: ${modelsWithPrices.join(", ")}`,
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
