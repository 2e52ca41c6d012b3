/**
 * Which platform: every platform's cost per million tokens on one model and workload, from measured
 * throughput and the preset GPU-hour costs, ranked cheapest first (PLATFORMRANK, CHEAPESTPLATFORM,
 * PLATFORMWINNERS and the pane's "Which platform" view), and a model's blended API price (APIPRICE) for the
 * own-vs-API comparison. Only measured points are ranked, never an extrapolation or an estimate. Pure: no
 * Office, no I/O.
 */
import { type Answer, found, type NoAnswer } from "../core/answer";
import { checked, TokenomicsInputError } from "../core/errors";
import { RULES } from "../core/rules";
import {
  blendedUsdPerMillionTokens,
  joulesPerToken,
  tokensPerSecondPerMegawatt,
  usdPerMillionTokens,
} from "../core/unitEconomics";
import { apiPrice } from "./apiPrices";
import {
  DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER,
  findArchitecture,
  ROOFLINE_DEFAULT_EFFICIENCY,
} from "./estimate";
import { MODELS, type ModelId } from "./data/models";
import { PLATFORMS, type PlatformId } from "./data/platforms";
import { type MeasuredPoint, throughputPoints } from "./throughputCodec";
import { WORKLOADS, type WorkloadId } from "./data/workloads";
import { notFound, presetValue } from "./lookup";
import { type Candidate, findExact } from "./match";
import { formatQuantity } from "./messages";
import { type PreparedSeries, preparedSeries, readPreparedSeries } from "./throughput";
import type { NotFound } from "./types";

/**
 * The GPU-hour costs a ranking may price at, with the short names users type. Each is a preset field in
 * USD per GPU-hour; a platform without a value in the chosen field is listed unranked with the reason.
 */
export const COST_BASES = [
  { field: "tcoUsdPerGpuHourOwner", aliases: ["owner", "own"] },
  { field: "tcoUsdPerGpuHourNeocloud", aliases: ["neocloud"] },
  { field: "tcoUsdPerGpuHourRental", aliases: ["rental", "rent"] },
  { field: "tcoUsdPerGpuHourRentalRetail", aliases: ["rentalRetail", "retail"] },
  { field: "usdPerGpuHourOnDemand", aliases: ["onDemand"] },
] as const;

export type CostBasis = (typeof COST_BASES)[number]["field"];

/** The cost basis when none is given: the owner's all-in TCO per GPU-hour. */
export const DEFAULT_COST_BASIS: CostBasis = "tcoUsdPerGpuHourOwner";

/**
 * Interactivity levels PLATFORMWINNERS reads when none are given, output tokens/s per user: from a slow
 * reasoning stream to a fast chat, inside the range DeepSeek-R1 is measured on most platforms. Models
 * measured only at single peak points are read at each platform's peak instead.
 */
export const DEFAULT_INTERACTIVITY_LEVELS: readonly number[] = [25, 50, 75, 100, 150];

/** Most interactivity levels PLATFORMWINNERS takes in one call (each level ranks every platform). */
export const MAX_INTERACTIVITY_LEVELS = 1000;

/** Input tokens per output token APIPRICE assumes when neither a ratio nor a workload is given: 1k/1k. */
export const DEFAULT_API_INPUT_TOKENS_PER_OUTPUT_TOKEN = 1;

/** The messages of this module, in one table. */
export const RANK_MESSAGES = {
  unknownCostBasis: (value: string): string =>
    `costBasis "${value}" is not a GPU-hour cost; use one of ${COST_BASES.map((b) => b.field).join(", ")} (or owner, neocloud, rental, retail, onDemand)`,
  noneRanked: (scope: string, at: string, firstReason: string): string =>
    `no platform is measured for ${scope} ${at}; first: ${firstReason}`,
  atInteractivity: (tokensPerSecondPerUser: number): string =>
    `at ${formatQuantity(tokensPerSecondPerUser, 2)} tokens/s per user`,
  atPeak: "at a peak-throughput point",
  peakNote: (point: MeasuredPoint): string =>
    `peak-throughput point: ${point.precision}, ${point.engine}, concurrency ${point.concurrency}`,
  frontierNote: (precision: string): string =>
    `read on the measured ${precision === "any" ? "frontier (every precision)" : `${precision} frontier`}`,
  tooManyLevels: (count: number): string =>
    `interactivityLevels holds ${count} values; at most ${MAX_INTERACTIVITY_LEVELS}`,
  noCachedPrice: (model: string, provider: string): string =>
    `${provider} publishes no cached-input price for ${model}; set cachedInputShare to 0 or choose another provider`,
} as const;

