/**
 * Ranges through the real functions: every single-result function takes a range in any argument and
 * spills one value per cell, each cell exactly the single-value call with that cell's arguments (its error
 * and message included); table functions take one value per argument. The broadcast rules themselves are
 * specified in broadcast.test.ts; here they are checked on the functions Excel calls.
 */
import * as F from "../../src/functions/functions";
import { MAX_RESULT_CELLS } from "../../src/functions/messages";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";
import { expectExcelError, thrownBy } from "../support/errors";
import { oneCell } from "../support/oneCell";

const VALUE = "#VALUE!";
const NA = "#N/A";

/** Excel's loosely typed call: any argument a value, a range (2-D array) or null. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ExcelCall = (...args: any[]) => any[][];
const call = (fn: unknown, ...args: unknown[]): unknown[][] => (fn as ExcelCall)(...args);

/** What a cell shows: its value, or its error as code and message. */
function shown(cell: unknown): unknown {
  if (cell instanceof CustomFunctionsError) return { code: cell.code, message: cell.message };
  return cell;
}

/** The single-value call as the cell shows it: the value of its 1×1 spill, or the error it throws. */
function single(fn: unknown, ...args: unknown[]): unknown {
  const thrown = thrownBy(() => call(fn, ...args));
  if (thrown !== undefined) return shown(thrown);
  return oneCell<unknown>(call(fn, ...args));
}

const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
const row = (...values: unknown[]): unknown[][] => [values];

