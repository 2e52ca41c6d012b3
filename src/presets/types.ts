/**
 * Types for the platform preset library: the shapes the data tables satisfy and the results the lookups
 * return. No values and no logic live here, and nothing from data/: each table's id type lives next to the
 * table (PlatformId in data/platforms.ts, SourceId in data/sources.ts, ...), and a shape that refers to
 * another table's ids takes them as type parameters, so data files import this file and never the reverse.
 */
import type { NoAnswer } from "../core/answer";

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

/** A number somebody published, with its unit, basis, source (a key of the sources table) and date. */
export interface PublishedValue<SourceKey extends string = string> {
  readonly value: number;
  readonly unit: string;
  readonly basis: Basis;
  readonly source: SourceKey;
  readonly asOf: IsoDate;
  readonly note?: string;
}

/**
 * A number nobody publishes (or that this dataset could not source). The note says so and why; `source`
 * and `asOf`, when present, name where it was looked for.
 */
export interface UnpublishedValue<SourceKey extends string = string> {
  readonly value: null;
  readonly unit: string;
  readonly note: string;
  readonly source?: SourceKey;
  readonly asOf?: IsoDate;
}

/** The value of one preset field on one platform. */
export type FieldValue<SourceKey extends string = string> =
  PublishedValue<SourceKey> | UnpublishedValue<SourceKey>;

/** What a preset field means: its Excel name (camelCase, unit last), unit and one-line description. */
export interface PresetField {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  /**
   * The dataset version that added the field. Fields added after the first release appear in the PRESETS
   * table only when asked for by name, so that a sheet's default table never grows (and never #SPILL!s).
   */
  readonly since?: string;
}

/**
 * One accelerator platform in the preset table. Values are per GPU (per chip for TPU and Trainium), one
 * per field name, each citing a key of the sources table.
 */
export interface PlatformRecord<
  FieldName extends string = string,
  SourceKey extends string = string,
> {
  /** Short stable id used in Excel formulas and workbook names; never changes once released. */
  readonly id: string;
  readonly displayName: string;
  readonly vendor: string;
  /** Other names users type; matched ignoring case, spaces, dashes and underscores. */
  readonly aliases: readonly string[];
  readonly values: { readonly [F in FieldName]: FieldValue<SourceKey> };
}

/** A model with throughput measurements. */
export interface ModelRecord {
  readonly id: string;
  readonly displayName: string;
  readonly aliases: readonly string[];
  readonly description: string;
}

/** A benchmark sequence shape: nominal input and output length per request, tokens. */
export interface WorkloadRecord {
  readonly id: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Other spellings users type, e.g. "1024/1024" or "chat"; matched ignoring case and spaces. */
  readonly aliases: readonly string[];
  readonly description: string;
}

/** The tables a throughput row refers to: each member is the id type of one table. */
export interface ThroughputKeys {
  readonly platformId: string;
  readonly model: string;
  readonly workload: string;
  readonly precision: string;
  readonly source: string;
}

/**
 * One measured operating point of a serving configuration, its names keys of other tables
 * (`ThroughputRecord` in data/throughput.ts fixes them to the preset tables' ids).
 *
 * `tokensPerSecondPerGpu` counts input plus output tokens per second per GPU over every GPU the
 * configuration uses (prefill and decode). `tokensPerSecondPerUser` is output interactivity: median
 * output tokens per second seen by one request (1000 / median TPOT in ms).
 */
export interface ThroughputRow<Keys extends ThroughputKeys = ThroughputKeys> {
  readonly platformId: Keys["platformId"];
  readonly model: Keys["model"];
  readonly workload: Keys["workload"];
  readonly precision: Keys["precision"];
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
  readonly source: Keys["source"];
  readonly basis: "measured";
  /** The GitHub Actions run that produced the row, when the source gives it. */
  readonly runUrl?: `https://${string}`;
  /**
   * A single published operating point (a peak-throughput configuration), not a point of a sweep: lookups
   * answer only at this point's interactivity, matched to the precision its TPOT is published with.
   */
  readonly singlePoint?: true;
  /** Median time per output token as published, ms; on single points tokensPerSecondPerUser = 1000 / it. */
  readonly medianTpotMs?: number;
  readonly note?: string;
}

/**
 * A measured history for one platform × model × workload × precision, carried as per-date Pareto frontiers.
 * `points` are [tokensPerSecondPerUser, tokensPerSecondPerGpu, concurrency, engine index, gpuCount,
 * measuredOn]; `snapshots` are [date, indices into points]: the frontier in force from that date (each
 * configuration's latest run on or before it) until the next snapshot.
 */
export interface HistoryGroup<
  PlatformKey extends string = string,
  WorkloadKey extends string = string,
  PrecisionKey extends string = string,
  SourceKey extends string = string,
> {
  readonly platformId: PlatformKey;
  readonly model: string;
  readonly workload: WorkloadKey;
  readonly precision: PrecisionKey;
  readonly source: SourceKey;
  /** Rows of the source in this group (every run, frontier or not). */
  readonly runs: number;
  readonly points: readonly (readonly [number, number, number, number, number, IsoDate])[];
  readonly snapshots: readonly (readonly [IsoDate, readonly number[]])[];
}

/**
 * A published API token price for one model at one provider, USD per million tokens. A price the source
 * does not show is null, and `note` says so.
 */
export interface ApiPriceRow<ModelKey extends string = string, SourceKey extends string = string> {
  readonly model: ModelKey;
  readonly provider: string;
  readonly inputUsdPerMillionTokens: number;
  readonly cachedInputUsdPerMillionTokens: number | null;
  readonly outputUsdPerMillionTokens: number;
  /** What the price is for: the provider's own listing, a router listing, the serving speed quoted. */
  readonly basis: "vendor-claimed" | "measured";
  readonly source: SourceKey;
  readonly asOf: IsoDate;
  readonly note?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Results. A lookup either finds a value or says, in a sentence fit for a cell, why it did not: the core's
// Answer shape (src/core/answer.ts), with `kind` telling the no-answer cases apart.
// ---------------------------------------------------------------------------------------------------------

/** What kind of name a lookup did not recognise. */
export type LookupSubject = "platform" | "field" | "model" | "workload" | "precision" | "provider";

/** A name that matches nothing: carries up to three close matches and every valid option. */
export interface NotFound extends NoAnswer {
  readonly kind: "notFound";
  readonly subject: LookupSubject;
  readonly query: string;
  readonly suggestions: readonly string[];
  readonly options: readonly string[];
}

/** A field nobody publishes for this platform; the note says so. */
export interface NotPublished<
  PlatformKey extends string = string,
  FieldName extends string = string,
> extends NoAnswer {
  readonly kind: "notPublished";
  readonly platformId: PlatformKey;
  readonly field: FieldName;
  readonly note: string;
}

/** An interactivity other than the one a single published point was measured at; never extrapolated. */
export interface NotAtPoint extends NoAnswer {
  readonly kind: "singlePoint";
  readonly tokensPerSecondPerUser: number;
  readonly tokensPerSecondPerGpu: number;
}

/** A date outside what a measured history covers, or a window too short to annualize. */
export interface NoHistory extends NoAnswer {
  readonly kind: "noHistory";
}

/** An interactivity outside the measured range; never extrapolated. */
export interface OutOfRange extends NoAnswer {
  readonly kind: "outOfRange";
  readonly minTokensPerSecondPerUser: number;
  readonly maxTokensPerSecondPerUser: number;
}