/** A platform with a cost per million tokens at the interactivity asked (or its peak). */
export interface RankedPlatform {
  readonly platformId: PlatformId;
  /** The interactivity the throughput is read at: the one asked, or the peak point's. */
  readonly tokensPerSecondPerUser: number;
  /** Total (input + output) tokens per second per GPU, measured (interpolated on the frontier). */
  readonly tokensPerSecondPerGpu: number;
  readonly usdPerGpuHour: number;
  /** usdPerGpuHour ÷ (tokens/s per GPU × 3600) × 1e6: COSTPERTOKEN at utilization 1. */
  readonly usdPerMillionTokens: number;
  /** TOKENSPERMW with allInPowerKwPerGpu at PUE 1; null when the platform's power is not published. */
  readonly tokensPerSecondPerMegawatt: number | null;
  /** ENERGYPERTOKEN with allInPowerKwPerGpu at PUE 1; null when the platform's power is not published. */
  readonly joulesPerToken: number | null;
  /** How the throughput was read: on a frontier, or which peak point. */
  readonly note: string;
}

/** A platform that could not be ranked, and why (no measurement there, no cost in that tier, …). */
export interface UnrankedPlatform {
  readonly platformId: PlatformId;
  readonly reason: string;
}

/** Every platform on one model and workload: the ranked cheapest first, then the others with reasons. */
export interface PlatformRanking {
  readonly model: ModelId;
  readonly workload: WorkloadId;
  readonly costBasis: CostBasis;
  /** The interactivity asked, or undefined when each platform is read at its peak-throughput point. */
  readonly tokensPerSecondPerUser: number | undefined;
  readonly ranked: readonly RankedPlatform[];
  readonly unranked: readonly UnrankedPlatform[];
}

const MODEL_CANDIDATES: readonly (Candidate & { readonly id: ModelId })[] = MODELS.map((model) => ({
  display: model.id,
  names: [model.id, model.displayName, ...model.aliases],
  id: model.id,
}));

const WORKLOAD_CANDIDATES: readonly (Candidate & { readonly id: WorkloadId })[] = WORKLOADS.map(
  (workload) => ({
    display: workload.id,
    names: [workload.id, ...workload.aliases],
    id: workload.id,
  })
);

const COST_BASIS_CANDIDATES: readonly (Candidate & { readonly id: CostBasis })[] = COST_BASES.map(
  (basis) => ({ display: basis.field, names: [basis.field, ...basis.aliases], id: basis.field })
);

function isBlank(value: string | null | undefined): value is null | undefined {
  return value === undefined || value === null || value.trim() === "";
}

/**
 * The GPU-hour cost field a name refers to (field name or short name, ignoring case, spaces and dashes);
 * blank is {@link DEFAULT_COST_BASIS}. Anything else throws TokenomicsInputError naming `costBasis`.
 *
 * @example findCostBasis("rental") // "tcoUsdPerGpuHourRental"
 */
export function findCostBasis(name?: string | null): CostBasis {
  if (isBlank(name)) return DEFAULT_COST_BASIS;
  const match = findExact(name, COST_BASIS_CANDIDATES);
  if (match === undefined)
    throw new TokenomicsInputError("outOfRange", "costBasis", RANK_MESSAGES.unknownCostBasis(name));
  return match.id;
}

function findModel(name: string): Answer<ModelId, NotFound> {
  const match = findExact(name, MODEL_CANDIDATES);
  return match === undefined ? notFound("model", name, MODEL_CANDIDATES) : found(match.id);
}

