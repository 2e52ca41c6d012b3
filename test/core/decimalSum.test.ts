import Decimal from "decimal.js";
import fc from "fast-check";

import { decimalSum } from "../../src/core/exactSum";

const Decimal40 = Decimal.clone({ precision: 40 });

/** decimal.js at 40 digits, as cashFlows.ts summed columns before decimalSum replaced it. */
function decimalJsSum(values: readonly number[]): number {
  let sum = new Decimal40(0);
  for (const value of values) sum = sum.plus(value);
  return sum.toNumber();
}

describe("decimalSum", () => {
  describe("results", () => {
    it("adds the shortest decimal forms, rounding once", () => {
      expect(decimalSum([0.1, 0.2])).toBe(0.3);
      expect(decimalSum([])).toBe(0);
      expect(decimalSum([1e20, 1e-25, -1e20])).toBe(decimalJsSum([1e20, 1e-25, -1e20]));
    });

    it("gives what ordinary addition gives for Infinity and NaN", () => {
      expect(decimalSum([1, Infinity])).toBe(Infinity);
      expect(decimalSum([Infinity, -Infinity])).toBeNaN();
      expect(decimalSum([NaN, 1])).toBeNaN();
    });

    it("law: equals decimal.js at 40 significant digits, bit for bit", () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), {
            maxLength: 60,
          }),
          (values) =>
            Object.is(decimalSum(values), decimalJsSum(values)) || decimalSum(values) === 0
        ),
        { numRuns: 2000 }
      );
    });

    it("law: equals decimal.js on cash-flow-like columns spanning many magnitudes", () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.double({ min: 1, max: 10, noNaN: true }),
              fc.integer({ min: -30, max: 30 })
            ),
            { maxLength: 200 }
          ),
          (terms) => {
            const values = terms.map(([m, e]) => (e % 2 === 0 ? m : -m) * 10 ** e);
            return decimalSum(values) === decimalJsSum(values);
          }
        ),
        { numRuns: 500 }
      );
    });
  });
});
