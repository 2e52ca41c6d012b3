/**
 * The "Which platform" view as data: what can be chosen (models, workloads, platforms measured for them),
 * each platform's cost curve (USD per million tokens against interactivity over its measured range, or its
 * single published point), and the cheapest platform in each interactivity band. Pure: no DOM.
 */
import { usdPerMillionTokens } from "../../core";
import {
  listPlatforms,
  MODELS,
  presetValue,
  throughputAt,
  throughputOptions,
  throughputSeries,
  WORKLOADS,
} from "../../presets";
import type { PresetFieldName } from "../../presets";

/** What the view is asked about; kept in the one pane state. */
export interface WhichChoice {
  readonly model: string;
  readonly workload: string;
  /** "" pools every measured precision (THROUGHPUT with precision omitted), else "FP4" or "FP8". */
  readonly precision: string;
  /** The platforms to show; undefined shows every platform measured for the model and workload. */
  readonly platformIds: ReadonlySet<string> | undefined;
  /** Share of GPU-hours spent serving, 0-1, for owned and rented GPUs. */
  readonly utilization: number;
  readonly costBasis: CostBasis;
}

/** The preset TCO tiers a curve can be costed on, in the order the pane offers them. */
export const COST_BASES = [
  { field: "tcoUsdPerGpuHourOwner", label: "Own (owner TCO)" },
  { field: "tcoUsdPerGpuHourRental", label: "Rent (3-year rental)" },
  { field: "tcoUsdPerGpuHourRentalRetail", label: "Rent (retail rental, later registry)" },
] as const satisfies readonly { field: PresetFieldName; label: string }[];

export type CostBasis = (typeof COST_BASES)[number]["field"];

/** Samples per frontier curve: enough for a smooth line in the pane, few enough to read in the table. */
export const CURVE_SAMPLES = 12;

/** Interactivity bands the winners are read in, spread evenly across the measured range. */
export const WINNER_BANDS = 5;

export interface CurvePoint {
  readonly tokensPerSecondPerUser: number;
  readonly tokensPerSecondPerGpu: number;
  readonly usdPerMillionTokens: number;
}

export interface PlatformCurve {
  readonly platformId: string;
  /** True when the platform was measured at single published points only: drawn as points. */
  readonly singlePoint: boolean;
  readonly usdPerGpuHour: number;
  readonly points: readonly CurvePoint[];
}

/** A chosen platform with nothing to draw, and why. */
export interface MissingCurve {
  readonly platformId: string;
  readonly reason: string;
}

export interface WhichCurves {
  readonly curves: readonly PlatformCurve[];
  readonly missing: readonly MissingCurve[];
}

/** Models measured on at least one platform, in table order. */
export function measuredModels(): string[] {
  return MODELS.map((m) => m.id).filter((model) => measuredPlatforms(model).length > 0);
}

/** Workloads measured for a model on at least one platform. */
export function measuredWorkloads(model: string): string[] {
  return WORKLOADS.map((w) => w.id).filter(
    (workload) => measuredPlatforms(model, workload).length > 0
  );
}

/** Platforms with measurements for a model (and workload, and precision, when given), in table order. */
export function measuredPlatforms(model: string, workload?: string, precision?: string): string[] {
  return listPlatforms()
    .map((p) => p.id)
    .filter((id) => {
      const options = throughputOptions(id);
      return (
        options.ok &&
        options.value.combinations.some(
          (c) =>
            c.model === model &&
            (workload === undefined || c.workload === workload) &&
            (precision === undefined || precision === "" || c.precision === precision)
        )
      );
    });
}

/** `count` values from `min` to `max`, evenly spaced (one value when they are equal). */
export function evenlySpaced(min: number, max: number, count: number): number[] {
  if (!(max > min) || count < 2) return [min];
  return Array.from({ length: count }, (_, i) => min + ((max - min) * i) / (count - 1));
}

/** The platforms a choice shows: the chosen ones that are measured, or every measured one. */
export function shownPlatforms(choice: WhichChoice): string[] {
  const measured = measuredPlatforms(choice.model, choice.workload, choice.precision);
  return choice.platformIds === undefined
    ? measured
    : measured.filter((id) => choice.platformIds?.has(id));
}

/** One platform's curve on the choice's model, workload, precision, cost basis and utilization. */
export function platformCurve(
  platformId: string,
  choice: WhichChoice
): { ok: true; value: PlatformCurve } | { ok: false; reason: string } {
  const price = presetValue(platformId, choice.costBasis);
  if (!price.ok) return { ok: false, reason: price.reason };
  const series = throughputSeries(platformId, choice.model, choice.workload, choice.precision);
  if (!series.ok) return { ok: false, reason: series.reason };
  const frontier = series.value.frontier;
  const singlePoint = frontier.some((p) => p.singlePoint === true);
  const first = frontier[0];
  const last = frontier[frontier.length - 1];
  if (first === undefined || last === undefined)
    return { ok: false, reason: `${platformId}: no measured point` };
  const levels = singlePoint
    ? frontier.map((p) => p.tokensPerSecondPerUser)
    : evenlySpaced(first.tokensPerSecondPerUser, last.tokensPerSecondPerUser, CURVE_SAMPLES);
  const points: CurvePoint[] = [];
  for (const level of levels) {
    const read = throughputAt(platformId, choice.model, choice.workload, level, choice.precision);
    if (!read.ok) continue;
    const tokensPerSecondPerGpu = read.value.tokensPerSecondPerGpu;
    points.push({
      tokensPerSecondPerUser: level,
      tokensPerSecondPerGpu,
      usdPerMillionTokens: usdPerMillionTokens({
        usdPerGpuHour: price.value,
        tokensPerSecondPerGpu,
        utilization: choice.utilization,
      }),
    });
  }
  if (points.length === 0) return { ok: false, reason: `${platformId}: no readable point` };
  return { ok: true, value: { platformId, singlePoint, usdPerGpuHour: price.value, points } };
}

