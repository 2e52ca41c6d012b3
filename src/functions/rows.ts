import type { PerPeriod, PeriodCell } from "../core";
import { MESSAGES, TokenomicsInputError, describeValue } from "../core";
import { isErrorValue } from "./broadcast";

/**
 * How the period functions (GPUSINSERVICE, PERIODTOKENS, SCHEDULE) and the cash-flow-row functions
 * (CASHFLOWNPV, CASHFLOWIRR, CASHFLOWPAYBACK) read Excel's arguments. They never broadcast: a per-period
 * argument is one row or one column (either orientation) or a single value, and a single-value argument is
 * one cell. Excel hands every `any[][]` parameter over as rows of cells; an omitted one as null.
 *
 * - A range of more than one row AND more than one column where a row is expected is #VALUE! naming it.
 * - A one-cell range is the single value it holds, exactly as a plain value.
 * - A blank cell (null, or "" from some builds) is passed on as blank; the core gives it the argument's
 *   blank value (0 GPUs, utilization 1, …) or says it is missing. Desktop builds that pass a blank cell as 0
 *   pass a number, held to the argument's rule.
 * - Text and booleans inside a range are passed on; the core says "period p: … must be a number".
 * - An error value inside a range (#N/A, #DIV/0!, … which Excel passes in because functions.json has
 *   `allowErrorForDataTypeAny`) is #VALUE! naming the argument, the period and the error: a schedule with
 *   a hole in it has no meaningful lines, and #VALUE! is where Excel shows the message saying which cell.
 */

export const ROW_MESSAGES = {
  notOneRow: (parameter: string, rows: number, columns: number): string =>
    `${parameter} is a range of ${rows} rows × ${columns} columns: give one row or one column of periods`,
  oneValue: (parameter: string, rows: number, columns: number): string =>
    `${parameter} takes one value: give a single cell, not a range of ${rows} rows × ${columns} columns`,
  errorInCell: (parameter: string, code: string, period: number | undefined): string =>
    period === undefined
      ? `${parameter} is the error ${code}: fix that cell first`
      : `period ${period}: ${parameter} is the error ${code}: fix that cell first`,
  orientation: (got: string): string =>
    `orientation must be "column" (labels down a column) or "row" (labels across a row) (got ${got})`,
} as const;

/** Which way a row argument runs on the sheet; a single value counts as a row (one column). */
export type Orientation = "row" | "column";

/** A per-period argument read: its cells (or its one value) and which way it ran. */
export interface ReadRow {
  readonly value: PerPeriod;
  readonly orientation: Orientation;
}

function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/**
 * A cell as the core reads it: blank as null, a number as is; text, booleans and the like are passed on
 * for the core's "must be a number (got …)". An error value throws, naming the argument and the period.
 */
function cellOf(value: unknown, parameter: string, period: number | undefined): PeriodCell {
  if (typeof value === "number") return value;
  if (isBlank(value)) return null;
  if (isErrorValue(value)) {
    throw new TokenomicsInputError(
      "notANumber",
      parameter,
      ROW_MESSAGES.errorInCell(parameter, value.code, period)
    );
  }
  // The core reads only numbers and blanks; anything else gets its "must be a number (got …)".
  return value as unknown as PeriodCell;
}

/**
 * A per-period argument: a single value, or one row or one column of cells flattened in order.
 * `firstPeriod` numbers the cells in messages (1 for schedules, 0 for cash flows at time 0).
 */
export function readRow(argument: unknown, parameter: string, firstPeriod: number): ReadRow {
  if (!Array.isArray(argument)) {
    return { value: cellOf(argument, parameter, undefined), orientation: "row" };
  }
  // A JavaScript caller (a test, the benchmark) may pass a flat row.
  if (argument.length === 0 || !Array.isArray(argument[0])) {
    return { value: cells(argument, parameter, firstPeriod), orientation: "row" };
  }
  const grid = argument as readonly unknown[][];
  const rows = grid.length;
  const columns = (grid[0] as unknown[]).length;
  if (rows === 1) {
    const row = grid[0] as unknown[];
    if (columns === 1) return { value: cellOf(row[0], parameter, undefined), orientation: "row" };
    return { value: cells(row, parameter, firstPeriod), orientation: "row" };
  }
  const column = new Array<unknown>(rows);
  for (let i = 0; i < rows; i++) {
    const row = grid[i];
    if (!Array.isArray(row) || row.length !== 1) {
      const width = Array.isArray(row) ? Math.max(row.length, columns) : columns;
      throw new TokenomicsInputError(
        "outOfRange",
        parameter,
        ROW_MESSAGES.notOneRow(parameter, rows, width)
      );
    }
    column[i] = row[0];
  }
  return { value: cells(column, parameter, firstPeriod), orientation: "column" };
}

