/**
 * Typed lookups into the platform preset table, for the PRESET, PRESETS and PRESETINFO functions and the
 * task pane. Pure: no Office, no I/O. A name that matches nothing, or a value nobody publishes, comes back as
 * an answer with no value and a reason fit for a cell.
 */
import { type Answer, found } from "../core/answer";
import { PRESET_DATASET } from "./data/dataset";
import { PRESET_FIELDS, type PresetFieldName } from "./data/fields";
import { PLATFORMS, type PlatformId } from "./data/platforms";
import { SOURCES, type SourceId } from "./data/sources";
import { closeMatches, findExact, type Candidate } from "./match";
import { PRESET_MESSAGES } from "./messages";
import type { FieldValue, LookupSubject, NotFound, NotPublished, Source } from "./types";

export { PRESET_DATASET, PRESET_FIELDS, SOURCES };

/** One platform of the preset table, with its values. */
export type Platform = (typeof PLATFORMS)[number];

/** One field definition of the preset table. */
export type PresetFieldDefinition = (typeof PRESET_FIELDS)[number];

/** A cell of the PRESETS table: text for names, a number, or null where nothing is published. */
export type PresetTableCell = string | number | null;

/** The identity columns that start every PRESETS row, before the field columns. */
export const PRESET_TABLE_KEY_COLUMNS = ["id", "displayName", "vendor"] as const;

const PLATFORM_CANDIDATES: readonly (Candidate & { readonly platform: Platform })[] = PLATFORMS.map(
  (platform) => ({
    display: platform.id,
    names: [platform.id, platform.displayName, ...platform.aliases],
    platform,
  })
);

const FIELD_CANDIDATES: readonly (Candidate & { readonly field: PresetFieldDefinition })[] =
  PRESET_FIELDS.map((field) => ({ display: field.name, names: [field.name], field }));

/**
 * Every platform in the preset table, in table order (NVIDIA, AMD, Google, AWS, Intel).
 *
 * @example listPlatforms().map((p) => p.id) // ["H100", "H200", "B200", …, "Gaudi3"]
 */
export function listPlatforms(): readonly Platform[] {
  return PLATFORMS;
}

/**
 * The platform a name refers to: its id, display name or an alias, ignoring case, spaces, dashes,
 * underscores and dots.
 *
 * @example findPlatform("gb200-nvl72") // { ok: true, value: { id: "GB200", … } }
 * @example findPlatform("B20").reason // 'platform "B20" not found; did you mean B200, GB200, B300?'
 */
export function findPlatform(name: string): Answer<Platform, NotFound> {
  const match = findExact(name, PLATFORM_CANDIDATES);
  if (match !== undefined) return found(match.platform);
  return notFound("platform", name, PLATFORM_CANDIDATES);
}

/**
 * The preset field a name refers to, ignoring case, spaces, dashes, underscores and dots.
 *
 * @example findField("HBMGB") // { ok: true, value: { name: "hbmGb", unit: "GB", … } }
 */
export function findField(name: string): Answer<PresetFieldDefinition, NotFound> {
  const match = findExact(name, FIELD_CANDIDATES);
  if (match !== undefined) return found(match.field);
  return notFound("field", name, FIELD_CANDIDATES);
}

/** A platform's value for one field, with the platform and field it resolved to. */
export interface PresetEntry {
  readonly platform: Platform;
  readonly field: PresetFieldDefinition;
  readonly value: FieldValue<SourceId>;
}

/**
 * The full record behind one preset cell: value (or null), unit, basis, source, date and note.
 *
 * @example presetEntry("H100", "boardPowerW") // { ok: true, value: { value: { value: 700, unit: "W", … }, … } }
 */
export function presetEntry(platform: string, field: string): Answer<PresetEntry, NotFound> {
  const foundPlatform = findPlatform(platform);
  if (!foundPlatform.ok) return foundPlatform;
  const foundField = findField(field);
  if (!foundField.ok) return foundField;
  const value: FieldValue<SourceId> = foundPlatform.value.values[foundField.value.name];
  return found({ platform: foundPlatform.value, field: foundField.value, value });
}

