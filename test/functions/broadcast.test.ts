import fc from "fast-check";

import { broadcast, MAX_RESULT_CELLS } from "../../src/functions/broadcast";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";
import { expectExcelError } from "../support/errors";

// A single-value function that checks its argument the way the adapters do: a product that refuses
// negative numbers with #VALUE! naming the argument, and text with #VALUE!.
const PARAMETERS = ["a", "b"] as const;
function product(cellArgs: unknown[]): number {
  const [a, b] = cellArgs;
  for (const [name, value] of [
    ["a", a],
    ["b", b ?? 1],
  ] as const) {
    if (typeof value !== "number")
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        `${name} must be a number`
      );
    if (value < 0)
      throw new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        `${name} must be at least 0`
      );
  }
  return (a as number) * ((b as number | null) ?? 1);
}
const lift = (a: unknown, b: unknown) => broadcast(PARAMETERS, [a, b], product);

function codeOf(cell: unknown): string | undefined {
  return cell instanceof CustomFunctionsError ? cell.code : undefined;
}

describe("broadcast", () => {
  describe("shapes", () => {
    it("gives a one-cell result for single values and one-cell ranges alike", () => {
      expect(lift(3, 4)).toEqual([[12]]);
      expect(lift([[3]], [[4]])).toEqual([[12]]);
      expect(lift([[3]], null)).toEqual([[3]]);
    });

    it("crosses a column with a row into the two-way grid", () => {
      expect(lift([[1], [2], [3]], [[10, 20]])).toEqual([
        [10, 20],
        [20, 40],
        [30, 60],
      ]);
    });

    it("pairs equal shapes cell by cell", () => {
      expect(
        lift(
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ]
        )
      ).toEqual([
        [5, 12],
        [21, 32],
      ]);
    });

    it("repeats a single value over a range", () => {
      expect(lift([[1, 2, 3]], 2)).toEqual([[2, 4, 6]]);
    });

    it("pads cells beyond a shorter argument with #N/A naming it, as =A1:A3+B1:B2 does", () => {
      const result = lift([[1], [2], [3]], [[10], [20]]);
      expect(result.slice(0, 2)).toEqual([[10], [40]]);
      expect(codeOf(result[2]![0])).toBe("#N/A");
      expect((result[2]![0] as CustomFunctionsError).message).toBe(
        "b has 2 rows and the result 3: no b for this cell"
      );
    });

    it("pads columns as it pads rows", () => {
      const result = lift([[1, 2, 3]], [[1, 1]]);
      expect(result[0]!.slice(0, 2)).toEqual([1, 2]);
      expect(codeOf(result[0]![2])).toBe("#N/A");
    });

    it("reads a JavaScript 1-D array as one row", () => {
      expect(lift([1, 2], 3)).toEqual([[3, 6]]);
    });
  });

  describe("errors", () => {
    it("reads a JavaScript caller's stray value among rows as a one-cell row", () => {
      expect(lift([[1], 2, [3]], 10)).toEqual([[10], [20], [30]]);
    });

    it("keeps an invalid cell's error in its own cell, with the single-value message", () => {
      const result = lift([[1], [-1], [2]], 5);
      expect(result[0]).toEqual([5]);
      expect(codeOf(result[1]![0])).toBe("#VALUE!");
      expect((result[1]![0] as CustomFunctionsError).message).toBe("a must be at least 0");
      expect(result[2]).toEqual([10]);
    });

    it("throws the error of a one-cell result, exactly as the single-value call does", () => {
      expectExcelError(() => lift(-1, 2), "#VALUE!", "a must be at least 0");
      expectExcelError(() => lift([[-1]], [[2]]), "#VALUE!", "a must be at least 0");
    });

    it("passes an error value from an input cell to that result cell", () => {
      const divByZero = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
      const result = lift([[1], [divByZero]], 2);
      expect(result[0]).toEqual([2]);
      expect(codeOf(result[1]![0])).toBe("#DIV/0!");
    });

    it("turns an input-only error (#REF!, #NAME?) into #VALUE! naming the argument", () => {
      const ref = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
      const result = lift([[1, 2]], [[ref, 3]]);
      expect(codeOf(result[0]![0])).toBe("#VALUE!");
      expect((result[0]![0] as CustomFunctionsError).message).toBe("b is #REF! in this cell");
      expect(result[0]![1]).toBe(6);
    });

    it("refuses an empty range with #VALUE! naming the argument", () => {
      expectExcelError(
        () => lift([], 1),
        "#VALUE!",
        "a is an empty range: select at least one cell"
      );
      expectExcelError(() => lift(1, [[]]), "#VALUE!", /^b is an empty range/);
    });

    it(`refuses a result over ${MAX_RESULT_CELLS} cells with #VALUE! saying the limit`, () => {
      const column = Array.from({ length: 1001 }, () => [1]);
      const row = [Array.from({ length: 100 }, () => 1)];
      expectExcelError(
        () => lift(column, row),
        "#VALUE!",
        /1001 rows × 100 columns = 100100 cells; at most 100000/
      );
      expect(lift(column.slice(0, 1000), row)).toHaveLength(1000);
    });

    it("refuses a 1,000,000-cell range without building the result", () => {
      const column = Array.from({ length: 1_000_000 }, () => [1]);
      expectExcelError(() => lift(column, 1), "#VALUE!", /at most 100000/);
    });
  });

  describe("laws", () => {
    const cellValue = fc.oneof(
      fc.integer({ min: -3, max: 9 }),
      fc.constant(null),
      fc.constant("x")
    );
    const grid = (rows: number, columns: number) =>
      fc.array(fc.array(cellValue, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      });
    const single = (cellArgs: unknown[]): unknown => {
      try {
        return product(cellArgs);
      } catch (error) {
        return (error as CustomFunctionsError).code;
      }
    };

    it("law: every cell of a row × column grid is the single-value call on its row and column", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 6 }).chain((n) => grid(n, 1)),
          fc.integer({ min: 1, max: 6 }).chain((m) => grid(1, m)),
          (column, row) => {
            if (column.length === 1 && row[0]!.length === 1) return; // the one-cell case throws instead
            const result = lift(column, row) as unknown[][];
            expect(result).toHaveLength(column.length);
            result.forEach((line, i) =>
              line.forEach((cell, j) => {
                const expected = single([column[i]![0], row[0]![j]]);
                expect(typeof expected === "string" ? codeOf(cell) : cell).toEqual(expected);
              })
            );
          }
        )
      );
    });
  });
});