function cells(row: readonly unknown[], parameter: string, firstPeriod: number): PeriodCell[] {
  const read = new Array<PeriodCell>(row.length);
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    read[i] = typeof value === "number" ? value : cellOf(value, parameter, firstPeriod + i);
  }
  return read;
}

/** The one cell of a single-value argument: a plain value, or a one-cell range; more cells are #VALUE!. */
function oneCell(argument: unknown, parameter: string): unknown {
  if (!Array.isArray(argument)) return argument;
  const rows = argument.length;
  if (rows === 0) return null;
  const first: unknown = argument[0];
  if (!Array.isArray(first)) {
    if (rows === 1) return first;
    throw new TokenomicsInputError(
      "outOfRange",
      parameter,
      ROW_MESSAGES.oneValue(parameter, 1, rows)
    );
  }
  const columns = first.length;
  if (rows === 1 && columns <= 1) return columns === 0 ? null : first[0];
  throw new TokenomicsInputError(
    "outOfRange",
    parameter,
    ROW_MESSAGES.oneValue(parameter, rows, columns)
  );
}

/** An optional single number: undefined when omitted or blank (the core applies the default). */
export function optionalNumber(argument: unknown, parameter: string): number | undefined {
  const value = oneCell(argument, parameter);
  if (typeof value === "number") return value;
  if (isBlank(value)) return undefined;
  return numberOrThrow(value, parameter);
}

/** A required single number: blank is #VALUE! "… is required". */
export function requiredNumber(argument: unknown, parameter: string): number {
  const value = oneCell(argument, parameter);
  if (typeof value === "number") return value;
  if (isBlank(value)) {
    throw new TokenomicsInputError(
      "required",
      parameter,
      `${MESSAGES.required(parameter)} (the cell is blank or the argument is missing)`
    );
  }
  return numberOrThrow(value, parameter);
}

function numberOrThrow(value: unknown, parameter: string): never {
  if (isErrorValue(value)) {
    throw new TokenomicsInputError(
      "notANumber",
      parameter,
      ROW_MESSAGES.errorInCell(parameter, value.code, undefined)
    );
  }
  throw new TokenomicsInputError(
    "notANumber",
    parameter,
    MESSAGES.notANumber(parameter, describeValue(value))
  );
}

/** SCHEDULELABELS' orientation: "column" (the default) or "row", any case. */
export function readOrientation(argument: unknown): Orientation {
  const value = oneCell(argument, "orientation");
  if (isBlank(value)) return "column";
  const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
  if (text === "" || text === "column") return "column";
  if (text === "row") return "row";
  const got = isErrorValue(value) ? value.code : describeValue(value);
  throw new TokenomicsInputError("outOfRange", "orientation", ROW_MESSAGES.orientation(got));
}

/** A row of results laid out as the first argument ran: across one row, or down one column. */
export function laidOut(values: readonly number[], orientation: Orientation): number[][] {
  if (orientation === "row") return [values.slice()];
  return values.map((value) => [value]);
}

/**
 * Lines of one number per period, laid out under a row of periods (one sheet row per line) or beside a
 * column of periods (one sheet column per line, one sheet row per period).
 */
export function linesLaidOut(
  lines: readonly (readonly number[])[],
  orientation: Orientation
): number[][] {
  if (orientation === "row") return lines.map((line) => line.slice());
  const periods = lines[0]?.length ?? 0;
  const table = new Array<number[]>(periods);
  for (let p = 0; p < periods; p++) {
    const row = new Array<number>(lines.length);
    for (let l = 0; l < lines.length; l++) row[l] = (lines[l] as readonly number[])[p] as number;
    table[p] = row;
  }
  return table;
}
