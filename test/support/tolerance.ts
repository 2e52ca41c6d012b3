/**
 * The one tolerance rule for numeric tests: |actual − expected| ≤ absolute + relative × |expected|.
 * Defaults suit double arithmetic on money-sized values.
 */
export function isClose(
  actual: number,
  expected: number,
  relative = 1e-9,
  absolute = 1e-9
): boolean {
  return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
}

export function expectClose(
  actual: number,
  expected: number,
  relative = 1e-9,
  absolute = 1e-9
): void {
  if (!isClose(actual, expected, relative, absolute)) {
    throw new Error(
      `expected ${actual} to be within ${relative} (relative) + ${absolute} of ${expected}`
    );
  }
}

/** For figures quoted rounded (Excel's documentation shows 2 decimals): within half a unit of the last digit. */
export function expectRounded(actual: number, quoted: number, decimals: number): void {
  const halfUnit = 0.5 * Math.pow(10, -decimals);
  if (Math.abs(actual - quoted) > halfUnit + 1e-12) {
    throw new Error(`expected ${actual} to round to ${quoted} at ${decimals} decimals`);
  }
}
