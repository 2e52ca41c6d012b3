/**
 * Blocks → the bytes of an .xlsx file, through exceljs (docs/decisions/0008-xlsx-library.md). The same
 * blocks the pane writes through Excel.run become sheets here: text stays text, formulas carry their
 * cached results (or none, when asked), defined names point at their cells, and the workbook asks every
 * engine to recalculate in full on load. exceljs is loaded only when a workbook is exported, so the pane's
 * main chunk and functions.js never carry it.
 */
import type * as ExcelJsTypes from "exceljs";
import type { Worksheet } from "exceljs";
import { columnLetters } from "./block";
import type { Block, CellStyle, CellWrite } from "./block";
import { fileFormula } from "./xlsxFormula";

type ExcelJsModule = typeof ExcelJsTypes;

export interface XlsxSheet {
  /** A valid worksheet name (see `uniqueSheetName`). */
  readonly name: string;
  readonly block: Block;
}

export interface XlsxOptions {
  /** Store each formula's cached result where the block has one (default true). */
  readonly cachedResults?: boolean;
  /** Refuse formulas LibreOffice 7.4 cannot compute and TOKENOMICS calls (default true). */
  readonly portable?: boolean;
  /** Workbook properties. */
  readonly creator?: string;
  readonly title?: string;
}

/** A cached formula result: a number, text (the core's reason where there is no answer) or a truth value. */
export type CachedResult = number | string | boolean;

/** A cell as the writer reads it: the block's cell, with the cached result a native builder may add. */
type CellWithResult = CellWrite & { readonly result?: CachedResult };

interface FileStyle {
  readonly font?: { bold?: boolean; italic?: boolean; size?: number; color?: { argb: string } };
  readonly fill?: string;
}

// The pane's styles (excelWriter.ts), as ARGB colours.
const STYLES: Record<CellStyle, FileStyle> = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true, color: { argb: "FF605E5C" } } },
  section: { font: { bold: true, size: 12, color: { argb: "FF0F6CBD" } } },
  header: { font: { bold: true }, fill: "FFF3F2F1" },
  input: { font: { color: { argb: "FF0000FF" } }, fill: "FFEFF6FC" },
  output: { font: { bold: true } },
};

/** Points → exceljs column width in characters of the default font (Calibri 11: about 7 px = 5.25 pt). */
const POINTS_PER_CHARACTER = 5.25;

let loading: Promise<ExcelJsModule> | undefined;

/** exceljs, loaded once on first use (a separate chunk in the pane, a plain require in node). */
export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then(
    (module) => ((module as { default?: ExcelJsModule }).default ?? module) as ExcelJsModule
  );
  return loading;
}

/**
 * The block's text as the file stores it: the pane marks text Excel would parse as a formula with a
 * leading apostrophe (`asLiteralText`); a file cell typed as text needs no such mark.
 */
export function fileText(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function cellValue(cell: CellWithResult, options: XlsxOptions): unknown {
  if (cell.formula !== undefined) {
    const formula = fileFormula(cell.formula, options.portable ?? true);
    const result = cell.result;
    if ((options.cachedResults ?? true) && result !== undefined) {
      if (typeof result === "number" && !Number.isFinite(result))
        throw new Error(`cached result of ${cell.formula} is not finite`);
      return { formula, result };
    }
    return { formula };
  }
  if (typeof cell.value === "string") return cell.value === "" ? null : fileText(cell.value);
  if (typeof cell.value === "number") {
    if (!Number.isFinite(cell.value)) throw new Error("a constant is not a finite number");
    return cell.value;
  }
  return null;
}

function writeBlock(sheet: Worksheet, block: Block, options: XlsxOptions): void {
  for (const cell of block.cells as readonly CellWithResult[]) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    const value = cellValue(cell, options);
    if (value !== null) target.value = value as never;
    if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
    const style = cell.style === undefined ? undefined : STYLES[cell.style];
    if (style?.font) target.font = { ...style.font };
    if (style?.fill)
      target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
  }
  block.columnWidths?.forEach((points, column) => {
    sheet.getColumn(column + 1).width = Math.round((points / POINTS_PER_CHARACTER) * 100) / 100;
  });
}

/** A sheet name quoted for a reference: 'Tokenomics GB200'!$B$5. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The .xlsx file for `sheets`, in order. Defined names are workbook-scoped (a standalone workbook holds
 * one model); a name used twice throws rather than pointing at the wrong sheet.
 */
export async function xlsxBytes(
  sheets: readonly XlsxSheet[],
  options: XlsxOptions = {}
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? "Tokenomics for Excel";
  if (options.title !== undefined) workbook.title = options.title;
  // Every engine recalculates everything on open: cached values are only what a viewer shows first.
  workbook.calcProperties.fullCalcOnLoad = true;
  const seen = new Set<string>();
  for (const { name, block } of sheets) {
    const sheet = workbook.addWorksheet(name);
    writeBlock(sheet, block, options);
    for (const definedName of block.names) {
      const key = definedName.name.toLowerCase();
      if (seen.has(key)) throw new Error(`the name ${definedName.name} is defined twice`);
      seen.add(key);
      const address = `$${columnLetters(definedName.column)}$${definedName.row + 1}`;
      workbook.definedNames.add(`${quotedSheet(name)}!${address}`, definedName.name);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
