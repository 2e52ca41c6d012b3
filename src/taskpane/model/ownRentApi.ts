/**
 * Own vs rent vs API for the chosen model, as data: each shown platform read at its peak-throughput point
 * (the lowest cost its curve reaches) and costed under the owner and rental TCO tiers at the stated
 * utilization, then the model's API list prices blended for the workload's input:output mix. Pure: no DOM.
 */
import { blendedUsdPerMillionTokens } from "../../core";
import { apiPrices, WORKLOADS } from "../../presets";
import { COST_BASES, platformCurve } from "./which";
import type { CostBasis, CurvePoint, WhichChoice } from "./which";

export interface OwnRentRow {
  readonly platformId: string;
  /** The interactivity of the peak-throughput point the row is read at, tokens/s per user. */
  readonly tokensPerSecondPerUser: number;
  readonly tokensPerSecondPerGpu: number;
  /** USD per million tokens per cost basis, undefined where the tier has no published value. */
  readonly usdPerMillionTokens: Readonly<Record<CostBasis, number | undefined>>;
}

export interface ApiRow {
  readonly provider: string;
  readonly inputUsdPerMillionTokens: number;
  readonly outputUsdPerMillionTokens: number;
  /** The list prices blended for the mix, USD per million total (input + output) tokens. */
  readonly blendedUsdPerMillionTokens: number;
  readonly asOf: string;
}

export interface OwnRentApi {
  readonly utilization: number;
  /** Input tokens per output token of the workload (8 for 8k/1k). */
  readonly inputTokensPerOutputToken: number;
  /** The mix as people say it, "8:1 (8k/1k, no cached input)". */
  readonly mixText: string;
  readonly rows: readonly OwnRentRow[];
  readonly api: readonly ApiRow[];
  /** Why the model has no API row, when it has none. */
  readonly apiMissing: string | undefined;
}

/** The workload's input tokens per output token, from its sequence lengths; 1 if the workload is unknown. */
export function workloadMix(workload: string): number {
  const found = WORKLOADS.find((w) => w.id === workload);
  return found === undefined ? 1 : found.inputTokens / found.outputTokens;
}

function mixText(ratio: number, workload: string): string {
  const text = ratio >= 1 ? `${ratio}:1` : `1:${1 / ratio}`;
  return `${text} input:output (${workload}, no cached input)`;
}

/** The curve's cheapest point: where a platform's throughput per GPU peaks. */
function cheapest(points: readonly CurvePoint[]): CurvePoint | undefined {
  return points.reduce<CurvePoint | undefined>(
    (a, b) => (a === undefined || b.usdPerMillionTokens < a.usdPerMillionTokens ? b : a),
    undefined
  );
}

/** Own, rent and API figures for the choice's model, workload and utilization. */
export function ownRentApi(choice: WhichChoice, platformIds: readonly string[]): OwnRentApi {
  const rows: OwnRentRow[] = [];
  for (const platformId of platformIds) {
    const byBasis = COST_BASES.map(({ field }) => ({
      field,
      curve: platformCurve(platformId, { ...choice, costBasis: field }),
    }));
    // The peak point is the same under every tier: pick it from whichever tier has a price.
    const priced = byBasis.find((b) => b.curve.ok);
    const peak = priced?.curve.ok ? cheapest(priced.curve.value.points) : undefined;
    if (peak === undefined) continue;
    const costs = {} as Record<CostBasis, number | undefined>;
    for (const { field, curve } of byBasis) {
      const point = curve.ok
        ? curve.value.points.find((p) => p.tokensPerSecondPerUser === peak.tokensPerSecondPerUser)
        : undefined;
      costs[field] = point?.usdPerMillionTokens;
    }
    rows.push({
      platformId,
      tokensPerSecondPerUser: peak.tokensPerSecondPerUser,
      tokensPerSecondPerGpu: peak.tokensPerSecondPerGpu,
      usdPerMillionTokens: costs,
    });
  }
  const ratio = workloadMix(choice.workload);
  const api = apiPrices(choice.model).map((price) => ({
    provider: price.provider,
    inputUsdPerMillionTokens: price.inputUsdPerMillionTokens,
    outputUsdPerMillionTokens: price.outputUsdPerMillionTokens,
    blendedUsdPerMillionTokens: blendedUsdPerMillionTokens({
      inputUsdPerMillion: price.inputUsdPerMillionTokens,
      outputUsdPerMillion: price.outputUsdPerMillionTokens,
      inputTokensPerOutputToken: ratio,
    }),
    asOf: price.asOf,
  }));
  return {
    utilization: choice.utilization,
    inputTokensPerOutputToken: ratio,
    mixText: mixText(ratio, choice.workload),
    rows,
    api,
    apiMissing: api.length === 0 ? `No API list price is recorded for ${choice.model}.` : undefined,
  };
}
