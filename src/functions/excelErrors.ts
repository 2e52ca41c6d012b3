import { MESSAGES, TokenomicsInputError } from "../core";

/**
 * The one place model outcomes become Excel errors:
 * - invalid input (TokenomicsInputError) → #VALUE! with the message naming the parameter;
 * - not found / not reached → #N/A with a message (`notAvailable`);
 * - no numeric solution or a non-finite result → #NUM! (Excel shows no custom text on #NUM!).
 * Anything else is a bug; it still surfaces as #VALUE! with its message rather than escaping.
 */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

export function noNumericSolution(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, message);
}

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof TokenomicsInputError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Runs one model call; whatever it throws reaches Excel as a CustomFunctions.Error. */
export function excelCall<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** Runs one model call for Excel: a finite number back, or a CustomFunctions.Error thrown. */
export function excelNumber(compute: () => number): number {
  const result = excelCall(compute);
  if (!Number.isFinite(result)) throw noNumericSolution(MESSAGES.resultNotFinite());
  return result;
}

/** Runs one model call for Excel that spills a table: every number finite, or a CustomFunctions.Error thrown. */
export function excelTable(compute: () => (string | number)[][]): (string | number)[][] {
  const result = excelCall(compute);
  for (const row of result) {
    for (const cell of row) {
      if (typeof cell === "number" && !Number.isFinite(cell))
        throw noNumericSolution(MESSAGES.resultNotFinite());
    }
  }
  return result;
}
