/**
 * Ranges in, aligned arrays out: how every single-result TOKENOMICS function behaves on Excel ranges, done
 * once here for all of them. The rules are Excel's own for `=A1:A3+B1:B2`:
 *
 * - the result has as many rows as the tallest argument and as many columns as the widest;
 * - an argument with one row (or one column) repeats along that dimension, so a column against a row is
 *   the two-way grid;
 * - an argument whose size is neither 1 nor the result's leaves `#N/A` in the cells beyond its own size;
 * - each cell is exactly what the single-value call with that cell's arguments returns, its error and
 *   message included: one bad cell gives an error in its own result cell, never a whole-spill error;
 * - an error value inside an input range (Excel passes them in only to `any` parameters, with
 *   `allowErrorForDataTypeAny` in functions.json) gives that result cell the same error.
 *
 * A 1×1 result is the single-value call itself: its error is thrown, so the cell shows exactly what it
 * showed before ranges were accepted.
 */

import { EXCEL_MESSAGES, MAX_RESULT_CELLS } from "./messages";

export { MAX_RESULT_CELLS };

/** Error codes Excel accepts from a custom function as a result; #NAME? and #REF! are input-only. */
const RETURNABLE_ERRORS: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#N/A",
  "#NULL!",
  "#NUM!",
  "#VALUE!",
]);

/** One argument as Excel hands it to a matrix parameter: rows of cells. */
type Grid = readonly (readonly unknown[])[];

