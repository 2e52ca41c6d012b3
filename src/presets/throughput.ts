/**
 * Measured throughput lookups for the THROUGHPUT function and the task pane: the Pareto frontier of a
 * platform's measured points for one model and workload, and the throughput on it at a target
 * interactivity (Steffen monotone cubic, never extrapolated; see core/frontier).
 */
import { MODEL_CANDIDATES, PRECISION_CANDIDATES, WORKLOAD_CANDIDATES } from "./candidates";
import { type Answer, found } from "../core/answer";
import { checked, TokenomicsInputError } from "../core/errors";
import { RULES } from "../core/rules";
import {
  paretoFrontier,
  type PreparedFrontier,
  prepareFrontier,
  preparedTokensPerSecondPerGpu,
} from "../core/frontier";
import { HISTORY_ENGINES, HISTORY_MODEL, HISTORY_WINDOW } from "./data/history";
import { type DecodedHistoryGroup, dsr1History } from "./historyCodec";
import { MODELS, type ModelId } from "./data/models";
import { PLATFORMS, type PlatformId } from "./data/platforms";
import { THROUGHPUT_POINTS, type ThroughputRecord } from "./data/throughput";
import { type MeasuredPoint, type ThroughputPoint, throughputPoints } from "./throughputCodec";
import { PRECISIONS, type Precision, WORKLOADS, type WorkloadId } from "./data/workloads";
import { findPlatform, notFound } from "./lookup";
import { findExact, type Candidate } from "./match";
import { PRESET_MESSAGES } from "./messages";
import type { IsoDate, LookupSubject, NoHistory, NotAtPoint, NotFound, OutOfRange } from "./types";

export { dsr1History } from "./historyCodec";
export { HISTORY_WINDOW, MODELS, PRECISIONS, THROUGHPUT_POINTS, WORKLOADS };

/** Throughput on the measured frontier at a target interactivity. */
export interface ThroughputAt {
  readonly platformId: PlatformId;
  readonly model: ModelId;
  readonly workload: WorkloadId;
  /** The precision asked for, or `"any"` when the frontier pools every precision. */
  readonly precision: Precision | "any";
  /** Total (input + output) tokens per second per GPU. */
  readonly tokensPerSecondPerGpu: number;
  /** The measured interactivity, output tokens/s per user, at which the answer was read. */
  readonly tokensPerSecondPerUser: number;
  /** The measured frontier points either side (the same point on an exact hit). */
  readonly lower: MeasuredPoint;
  readonly upper: MeasuredPoint;
}

/** One measured combination available for a platform. */
export interface ThroughputCombination {
  readonly model: ModelId;
  readonly workload: WorkloadId;
  readonly precision: Precision;
  /** Points on this combination's Pareto frontier. */
  readonly frontierPointCount: number;
  readonly minTokensPerSecondPerUser: number;
  readonly maxTokensPerSecondPerUser: number;
  /** True when the combination is one published peak point, readable only at its own interactivity. */
  readonly singlePoint: boolean;
}

/** What can be asked of a platform: its models, workloads and precisions, and each measured combination. */
export interface ThroughputOptions {
  readonly platformId: PlatformId;
  readonly models: readonly ModelId[];
  readonly workloads: readonly WorkloadId[];
  readonly precisions: readonly Precision[];
  readonly combinations: readonly ThroughputCombination[];
}

/**
 * A measured series: the filter that selected it and its Pareto frontier, by ascending interactivity. Today's
 * points carry their row in THROUGHPUT_POINTS (where the pane reads their provenance); the history's carry it
 * themselves.
 */
export interface ThroughputSeries<Point extends MeasuredPoint = ThroughputPoint> {
  readonly platformId: PlatformId;
  readonly model: ModelId;
  readonly workload: WorkloadId;
  readonly precision: Precision | "any";
  readonly frontier: readonly Point[];
}

/**
 * The measured Pareto frontier for a platform, model and workload, optionally one precision: what the
 * task pane charts and what {@link throughputAt} interpolates. Names match as in the PRESET lookups;
 * workloads accept "1k/1k", "1K/1K" or "1024/1024".
 *
 * @example throughputSeries("B200", "DeepSeek-R1", "1k/1k", "FP4").value.frontier.length // 12
 */
