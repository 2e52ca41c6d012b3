/**
 * The pane's only workbook writes, through Excel.run. Nothing is overwritten without the user's say-so:
 * a block goes to the selection only after the cells it would cover (and names it would move) are checked
 * and, if anything is there, confirmed; a model goes to a new worksheet with a name no sheet has.
 */
import { found, noAnswer } from "../../core";
import type { Answer } from "../../core";
import { uniqueSheetName } from "./block";
import type { Block, CellStyle, ChartSeriesWrite, ChartWrite, NameWrite } from "./block";

/** Where a block was written, or why nothing was. */
export type InsertResult = Answer<{ readonly address: string; readonly sheetName: string }>;

/** What an insert would overwrite, for the confirmation the user sees. */
export interface OverwriteCheck {
  readonly address: string;
  readonly nonEmptyCells: number;
  readonly existingNames: readonly string[];
}

export type ConfirmOverwrite = (check: OverwriteCheck) => Promise<boolean>;

interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
}

const STYLES: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 14 },
  note: { italic: true, fontColor: "#605E5C" },
  section: { bold: true, size: 12, fontColor: "#0F6CBD" },
  header: { bold: true, fill: "#F3F2F1" },
  // Finance convention: blue inputs, black formulas.
  input: { fontColor: "#0000FF", fill: "#EFF6FC" },
  output: { bold: true },
};

function applyStyle(range: Excel.Range, style: StyleSpec): void {
  if (style.bold !== undefined) range.format.font.bold = style.bold;
  if (style.italic !== undefined) range.format.font.italic = style.italic;
  if (style.size !== undefined) range.format.font.size = style.size;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
}

function isEmptyCell(formula: unknown): boolean {
  return formula === "" || formula === null || formula === undefined;
}

/** Writes a block's cells into `target` (its top-left is the block's 0,0). */
function applyBlock(target: Excel.Range, block: Block): void {
  for (const cell of block.cells) {
    const range = target.getCell(cell.row, cell.column);
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    else if (cell.value !== undefined) range.values = [[cell.value]];
    if (cell.numberFormat !== undefined) range.numberFormat = [[cell.numberFormat]];
    if (cell.style !== undefined) applyStyle(range, STYLES[cell.style]);
  }
}

/** The cell (or range, when the name spans more than one cell) a name points at. */
function namedRange(target: Excel.Range, name: NameWrite): Excel.Range {
  const cell = target.getCell(name.row, name.column);
  const rows = name.rows ?? 1;
  const columns = name.columns ?? 1;
  return rows === 1 && columns === 1 ? cell : cell.getResizedRange(rows - 1, columns - 1);
}

/** Adds a native chart over the block's cells written at `target`, on `sheet`. */
function applyChart(sheet: Excel.Worksheet, target: Excel.Range, chart: ChartWrite): void {
  const added =
    chart.series === undefined
      ? sheet.charts.add(
          chart.type,
          target
            .getCell(chart.sourceRow, chart.sourceColumn)
            .getResizedRange(chart.sourceRows - 1, chart.sourceColumns - 1),
          "Columns"
        )
      : chartOfSeries(sheet, target, chart, chart.series);
  added.title.text = chart.title;
  added.axes.categoryAxis.title.text = chart.xAxisTitle;
  added.axes.valueAxis.title.text = chart.yAxisTitle;
  if (chart.logarithmicValueAxis === true) added.axes.valueAxis.scaleType = "Logarithmic";
  added.setPosition(target.getCell(chart.anchorRow, chart.anchorColumn));
}