function findWorkload(name: string): Answer<WorkloadId, NotFound> {
  const match = findExact(name, WORKLOAD_CANDIDATES);
  return match === undefined ? notFound("workload", name, WORKLOAD_CANDIDATES) : found(match.id);
}

/** The measured point of highest throughput on a frontier (its first point, by construction; max to be sure). */
function peakPoint(frontier: readonly MeasuredPoint[]): MeasuredPoint | undefined {
  let peak: MeasuredPoint | undefined;
  for (const point of frontier)
    if (peak === undefined || point.tokensPerSecondPerGpu > peak.tokensPerSecondPerGpu)
      peak = point;
  return peak;
}

type Reading = Answer<{
  tokensPerSecondPerUser: number;
  tokensPerSecondPerGpu: number;
  note: string;
}>;

/** The reading at a platform's peak-throughput point: the measured point of most tokens/s per GPU. */
function peakReading(platformId: PlatformId, frontier: readonly MeasuredPoint[]): Reading {
  const peak = peakPoint(frontier);
  if (peak === undefined) return { ok: false, reason: `${platformId} has no measured point` };
  return found({
    tokensPerSecondPerUser: peak.tokensPerSecondPerUser,
    tokensPerSecondPerGpu: peak.tokensPerSecondPerGpu,
    note: RANK_MESSAGES.peakNote(peak),
  });
}

/** What a ranking needs of one platform whatever the interactivity, read once per model, workload, basis. */
interface PlatformContext {
  readonly platformId: PlatformId;
  /** The measured series, resolved and prepared for reading at any interactivity, or why there is none. */
  readonly series: Answer<PreparedSeries, NotFound>;
  /** The note of a reading on this series' frontier (its precision does not depend on the interactivity). */
  readonly frontierNote: string;
  readonly peak: Reading;
  readonly cost: Answer<number>;
  readonly powerKwPerGpu: number | null;
}

// A workbook ranks the same few models and workloads over and over, and the data never changes at run
// time, so each context is resolved once; the bound keeps hostile precision names from growing it.
const CONTEXTS = new Map<string, readonly PlatformContext[]>();
const CONTEXTS_LIMIT = 1024;

function platformContexts(
  model: ModelId,
  workload: WorkloadId,
  basis: CostBasis,
  precision: string | null | undefined
): readonly PlatformContext[] {
  const key = `${model}\u0000${workload}\u0000${basis}\u0000${precision ?? ""}`;
  let contexts = CONTEXTS.get(key);
  if (contexts === undefined) {
    contexts = PLATFORMS.map((platform) => {
      const series = preparedSeries(platform.id, model, workload, precision);
      return {
        platformId: platform.id,
        series,
        frontierNote: series.ok ? RANK_MESSAGES.frontierNote(series.value.series.precision) : "",
        peak: series.ok ? peakReading(platform.id, series.value.series.frontier) : series,
        cost: presetValue(platform.id, basis),
        powerKwPerGpu: optionalPreset(platform.id, "allInPowerKwPerGpu"),
      };
    });
    if (CONTEXTS.size >= CONTEXTS_LIMIT) CONTEXTS.clear();
    CONTEXTS.set(key, contexts);
  }
  return contexts;
}

/**
 * A measured platform read at an interactivity: on its frontier, or at a single point's own interactivity
 * (THROUGHPUT's answer, on the series the context resolved once).
 */
function readAt(
  series: PreparedSeries,
  frontierNote: string,
  tokensPerSecondPerUser: number
): Reading {
  const read = readPreparedSeries(series, tokensPerSecondPerUser);
  if (!read.ok) return read;
  return found({
    tokensPerSecondPerUser,
    tokensPerSecondPerGpu: read.value.tokensPerSecondPerGpu,
    note: frontierNote,
  });
}

function optionalPreset(platformId: PlatformId, field: "allInPowerKwPerGpu"): number | null {
  const value = presetValue(platformId, field);
  return value.ok ? value.value : null;
}

