import { type Answer, MESSAGES } from "../core";
import { type Arguments, readArguments } from "./arguments";
import { broadcast, singleValues } from "./broadcast";
import { type NoAnswerError, noAnswerError, toExcelError } from "./excelErrors";
import { EXCEL_MESSAGES, MAX_RESULT_CELLS } from "./messages";
import type { ParameterName, Signature } from "./parameters";

/**
 * How one Excel call runs, for every function: read the arguments against the function's parameter list,
 * make one call into the core, and hand Excel a value or a CustomFunctions.Error. Each result shape
 * (number, text, spilled table) has one runner; all go through `run`, the one place where an argument
 * becomes an input. Ranges are handled here, once, for every function: a single-result function is lifted
 * over its range arguments (`excelNumbers`, `excelTexts`: each cell is the single-value call, broadcast as
 * Excel broadcasts, see broadcast.ts); a table function takes one value per argument (`excelTable`).
 */

/** A core call's outcome: the value, or the core's reason there is none. */
type Outcome<T> = T | Answer<T>;

function run<Names extends readonly ParameterName[], T>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<T>,
  noAnswer: NoAnswerError
): T {
  let input: Arguments<Names> | undefined;
  try {
    input = readArguments(signature, values);
    const outcome = compute(input);
    if (!isAnswer(outcome)) return outcome;
    if (outcome.ok) return outcome.value;
    throw noAnswerError(noAnswer, outcome.reason);
  } catch (error) {
    throw toExcelError(error, input);
  }
}

// A core result is a number, a text or a table, never an object with `ok`: only an Answer has one.
function isAnswer<T>(outcome: Outcome<T>): outcome is Answer<T> {
  return typeof outcome === "object" && outcome !== null && "ok" in outcome;
}

/**
 * A number for a cell: the core's number, or its answer's value; no answer is `noAnswer` (#N/A unless the
 * function says #NUM!) with the core's reason.
 */
export function excelNumber<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<number>,
  noAnswer: NoAnswerError = "#N/A"
): number {
  const result = run(signature, values, compute, noAnswer);
  if (!Number.isFinite(result)) throw noAnswerError("#NUM!", MESSAGES.resultNotFinite());
  return result;
}

/** A text for a cell; no answer is #N/A with the core's reason. */
export function excelText<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<string>
): string {
  return run(signature, values, compute, "#N/A");
}

/**
 * A result cell of a lifted function: its value, or the error the single-value call gives for that cell.
 * Excel takes a CustomFunctions.Error inside a returned matrix as that cell's error.
 */
export type Spill<T> = (T | CustomFunctions.Error)[][];

/**
 * `excelNumber` over ranges: any argument may be a range; the result has one cell per broadcast cell, each
 * exactly what `excelNumber` gives for that cell's arguments (a 1×1 result that is an error is thrown).
 */
export function excelNumbers<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<number>,
  noAnswer: NoAnswerError = "#N/A"
): Spill<number> {
  if (allPlainValues(values, signature.names.length))
    return [[excelNumber(signature, values, compute, noAnswer)]];
  return broadcast(signature.names, values, (cell) =>
    excelNumber(signature, cell, compute, noAnswer)
  );
}

/**
 * True when no argument is a range or an error value (a JavaScript caller's plain values): the call is
 * the single-value call itself, run without the broadcast machinery.
 */
function allPlainValues(values: ArrayLike<unknown>, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const value = values[k];
    if (typeof value === "object" && value !== null) return false;
  }
  return true;
}

/** `excelText` over ranges, as `excelNumbers`. */
export function excelTexts<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<string>
): Spill<string> {
  if (allPlainValues(values, signature.names.length))
    return [[excelText(signature, values, compute)]];
  return broadcast(signature.names, values, (cell) => excelText(signature, cell, compute));
}

/**
 * A cell of a spilled table as the core gives it; null is a value nobody publishes. An Answer is its value,
 * or #N/A with the core's reason in that cell; a CustomFunctions.Error is that cell's error (a scenario
 * whose overrides are invalid), never the whole table's.
 */
export type TableCell = string | number | null | Answer<number> | CustomFunctions.Error;

/**
 * A table that spills, every number finite; no answer is #N/A with the core's reason. Excel shows null in
 * a spill as 0, so a null (nothing published) is written as empty text and looks blank, not zero.
 * A table does not broadcast: with `id` (the function's Excel ID) each argument is one value, a one-cell
 * range is that value, and a larger range is #VALUE! saying the function returns a table. A table over
 * MAX_RESULT_CELLS (PRESETS given a huge range of field names) is #VALUE!, as a lifted result is.
 */
export function excelTable<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<readonly (readonly TableCell[])[]>,
  id?: string
): (string | number | CustomFunctions.Error)[][] {
  const args = id === undefined ? values : oneValueEach(id, signature, values);
  const table = run(signature, args, compute, "#N/A");
  const columns = table.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (table.length * columns > MAX_RESULT_CELLS)
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      EXCEL_MESSAGES.tooLarge(table.length, columns)
    );
  return table.map((row) =>
    row.map((cell) => {
      if (cell === null) return "";
      if (typeof cell === "number" && !Number.isFinite(cell))
        throw noAnswerError("#NUM!", MESSAGES.resultNotFinite());
      if (typeof cell !== "object" || cell instanceof CustomFunctions.Error) return cell;
      if (!cell.ok) return noAnswerError("#N/A", cell.reason);
      return Number.isFinite(cell.value)
        ? cell.value
        : noAnswerError("#NUM!", MESSAGES.resultNotFinite());
    })
  );
}

/**
 * The arguments of a function that does not broadcast: a table argument (kind "table") is its whole
 * range; every other argument is one value, a one-cell range being that value and a larger one #VALUE!
 * (`message` says why: by default, that the function returns a table).
 */
function oneValueEach(
  id: string,
  signature: Signature,
  values: ArrayLike<unknown>,
  message?: (parameter: string, id: string) => string
): unknown[] {
  // Most such functions take no table (PLATFORMRANK): masking copies the arguments at every call for nothing.
  if (!signature.parameters.some((p) => p.kind === "table"))
    return singleValues(id, signature.names, values, message);
  const isTable = (k: number): boolean => signature.parameters[k]?.kind === "table";
  const masked = Array.from(values, (value, k) => (isTable(k) ? null : value));
  const read = singleValues(id, signature.names, masked, message);
  for (let k = 0; k < values.length; k++) if (isTable(k)) read[k] = values[k];
  return read;
}

/**
 * One number from a function that takes tables and does not broadcast (SOLVEFOR): `excelNumber` over its
 * arguments read as `excelTable` reads them, a range where one value belongs being #VALUE!.
 */
export function excelTableNumber<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<number>,
  id: string
): number {
  return excelNumber(
    signature,
    oneValueEach(id, signature, values, EXCEL_MESSAGES.singleValueNoBroadcast),
    compute
  );
}
