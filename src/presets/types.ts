/**
 * Types for the platform preset library: the shapes the data tables satisfy and the results the lookups
 * return. No values and no logic live here.
 */
import type { MODELS } from "./data/models";
import type { PLATFORMS } from "./data/platforms";
import type { SOURCES } from "./data/sources";
import type { PRECISIONS, WORKLOADS } from "./data/workloads";

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * How a number came to be:
 * - `measured`: observed on running hardware (a benchmark run, a driver reading);
 * - `vendor-claimed`: stated by the company that sells the chip or the capacity (spec sheet, list price);
 * - `estimated`: an analyst's or market survey's estimate (SemiAnalysis TCO model, price surveys);
 * - `derived`: arithmetic on other sourced numbers, shown in the value's note.
 */
export type Basis = "measured" | "vendor-claimed" | "estimated" | "derived";

/** One entry of the sources table. GitHub sources use the repository URL; the title names file and commit. */
export interface Source {
  readonly title: string;
  readonly url: `https://${string}`;
  readonly publisher: string;
  /** The date the source gives (publication, commit, or price date); see the title when it is a retrieval date. */
  readonly date: IsoDate;
}

/** Key of the sources table, e.g. `"IX-tco-0731"`. */
export type SourceId = keyof typeof SOURCES;

/** A number somebody published, with its unit, basis, source and date. */
export interface PublishedValue {
  readonly value: number;
  readonly unit: string;
  readonly basis: Basis;
  readonly source: SourceId;
  readonly asOf: IsoDate;
  readonly note?: string;
}

/**
 * A number nobody publishes (or that this dataset could not source). The note says so and why; `source`
 * and `asOf`, when present, name where it was looked for.
 */
export interface UnpublishedValue {
  readonly value: null;
  readonly unit: string;
  readonly note: string;
  readonly source?: SourceId;
  readonly asOf?: IsoDate;
}

/** The value of one preset field on one platform. */
export type FieldValue = PublishedValue | UnpublishedValue;

/** The preset field names, which are also the Excel field names (camelCase, unit last). */
export type PresetFieldName =
  | "hbmGb"
  | "hbmBandwidthTbPerSecond"
  | "fp8DenseTflops"
  | "fp4DenseTflops"
  | "boardPowerW"
  | "allInPowerKwPerGpu"
  | "priceUsdPerGpu"
  | "tcoUsdPerGpuHourOwner"
  | "tcoUsdPerGpuHourNeocloud"
  | "tcoUsdPerGpuHourRental"
  | "usdPerGpuHourOnDemand";

/** What a preset field means: its Excel name, unit and one-line description. */
export interface PresetField {
  readonly name: PresetFieldName;
  readonly unit: string;
  readonly description: string;
}

/** One accelerator platform in the preset table. Values are per GPU (per chip for TPU and Trainium). */
export interface PlatformRecord {
  /** Short stable id used in Excel formulas and workbook names; never changes once released. */
  readonly id: string;
  readonly displayName: string;
  readonly vendor: string;
  /** Other names users type; matched ignoring case, spaces, dashes and underscores. */
  readonly aliases: readonly string[];
  readonly values: { readonly [F in PresetFieldName]: FieldValue };
}

/** Id of a platform in the preset table, e.g. `"GB200"`. */
export type PlatformId = (typeof PLATFORMS)[number]["id"];

/** A model with throughput measurements. */
export interface ModelRecord {
  readonly id: string;
  readonly displayName: string;
  readonly aliases: readonly string[];
  readonly description: string;
}

/** Id of a benchmarked model, e.g. `"DeepSeek-R1"`. */
export type ModelId = (typeof MODELS)[number]["id"];

/** A benchmark sequence shape: nominal input and output length per request, tokens. */
export interface WorkloadRecord {
  readonly id: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Other spellings users type, e.g. "1024/1024" or "chat"; matched ignoring case and spaces. */
  readonly aliases: readonly string[];
  readonly description: string;
}

/** Id of a workload: input/output length, `"1k/1k"`, `"1k/8k"` or `"8k/1k"`. */
export type WorkloadId = (typeof WORKLOADS)[number]["id"];

/** Weight precision of a benchmark run. FP4 is NVFP4 on NVIDIA and MXFP4 on AMD. */
export type Precision = (typeof PRECISIONS)[number];

/**
 * One measured operating point of a serving configuration.
 *
 * `tokensPerSecondPerGpu` counts input plus output tokens per second per GPU over every GPU the
 * configuration uses (prefill and decode). `tokensPerSecondPerUser` is output interactivity: median
 * output tokens per second seen by one request (1000 / median TPOT in ms).
 */
export interface ThroughputRecord {
  readonly platformId: PlatformId;
  readonly model: ModelId;
  readonly workload: WorkloadId;
  readonly precision: Precision;
  /** Serving stack as InferenceX labels it: framework, `+ MTP` for speculative decoding, `(disagg)`. */
  readonly engine: string;
  /** Concurrent requests in the benchmark sweep. */
  readonly concurrency: number;
  /** GPUs in the configuration (prefill + decode when disaggregated), when the source says. */
  readonly gpuCount?: number;
  readonly tokensPerSecondPerGpu: number;
  /** Output tokens/s per GPU; for disaggregated runs counted per decode GPU, so it can exceed the total. */
  readonly outputTokensPerSecondPerGpu?: number;
  readonly tokensPerSecondPerUser: number;
  readonly measuredOn: IsoDate;
  readonly source: SourceId;
  readonly basis: "measured";
  /** The GitHub Actions run that produced the row, when the source gives it. */
  readonly runUrl?: `https://${string}`;
  readonly note?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Results. A lookup either finds a value or says, in a message fit for a cell, why it did not.
// ---------------------------------------------------------------------------------------------------------

/** A successful lookup. */
export interface Found<T> {
  readonly ok: true;
  readonly value: T;
}

/** What kind of name a lookup did not recognise. */
export type LookupSubject = "platform" | "field" | "model" | "workload" | "precision";

/** A name that matches nothing: carries up to three close matches and every valid option. */
export interface NotFound {
  readonly ok: false;
  readonly reason: "notFound";
  readonly subject: LookupSubject;
  readonly query: string;
  readonly suggestions: readonly string[];
  readonly options: readonly string[];
  readonly message: string;
}

/** A field nobody publishes for this platform; the note says so. */
export interface NotPublished {
  readonly ok: false;
  readonly reason: "notPublished";
  readonly platformId: PlatformId;
  readonly field: PresetFieldName;
  readonly note: string;
  readonly message: string;
}

/** An interactivity outside the measured range; never extrapolated. */
export interface OutOfRange {
  readonly ok: false;
  readonly reason: "outOfRange";
  readonly minTokensPerSecondPerUser: number;
  readonly maxTokensPerSecondPerUser: number;
  readonly message: string;
}
