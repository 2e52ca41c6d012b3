/**
 * Measured throughput lookups for the THROUGHPUT function and the task pane: the Pareto frontier of a
 * platform's measured points for one model and workload, and the throughput on it at a target
 * interactivity (Steffen monotone cubic, never extrapolated; see core/frontier).
 */
import { type Answer, type Found, found } from "../core/answer";
import {
  paretoFrontier,
  type PreparedFrontier,
  prepareFrontier,
  preparedTokensPerSecondPerGpu,
} from "../core/frontier";
import { MODELS, type ModelId } from "./data/models";
import { PLATFORMS, type PlatformId } from "./data/platforms";
import { THROUGHPUT_POINTS, type ThroughputRecord } from "./data/throughput";
import {
  PRECISION_ALIASES,
  PRECISIONS,
  type Precision,
  WORKLOADS,
  type WorkloadId,
} from "./data/workloads";
import { findPlatform, notFound } from "./lookup";
import { findExact, type Candidate } from "./match";
import { PRESET_MESSAGES } from "./messages";
import type { LookupSubject, NotFound, OutOfRange } from "./types";

export { MODELS, PRECISIONS, THROUGHPUT_POINTS, WORKLOADS };

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
  readonly lower: ThroughputRecord;
  readonly upper: ThroughputRecord;
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
}

/** What can be asked of a platform: its models, workloads and precisions, and each measured combination. */
export interface ThroughputOptions {
  readonly platformId: PlatformId;
  readonly models: readonly ModelId[];
  readonly workloads: readonly WorkloadId[];
  readonly precisions: readonly Precision[];
  readonly combinations: readonly ThroughputCombination[];
}

/** A measured series: the filter that selected it and its Pareto frontier, by ascending interactivity. */
export interface ThroughputSeries {
  readonly platformId: PlatformId;
  readonly model: ModelId;
  readonly workload: WorkloadId;
  readonly precision: Precision | "any";
  readonly frontier: readonly ThroughputRecord[];
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

const PRECISION_CANDIDATES: readonly (Candidate & { readonly id: Precision })[] = PRECISIONS.map(
  (precision) => ({
    display: precision,
    names: [precision, ...PRECISION_ALIASES[precision]],
    id: precision,
  })
);

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
  const onPlatform = THROUGHPUT_POINTS.filter((p) => p.platformId === platformId);
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
 * @example throughputAt("B200", "DeepSeek-R1", "1k/1k", 21.34) // { ok: true, value: { tokensPerSecondPerGpu: 12515.7, … } }
 * @example throughputAt("B200", "DeepSeek-R1", "1k/1k", 400).reason
 *   // "B200 DeepSeek-R1 1k/1k was measured from 21.3 to 309.2 tokens/s per user; 400 is outside that range"
 */
export function throughputAt(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  precision?: string | null
): Answer<ThroughputAt, NotFound | OutOfRange> {
  const resolved = resolvedSeries(platform, model, workload, precision);
  if (!resolved.ok) return resolved;
  const { platformId, model: modelId, workload: workloadId, precision: chosen } = resolved.value;
  const result = preparedTokensPerSecondPerGpu(resolved.prepared, tokensPerSecondPerUser);
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
  const min = result.kind === "outOfRange" ? result.minTokensPerSecondPerUser : 0;
  const max = result.kind === "outOfRange" ? result.maxTokensPerSecondPerUser : 0;
  const scope = [platformId, modelId, workloadId, chosen === "any" ? "" : chosen]
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

type ResolvedSeries =
  (Found<ThroughputSeries> & { readonly prepared: PreparedFrontier<ThroughputRecord> }) | NotFound;

// A workbook asks for the same few series thousands of times (a THROUGHPUT column, a sensitivity grid):
// each distinct spelling is resolved and its frontier prepared once. The data never changes at run time,
// so a cached answer is always the answer; the bound keeps hostile inputs from growing it without limit.
const SERIES_CACHE = new Map<string, ResolvedSeries>();
const SERIES_CACHE_LIMIT = 4096;

function resolvedSeries(
  platform: string,
  model: string,
  workload: string,
  precision: string | null | undefined
): ResolvedSeries {
  const key = `${platform}\u0000${model}\u0000${workload}\u0000${precision ?? ""}`;
  let resolved = SERIES_CACHE.get(key);
  if (resolved === undefined) {
    const series = throughputSeries(platform, model, workload, precision);
    resolved = series.ok ? { ...series, prepared: prepareFrontier(series.value.frontier) } : series;
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
  const onPlatform = THROUGHPUT_POINTS.filter((p) => p.platformId === platformId);
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
    THROUGHPUT_POINTS.some((p) => p.platformId === id)
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