/**
 * Every preset platform's cost per million tokens on a model and workload, cheapest first: tokens/s per GPU
 * measured at the interactivity asked (interpolated on the measured frontier, never extrapolated) or, with
 * the interactivity omitted, at each platform's peak-throughput point (the only reading for models measured
 * at single peak points); USD per GPU-hour from the cost basis; USD per million tokens at utilization 1;
 * tokens/s per MW and J/token from allInPowerKwPerGpu at PUE 1. Platforms not measured there, or without
 * a cost in that tier, come after, in table order, with the reason.
 *
 * Formula: usdPerMillionTokens = usdPerGpuHour / (tokensPerSecondPerGpu × 3600) × 1e6
 *
 * @param model - model id or alias, e.g. "DeepSeek-R1", "gpt-oss-120b".
 * @param workload - "1k/1k", "1k/8k" or "8k/1k" (aliases as THROUGHPUT).
 * @param tokensPerSecondPerUser - output tokens/s per user, > 0; undefined or null: each platform's peak.
 * @param costBasis - a GPU-hour cost field of {@link COST_BASES} or its short name; blank: owner TCO.
 * @param precision - "FP4" or "FP8"; blank: every precision pooled.
 * @returns no answer (not found) only for an unknown model or workload; invalid interactivity or cost
 *   basis throws TokenomicsInputError naming the parameter.
 * @example platformRanking("DeepSeek-R1", "1k/1k", 50).value.ranked[0].platformId // "GB300"
 */
export function platformRanking(
  model: string,
  workload: string,
  tokensPerSecondPerUser?: number | null,
  costBasis?: string | null,
  precision?: string | null
): Answer<PlatformRanking, NotFound> {
  const at =
    tokensPerSecondPerUser === undefined || tokensPerSecondPerUser === null
      ? undefined
      : checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  const basis = findCostBasis(costBasis);
  const foundModel = findModel(model);
  if (!foundModel.ok) return foundModel;
  const foundWorkload = findWorkload(workload);
  if (!foundWorkload.ok) return foundWorkload;
  const ranked: RankedPlatform[] = [];
  const unranked: UnrankedPlatform[] = [];
  for (const context of platformContexts(foundModel.value, foundWorkload.value, basis, precision)) {
    const platformId = context.platformId;
    const read: Reading = !context.series.ok
      ? context.series
      : at === undefined
        ? context.peak
        : readAt(context.series.value, context.frontierNote, at);
    if (!read.ok) {
      unranked.push({ platformId, reason: read.reason });
      continue;
    }
    const cost = context.cost;
    if (!cost.ok) {
      unranked.push({ platformId, reason: cost.reason });
      continue;
    }
    const tokensPerSecondPerGpu = read.value.tokensPerSecondPerGpu;
    const powerKwPerGpu = context.powerKwPerGpu;
    ranked.push({
      platformId,
      tokensPerSecondPerUser: read.value.tokensPerSecondPerUser,
      tokensPerSecondPerGpu,
      usdPerGpuHour: cost.value,
      usdPerMillionTokens: usdPerMillionTokens({
        usdPerGpuHour: cost.value,
        tokensPerSecondPerGpu,
      }),
      tokensPerSecondPerMegawatt:
        powerKwPerGpu === null
          ? null
          : tokensPerSecondPerMegawatt({ tokensPerSecondPerGpu, powerKwPerGpu }),
      joulesPerToken:
        powerKwPerGpu === null ? null : joulesPerToken({ tokensPerSecondPerGpu, powerKwPerGpu }),
      note: read.value.note,
    });
  }
  // A stable sort: equal costs keep table order.
  ranked.sort((a, b) => a.usdPerMillionTokens - b.usdPerMillionTokens);
  return found({
    model: foundModel.value,
    workload: foundWorkload.value,
    costBasis: basis,
    tokensPerSecondPerUser: at,
    ranked,
    unranked,
  });
}

