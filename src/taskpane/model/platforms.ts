/**
 * The platform list and a platform's detail as data: which entries match the filter, what each spec row
 * says and where it comes from, the measured throughput points, the sources, and the preset block to
 * insert. Pure: the views only render these.
 */
import {
  findPlatform,
  listPlatforms,
  PRESET_DATASET,
  PRESET_FIELDS,
  SOURCES,
  THROUGHPUT_POINTS,
  throughputSeries,
} from "../../presets";
import type {
  FieldValue,
  Platform,
  PresetFieldName,
  SourceId,
  ThroughputRecord,
} from "../../presets";
import { FIELD_LABELS, formatValue } from "../units";
import { presetBlock } from "../workbook/presetBlock";
import type { Block } from "../workbook/block";
import type { UserPreset } from "../workbook/userPresets";
import { calculate } from "./calculator";
import { presetNumber, scopeText, throughputCombinations, throughputFormula } from "./inputs";
import type { CalculatorInputs } from "./inputs";

/** An entry in the platform list: a shipped preset, or one of the user's own. */
export interface ListEntry {
  readonly key: string;
  readonly platform: Platform;
  readonly user?: UserPreset;
}

/** The user's presets first (those whose base platform still exists), then every shipped platform. */
export function listEntries(userPresets: readonly UserPreset[]): ListEntry[] {
  const own = userPresets.flatMap((user) => {
    const base = findPlatform(user.basedOn);
    return base.ok ? [{ key: `user:${user.name}`, platform: base.value, user }] : [];
  });
  return [...own, ...listPlatforms().map((platform) => ({ key: platform.id, platform }))];
}

export function vendors(): string[] {
  return [...new Set(listPlatforms().map((p) => p.vendor))];
}

/** Whether an entry passes the text filter (name, id, vendor, aliases) and the vendor filter. */
export function matchesFilter(entry: ListEntry, query: string, vendor: string): boolean {
  const needle = query.trim().toLowerCase();
  const text = [
    entry.user?.name ?? "",
    entry.platform.id,
    entry.platform.displayName,
    entry.platform.vendor,
    ...entry.platform.aliases,
  ]
    .join(" ")
    .toLowerCase();
  return (!vendor || entry.platform.vendor === vendor) && (!needle || text.includes(needle));
}

export function entryName(entry: ListEntry): string {
  return entry.user ? entry.user.name : entry.platform.displayName;
}

export function entryTitle(entry: ListEntry): string {
  return entry.user
    ? `${entry.user.name} (based on ${entry.platform.displayName})`
    : entry.platform.displayName;
}

/** The second line of a list entry: vendor and owner TCO. */
export function entryMeta(entry: ListEntry): string {
  const owner = presetNumber(entry.platform.id, "tcoUsdPerGpuHourOwner", entry.user?.values);
  const tco = owner === undefined ? "TCO n/a" : `${formatValue(owner, "usdPerGpuHour")} owner TCO`;
  return `${entry.platform.vendor} · ${tco}`;
}

export type Provenance =
  | { readonly kind: "own"; readonly text: string }
  | { readonly kind: "unpublished"; readonly text: string }
  | {
      readonly kind: "source";
      readonly basis: string;
      readonly url: string;
      readonly publisher: string;
      readonly asOf: string;
    };

export interface SpecRow {
  readonly field: PresetFieldName;
  readonly label: string;
  readonly description: string;
  readonly valueText: string;
  readonly muted: boolean;
  readonly provenance: Provenance;
}

export function specRows(entry: ListEntry): SpecRow[] {
  const { platform, user } = entry;
  return PRESET_FIELDS.map((field) => {
    const shipped: FieldValue<SourceId> = platform.values[field.name];
    const own = user?.values[field.name];
    const base = {
      field: field.name,
      label: FIELD_LABELS[field.name],
      description: field.description,
    };
    if (own !== undefined)
      return {
        ...base,
        valueText: `${formatValue(own, "plain")} ${shipped.unit}`,
        muted: false,
        provenance: { kind: "own", text: `Yours${user?.note ? `: ${user.note}` : ""}` },
      };
    if (shipped.value === null)
      return {
        ...base,
        valueText: "not published",
        muted: true,
        provenance: { kind: "unpublished", text: shipped.note },
      };
    const source = SOURCES[shipped.source];
    return {
      ...base,
      valueText: `${formatValue(shipped.value, "plain")} ${shipped.unit}`,
      muted: false,
      provenance: {
        kind: "source",
        basis: shipped.basis,
        url: source.url,
        publisher: source.publisher,
        asOf: shipped.asOf,
      },
    };
  });
}

export interface ThroughputRow {
  readonly scope: string;
  readonly tokensPerSecondPerUser: string;
  readonly tokensPerSecondPerGpu: string;
  readonly engine: string;
  readonly measuredOn: string;
  readonly runUrl?: string;
}

/** Every measured frontier point of the platform, combination by combination. */
export function throughputRows(platformId: string): ThroughputRow[] {
  return throughputCombinations(platformId).flatMap((combo) => {
    const series = throughputSeries(platformId, combo.model, combo.workload, combo.precision);
    if (!series.ok) return [];
    return series.value.frontier.map((point) => {
      // The lookups carry what the functions read; the date and run link stay in the table, at `row`.
      const provenance = THROUGHPUT_POINTS[point.row] as ThroughputRecord;
      return {
        scope: `${point.model} ${point.workload} ${point.precision}`,
        tokensPerSecondPerUser: formatValue(point.tokensPerSecondPerUser, "tokensPerSecond"),
        tokensPerSecondPerGpu: formatValue(point.tokensPerSecondPerGpu, "tokensPerSecond"),
        engine: point.engine,
        measuredOn: provenance.measuredOn,
        runUrl: provenance.runUrl,
      };
    });
  });
}

/** The sources the platform's values cite, once each. */
export function sourcesOf(platform: Platform): { url: string; text: string; date: string }[] {
  const ids = new Set<SourceId>();
  for (const field of PRESET_FIELDS) {
    const value: FieldValue<SourceId> = platform.values[field.name];
    if (value.source) ids.add(value.source);
  }
  return [...ids].map((id) => {
    const source = SOURCES[id];
    return { url: source.url, text: `${source.publisher}: ${source.title}`, date: source.date };
  });
}

export function aliasLine(platform: Platform): string {
  return `Aliases: ${platform.aliases.join(", ")} · values per GPU · ${PRESET_DATASET.version}`;
}

/**
 * The preset block for an entry. When the calculator is on the same platform, it carries the throughput
 * at the calculator's workload and interactivity too.
 */
export function presetInsertBlock(entry: ListEntry, inputs: CalculatorInputs): Block {
  const scoped: CalculatorInputs = {
    ...inputs,
    platformId: entry.platform.id,
    overrides: entry.user?.values,
  };
  const throughput = calculate(scoped).tokensPerSecondPerGpu;
  const sameScope = inputs.platformId === entry.platform.id;
  return presetBlock(
    entry.platform,
    "tcoUsdPerGpuHourOwner",
    sameScope && throughput.ok
      ? {
          tokensPerSecondPerGpu: throughput.value,
          description: scopeText(inputs),
          source: `InferenceX measurements, interpolated (${throughputFormula(scoped)})`,
          asOf: PRESET_DATASET.asOf,
        }
      : undefined,
    entry.user
  );
}
