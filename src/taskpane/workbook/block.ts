/**
 * What the pane writes into a workbook, described as data: a rectangular block of cells (constants,
 * formulas, number formats, emphasis) and the names that point into it. Builders (presetBlock, modelSheet)
 * are pure; excelWriter applies a block through Excel.run.
 */

export interface CellWrite {
  /** 0-based offsets from the block's top-left cell. */
  readonly row: number;
  readonly column: number;
  /** A constant. Text is always written as text, never parsed as a formula. */
  readonly value?: string | number;
  /** A formula starting with "=". */
  readonly formula?: string;
  /**
   * A formula's cached value, as the core computes it: written into an exported file so a reader that does
   * not recalculate still shows the right figure. The pane's writer ignores it (Excel calculates).
   */
  readonly result?: number | string | boolean;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export type CellStyle = "title" | "note" | "header" | "input" | "output" | "section";

export interface NameWrite {
  /** An Excel defined name (see `excelName`). */
  readonly name: string;
  readonly row: number;
  readonly column: number;
  /** The named range's size when it is more than the one cell at row, column. */
  readonly rows?: number;
  readonly columns?: number;
  readonly comment?: string;
}

/**
 * A native Excel chart over cells of the block, added after the cells are written. The source range is
 * given in block offsets and includes its header row (series names); its first column is the x values.
 */
export interface ChartWrite {
  readonly type: "XYScatterLines" | "Line" | "BarClustered" | "ColumnClustered";
  readonly sourceRow: number;
  readonly sourceColumn: number;
  readonly sourceRows: number;
  readonly sourceColumns: number;
  readonly title: string;
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  /** A logarithmic value axis, when the series span more than a decade. */
  readonly logarithmicValueAxis?: boolean;
  /** Where the chart's top-left corner sits, in block offsets. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  /**
   * The series, named, when the source is a live spill with more columns than the chart shows: each a
   * column offset within the source, charted over the rows below the header against the source's first
   * column. A spill has no values yet when the chart is added, so Excel cannot guess its layout.
   */
  readonly series?: readonly ChartSeriesWrite[];
}

export interface ChartSeriesWrite {
  readonly name: string;
  /** Offset of the series' column within the chart's source. */
  readonly column: number;
}

export interface Block {
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly CellWrite[];
  readonly names: readonly NameWrite[];
  /** Column widths in points, by column offset, where the block wants them (model sheets only). */
  readonly columnWidths?: readonly number[];
  /** Native charts over the block's cells (the "Which platform" curve, the decision sheet's charts). */
  readonly charts?: readonly ChartWrite[];
}

/** Text Excel would read as a formula if typed ("=", "+", "-", "@" first) is stored with a leading apostrophe. */
export function asLiteralText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(columnIndex: number): string {
  let n = columnIndex + 1;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** An A1 address for 0-based row and column indexes, absolute ($A$1) when asked. */
export function cellAddress(rowIndex: number, columnIndex: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(columnIndex)}${dollar}${rowIndex + 1}`;
}

/**
 * A valid Excel defined name from parts: letters, digits, "_" and "."; starting with a letter or "_";
 * never a cell reference (B200, R1C1) — those get a leading "_".
 */
export function excelName(...parts: string[]): string {
  const joined = parts
    .map((part) => part.replace(/[^A-Za-z0-9_.]+/g, "_").replace(/^_+|_+$/g, ""))
    .filter((part) => part.length > 0)
    .join("_");
  let name = joined.length > 0 ? joined : "_";
  if (!/^[A-Za-z_]/.test(name)) name = `_${name}`;
  if (
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[Rr][0-9]*[Cc][0-9]*$/.test(name) ||
    /^[RrCc]$/.test(name)
  )
    name = `_${name}`;
  return name.slice(0, 255);
}

const SHEET_NAME_MAX = 31;

/**
 * A worksheet name that is valid (no : \ / ? * [ ], at most 31 characters, not History) and not taken
 * (case-insensitive): "Tokenomics B200", then "Tokenomics B200 (2)", …
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const cleaned =
    base
      .replace(/[:\\/?*[\]]/g, " ")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Tokenomics";
  const takenLower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = cleaned.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd() + suffix;
    if (!takenLower.has(candidate.toLowerCase()) && candidate.toLowerCase() !== "history")
      return candidate;
  }
}
