import fc from "fast-check";

import { correctlyRoundedSum } from "../../src/core/exactSum";

// Every double in [2^-140, 2^60] is an integer multiple of 2^-192, so scaling by 2^200 (exact: a power of
// two, no overflow) gives an integer, and BigInt holds it exactly. The BigInt total is exact; Number()
// rounds it once to nearest, ties to even, and scaling back by 2^-200 stays exact in the normal range.
const SCALE = 2 ** 200;

function exactlyRoundedSum(values: readonly number[]): number {
  let sum = BigInt(0);
  for (const value of values) sum += BigInt(value * SCALE);
  return Number(sum) / SCALE;
}

describe("correctlyRoundedSum", () => {
  describe("results", () => {
    it("rounds 0.1 + 0.2 + 0.3 once, to 0.6 (plain addition gives 0.6000000000000001)", () => {
      expect(exactlyRoundedSum([0.1, 0.2, 0.3])).toBe(0.6);
      expect(correctlyRoundedSum([0.1, 0.2, 0.3])).toBe(0.6);
    });

    it("keeps a 1 that plain addition loses between 1e16 and -1e16", () => {
      expect(correctlyRoundedSum([1e16, 1, -1e16])).toBe(1);
    });

    it("sums an empty list to 0", () => {
      expect(correctlyRoundedSum([])).toBe(0);
    });

    it("rounds an exact tie to even, and breaks it upward when a smaller partial lies beyond it", () => {
      expect(correctlyRoundedSum([2 ** 53, 1])).toBe(2 ** 53);
      expect(correctlyRoundedSum([2 ** 53, 1, 2 ** -100])).toBe(2 ** 53 + 2);
    });

    it("gives what ordinary addition gives for Infinity, NaN and overflow", () => {
      expect(correctlyRoundedSum([1, Infinity])).toBe(Infinity);
      expect(correctlyRoundedSum([1, NaN])).toBeNaN();
      expect(correctlyRoundedSum([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Infinity);
    });
  });

  describe("laws", () => {
    const magnitude = fc.double({ min: 2 ** -140, max: 2 ** 60, noNaN: true });
    const value = fc.oneof(
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 20, arbitrary: fc.tuple(magnitude, fc.boolean()).map(([m, neg]) => (neg ? -m : m)) }
    );
    // Near-cancelling lists such as [a, b, -a]: some values, small ones among them, then their negations
    // shuffled in, so the total is far smaller than the terms.
    const cancelling = fc
      .tuple(
        fc.array(value, { maxLength: 90 }),
        fc.array(value, { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 90 })
      )
      .map(([large, small, positions]) => {
        const values = [...large, ...small];
        large.forEach((x, i) => {
          const at = (positions[i] ?? i) % (values.length + 1);
          values.splice(at, 0, -x);
        });
        return values;
      });
    const values = fc.oneof(fc.array(value, { maxLength: 200 }), cancelling);

    it("law: equals the exactly rounded sum", () => {
      fc.assert(
        fc.property(values, (xs) => {
          // toBe compares with Object.is: the same double, down to the sign of zero.
          expect(correctlyRoundedSum(xs)).toBe(exactlyRoundedSum(xs));
        }),
        { numRuns: 2000 }
      );
    });

    it("law: does not depend on the order of the values", () => {
      fc.assert(
        fc.property(values, (xs) => {
          const reversed = [...xs].reverse();
          expect(correctlyRoundedSum(reversed)).toBe(correctlyRoundedSum(xs));
        })
      );
    });
  });
});