export function throughputSeries(
  platform: string,
  model: string,
  workload: string,
  precision?: string | null
): Answer<ThroughputSeries, NotFound> {
  const foundPlatform = findPlatform(platform);
  if (!foundPlatform.ok) return foundPlatform;
  const platformId = foundPlatform.value.id;
  const onPlatform = throughputPoints().filter((p) => p.platformId === platformId);
  if (onPlatform.length === 0) return noMeasurements(platformId, model);

  const foundModel = resolve(
    "model",
    model,
    MODEL_CANDIDATES,
    onPlatform.map((p) => p.model),
    platformId
  );
  if (!foundModel.ok) return foundModel;
  const ofModel = onPlatform.filter((p) => p.model === foundModel.value);

  const scope = `${platformId} ${foundModel.value}`;
  const foundWorkload = resolve(
    "workload",
    workload,
    WORKLOAD_CANDIDATES,
    ofModel.map((p) => p.workload),
    scope
  );
  if (!foundWorkload.ok) return foundWorkload;
  let selected = ofModel.filter((p) => p.workload === foundWorkload.value);

  let chosenPrecision: Precision | "any" = "any";
  if (precision !== undefined && precision !== null && precision.trim() !== "") {
    const precisionScope = `${scope} ${foundWorkload.value}`;
    const foundPrecision = resolve(
      "precision",
      precision,
      PRECISION_CANDIDATES,
      selected.map((p) => p.precision),
      precisionScope
    );
    if (!foundPrecision.ok) return foundPrecision;
    chosenPrecision = foundPrecision.value;
    selected = selected.filter((p) => p.precision === foundPrecision.value);
  }

  return found({
    platformId,
    model: foundModel.value,
    workload: foundWorkload.value,
    precision: chosenPrecision,
    frontier: paretoFrontier(selected),
  });
}

/**
 * Total tokens per second per GPU a platform reaches on a model and workload at a target interactivity,
 * read off the measured Pareto frontier with a monotone (Steffen) cubic. With precision omitted the
 * frontier pools the measured points of every precision: it is never below any measurement, but between
 * widely spaced knots it can read below one precision's own curve, because the extra measured knot is
 * honoured. Outside the measured interactivity range: no answer of kind `outOfRange`, never
 * an extrapolation. Invalid interactivity (not a finite number > 0) throws TokenomicsInputError naming
 * `tokensPerSecondPerUser`.
 *
 * @param platform - platform id, name or alias, e.g. "B200".
 * @param model - model id or alias, e.g. "DeepSeek-R1".
 * @param workload - input/output length, "1k/1k", "1k/8k" or "8k/1k" (also "1024/1024", "chat").
 * @param tokensPerSecondPerUser - target interactivity, output tokens per second per user, > 0.
 * @param precision - "FP4" or "FP8"; if omitted (undefined, null or blank), every precision.
 * @param asOf - a date `YYYY-MM-DD` (the adapter converts Excel date serials): read the dated history
 *   instead ({@link historyThroughputAt}; DeepSeek-R1 only, the IX-history sample, which is not the same
 *   set of runs as today's table); if omitted (undefined, null or blank), today's values.
 *
 * Models measured at single published points (gpt-oss-120b, Llama 3.3 70B) answer only at that point's
 * interactivity (its TPOT rounded to 0.1 ms as published, or the stored 1000 / TPOT); elsewhere no answer
 * of kind `singlePoint` whose reason names the point.
 * @example throughputAt("B200", "gpt-oss-120b", "1k/1k", 55.87).value.tokensPerSecondPerGpu // 28012.9
 * @example throughputAt("B200", "DeepSeek-R1", "1k/1k", 21.34) // { ok: true, value: { tokensPerSecondPerGpu: 12515.7, … } }
 * @example throughputAt("B200", "DeepSeek-R1", "1k/1k", 400).reason
 *   // "B200 DeepSeek-R1 1k/1k was measured from 21.3 to 309.2 tokens/s per user; 400 is outside that range"
 */
