import { MESSAGES } from "../core";

/** Largest result a function lifted over ranges returns; beyond it `#VALUE!` (a spill this size already takes seconds to write). */
export const MAX_RESULT_CELLS = 100_000;

/**
 * What Excel adds to the core's messages, in one table: the words that only make sense in a cell (blank
 * cells, quotes, ranges, older builds). The core's messages (src/core/messages.ts) stay host-neutral, so
 * the task pane never shows these.
 */
export const EXCEL_MESSAGES = {
  required: (parameter: string): string =>
    `${MESSAGES.required(parameter)} (the cell is blank or the argument is missing)`,
  textRequired: (parameter: string): string =>
    `${parameter} is required: enter a name in quotes or a cell holding it (the cell is blank or the argument is missing)`,
  /** Older desktop builds pass a blank cell as 0: said wherever 0 breaks a rule. */
  blankAsZero: (message: string): string =>
    `${message} (got 0: if the cell looks blank, older Excel builds pass blank cells as 0)`,
  /** How a range reads in "must be a number (got …)". */
  range: "a range",

  // Ranges (broadcast.ts): a function that returns one value per cell lifted over range arguments.
  emptyRange: (parameter: string): string =>
    `${parameter} is an empty range: select at least one cell`,
  tooLarge: (rows: number, columns: number): string =>
    `the result would be ${rows} rows × ${columns} columns = ${rows * columns} cells; at most ${MAX_RESULT_CELLS} cells in one call: use smaller ranges`,
  beyondRange: (
    parameter: string,
    dimension: "rows" | "columns",
    size: number,
    needed: number
  ): string =>
    `${parameter} has ${size} ${dimension} and the result ${needed}: no ${parameter} for this cell`,
  errorInRange: (parameter: string, code: string): string => `${parameter} is ${code} in this cell`,
  /** A table function takes one value where a single-result function would broadcast. */
  singleValueOnly: (parameter: string, id: string): string =>
    `${parameter} must be a single value: ${id} returns a table`,
  /** A date argument: an Excel date (a serial number, as date cells hold) or ISO text. */
  notADate: (parameter: string, got: string): string =>
    `${parameter} must be a date: a date cell (Excel date number from 1) or text YYYY-MM-DD; got ${got}`,

  // Tables (kind "table"): the decision functions' model, uncertainty and scenario ranges.
  tableRequired: (parameter: string): string =>
    `${parameter} is required: select its range (the range is blank or the argument is missing)`,
  tableTooNarrow: (parameter: string, layout: string, columns: number): string =>
    `${parameter} must be a range of ${layout} (got ${columns} column${columns === 1 ? "" : "s"})`,
  tableTooLarge: (parameter: string, cells: number): string =>
    `${parameter} is a range of ${cells} cells; at most ${MAX_RESULT_CELLS}: select only the table`,
  errorInTable: (parameter: string, row: number, column: number, got: string): string =>
    `${parameter} row ${row}, column ${column} is ${got}: fix that cell`,
  /** SOLVEFOR returns one number and does not broadcast over its one-value arguments. */
  singleValueNoBroadcast: (parameter: string, id: string): string =>
    `${parameter} must be a single value: ${id} does not spill over ranges`,
  // SIMULATE's statistics argument: a number of bins, or rows of option name and value.
  statisticsShape: (got: string): string =>
    `statistics must be a number of histogram bins, or rows of option name and value (got ${got})`,
  unknownStatistic: (row: number, got: string): string =>
    `statistics row ${row}: ${got} is not an option (use "bins", "threshold" or "sampling")`,
  statisticValue: (row: number, option: string, needs: string): string =>
    `statistics row ${row}: ${option} must be ${needs}`,
  duplicateStatistic: (row: number, option: string, earlierRow: number): string =>
    `statistics row ${row}: ${option} is already given in row ${earlierRow}`,
} as const;
