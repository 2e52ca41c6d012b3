/**
 * The platform preset library: sourced, dated platform data and measured throughput, with typed lookups.
 * Imported by the Excel functions adapter and the task pane; imports nothing from them.
 */
export * from "./types";
export * from "./lookup";
export * from "./throughput";
export * from "./apiPrices";
export * from "./estimate";
export * from "./rank";
export { normalizeName, closeMatches, editDistance, MAX_SUGGESTIONS } from "./match";
export { PRESET_MESSAGES, formatQuantity } from "./messages";
export { PLATFORMS } from "./data/platforms";
export type { PlatformId } from "./data/platforms";
export type { PresetFieldName } from "./data/fields";
export type { SourceId } from "./data/sources";
export type { ModelId } from "./data/models";
export type { Precision, WorkloadId } from "./data/workloads";
export type { ThroughputRecord } from "./data/throughput";
export { HISTORY_ENGINES } from "./data/history";
export type { ArchitectureId, ArchitectureRecord, AttentionKind } from "./data/architectures";