export function throughputAt(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  precision?: string | null,
  asOf?: string | null
): Answer<ThroughputAt, NotFound | OutOfRange | NotAtPoint | NoHistory> {
  if (asOf !== undefined && asOf !== null && asOf.trim() !== "") {
    return historyThroughputAt(platform, model, workload, tokensPerSecondPerUser, precision, asOf);
  }
  const resolved = preparedSeries(platform, model, workload, precision);
  if (!resolved.ok) return resolved;
  return readPreparedSeries(resolved.value, tokensPerSecondPerUser);
}

/**
 * A measured series resolved once and ready to read at any interactivity ({@link readPreparedSeries}):
 * its frontier's interpolation and its single published points are computed once.
 */
export interface PreparedSeries {
  readonly series: ThroughputSeries;
  readonly prepared: PreparedFrontier<ThroughputPoint>;
  /** The frontier's single published points; empty for a measured frontier. */
  readonly singlePoints: readonly ThroughputPoint[];
}

/**
 * {@link throughputAt} on a series {@link preparedSeries} resolved: the same answer, without resolving the
 * names again (what a ranking over every platform does at each call).
 */
export function readPreparedSeries(
  resolved: PreparedSeries,
  tokensPerSecondPerUser: number
): Answer<ThroughputAt, OutOfRange | NotAtPoint> {
  return readSeries(
    resolved.series,
    resolved.prepared,
    tokensPerSecondPerUser,
    resolved.singlePoints
  );
}

function singlePointsOf<Point extends MeasuredPoint>(frontier: readonly Point[]): Point[] {
  return frontier.filter((p) => p.singlePoint === true);
}

/** Reads a resolved series at an interactivity: a single published point, or the frontier. */
function readSeries(
  series: ThroughputSeries<MeasuredPoint>,
  prepared: PreparedFrontier<MeasuredPoint>,
  tokensPerSecondPerUser: number,
  single: readonly MeasuredPoint[] = singlePointsOf(series.frontier)
): Answer<ThroughputAt, OutOfRange | NotAtPoint> {
  const { platformId, model: modelId, workload: workloadId, precision: chosen } = series;
  if (single.length > 0) return readSinglePoints(series, single, tokensPerSecondPerUser);
  // The range is checked here, before the core (which checks the interactivity first, as here), because the
  // core's own out-of-range reason would be discarded for this one: a ranking meets out-of-range platforms at
  // every call.
  checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  const min = prepared.xs[0];
  const max = prepared.xs[prepared.xs.length - 1];
  if (min !== undefined && max !== undefined) {
    if (tokensPerSecondPerUser < min || tokensPerSecondPerUser > max)
      return outOfRange(series, min, max, tokensPerSecondPerUser);
  }
  const result = preparedTokensPerSecondPerGpu(prepared, tokensPerSecondPerUser);
  if (result.ok) {
    return found({
      platformId,
      model: modelId,
      workload: workloadId,
      precision: chosen,
      tokensPerSecondPerGpu: result.value.tokensPerSecondPerGpu,
      tokensPerSecondPerUser,
      lower: result.value.lower,
      upper: result.value.upper,
    });
  }
  // A resolved series always has at least one point, so "noPoints" cannot reach here; keep the type honest.
  return outOfRange(
    series,
    result.kind === "outOfRange" ? result.minTokensPerSecondPerUser : 0,
    result.kind === "outOfRange" ? result.maxTokensPerSecondPerUser : 0,
    tokensPerSecondPerUser
  );
}

function outOfRange(
  series: ThroughputSeries<MeasuredPoint>,
  min: number,
  max: number,
  tokensPerSecondPerUser: number
): OutOfRange {
  const { platformId, model, workload, precision } = series;
  const scope = [platformId, model, workload, precision === "any" ? "" : precision]
    .filter((s) => s !== "")
    .join(" ");
  return {
    ok: false,
    kind: "outOfRange",
    minTokensPerSecondPerUser: min,
    maxTokensPerSecondPerUser: max,
    reason: PRESET_MESSAGES.outOfRange(scope, min, max, tokensPerSecondPerUser),
  };
}

// Single points publish TPOT to 0.1 ms: an interactivity matches when its TPOT rounds to the published one.
// Digits after the decimal point of a published TPOT, ms.
const TPOT_PUBLISHED_DECIMALS = 1;

