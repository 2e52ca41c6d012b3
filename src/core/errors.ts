import { MESSAGES, type RuleText, describeValue } from "./messages";

/** Why an input was rejected. */
export type InputErrorCode = "required" | "notANumber" | "notFinite" | "outOfRange";

/**
 * Invalid input that the user can fix. Carries the name of the parameter (the Excel argument name), so the
 * adapter can show `#VALUE!` with a message that names it and the pane can mark the field.
 */
export class TokenomicsInputError extends Error {
  readonly code: InputErrorCode;
  readonly parameter: string;

  constructor(code: InputErrorCode, parameter: string, message: string) {
    super(message);
    this.name = "TokenomicsInputError";
    this.code = code;
    this.parameter = parameter;
  }
}

/** A numeric rule for one parameter: the predicate and the words that explain it. */
export interface Rule {
  readonly test: (value: number) => boolean;
  readonly text: RuleText;
}

/** Throws unless `value` is a finite number that satisfies `rule`; returns it unchanged otherwise. */
export function checked(value: number, parameter: string, rule: Rule): number {
  // Fast path for the usual case. Every rule has finite bounds (or wants an integer), so NaN and ±Infinity
  // fail rule.test and fall through to the checks below, which say exactly what is wrong.
  if (typeof value === "number" && rule.test(value)) return value;
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new TokenomicsInputError(
      "notANumber",
      parameter,
      MESSAGES.notANumber(parameter, describeValue(value))
    );
  }
  if (!Number.isFinite(value)) {
    throw new TokenomicsInputError("notFinite", parameter, MESSAGES.notFinite(parameter));
  }
  if (!rule.test(value)) {
    throw new TokenomicsInputError("outOfRange", parameter, MESSAGES.rule(parameter, rule.text));
  }
  return value;
}

/** Like `checked`, but `undefined` takes the default (which is trusted, not checked). */
export function checkedOr(
  value: number | undefined,
  fallback: number,
  parameter: string,
  rule: Rule
): number {
  return value === undefined ? fallback : checked(value, parameter, rule);
}
