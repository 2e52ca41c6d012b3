/**
 * The functions that broadcast return a 2-D spill even for single values (Excel needs a matrix from a
 * matrix function): a single-value call is a one-cell spill. These helpers read that cell, so a test of the
 * single-value behaviour states the value it always did.
 */

/** The one cell of a 1×1 result; anything else fails the test. */
export function oneCell<T = number>(result: unknown): T {
  if (
    !Array.isArray(result) ||
    result.length !== 1 ||
    !Array.isArray(result[0]) ||
    result[0].length !== 1
  )
    throw new Error(`expected a 1×1 result, got ${JSON.stringify(result)}`);
  return result[0][0] as T;
}

/** A broadcasting function called with any arguments, its 1×1 result read as the single value. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel's argument lists are loosely typed
export function scalar<T = number>(fn: (...args: any[]) => unknown): (...args: unknown[]) => T {
  return (...args) => oneCell<T>(fn(...args));
}
