import { TokenomicsInputError } from "../core";
import { EXCEL_MESSAGES } from "./messages";

/**
 * The one place model outcomes become Excel errors:
 * - invalid input (TokenomicsInputError) → #VALUE! with the message naming the parameter, plus the
 *   blank-cell hint when the argument it names was 0;
 * - no answer (the core's Answer with ok: false) → #N/A with the reason (not found, never pays back), or
 *   #NUM! where no number solves (TOKENIRR; Excel shows no custom text on #NUM!);
 * - a non-finite result → #NUM!.
 * Anything else is a bug; it still surfaces as #VALUE! with its message rather than escaping.
 */

/** The Excel errors a function may give when the core has no answer. */
export type NoAnswerError = "#N/A" | "#NUM!";

export function noAnswerError(code: NoAnswerError, reason: string): CustomFunctions.Error {
  return new CustomFunctions.Error(
    code === "#N/A"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidNumber,
    reason
  );
}

/** `error` as Excel shows it; `input` is what the arguments read as, to spot a blank cell passed as 0. */
export function toExcelError(
  error: unknown,
  input: Readonly<Record<string, unknown>> = {}
): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof TokenomicsInputError) {
    const blankAsZero = error.code === "outOfRange" && input[error.parameter] === 0;
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      blankAsZero ? EXCEL_MESSAGES.blankAsZero(error.message) : error.message
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