/** Every shown platform's curve, and the chosen platforms that cannot be drawn with the reason. */
export function whichCurves(choice: WhichChoice): WhichCurves {
  const curves: PlatformCurve[] = [];
  const missing: MissingCurve[] = [];
  for (const platformId of shownPlatforms(choice)) {
    const curve = platformCurve(platformId, choice);
    if (curve.ok) curves.push(curve.value);
    else missing.push({ platformId, reason: curve.reason });
  }
  return { curves, missing };
}

/** The interactivity range all curves span together, tokens/s per user; undefined with no curve. */
export function interactivityRange(
  curves: readonly PlatformCurve[]
): { min: number; max: number } | undefined {
  const levels = curves.flatMap((c) => c.points.map((p) => p.tokensPerSecondPerUser));
  if (levels.length === 0) return undefined;
  return { min: Math.min(...levels), max: Math.max(...levels) };
}

export interface BandWinner {
  readonly fromTokensPerSecondPerUser: number;
  readonly toTokensPerSecondPerUser: number;
  /** Where the platforms were compared: the band's middle, or a single point's own interactivity. */
  readonly readAtTokensPerSecondPerUser: number | undefined;
  readonly platformId: string | undefined;
  readonly usdPerMillionTokens: number | undefined;
  /** The runner-up's cost over the winner's, minus 1 (0.25 = the runner-up costs 25% more). */
  readonly marginOverRunnerUp: number | undefined;
  readonly runnerUpId: string | undefined;
  /** How many platforms were measured in the band. */
  readonly contenders: number;
}

/** One curve's cost in a band: a frontier read at the band's middle, a single point inside the band. */
function costInBand(
  curve: PlatformCurve,
  choice: WhichChoice,
  from: number,
  to: number,
  last: boolean
): { cost: number; at: number } | undefined {
  if (curve.singlePoint) {
    const inside = curve.points.filter(
      (p) =>
        p.tokensPerSecondPerUser >= from &&
        (last ? p.tokensPerSecondPerUser <= to : p.tokensPerSecondPerUser < to)
    );
    const best = inside.reduce<CurvePoint | undefined>(
      (a, b) => (a === undefined || b.usdPerMillionTokens < a.usdPerMillionTokens ? b : a),
      undefined
    );
    return best && { cost: best.usdPerMillionTokens, at: best.tokensPerSecondPerUser };
  }
  const middle = (from + to) / 2;
  const read = throughputAt(
    curve.platformId,
    choice.model,
    choice.workload,
    middle,
    choice.precision
  );
  if (!read.ok) return undefined;
  const cost = usdPerMillionTokens({
    usdPerGpuHour: curve.usdPerGpuHour,
    tokensPerSecondPerGpu: read.value.tokensPerSecondPerGpu,
    utilization: choice.utilization,
  });
  return { cost, at: middle };
}

/** The cheapest platform in each of `bands` equal interactivity bands across the curves' joint range. */
export function bandWinners(
  curves: readonly PlatformCurve[],
  choice: WhichChoice,
  bands = WINNER_BANDS
): BandWinner[] {
  const range = interactivityRange(curves);
  if (range === undefined) return [];
  const edges =
    range.max > range.min ? evenlySpaced(range.min, range.max, bands + 1) : [range.min, range.max];
  const winners: BandWinner[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] ?? range.min;
    const to = edges[i + 1] ?? range.max;
    const last = i + 2 === edges.length;
    const costs = curves
      .map((curve) => ({ id: curve.platformId, read: costInBand(curve, choice, from, to, last) }))
      .filter((c): c is { id: string; read: { cost: number; at: number } } => c.read !== undefined)
      .sort((a, b) => a.read.cost - b.read.cost);
    const [winner, runnerUp] = costs;
    winners.push({
      fromTokensPerSecondPerUser: from,
      toTokensPerSecondPerUser: to,
      readAtTokensPerSecondPerUser: winner?.read.at,
      platformId: winner?.id,
      usdPerMillionTokens: winner?.read.cost,
      runnerUpId: runnerUp?.id,
      marginOverRunnerUp:
        winner && runnerUp ? runnerUp.read.cost / winner.read.cost - 1 : undefined,
      contenders: costs.length,
    });
  }
  return winners;
}