/** The header of {@link platformRankTable}; the interactivity column says when it is each platform's peak. */
export function platformRankHeader(atPeak: boolean): string[] {
  return [
    "Platform",
    atPeak
      ? "Interactivity at peak throughput (tokens/s per user)"
      : "Interactivity (tokens/s per user)",
    "Tokens/s per GPU",
    "USD per GPU-hour",
    "USD per million tokens (utilization 1)",
    "Tokens/s per MW (PUE 1)",
    "J/token (PUE 1)",
    "Note",
  ];
}

/**
 * {@link platformRanking} as a table with a header row (8 columns, see {@link platformRankHeader}): the
 * ranked platforms cheapest first, then the unranked ones with their reason in the Note column and null in
 * every number cell (the adapter writes null as a blank cell).
 *
 * @example platformRankTable("gpt-oss-120b", "1k/1k").value[0][1]
 *   // "Interactivity at peak throughput (tokens/s per user)"
 */
export function platformRankTable(
  model: string,
  workload: string,
  tokensPerSecondPerUser?: number | null,
  costBasis?: string | null,
  precision?: string | null
): Answer<(string | number | null)[][], NotFound> {
  const ranking = platformRanking(model, workload, tokensPerSecondPerUser, costBasis, precision);
  if (!ranking.ok) return ranking;
  const r = ranking.value;
  return found([
    platformRankHeader(r.tokensPerSecondPerUser === undefined),
    ...r.ranked.map((p) => [
      p.platformId,
      p.tokensPerSecondPerUser,
      p.tokensPerSecondPerGpu,
      p.usdPerGpuHour,
      p.usdPerMillionTokens,
      p.tokensPerSecondPerMegawatt,
      p.joulesPerToken,
      p.note,
    ]),
    ...r.unranked.map((p) => [p.platformId, null, null, null, null, null, null, p.reason]),
  ]);
}

function noneRankedReason(ranking: PlatformRanking): string {
  const at =
    ranking.tokensPerSecondPerUser === undefined
      ? RANK_MESSAGES.atPeak
      : RANK_MESSAGES.atInteractivity(ranking.tokensPerSecondPerUser);
  const first = ranking.unranked[0]?.reason ?? "";
  return RANK_MESSAGES.noneRanked(`${ranking.model} ${ranking.workload}`, at, first);
}

/**
 * The id of the cheapest platform of {@link platformRanking} (same arguments), for use inside formulas;
 * no answer, with the first platform's reason, when none is ranked.
 *
 * @example cheapestPlatform("gpt-oss-120b", "1k/1k").value // "GB200"
 */
export function cheapestPlatform(
  model: string,
  workload: string,
  tokensPerSecondPerUser?: number | null,
  costBasis?: string | null,
  precision?: string | null
): Answer<PlatformId> {
  const ranking = platformRanking(model, workload, tokensPerSecondPerUser, costBasis, precision);
  if (!ranking.ok) return ranking;
  const cheapest = ranking.value.ranked[0];
  if (cheapest === undefined) return { ok: false, reason: noneRankedReason(ranking.value) };
  return found(cheapest.platformId);
}

/** The winner at one workload and interactivity level (or at each platform's peak). */
export interface PlatformWinner {
  readonly workload: WorkloadId;
  /** The level asked; undefined when each platform is read at its peak-throughput point. */
  readonly tokensPerSecondPerUser: number | undefined;
  /** The cheapest platform; undefined when none is ranked (see `reason`). */
  readonly platformId: PlatformId | undefined;
  readonly usdPerMillionTokens: number | undefined;
  readonly runnerUpId: PlatformId | undefined;
  /** runner-up's USD per million tokens ÷ the winner's − 1; undefined without a runner-up. */
  readonly marginOverRunnerUp: number | undefined;
  /** Why no platform is ranked here; empty when one is. */
  readonly reason: string;
}

/** True when every measured point of the model is a single published peak point (no frontier to read). */
function measuredAtPeaksOnly(model: ModelId): boolean {
  const points = throughputPoints().filter((p) => p.model === model);
  return points.length > 0 && points.every((p) => "singlePoint" in p);
}