/** The TPOT, ms, an interactivity corresponds to, rounded as the single points are published. */
function publishedTpotMs(tokensPerSecondPerUser: number): number {
  const scale = 10 ** TPOT_PUBLISHED_DECIMALS;
  return Math.round((1000 / tokensPerSecondPerUser) * scale) / scale;
}

function readSinglePoints(
  series: ThroughputSeries<MeasuredPoint>,
  points: readonly MeasuredPoint[],
  tokensPerSecondPerUser: number
): Answer<ThroughputAt, NotAtPoint> {
  checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  const tpot = publishedTpotMs(tokensPerSecondPerUser);
  // The stored interactivity (1000 / TPOT to 0.01) matches too: at low interactivity its own TPOT can round
  // to a neighbouring 0.1 ms.
  const hit = points.find(
    (p) => p.medianTpotMs === tpot || p.tokensPerSecondPerUser === tokensPerSecondPerUser
  );
  if (hit !== undefined) {
    return found({
      platformId: series.platformId,
      model: series.model,
      workload: series.workload,
      precision: series.precision,
      tokensPerSecondPerGpu: hit.tokensPerSecondPerGpu,
      tokensPerSecondPerUser,
      lower: hit,
      upper: hit,
    });
  }
  // Several single points (precision pooled) are named by the fastest-per-GPU one, the peak.
  const peak = points.reduce((a, b) => (b.tokensPerSecondPerGpu > a.tokensPerSecondPerGpu ? b : a));
  const scope = `${series.model} on ${series.platformId} ${series.workload}${
    series.precision === "any" ? "" : ` ${series.precision}`
  }`;
  return {
    ok: false,
    kind: "singlePoint",
    tokensPerSecondPerUser: peak.tokensPerSecondPerUser,
    tokensPerSecondPerGpu: peak.tokensPerSecondPerGpu,
    reason: PRESET_MESSAGES.singlePoint(
      scope,
      peak.tokensPerSecondPerUser,
      peak.tokensPerSecondPerGpu,
      peak.medianTpotMs ?? 1000 / peak.tokensPerSecondPerUser
    ),
  };
}

type ResolvedSeries = Answer<PreparedSeries, NotFound>;

// A workbook asks for the same few series thousands of times (a THROUGHPUT column, a sensitivity grid):
// each distinct spelling is resolved and its frontier prepared once. The data never changes at run time,
// so a cached answer is always the answer; the bound keeps hostile inputs from growing it without limit.
const SERIES_CACHE = new Map<string, ResolvedSeries>();
const SERIES_CACHE_LIMIT = 4096;

/**
 * {@link throughputSeries} resolved once per spelling and prepared for reading with
 * {@link readPreparedSeries}; the same names give the same (cached) answer.
 */
export function preparedSeries(
  platform: string,
  model: string,
  workload: string,
  precision: string | null | undefined
): ResolvedSeries {
  const key = `${platform}\u0000${model}\u0000${workload}\u0000${precision ?? ""}`;
  let resolved = SERIES_CACHE.get(key);
  if (resolved === undefined) {
    const series = throughputSeries(platform, model, workload, precision);
    resolved = series.ok
      ? found({
          series: series.value,
          prepared: prepareFrontier(series.value.frontier),
          singlePoints: singlePointsOf(series.value.frontier),
        })
      : series;
    if (SERIES_CACHE.size >= SERIES_CACHE_LIMIT) SERIES_CACHE.clear();
    SERIES_CACHE.set(key, resolved);
  }
  return resolved;
}

/**
 * The models, workloads and precisions measured on a platform, and each combination's frontier size and
 * interactivity range, for the task pane's pickers. A platform without measurements has empty lists.
 *
 * @example throughputOptions("MI300X").value.precisions // ["FP8"]
 */