describe("functions over ranges", () => {
  describe("broadcast shapes", () => {
    it("ROIMULTIPLE: a column of prices against a row of utilizations is the two-way grid of single calls", () => {
      const prices = [0.5, 0.8, 1.1, 1.5, 2];
      const utilizations = [0.3, 0.5, 0.7, 0.9];
      const grid = call(F.roi, 5e6, 3, 720000, column(...prices), row(...utilizations));
      expect(grid).toHaveLength(prices.length);
      grid.forEach((line, i) => {
        expect(line).toHaveLength(utilizations.length);
        line.forEach((cell, j) =>
          expect(cell).toBe(single(F.roi, 5e6, 3, 720000, prices[i], utilizations[j]))
        );
      });
    });

    it("THROUGHPUT over an interactivity column draws the curve, #N/A only in the cells outside the measured range", () => {
      const interactivities = [25, 50, 100, 200, 300, 400];
      const curve = call(F.throughput, "B200", "DeepSeek-R1", "1k/1k", column(...interactivities));
      expect(curve.map((line) => line.length)).toEqual(interactivities.map(() => 1));
      curve.forEach((line, i) =>
        expect(shown(line[0])).toEqual(
          single(F.throughput, "B200", "DeepSeek-R1", "1k/1k", interactivities[i])
        )
      );
      expect(typeof curve[2]?.[0]).toBe("number");
      expect(shown(curve[5]?.[0])).toEqual({
        code: NA,
        message:
          "B200 DeepSeek-R1 1k/1k was measured from 21.3 to 309.2 tokens/s per user; 400 is outside that range",
      });
    });

    it("PRESET: a column of platforms against a row of fields is the table of single lookups", () => {
      const platforms = ["B200", "GB200 NVL72", "MI355X", "nope"];
      const fields = ["hbmGb", "allInPowerKwPerGpu", "tcoUsdPerGpuHourOwner"];
      const table = call(F.preset, column(...platforms), row(...fields));
      expect(table.map((line) => line.map(shown))).toEqual(
        platforms.map((p) => fields.map((f) => single(F.preset, p, f)))
      );
      expect((table[3]?.[0] as CustomFunctionsError).code).toBe(NA);
    });

    it("PRESETINFO spills the provenance text of each field", () => {
      const fields = ["hbmGb", "allInPowerKwPerGpu"];
      const texts = call(F.presetProvenance, "B200", row(...fields));
      expect(texts).toEqual([fields.map((f) => single(F.presetProvenance, "B200", f))]);
      expect(typeof texts[0]?.[0]).toBe("string");
    });

    it("pairs equal shapes cell by cell (COSTPERTOKEN on two columns)", () => {
      const costs = [1.5, 2.21, 3];
      const rates = [800, 1149.1, 2000];
      expect(call(F.costPerToken, column(...costs), column(...rates))).toEqual(
        costs.map((c, i) => [single(F.costPerToken, c, rates[i])])
      );
    });

    it("pads the cells beyond a shorter argument with #N/A naming it, as =A1:A3+B1:B2 does", () => {
      const result = call(F.costPerToken, column(1.5, 2.21, 3), column(800, 1000));
      expect(result[0]?.[0]).toBe(single(F.costPerToken, 1.5, 800));
      expect(result[1]?.[0]).toBe(single(F.costPerToken, 2.21, 1000));
      expect(shown(result[2]?.[0])).toEqual({
        code: NA,
        message:
          "tokensPerSecondPerGpu has 2 rows and the result 3: no tokensPerSecondPerGpu for this cell",
      });
    });

    it("gives a one-cell range exactly the single value's result, value or error", () => {
      expect(call(F.gpuHourCost, [[35040]], [[4]], [[1]], [[0.1]])).toEqual(
        call(F.gpuHourCost, 35040, 4, 1, 0.1)
      );
      expect(call(F.tokenNpv, [[0.1]], [[5e6]], [[3]], [[720000]], [[1.1]])).toEqual([
        [single(F.tokenNpv, 0.1, 5e6, 3, 720000, 1.1)],
      ]);
      expectExcelError(
        () => call(F.costPerToken, [[2.21]], [[1149.1]], [[1.5]]),
        VALUE,
        "utilization must be greater than 0 and at most 1"
      );
      expectExcelError(
        () => call(F.tokenIrrRate, [[1000]], [[3]], [[1]], [[0.001]], [[1]], [[1e6]]),
        "#NUM!"
      );
    });
  });

  describe("errors stay in their own cells, with the single-value message", () => {
    it("shows #VALUE! in the one cell whose utilization is out of range, and the blank-as-0 hint where it is 0", () => {
      const utilizations = [0.5, 1.5, 0, 1];
      const result = call(F.costPerToken, 2.21, 1149.1, column(...utilizations));
      expect(result.map((line) => shown(line[0]))).toEqual(
        utilizations.map((u) => single(F.costPerToken, 2.21, 1149.1, u))
      );
      expect(shown(result[1]?.[0])).toEqual({
        code: VALUE,
        message: "utilization must be greater than 0 and at most 1",
      });
      expect(shown(result[2]?.[0])).toEqual({
        code: VALUE,
        message:
          "utilization must be greater than 0 and at most 1 (got 0: if the cell looks blank, older Excel builds pass blank cells as 0)",
      });
    });

    it("reads text and booleans inside a range as the single-value call does: #VALUE! naming the argument", () => {
      const result = call(F.energyPerToken, row(1.87, "fast", true), 1149.1);
      expect(result[0]?.[0]).toBe(single(F.energyPerToken, 1.87, 1149.1));
      expect(shown(result[0]?.[1])).toEqual(single(F.energyPerToken, "fast", 1149.1));
      expect(shown(result[0]?.[1])).toEqual({
        code: VALUE,
        message: 'powerKwPerGpu must be a number (got text "fast")',
      });
      expect(shown(result[0]?.[2])).toEqual(single(F.energyPerToken, true, 1149.1));
    });

    it("gives a blank cell in a range the blank policy: an optional one its default, a required one #VALUE!", () => {
      // Excel on the web passes a blank cell in a range as null (some paths as ""); older desktop builds as 0.
      const optional = call(F.costPerToken, 2.21, 1149.1, column(null, ""));
      expect(optional).toEqual([
        [single(F.costPerToken, 2.21, 1149.1)],
        [single(F.costPerToken, 2.21, 1149.1)],
      ]);
      const required = call(F.costPerToken, column(2.21, null), 1149.1);
      expect(shown(required[1]?.[0])).toEqual({
        code: VALUE,
        message:
          "usdPerGpuHour is required: enter a number (the cell is blank or the argument is missing)",
      });
    });

    it("gives a cell the error value of its input cell, and #VALUE! naming the argument for #REF! or #NAME?", () => {
      const divByZero = new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
      const ref = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
      const result = call(F.tokensPerMw, row(1149.1, divByZero, ref), 1.87);
      expect(result[0]?.[0]).toBe(single(F.tokensPerMw, 1149.1, 1.87));
      expect((result[0]?.[1] as CustomFunctionsError).code).toBe("#DIV/0!");
      expect(shown(result[0]?.[2])).toEqual({
        code: VALUE,
        message: "tokensPerSecondPerGpu is #REF! in this cell",
      });
    });

    it("gives #NUM! in the cell where no rate solves (TOKENIRR) and the rate elsewhere", () => {
      const result = call(
        F.tokenIrrRate,
        column(5e6, 1000),
        3,
        column(720000, 1),
        column(1.1, 0.001),
        1,
        column(0, 1e6)
      );
      expect(result[0]?.[0]).toBe(single(F.tokenIrrRate, 5e6, 3, 720000, 1.1, 1, 0));
      expect((result[1]?.[0] as CustomFunctionsError).code).toBe("#NUM!");
    });
  });

  describe("limits", () => {
    it(`refuses a 1,000,000-cell range with #VALUE! saying the limit of ${MAX_RESULT_CELLS} cells, at once`, () => {
      // "At once": refused from the range's shape, before any cell is read (counted, not timed).
      let cellsRead = 0;
      const counted = (): number[] => {
        const line: number[] = [];
        Object.defineProperty(line, 0, { enumerable: true, get: () => (cellsRead++, 0.6) });
        return line;
      };
      const million = Array.from({ length: 1_000_000 }, counted);
      expectExcelError(
        () => call(F.costPerToken, 2.21, 1149.1, million),
        VALUE,
        "the result would be 1000000 rows × 1 columns = 1000000 cells; at most 100000 cells in one call: use smaller ranges"
      );
      expect(cellsRead).toBeLessThan(10);
    });

    it("computes a result of exactly the limit", () => {
      const result = call(F.costPerToken, column(...new Array(1000).fill(2.21)), [
        new Array(MAX_RESULT_CELLS / 1000).fill(1149.1),
      ]);
      expect(result).toHaveLength(1000);
      expect(result[999]?.[99]).toBe(single(F.costPerToken, 2.21, 1149.1));
    });

    it("refuses an empty range with #VALUE! naming the argument", () => {
      expectExcelError(
        () => call(F.blendedPrice, [], 2.19, 3),
        VALUE,
        "inputUsdPerMillion is an empty range: select at least one cell"
      );
    });
  });

  describe("table functions take one value per argument", () => {
    const args = [5e6, 3, 720000, 1.1, 0.7, 1.2e6, -0.5, 0.3, 4];

    it("TOKENCASHFLOWS reads one-cell ranges as the values", () => {
      expect(call(F.tokenCashFlows, ...args.map((v) => [[v]]))).toEqual(
        call(F.tokenCashFlows, ...args)
      );
    });

    it("shows #VALUE! saying TOKENCASHFLOWS returns a table when a range of several cells arrives", () => {
      expectExcelError(
        () => call(F.tokenCashFlows, column(5e6, 6e6), ...args.slice(1)),
        VALUE,
        "investmentUsd must be a single value: TOKENCASHFLOWS returns a table"
      );
    });

    it("shows the error value of a one-cell range's cell", () => {
      const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "missing");
      expectExcelError(() => call(F.tokenCashFlows, 5e6, [[na]], ...args.slice(2)), NA, "missing");
    });

    it("keeps a blank one-cell range as blank: the optional default, or required", () => {
      expect(call(F.tokenCashFlows, ...args.slice(0, 8), [[null]])).toEqual(
        call(F.tokenCashFlows, ...args.slice(0, 8), 1)
      );
      expectExcelError(
        () => call(F.tokenCashFlows, [[null]], ...args.slice(1)),
        VALUE,
        /^investmentUsd is required/
      );
    });

    it("PRESETS refuses a range of field names that would spill over the limit", () => {
      expectExcelError(
        () => call(F.presets, [new Array(MAX_RESULT_CELLS).fill("hbmGb")]),
        VALUE,
        /at most 100000 cells in one call/
      );
    });
  });
});