/**
 * For each workload and interactivity level, the cheapest platform, its cost per million tokens and its
 * margin over the runner-up: where one platform dominates and where the winner changes (crossovers).
 * Workloads omitted: every workload the model is measured on. Levels omitted:
 * {@link DEFAULT_INTERACTIVITY_LEVELS}, or each platform's peak for a model measured only at peak points.
 *
 * Formula: marginOverRunnerUp = runnerUpUsdPerMillionTokens / cheapestUsdPerMillionTokens − 1
 *
 * @example platformWinners("DeepSeek-R1", ["8k/1k"], [50]).value[0].platformId // "GB300"
 */
export function platformWinners(
  model: string,
  workloads?: readonly string[] | null,
  interactivityLevels?: readonly number[] | null,
  costBasis?: string | null
): Answer<PlatformWinner[], NotFound> {
  const basis = findCostBasis(costBasis);
  if (interactivityLevels && interactivityLevels.length > MAX_INTERACTIVITY_LEVELS)
    throw new TokenomicsInputError(
      "outOfRange",
      "interactivityLevels",
      RANK_MESSAGES.tooManyLevels(interactivityLevels.length)
    );
  for (const level of interactivityLevels ?? [])
    checked(level, "interactivityLevels", RULES.tokensPerSecond);
  const foundModel = findModel(model);
  if (!foundModel.ok) return foundModel;
  const modelId = foundModel.value;
  const workloadIds: WorkloadId[] = [];
  if (workloads && workloads.length > 0) {
    for (const name of workloads) {
      const w = findWorkload(name);
      if (!w.ok) return w;
      if (!workloadIds.includes(w.value)) workloadIds.push(w.value);
    }
  } else {
    for (const w of WORKLOADS)
      if (throughputPoints().some((p) => p.model === modelId && p.workload === w.id))
        workloadIds.push(w.id);
  }
  const levels: readonly (number | undefined)[] =
    interactivityLevels && interactivityLevels.length > 0
      ? interactivityLevels
      : measuredAtPeaksOnly(modelId)
        ? [undefined]
        : DEFAULT_INTERACTIVITY_LEVELS;
  const winners: PlatformWinner[] = [];
  for (const workload of workloadIds) {
    for (const level of levels) {
      const ranking = platformRanking(modelId, workload, level, basis);
      if (!ranking.ok) return ranking;
      const [first, second] = ranking.value.ranked;
      winners.push({
        workload,
        tokensPerSecondPerUser: level,
        platformId: first?.platformId,
        usdPerMillionTokens: first?.usdPerMillionTokens,
        runnerUpId: second?.platformId,
        marginOverRunnerUp:
          first && second ? second.usdPerMillionTokens / first.usdPerMillionTokens - 1 : undefined,
        reason: first === undefined ? noneRankedReason(ranking.value) : "",
      });
    }
  }
  return found(winners);
}

/** The header of {@link platformWinnersTable}. */
export const PLATFORM_WINNERS_HEADER = [
  "Workload",
  "Interactivity (tokens/s per user)",
  "Cheapest platform",
  "USD per million tokens (utilization 1)",
  "Runner-up",
  "Margin over runner-up",
  "Note",
] as const;

/**
 * {@link platformWinners} as a table with a header row; the interactivity cell reads "peak" where each
 * platform was read at its peak point, and a missing winner, runner-up or margin is null (a blank cell).
 */
export function platformWinnersTable(
  model: string,
  workloads?: readonly string[] | null,
  interactivityLevels?: readonly number[] | null,
  costBasis?: string | null
): Answer<(string | number | null)[][], NotFound> {
  const winners = platformWinners(model, workloads, interactivityLevels, costBasis);
  if (!winners.ok) return winners;
  return found([
    [...PLATFORM_WINNERS_HEADER],
    ...winners.value.map((w) => [
      w.workload,
      w.tokensPerSecondPerUser ?? "peak",
      w.platformId ?? null,
      w.usdPerMillionTokens ?? null,
      w.runnerUpId ?? null,
      w.marginOverRunnerUp ?? null,
      w.reason,
    ]),
  ]);
}

