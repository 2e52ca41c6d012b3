/**
 * The one shape for an answer that may legitimately not exist: never pays back, no rate of return, outside
 * the measured range, an unknown preset, nothing to insert. `reason` is a plain sentence a person can read,
 * with no host wording (the Excel adapter and the pane add their own). Invalid input is not an answer: it
 * throws TokenomicsInputError.
 */
export type Answer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** An answer that exists. */
export function found<T>(value: T): Answer<T> {
  return { ok: true, value };
}

/** No answer, and why. */
export function noAnswer<T = never>(reason: string): Answer<T> {
  return { ok: false, reason };
}
