import { describeValue, MESSAGES, type TableCell, TokenomicsInputError } from "../core";
import { readExcelDate } from "./dates";
import { EXCEL_MESSAGES, MAX_RESULT_CELLS } from "./messages";
import type { NamedParameter, Parameter, ParameterName, PARAMETERS, Signature } from "./parameters";

/**
 * How Excel's arguments become model inputs, read against a function's parameter list (parameters.ts).
 * The blank policy, decided once:
 *
 * - An omitted optional argument arrives as `null` (in tests also `undefined`); a blank cell arrives as
 *   `null` on Excel on the web and current desktop builds, as `0` on older desktop builds, and sometimes as
 *   `""`. `null`, `undefined` and `""` all mean "blank"; for a text, so does text of spaces only.
 * - A blank optional argument takes its documented default (read as `undefined`; the core applies it).
 * - A blank required argument is `#VALUE!` "<name> is required".
 * - `0` is a number and is held to the parameter's rule; where 0 breaks the rule the message says that
 *   older builds pass blank cells as 0 (added in excelErrors.ts), so a blank cell never turns silently into
 *   a wrong number.
 * - Text, booleans and ranges where a number is expected are `#VALUE!` "<name> must be a number".
 * - A number where a text is expected is read as its text (a platform named 300 in a cell).
 * - A date (kind "date") is a date cell's serial number (Excel's 1900 date system) or text YYYY-MM-DD, read
 *   as YYYY-MM-DD (dates.ts); anything else is `#VALUE!` naming the parameter.
 * - A table (kind "table") is the whole range, read as rows of cells: each blank cell (`null`, `""`, text
 *   of spaces) is `null`, numbers, text and booleans stay as they are (the core says which cell is wrong,
 *   naming its row), an error cell is `#VALUE!` naming the parameter, row and column. One value is a
 *   one-cell table; one row of values (a JavaScript caller's list) is a one-row table. A table narrower
 *   than its layout, or over MAX_RESULT_CELLS cells, is `#VALUE!` saying what it must be. A blank cell
 *   older builds pass as 0 cannot be told from a 0 there: the core holds it to the input's rule.
 */

/** What one parameter reads as. */
type ReadValue<P extends Parameter> = P["kind"] extends "textList"
  ? string[]
  : | (P["kind"] extends "number" ? number : P["kind"] extends "table" ? TableRows : string)
    | (P["optional"] extends true ? undefined : never);

/** A table argument, read: rows of cells, blanks as null. */
export type TableRows = TableCell[][];

/** A function's arguments, read: one property per parameter, named as in Excel. */
export type Arguments<Names extends readonly ParameterName[]> = {
  readonly [N in Names[number]]: ReadValue<(typeof PARAMETERS)[N]>;
};

/**
 * Reads Excel's positional arguments against a function's parameter list, first to last, so the first
 * message names the first bad argument. Range rules are checked by the core, which knows them.
 */
export function readArguments<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>
): Arguments<Names> {
  const read: Record<string, unknown> = {};
  const parameters = signature.parameters;
  for (let i = 0; i < parameters.length; i++) {
    const parameter = parameters[i] as NamedParameter;
    const value = values[i];
    // The usual case first: a number where a number is expected is taken as it is.
    if (typeof value === "number" && parameter.kind === "number") read[parameter.name] = value;
    else if (parameter.kind === "textList")
      read[parameter.name] = textList(Array.prototype.slice.call(values, i), parameter.name);
    else if (parameter.kind === "table") read[parameter.name] = readTable(parameter, value);
    else read[parameter.name] = readOne(parameter, value);
  }
  return read as Arguments<Names>;
}

function readOne(parameter: NamedParameter, value: unknown): number | string | undefined {
  const name = parameter.name;
  const blank = parameter.kind === "number" ? isBlank(value) : isBlankText(value);
  if (blank) {
    if (parameter.optional) return undefined;
    const message =
      parameter.kind === "text" ? EXCEL_MESSAGES.textRequired(name) : EXCEL_MESSAGES.required(name);
    throw new TokenomicsInputError("required", name, message);
  }
  if (parameter.kind === "date") return readExcelDate(value, name);
  return parameter.kind === "text" ? textOrThrow(value, name) : numberOrThrow(value, name);
}

function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

function isBlankText(value: unknown): boolean {
  return isBlank(value) || (typeof value === "string" && value.trim() === "");
}

function numberOrThrow(value: unknown, parameter: string): number {
  if (typeof value === "number") return value;
  const got = Array.isArray(value) ? EXCEL_MESSAGES.range : describeValue(value);
  throw new TokenomicsInputError("notANumber", parameter, MESSAGES.notANumber(parameter, got));
}

function textOrThrow(value: unknown, parameter: string): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new TokenomicsInputError("notANumber", parameter, MESSAGES.notText(parameter));
}

/** Every non-blank text in a repeating argument (Excel passes an array; a range arrives nested). */
function textList(values: readonly unknown[], parameter: string): string[] {
  const texts: string[] = [];
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(visit);
    else if (!isBlankText(item)) texts.push(textOrThrow(item, parameter));
  };
  values.forEach(visit);
  return texts;
}

/** A table argument as rows of cells (see the blank policy above); undefined when optional and blank. */
function readTable(parameter: NamedParameter, value: unknown): TableRows | undefined {
  const name = parameter.name;
  if (isBlankText(value) || (Array.isArray(value) && value.every(isBlankRow))) {
    if (parameter.optional) return undefined;
    throw new TokenomicsInputError("required", name, EXCEL_MESSAGES.tableRequired(name));
  }
  const grid: unknown[][] = !Array.isArray(value)
    ? [[value]]
    : value.some(Array.isArray)
      ? value.map((row) => (Array.isArray(row) ? row : [row]))
      : [value];
  const columns = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (grid.length * columns > MAX_RESULT_CELLS)
    throw new TokenomicsInputError(
      "outOfRange",
      name,
      EXCEL_MESSAGES.tableTooLarge(name, grid.length * columns)
    );
  const layout = parameter.columns;
  if (layout !== undefined && columns < layout.min)
    throw new TokenomicsInputError(
      "outOfRange",
      name,
      EXCEL_MESSAGES.tableTooNarrow(name, layout.layout, columns)
    );
  return grid.map((row, r) =>
    row.map((cell, c): TableCell => {
      if (isBlankText(cell)) return null;
      if (typeof cell === "number" || typeof cell === "string" || typeof cell === "boolean")
        return cell;
      const code =
        typeof cell === "object" &&
        cell !== null &&
        typeof (cell as { code?: unknown }).code === "string"
          ? (cell as { code: string }).code
          : describeValue(cell);
      throw new TokenomicsInputError(
        "notANumber",
        name,
        EXCEL_MESSAGES.errorInTable(name, r + 1, c + 1, code)
      );
    })
  );
}

function isBlankRow(row: unknown): boolean {
  return Array.isArray(row) ? row.every(isBlankText) : isBlankText(row);
}