export function throughputOptions(platform: string): Answer<ThroughputOptions, NotFound> {
  const foundPlatform = findPlatform(platform);
  if (!foundPlatform.ok) return foundPlatform;
  const platformId = foundPlatform.value.id;
  const onPlatform = throughputPoints().filter((p) => p.platformId === platformId);
  const combinations: ThroughputCombination[] = [];
  for (const model of MODELS) {
    for (const workload of WORKLOADS) {
      for (const precision of PRECISIONS) {
        const points = onPlatform.filter(
          (p) => p.model === model.id && p.workload === workload.id && p.precision === precision
        );
        const frontier = paretoFrontier(points);
        const first = frontier[0];
        const last = frontier[frontier.length - 1];
        if (first === undefined || last === undefined) continue;
        combinations.push({
          model: model.id,
          workload: workload.id,
          precision,
          frontierPointCount: frontier.length,
          minTokensPerSecondPerUser: first.tokensPerSecondPerUser,
          maxTokensPerSecondPerUser: last.tokensPerSecondPerUser,
          singlePoint: frontier.some((p) => "singlePoint" in p),
        });
      }
    }
  }
  return found({
    platformId,
    models: MODELS.map((m) => m.id).filter((id) => combinations.some((c) => c.model === id)),
    workloads: WORKLOADS.map((w) => w.id).filter((id) =>
      combinations.some((c) => c.workload === id)
    ),
    precisions: PRECISIONS.filter((p) => combinations.some((c) => c.precision === p)),
    combinations,
  });
}

/** A platform with no throughput rows at all: says so and lists the platforms that have some. */
function noMeasurements(platformId: PlatformId, model: string): NotFound {
  const measured = PLATFORMS.map((p) => p.id).filter((id) =>
    throughputPoints().some((p) => p.platformId === id)
  );
  return {
    ok: false,
    kind: "notFound",
    subject: "model",
    query: model,
    suggestions: [],
    options: [],
    reason: PRESET_MESSAGES.noMeasurements(platformId, measured),
  };
}

/**
 * Resolves a name against every known option, then checks it has measurements in this scope. Unknown
 * names get close matches from every option; known names without data list what this scope has.
 */
