import { MESSAGES, TokenInvestmentInput, TokenomicsInputError } from "../core";

/**
 * How Excel's arguments become model inputs. The blank policy, decided once:
 *
 * - An omitted optional argument arrives as `null` (in tests also `undefined`); a blank cell arrives as
 *   `null` on Excel on the web and current desktop builds, as `0` on older desktop builds, and sometimes as
 *   `""`. `null`, `undefined` and `""` all mean "blank".
 * - A blank optional argument takes its documented default.
 * - A blank required argument is `#VALUE!` "<name> is required".
 * - `0` is a number and is held to the parameter's rule; where 0 breaks the rule the message says that
 *   older builds pass blank cells as 0, so a blank cell never turns silently into a wrong number.
 * - Text, booleans and ranges where a number is expected are `#VALUE!` "<name> must be a number".
 */
export type ExcelScalar = number | string | boolean | null | undefined;

function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** A required numeric argument. Range rules are checked by the model, which knows them. */
export function requiredNumber(value: unknown, parameter: string): number {
  if (isBlank(value))
    throw new TokenomicsInputError("required", parameter, MESSAGES.required(parameter));
  return numberOrThrow(value, parameter);
}

/** An optional numeric argument: `undefined` (take the default) when blank. */
export function optionalNumber(value: unknown, parameter: string): number | undefined {
  return isBlank(value) ? undefined : numberOrThrow(value, parameter);
}

function numberOrThrow(value: unknown, parameter: string): number {
  if (typeof value === "number") return value;
  const got =
    typeof value === "string"
      ? `text "${value.slice(0, 20)}"`
      : Array.isArray(value)
        ? "a range"
        : typeof value;
  throw new TokenomicsInputError("notANumber", parameter, MESSAGES.notANumber(parameter, got));
}

/** The eight arguments shared by ROIMULTIPLE, PAYBACKMONTHS, TOKENCASHFLOWS, TOKENNPV and TOKENIRR, in order. */
export function investmentInput(
  investmentUsd: unknown,
  years: unknown,
  tokensPerSecond: unknown,
  usdPerMillionTokens: unknown,
  utilization: unknown,
  annualOperatingCostUsd: unknown,
  annualPriceChange: unknown,
  annualThroughputGain: unknown
): TokenInvestmentInput {
  return {
    investmentUsd: requiredNumber(investmentUsd, "investmentUsd"),
    years: requiredNumber(years, "years"),
    tokensPerSecond: requiredNumber(tokensPerSecond, "tokensPerSecond"),
    usdPerMillionTokens: requiredNumber(usdPerMillionTokens, "usdPerMillionTokens"),
    utilization: optionalNumber(utilization, "utilization"),
    annualOperatingCostUsd: optionalNumber(annualOperatingCostUsd, "annualOperatingCostUsd"),
    annualPriceChange: optionalNumber(annualPriceChange, "annualPriceChange"),
    annualThroughputGain: optionalNumber(annualThroughputGain, "annualThroughputGain"),
  };
}

/** A required text argument (a platform, field, model or workload name). Numbers are read as their text. */
export function requiredText(value: unknown, parameter: string): string {
  if (isBlank(value) || (typeof value === "string" && value.trim() === "")) {
    throw new TokenomicsInputError("required", parameter, MESSAGES.textRequired(parameter));
  }
  return textOrThrow(value, parameter);
}

/** An optional text argument: `undefined` when blank. */
export function optionalText(value: unknown, parameter: string): string | undefined {
  if (isBlank(value) || (typeof value === "string" && value.trim() === "")) return undefined;
  return textOrThrow(value, parameter);
}

/** Every non-blank text in a repeating argument (Excel passes an array; a range arrives nested). */
export function textList(value: unknown, parameter: string): string[] {
  const flat: unknown[] = [];
  const visit = (item: unknown): void => {
    if (Array.isArray(item)) item.forEach(visit);
    else flat.push(item);
  };
  visit(value);
  return flat
    .map((item) => optionalText(item, parameter))
    .filter((text): text is string => text !== undefined);
}

function textOrThrow(value: unknown, parameter: string): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new TokenomicsInputError("notANumber", parameter, MESSAGES.notText(parameter));
}