/**
 * One preset value in the field's unit (see {@link PRESET_FIELDS}); no answer of kind `notPublished`, with
 * the reason, when nobody publishes it.
 *
 * @example presetValue("GB200 NVL72", "tcoUsdPerGpuHourOwner") // { ok: true, value: 1.86 }
 * @example presetValue("TPUv6e", "boardPowerW").kind // "notPublished"
 */
export function presetValue(
  platform: string,
  field: string
): Answer<number, NotFound | NotPublished<PlatformId, PresetFieldName>> {
  const entry = presetEntry(platform, field);
  if (!entry.ok) return entry;
  const { platform: resolved, field: definition, value } = entry.value;
  if (value.value === null) {
    return {
      ok: false,
      kind: "notPublished",
      platformId: resolved.id,
      field: definition.name,
      note: value.note,
      reason: PRESET_MESSAGES.notPublished(resolved.id, definition.name, value.note),
    };
  }
  return found(value.value);
}

/**
 * Where a preset value comes from, as one readable line: publisher, source title, date, basis, note, URL.
 * For a value nobody publishes, the note and (when recorded) where it was looked for.
 *
 * @example presetInfo("B200", "tcoUsdPerGpuHourOwner").value
 *   // 'SemiAnalysis, InferenceX hardware registry, … (2026-07-31), estimated — https://github.com/SemiAnalysisAI/InferenceX-app'
 */
export function presetInfo(platform: string, field: string): Answer<string, NotFound> {
  const entry = presetEntry(platform, field);
  if (!entry.ok) return entry;
  const value = entry.value.value;
  if (value.value === null) {
    const checked = value.source === undefined ? undefined : sourceOf(value.source);
    return found(PRESET_MESSAGES.infoNotPublished(value.note, checked));
  }
  const source = sourceOf(value.source);
  return found(
    PRESET_MESSAGES.info(
      source.publisher,
      source.title,
      value.asOf,
      value.basis,
      value.note,
      source.url
    )
  );
}

// A sheet's default table must not grow when a dataset adds a field (it would #SPILL!), so fields added
// after the first release (`since`) appear only when asked for by name.
const DEFAULT_TABLE_FIELDS: readonly PresetFieldName[] = PRESET_FIELDS.filter(
  (field: PresetFieldDefinition) => !("since" in field)
).map((field) => field.name);

/**
 * The preset table for a spill: a header row (`id`, `displayName`, `vendor`, then the field names), then one
 * row per platform. Unpublished values are null. With no fields (or an empty list) every field of the first
 * release is included, in {@link PRESET_FIELDS} order; fields added later (`since`, e.g.
 * `tcoUsdPerGpuHourRentalRetail`) appear only when named.
 *
 * @example presetTable(["hbmGb"]).value
 *   // [["id", "displayName", "vendor", "hbmGb"], ["H100", "NVIDIA H100 SXM", "NVIDIA", 80], …]
 */
export function presetTable(
  fields?: readonly string[] | null
): Answer<PresetTableCell[][], NotFound> {
  const names: PresetFieldName[] = [];
  for (const field of fields === undefined || fields === null || fields.length === 0
    ? DEFAULT_TABLE_FIELDS
    : fields) {
    const found = findField(field);
    if (!found.ok) return found;
    names.push(found.value.name);
  }
  const header: PresetTableCell[] = [...PRESET_TABLE_KEY_COLUMNS, ...names];
  const rows = PLATFORMS.map((platform): PresetTableCell[] => [
    platform.id,
    platform.displayName,
    platform.vendor,
    ...names.map((name) => platform.values[name].value),
  ]);
  return found([header, ...rows]);
}

/** A typed not-found result with up to three close matches and every valid option. */
export function notFound(
  subject: LookupSubject,
  query: string,
  candidates: readonly Candidate[]
): NotFound {
  const suggestions = closeMatches(query, candidates);
  const options = candidates.map((candidate) => candidate.display);
  return {
    ok: false,
    kind: "notFound",
    subject,
    query,
    suggestions,
    options,
    reason: PRESET_MESSAGES.notFound(subject, query, suggestions, options),
  };
}

function sourceOf(id: SourceId): Source {
  return SOURCES[id];
}