function resolve<Id extends string>(
  subject: LookupSubject,
  query: string,
  candidates: readonly (Candidate & { readonly id: Id })[],
  available: readonly Id[],
  scope: string
): Answer<Id, NotFound> {
  const match = findExact(query, candidates);
  if (match === undefined) return notFound(subject, query, candidates);
  const options = candidates.map((c) => c.id).filter((id) => available.includes(id));
  if (options.includes(match.id)) return found(match.id);
  return {
    ok: false,
    kind: "notFound",
    subject,
    query,
    suggestions: [],
    options,
    reason: PRESET_MESSAGES.notAvailableFor(subject, query, scope, options),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Throughput over time: the dated history (data/history.ts) read as of a date, and the software gain
// between two dates.
// ---------------------------------------------------------------------------------------------------------

/** A software gain is annualized only over a window this long or longer, days. */
export const MIN_SOFTWARE_GAIN_DAYS = 90;

/** Days per year in annualization, the Julian year (leap years averaged). */
const DAYS_PER_YEAR = 365.25;

const MS_PER_DAY = 86_400_000;

/** Throughput read off the history as of a date. */
export interface ThroughputAsOf extends ThroughputAt {
  /** The date asked for. */
  readonly asOf: IsoDate;
  /** The date of the frontier in force on `asOf`: the latest date on or before it when a run changed it. */
  readonly frontierDate: IsoDate;
}

/** A measured software gain between two dates, annualized. */
export interface SoftwareGain {
  /** (throughput at toDate ÷ throughput at fromDate)^(365.25 / days) − 1, a fraction per year. */
  readonly annualGain: number;
  /** throughput at toDate ÷ throughput at fromDate, over the whole window. */
  readonly ratio: number;
  readonly days: number;
  readonly from: ThroughputAsOf;
  readonly to: ThroughputAsOf;
}

type HistoryGroupRecord = DecodedHistoryGroup;

/** The history a model has: a model with no dated history has no groups (and unpacks nothing). */
function historyGroups(modelId: ModelId): readonly HistoryGroupRecord[] {
  return modelId === HISTORY_MODEL ? dsr1History() : [];
}

const MODELS_WITH_HISTORY: readonly ModelId[] = MODELS.map((m) => m.id).filter(
  (id) => id === HISTORY_MODEL
);

/**
 * The measured frontier of a platform, model and workload as of a date: each configuration's latest run on
 * or before `asOf`, every engine pooled, then the Pareto frontier (pooled across precisions when precision
 * is omitted). Only models with a dated history (DeepSeek-R1, from IX-history) have one; a date before the
 * group's first run has no answer, a date after its last run reads the last frontier.
 *
 * @param asOf - the date, `YYYY-MM-DD`; anything else throws TokenomicsInputError naming `asOf`.
 * @example historySeries("B200", "DeepSeek-R1", "8k/1k", "FP4", "2026-01-15").value.frontierDate // "2026-01-14"
 */
export function historySeries(
  platform: string,
  model: string,
  workload: string,
  precision: string | null | undefined,
  asOf: string
): Answer<
  ThroughputSeries<ThroughputRecord> & { readonly asOf: IsoDate; readonly frontierDate: IsoDate },
  NotFound | NoHistory
> {
  const date = isoDateOrThrow(asOf, "asOf");
  const foundPlatform = findPlatform(platform);
  if (!foundPlatform.ok) return foundPlatform;
  const platformId = foundPlatform.value.id;
  const foundModel = findExact(model, MODEL_CANDIDATES);
  if (foundModel === undefined) return notFound("model", model, MODEL_CANDIDATES);
  const groups = historyGroups(foundModel.id);
  if (groups.length === 0) {
    return {
      ok: false,
      kind: "noHistory",
      reason: PRESET_MESSAGES.noHistoryFor(
        foundModel.id,
        MODELS_WITH_HISTORY,
        HISTORY_WINDOW.first,
        HISTORY_WINDOW.last
      ),
    };
  }
  const onPlatform = groups.filter((g) => g.platformId === platformId);
  if (onPlatform.length === 0) {
    const measured = PLATFORMS.map((p) => p.id).filter((id) =>
      groups.some((g) => g.platformId === id)
    );
    return {
      ok: false,
      kind: "notFound",
      subject: "platform",
      query: platform,
      suggestions: [],
      options: measured,
      reason: PRESET_MESSAGES.notAvailableFor("platform", platform, foundModel.id, measured),
    };
  }
  const scope = `${platformId} ${foundModel.id}`;
  const foundWorkload = resolve(
    "workload",
    workload,
    WORKLOAD_CANDIDATES,
    onPlatform.map((g) => g.workload),
    scope
  );
  if (!foundWorkload.ok) return foundWorkload;
  let selected = onPlatform.filter((g) => g.workload === foundWorkload.value);
  let chosen: Precision | "any" = "any";
  if (precision !== undefined && precision !== null && precision.trim() !== "") {
    const foundPrecision = resolve(
      "precision",
      precision,
      PRECISION_CANDIDATES,
      selected.map((g) => g.precision),
      `${scope} ${foundWorkload.value}`
    );
    if (!foundPrecision.ok) return foundPrecision;
    chosen = foundPrecision.value;
    selected = selected.filter((g) => g.precision === foundPrecision.value);
  }

  const points: ThroughputRecord[] = [];
  let frontierDate: IsoDate | undefined;
  for (const group of selected) {
    const snapshot = snapshotOn(group, date);
    if (snapshot === undefined) continue;
    if (frontierDate === undefined || snapshot[0] > frontierDate) frontierDate = snapshot[0];
    for (const index of snapshot[1]) points.push(historyRecord(group, index));
  }
  if (frontierDate === undefined) {
    const first =
      selected.map((g) => g.snapshots[0]?.[0] ?? HISTORY_WINDOW.first).sort()[0] ??
      HISTORY_WINDOW.first;
    const label = [scope, foundWorkload.value, chosen === "any" ? "" : chosen]
      .filter((part) => part !== "")
      .join(" ");
    return {
      ok: false,
      kind: "noHistory",
      reason: PRESET_MESSAGES.noRunBefore(label, date, first),
    };
  }
  return found({
    platformId,
    model: foundModel.id,
    workload: foundWorkload.value,
    precision: chosen,
    frontier: paretoFrontier(points),
    asOf: date,
    frontierDate,
  });
}

/**
 * Throughput as of a date: {@link throughputAt} on the frontier {@link historySeries} gives for that date,
 * interpolated the same way and never extrapolated.
 *
 * @example historyThroughputAt("B200", "DeepSeek-R1", "8k/1k", 50, "FP4", "2026-06-11").ok // true
 */
export function historyThroughputAt(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  precision: string | null | undefined,
  asOf: string
): Answer<ThroughputAsOf, NotFound | OutOfRange | NotAtPoint | NoHistory> {
  checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  const series = historySeries(platform, model, workload, precision, asOf);
  if (!series.ok) return series;
  const read = readSeries(
    series.value,
    prepareFrontier(series.value.frontier),
    tokensPerSecondPerUser
  );
  if (!read.ok) {
    return { ...read, reason: PRESET_MESSAGES.notMeasuredAtDate(read.reason, series.value.asOf) };
  }
  return found({ ...read.value, asOf: series.value.asOf, frontierDate: series.value.frontierDate });
}

/**
 * The measured software gain on one platform, model and workload at one interactivity, annualized:
 * the same hardware's throughput as of `toDate` over that as of `fromDate` (each configuration's latest
 * run on or before each date, all precisions and engines pooled), compounded to a year.
 *
 * Formula: (throughput(toDate) / throughput(fromDate))^(365.25 / days) − 1
 *
 * No answer (with the reason) for a window under {@link MIN_SOFTWARE_GAIN_DAYS} days, for no run on or
 * before `fromDate`, or for an interactivity outside either date's measured range. Dates are `YYYY-MM-DD`.
 *
 * @example softwareGain("B200", "DeepSeek-R1", "8k/1k", 50, "2025-12-15", "2026-06-11").ok // true
 */
export function softwareGain(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  fromDate: string,
  toDate: string
): Answer<SoftwareGain, NotFound | OutOfRange | NotAtPoint | NoHistory> {
  const from = isoDateOrThrow(fromDate, "fromDate");
  const to = isoDateOrThrow(toDate, "toDate");
  checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  const days = Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
  if (days <= 0) {
    return { ok: false, kind: "noHistory", reason: PRESET_MESSAGES.windowReversed(from, to) };
  }
  if (days < MIN_SOFTWARE_GAIN_DAYS) {
    return {
      ok: false,
      kind: "noHistory",
      reason: PRESET_MESSAGES.windowTooShort(days, MIN_SOFTWARE_GAIN_DAYS),
    };
  }
  const before = historyThroughputAt(platform, model, workload, tokensPerSecondPerUser, null, from);
  if (!before.ok) return before;
  const after = historyThroughputAt(platform, model, workload, tokensPerSecondPerUser, null, to);
  if (!after.ok) return after;
  const ratio = after.value.tokensPerSecondPerGpu / before.value.tokensPerSecondPerGpu;
  return found({
    annualGain: ratio ** (DAYS_PER_YEAR / days) - 1,
    ratio,
    days,
    from: before.value,
    to: after.value,
  });
}

/** The snapshot in force on a date: the last one dated on or before it. */
function snapshotOn(
  group: HistoryGroupRecord,
  date: IsoDate
): HistoryGroupRecord["snapshots"][number] | undefined {
  let current: HistoryGroupRecord["snapshots"][number] | undefined;
  for (const snapshot of group.snapshots) {
    if (snapshot[0] > date) break;
    current = snapshot;
  }
  return current;
}

/** One stored history point as a throughput record (the record the lookups and the pane read). */
function historyRecord(group: HistoryGroupRecord, index: number): ThroughputRecord {
  const point = group.points[index];
  if (point === undefined) throw new Error(`history point ${index} missing`);
  const [user, gpu, concurrency, engine, gpuCount, measuredOn] = point;
  return {
    platformId: group.platformId,
    model: group.model,
    workload: group.workload,
    precision: group.precision,
    engine: HISTORY_ENGINES[engine] ?? "unknown",
    concurrency,
    gpuCount,
    tokensPerSecondPerGpu: gpu,
    tokensPerSecondPerUser: user,
    measuredOn,
    source: group.source,
    basis: "measured",
  };
}

/** A calendar date `YYYY-MM-DD` that exists; anything else throws naming the parameter. */
function isoDateOrThrow(value: string, parameter: string): IsoDate {
  const text = value.trim();
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(Date.parse(text)) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
  if (!valid) {
    throw new TokenomicsInputError(
      "outOfRange",
      parameter,
      PRESET_MESSAGES.invalidDate(parameter, value)
    );
  }
  return text as IsoDate;
}
