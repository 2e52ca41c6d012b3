/**
 * The pane's only readers of result shapes that core and presets are converging on `Answer`: each turns one
 * of them into an `Answer`, so when a shape changes only its function here changes.
 */
import { found, noAnswer } from "../../core";
import type { Answer, IrrResult, PaybackResult } from "../../core";

/** A preset lookup (found, or not with a message) as an answer. */
export function lookupAnswer<T>(
  result:
    { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }
): Answer<T> {
  return result.ok ? found(result.value) : noAnswer(result.message);
}

/** Months to payback, or that the investment never pays back within the horizon. */
export function paybackAnswer(result: PaybackResult, years: number): Answer<number> {
  return result.reached ? found(result.months) : noAnswer(`never pays back within ${years} years`);
}

/** The internal rate of return, or that no rate solves the cash flows. */
export function irrAnswer(result: IrrResult): Answer<number> {
  return result.solved ? found(result.rate) : noAnswer("no rate of return solves these cash flows");
}