/** An error value from a worksheet cell, as the custom-functions runtime passes it in. */
export function isErrorValue(value: unknown): value is { code: string; message?: string } {
  if (value === null || typeof value !== "object") return false;
  if (value instanceof CustomFunctions.Error) return true;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/**
 * Excel passes a matrix parameter as a 2-D array; an omitted optional one as null; JavaScript callers
 * (tests, the benchmark) may pass a plain value or a 1-D row.
 */
function asGrid(argument: unknown): Grid {
  if (!Array.isArray(argument)) return [[argument]];
  if (argument.length > 0 && !Array.isArray(argument[0])) return [argument];
  // Excel's rows are arrays; a JavaScript caller's stray value among them is a one-cell row.
  for (let i = 1; i < argument.length; i++) {
    if (!Array.isArray(argument[i]))
      return argument.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  }
  return argument as Grid;
}

function excelError(code: string, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
}

/** The same error in a result cell, or #VALUE! naming it where Excel accepts that code only as input. */
function propagated(
  parameter: string,
  error: { code: string; message?: string }
): CustomFunctions.Error {
  if (RETURNABLE_ERRORS.has(error.code)) return excelError(error.code, error.message ?? "");
  return excelError("#VALUE!", EXCEL_MESSAGES.errorInRange(parameter, error.code));
}

/**
 * Calls `cell` once per result cell with that cell's arguments, in parameter order.
 * `cell` is the single-value function: it returns the cell's value or throws a CustomFunctions.Error.
 * Returns the 2-D result; a 1×1 result that is an error is thrown instead.
 */
export function broadcast<T>(
  parameters: readonly string[],
  args: ArrayLike<unknown>,
  cell: (cellArgs: unknown[]) => T
): (T | CustomFunctions.Error)[][] {
  const single = singleCellArguments(parameters, args);
  if (single !== undefined) return [[cell(single)]];
  const count = parameters.length;
  const grids: Grid[] = new Array(count);
  let rows = 1;
  let columns = 1;
  for (let k = 0; k < count; k++) {
    const grid = asGrid(args[k]);
    const width = grid.length === 0 ? 0 : grid[0]!.length;
    if (grid.length === 0 || width === 0) {
      throw excelError("#VALUE!", EXCEL_MESSAGES.emptyRange(parameters[k]!));
    }
    grids[k] = grid;
    if (grid.length > rows) rows = grid.length;
    if (width > columns) columns = width;
  }
  if (rows * columns > MAX_RESULT_CELLS) {
    throw excelError("#VALUE!", EXCEL_MESSAGES.tooLarge(rows, columns));
  }
  // Work done once per call, not per cell: a one-cell argument is read once into every cell's arguments,
  // and only arguments that vary are read cell by cell; the #N/A padding check runs only for arguments
  // whose size differs from the result's (rows of a JavaScript caller's ragged grid are checked as read).
  const cellArgs: unknown[] = new Array(count);
  const varying: number[] = [];
  for (let k = 0; k < count; k++) {
    const grid = grids[k]!;
    const value = grid[0]![0];
    // An error value stays in the per-cell loop, so each cell reports the first bad argument in order.
    if (grid.length === 1 && grid[0]!.length === 1 && !isErrorValue(value)) cellArgs[k] = value;
    else varying.push(k);
  }
  const result: (T | CustomFunctions.Error)[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: (T | CustomFunctions.Error)[] = new Array(columns);
    for (let j = 0; j < columns; j++) line[j] = cellAt(i, j);
    result[i] = line;
  }
  if (rows === 1 && columns === 1 && result[0]![0] instanceof CustomFunctions.Error) {
    throw result[0]![0];
  }
  return result;

  function cellAt(i: number, j: number): T | CustomFunctions.Error {
    for (let v = 0; v < varying.length; v++) {
      const k = varying[v]!;
      const grid = grids[k]!;
      // Ragged rows (a JavaScript caller's, never Excel's) read as missing cells, like a short range.
      const row = grid[grid.length === 1 ? 0 : i];
      if (row === undefined) {
        return excelError(
          "#N/A",
          EXCEL_MESSAGES.beyondRange(parameters[k]!, "rows", grid.length, rows)
        );
      }
      const c = grid[0]!.length === 1 ? 0 : j;
      if (c >= row.length) {
        return excelError(
          "#N/A",
          EXCEL_MESSAGES.beyondRange(parameters[k]!, "columns", grid[0]!.length, columns)
        );
      }
      const value = row[c];
      if (isErrorValue(value)) return propagated(parameters[k]!, value);
      cellArgs[k] = value;
    }
    try {
      return cell(cellArgs);
    } catch (error) {
      if (error instanceof CustomFunctions.Error) return error;
      throw error;
    }
  }
}

/**
 * The arguments of a call whose every argument is one value (a value, or a one-cell range): the usual
 * call, run without building grids. An error value among them is thrown, as a one-cell result's error is.
 * Undefined when any argument is a range of another size.
 */
function singleCellArguments(
  parameters: readonly string[],
  args: ArrayLike<unknown>
): unknown[] | undefined {
  const count = parameters.length;
  const values: unknown[] = new Array(count);
  for (let k = 0; k < count; k++) {
    let value = args[k];
    if (Array.isArray(value)) {
      const row: unknown = value[0];
      if (value.length !== 1 || !Array.isArray(row) || row.length !== 1) return undefined;
      value = row[0];
    }
    values[k] = value;
  }
  for (let k = 0; k < count; k++) {
    const value = values[k];
    if (isErrorValue(value)) throw propagated(parameters[k]!, value);
  }
  return values;
}

/**
 * The arguments of a function that does not broadcast (it returns a table): each is one value. A one-cell
 * range is its value, an error value in it is that error, and a larger range is #VALUE! saying `id` returns
 * a table. Arguments beyond `parameters` (a repeating list) pass as they are.
 */
export function singleValues(
  id: string,
  parameters: readonly string[],
  args: ArrayLike<unknown>,
  message: (parameter: string, id: string) => string = EXCEL_MESSAGES.singleValueOnly
): unknown[] {
  const values: unknown[] = Array.prototype.slice.call(args);
  for (let k = 0; k < parameters.length && k < values.length; k++) {
    const parameter = parameters[k]!;
    const argument = values[k];
    if (!Array.isArray(argument)) {
      if (isErrorValue(argument)) throw propagated(parameter, argument);
      continue;
    }
    const grid = asGrid(argument);
    const row = grid[0];
    if (row === undefined || row.length === 0)
      throw excelError("#VALUE!", EXCEL_MESSAGES.emptyRange(parameter));
    if (grid.length > 1 || row.length > 1) throw excelError("#VALUE!", message(parameter, id));
    const value = row[0];
    if (isErrorValue(value)) throw propagated(parameter, value);
    values[k] = value;
  }
  return values;
}
