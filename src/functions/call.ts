import { type Answer, MESSAGES } from "../core";
import { type Arguments, readArguments } from "./arguments";
import { type NoAnswerError, noAnswerError, toExcelError } from "./excelErrors";
import type { ParameterName, Signature } from "./parameters";

/**
 * How one Excel call runs, for every function: read the arguments against the function's parameter list,
 * make one call into the core, and hand Excel a value or a CustomFunctions.Error. Each result shape
 * (number, text, spilled table) has one runner; all go through `run`, the one place where an argument
 * becomes an input. Lifting the functions over ranges (a range argument computed cell by cell and
 * broadcast, each error in its own cell) belongs in `run`, once, for every function.
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

/** A cell of a spilled table as the core gives it; null is a value nobody publishes. */
export type TableCell = string | number | null;

/**
 * A table that spills, every number finite; no answer is #N/A with the core's reason. Excel shows null in
 * a spill as 0, so a null (nothing published) is written as empty text and looks blank, not zero.
 */
export function excelTable<Names extends readonly ParameterName[]>(
  signature: Signature<Names>,
  values: ArrayLike<unknown>,
  compute: (input: Arguments<Names>) => Outcome<readonly (readonly TableCell[])[]>
): (string | number)[][] {
  const table = run(signature, values, compute, "#N/A");
  return table.map((row) =>
    row.map((cell) => {
      if (cell === null) return "";
      if (typeof cell === "number" && !Number.isFinite(cell))
        throw noAnswerError("#NUM!", MESSAGES.resultNotFinite());
      return cell;
    })
  );
}