/**
 * A model's blended API price per million total tokens (input and output) at a provider: BLENDEDPRICE of
 * the provider's list prices. The mix: `inputTokensPerOutputToken` if given, else the workload's
 * (8k/1k is 8:1), else {@link DEFAULT_API_INPUT_TOKENS_PER_OUTPUT_TOKEN} (1k/1k). No answer when the model
 * or provider has no recorded price, or when a cached share > 0 meets a provider with no cached price.
 *
 * Formula: (k × ((1 − h) × input + h × cachedInput) + output) / (k + 1)
 *
 * @example apiBlendedUsdPerMillionTokens("DeepSeek-R1", "DeepSeek", null, null, "8k/1k").value
 *   // (8 × 0.55 + 2.19) / 9 = 0.7322
 */
export function apiBlendedUsdPerMillionTokens(
  model: string,
  provider?: string | null,
  inputTokensPerOutputToken?: number | null,
  cachedInputShare?: number | null,
  workload?: string | null
): Answer<number, NoAnswer> {
  let ratio = inputTokensPerOutputToken ?? undefined;
  if (ratio === undefined && !isBlank(workload)) {
    const w = findWorkload(workload);
    if (!w.ok) return w;
    const record = WORKLOADS.find((r) => r.id === w.value);
    if (record !== undefined) ratio = record.inputTokens / record.outputTokens;
  }
  const share = cachedInputShare ?? undefined;
  const price = apiPrice(model, provider);
  if (!price.ok) return price;
  const p = price.value;
  const cached = p.cachedInputUsdPerMillionTokens;
  // Validate the share before asking for a cached price, so an invalid share is the error shown.
  if (share !== undefined) checked(share, "cachedInputShare", RULES.fraction);
  if (cached === null && share !== undefined && share > 0)
    return { ok: false, reason: RANK_MESSAGES.noCachedPrice(p.model, p.provider) };
  return found(
    blendedUsdPerMillionTokens({
      inputUsdPerMillion: p.inputUsdPerMillionTokens,
      outputUsdPerMillion: p.outputUsdPerMillionTokens,
      inputTokensPerOutputToken: ratio ?? DEFAULT_API_INPUT_TOKENS_PER_OUTPUT_TOKEN,
      cachedInputShare: share,
      cachedInputUsdPerMillion: cached ?? undefined,
    })
  );
}

/**
 * What ESTIMATETHROUGHPUT computes and how its defaults were set, as one text for a cell; with a model,
 * the model facts it uses too.
 *
 * @example estimateInfo().value.startsWith("Roofline estimate, not a measurement") // true
 */
export function estimateInfo(model?: string | null): Answer<string, NotFound> {
  const method =
    "Roofline estimate, not a measurement: total (input + output) tokens/s per GPU bounded by HBM bandwidth " +
    "(each decode step reads the active weights once per batch plus every sequence's KV cache), by compute " +
    "(prefill at 2 × active parameters FLOPs per input token, dense rate of the precision) and by HBM capacity " +
    "for the KV cache, then a fixed " +
    `${formatQuantity(DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER * 1000, 3)} ms per layer taken off each decode step ` +
    `and times an efficiency (default ${ROOFLINE_DEFAULT_EFFICIENCY}); both defaults are calibrated on the ` +
    "measured points without speculative decoding (minimum median |ln(measured ÷ estimate)|), whose spread " +
    "around the estimate is wide (see the README). One token per decode step (no MTP or speculative " +
    "decoding); weights at the precision's bytes (FP8 1, FP4 0.5), FP8 KV cache.";
  if (isBlank(model)) return found(method);
  const architecture = findArchitecture(model);
  if (!architecture.ok) return architecture;
  const a = architecture.value;
  const fact = (field: "activeParamsBillions" | "totalParamsBillions" | "layers"): string => {
    const v = a.values[field].value;
    return v === null ? "unknown" : String(v);
  };
  return found(
    `${method} ${a.id}: ${fact("activeParamsBillions")}B active of ${fact("totalParamsBillions")}B ` +
      `parameters, ${fact("layers")} layers, ${a.attention ?? "unknown"} attention, estimated at ` +
      `${a.nativePrecision} unless a precision is given.`
  );
}
