/**
 * The pane's own wording for answers the core gives: the pane says "never pays back within 3 years" where
 * Excel's #N/A carries the core's longer sentence. Preset lookups carry extra no-answer detail (close
 * matches, the measured range) that the pane shows only as the reason.
 */
import { found, noAnswer } from "../../core";
import type { Answer, NoAnswer } from "../../core";

/** A preset lookup as a plain answer: the value, or the reason sentence. */
export function lookupAnswer<T>(result: Answer<T, NoAnswer>): Answer<T> {
  return result.ok ? found(result.value) : noAnswer(result.reason);
}

/** Months to payback, or that the investment never pays back within the horizon. */
export function paybackAnswer(result: Answer<number>, years: number): Answer<number> {
  return result.ok ? result : noAnswer(`never pays back within ${years} years`);
}

/** The internal rate of return, or that no rate solves the cash flows. */
export function irrAnswer(result: Answer<number>): Answer<number> {
  return result.ok ? result : noAnswer("no rate of return solves these cash flows");
}
