/**
 * The one shape for an answer that may legitimately not exist: never pays back, no rate of return, outside
 * the measured range, an unknown preset, nothing to insert. `reason` is a plain sentence a person can read,
 * with no host wording (the Excel adapter and the pane add their own). Invalid input is not an answer: it
 * throws TokenomicsInputError.
 */

/** An answer that exists. */
export interface Found<T> {
  readonly ok: true;
  readonly value: T;
}

/**
 * No answer, and why. A result that tells more (the measured range, close matches for a name) extends this
 * with its own fields and a `kind` to tell its cases apart; `reason` stays the sentence to show.
 */
export interface NoAnswer {
  readonly ok: false;
  readonly reason: string;
}

/** An answer or the reason there is none; `Missing` names the richer no-answer cases a result may carry. */
export type Answer<T, Missing extends NoAnswer = NoAnswer> = Found<T> | Missing;

/** An answer that exists. */
export function found<T>(value: T): Found<T> {
  return { ok: true, value };
}

/** No answer, and why. */
export function noAnswer<T = never>(reason: string): Answer<T> {
  return { ok: false, reason };
}