/** A chart whose series are given column by column, each against the source's first column. */
function chartOfSeries(
  sheet: Excel.Worksheet,
  target: Excel.Range,
  chart: ChartWrite,
  series: readonly ChartSeriesWrite[]
): Excel.Chart {
  const column = (offset: number): Excel.Range =>
    target
      .getCell(chart.sourceRow + 1, chart.sourceColumn + offset)
      .getResizedRange(chart.sourceRows - 2, 0);
  const categories = column(0);
  const [first, ...rest] = series;
  if (first === undefined) throw new Error(`The chart "${chart.title}" has no series.`);
  const added = sheet.charts.add(chart.type, column(first.column), "Columns");
  const head = added.series.getItemAt(0);
  head.name = first.name;
  head.setXAxisValues(categories);
  for (const next of rest) {
    const more = added.series.add(next.name);
    more.setValues(column(next.column));
    more.setXAxisValues(categories);
  }
  return added;
}

/** Checks what inserting `block` at the selection would overwrite. */
export async function checkSelectionForBlock(block: Block): Promise<OverwriteCheck> {
  return Excel.run(async (context) => {
    const target = context.workbook
      .getSelectedRange()
      .getCell(0, 0)
      .getResizedRange(block.rows - 1, block.columns - 1);
    target.load("address,formulas");
    const names = block.names.map((n) => context.workbook.names.getItemOrNullObject(n.name));
    await context.sync();
    const nonEmptyCells = target.formulas.reduce(
      (count, row) => count + row.filter((cell) => !isEmptyCell(cell)).length,
      0
    );
    return {
      address: target.address,
      nonEmptyCells,
      existingNames: block.names.filter((_, i) => !names[i]?.isNullObject).map((n) => n.name),
    };
  });
}

/**
 * Inserts a labelled block at the selected cell, with a workbook name on each named cell. Asks `confirm`
 * first when the block would cover non-empty cells or re-point existing names; does nothing if declined.
 */
export async function insertBlockAtSelection(
  block: Block,
  confirm: ConfirmOverwrite
): Promise<InsertResult> {
  const check = await checkSelectionForBlock(block);
  if ((check.nonEmptyCells > 0 || check.existingNames.length > 0) && !(await confirm(check))) {
    return noAnswer("Nothing was written: you kept the existing cells.");
  }
  return Excel.run(async (context) => {
    const [sheetName, rangeAddress] = splitAddress(check.address);
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const target = sheet.getRange(rangeAddress);
    // Re-read the cells: if something was typed there while the dialog was open, do not write over it.
    target.load("formulas");
    await context.sync();
    const nowNonEmpty = target.formulas.reduce(
      (count, row) => count + row.filter((cell) => !isEmptyCell(cell)).length,
      0
    );
    if (nowNonEmpty > check.nonEmptyCells) {
      return noAnswer("Nothing was written: the cells changed while you were deciding. Try again.");
    }
    applyBlock(target, block);
    for (const chart of block.charts ?? []) applyChart(sheet, target, chart);
    for (const name of check.existingNames) context.workbook.names.getItem(name).delete();
    for (const name of block.names) {
      context.workbook.names.add(name.name, namedRange(target, name), name.comment);
    }
    await context.sync();
    return found({ address: check.address, sheetName });
  });
}

/** Adds a new worksheet named like `baseName` (never an existing name) and writes the block at A1. */
export async function insertBlockOnNewSheet(block: Block, baseName: string): Promise<InsertResult> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheetName = uniqueSheetName(
      baseName,
      sheets.items.map((s) => s.name)
    );
    const sheet = sheets.add(sheetName);
    const target = sheet.getRange("A1").getResizedRange(block.rows - 1, block.columns - 1);
    applyBlock(target, block);
    for (const chart of block.charts ?? []) applyChart(sheet, target, chart);
    for (const name of block.names)
      sheet.names.add(name.name, namedRange(target, name), name.comment);
    (block.columnWidths ?? []).forEach((width, column) => {
      target.getColumn(column).format.columnWidth = width;
    });
    sheet.activate();
    target.load("address");
    await context.sync();
    return found({ address: target.address, sheetName });
  });
}

/** "Sheet 1!A1:F9" or "'My sheet'!A1" → ["Sheet 1", "A1:F9"]. */
export function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf("!");
  const sheet = address
    .slice(0, at)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return [sheet, address.slice(at + 1)];
}
