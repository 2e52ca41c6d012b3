/**
 * The "Insert preset" block: a labelled table of one platform's preset values with unit, basis, source
 * and as-of date, and a workbook name on every value (B200_UsdPerGpuHour, …) so formulas can read
 * =TOKENOMICS.COSTPERTOKEN(B200_UsdPerGpuHour, B200_TokensPerSecondPerGpu). Values are written as
 * constants: a newer add-in with newer data never changes them.
 */
import { PRESET_DATASET, PRESET_FIELDS, SOURCES } from "../../presets";
import type { FieldValue, Platform, PresetFieldName, SourceId } from "../../presets";
import { excelFormatForLabel, FIELD_LABELS } from "../units";
import { asLiteralText, excelName } from "./block";
import type { Block, CellWrite, NameWrite } from "./block";

/** An extra measured row for the block: throughput at the interactivity the user chose. */
export interface ThroughputRow {
  readonly tokensPerSecondPerGpu: number;
  readonly description: string;
  readonly source: string;
  readonly asOf: string;
}

export const PRESET_HEADER = ["Parameter", "Value", "Unit", "Basis", "Source", "As of"];

function sourceText(id: SourceId): string {
  const source = SOURCES[id];
  return `${source.publisher}: ${source.title} — ${source.url}`;
}

/** The user's own values, which replace shipped ones in the block and say whose they are. */
export interface OwnValues {
  readonly name: string;
  readonly note: string;
  readonly savedOn: string;
  readonly values: Partial<Record<PresetFieldName, number>>;
}

/**
 * The block for one platform; `usdPerGpuHourField` picks which TCO tier the B200_UsdPerGpuHour name means.
 * With `own`, names start with the user's preset name instead of the platform id.
 */
export function presetBlock(
  platform: Platform,
  usdPerGpuHourField: PresetFieldName = "tcoUsdPerGpuHourOwner",
  throughput?: ThroughputRow,
  own?: OwnValues
): Block {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const id = own ? own.name : platform.id;
  const title = own ? `${own.name} (based on ${platform.displayName})` : platform.displayName;
  cells.push({
    row: 0,
    column: 0,
    value: asLiteralText(
      `${title}: preset values (Tokenomics dataset ${PRESET_DATASET.version}, as of ${PRESET_DATASET.asOf})`
    ),
    style: "title",
  });
  PRESET_HEADER.forEach((text, column) =>
    cells.push({ row: 1, column, value: text, style: "header" })
  );

  type Row = {
    label: string;
    name: string;
    value: number | null;
    unit: string;
    basis: string;
    source: string;
    asOf: string;
  };
  const ownRow = (field: PresetFieldName, label: string, name: string, value: number): Row => ({
    label,
    name,
    value,
    unit: platform.values[field].unit,
    basis: "your value",
    source: `Your preset "${own?.name ?? ""}"${own?.note ? `: ${own.note}` : ""}`,
    asOf: own?.savedOn ?? "",
  });
  const rows: Row[] = PRESET_FIELDS.map((field) => {
    const entry: FieldValue<SourceId> = platform.values[field.name];
    const mine = own?.values[field.name];
    const name = excelName(id, field.name.charAt(0).toUpperCase() + field.name.slice(1));
    if (mine !== undefined) return ownRow(field.name, FIELD_LABELS[field.name], name, mine);
    return {
      label: FIELD_LABELS[field.name],
      name,
      value: entry.value,
      unit: entry.unit,
      basis: entry.value === null ? "not published" : entry.basis,
      source:
        entry.value === null
          ? `Not published: ${entry.note}`
          : sourceText(entry.source) + (entry.note ? ` (${entry.note})` : ""),
      asOf: entry.asOf ?? "",
    };
  });
  const hourly: FieldValue<SourceId> = platform.values[usdPerGpuHourField];
  const ownHourly = own?.values[usdPerGpuHourField];
  const hourlyLabel = `USD per GPU-hour used by the formulas (= ${FIELD_LABELS[usdPerGpuHourField]})`;
  if (ownHourly !== undefined)
    rows.push(ownRow(usdPerGpuHourField, hourlyLabel, excelName(id, "UsdPerGpuHour"), ownHourly));
  else
    rows.push({
      label: hourlyLabel,
      name: excelName(id, "UsdPerGpuHour"),
      value: hourly.value,
      unit: "USD/GPU-hour",
      basis: hourly.value === null ? "not published" : hourly.basis,
      source: hourly.value === null ? `Not published: ${hourly.note}` : sourceText(hourly.source),
      asOf: hourly.asOf ?? "",
    });
  if (throughput) {
    rows.push({
      label: `Tokens/s per GPU, ${throughput.description}`,
      name: excelName(id, "TokensPerSecondPerGpu"),
      value: throughput.tokensPerSecondPerGpu,
      unit: "tokens/s",
      basis: "measured (interpolated on the frontier)",
      source: throughput.source,
      asOf: throughput.asOf,
    });
  }

  rows.forEach((row, index) => {
    const r = index + 2;
    cells.push({ row: r, column: 0, value: asLiteralText(row.label) });
    cells.push(
      row.value === null
        ? { row: r, column: 1, value: "" }
        : {
            row: r,
            column: 1,
            value: row.value,
            numberFormat: excelFormatForLabel(row.unit),
            style: "input",
          }
    );
    cells.push({ row: r, column: 2, value: asLiteralText(row.unit) });
    cells.push({ row: r, column: 3, value: asLiteralText(row.basis) });
    cells.push({ row: r, column: 4, value: asLiteralText(row.source) });
    cells.push({ row: r, column: 5, value: asLiteralText(row.asOf) });
    names.push({ name: row.name, row: r, column: 1, comment: `${row.label} (${row.unit})` });
  });
  return { rows: rows.length + 2, columns: PRESET_HEADER.length, cells, names };
}
