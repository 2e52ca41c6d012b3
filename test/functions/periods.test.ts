import * as core from "../../src/core";
import * as F from "../../src/functions/functions";
import { loadBuiltFunctions } from "../support/builtBundle";
import { expectExcelError } from "../support/errors";
import { scalar } from "../support/oneCell";
import { expectClose } from "../support/tolerance";

/**
 * The period and cash-flow-row functions called as Excel calls them: every `any[][]` argument as rows of
 * cells (a row range is one row, a column range one cell per row), an omitted one as null.
 */
const VALUE = "#VALUE!";
const NA = "#N/A";
const NUM = "#NUM!";

/** A row range as Excel passes it. */
const row = (...cells: unknown[]): unknown[][] => [cells];
/** A column range as Excel passes it. */
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);
/** The same numbers read back from a one-row or one-column result. */
const flat = (table: readonly (readonly unknown[])[]): unknown[] => table.flat();
const transpose = <T>(table: readonly (readonly T[])[]): T[][] =>
  (table[0] ?? []).map((_, j) => table.map((line) => line[j] as T));
/** An error value from a worksheet cell, as the runtime passes it in. */
const errorCell = (code: CustomFunctions.ErrorCode): CustomFunctions.Error =>
  new CustomFunctions.Error(code);

// Any argument list, loosely typed: the functions are declared `any[][]` and receive what Excel sends.
type Loose = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
const gpusInService = F.gpusInServiceByPeriod as Loose;
const periodTokens = F.periodTokens as Loose;
const schedule = F.schedule as Loose;
const scheduleLabels = F.scheduleLabels as Loose;
const cashFlowNpv = F.cashFlowNpvUsd as (...args: any[]) => number; // eslint-disable-line @typescript-eslint/no-explicit-any
const cashFlowIrr = F.cashFlowIrrRate as Loose;
const cashFlowPayback = F.cashFlowPayback as Loose;
const tokenCashFlows = F.tokenCashFlows as Loose;
const tokenNpv = scalar(F.tokenNpv);
const payback = scalar(F.payback);

// A hand-checked quarter-by-quarter build-out: 4 GPUs delivered in quarter 1, producing from quarter 2
// (one quarter's commissioning) for 2 quarters; 1,000 tokens/s per GPU over 2,190 h a quarter is 7,884
// million tokens per GPU; the price steps from 2 to 3 USD per million; 1 kW × PUE 1.5 × 2,190 h × 0.1 USD
// is 328.5 USD per GPU; 8,760 USD a year is 2,190 a quarter per GPU; capex 100,000 up front and 50,000 in
// quarter 4, after the GPUs retired, so the cumulative turns positive and dips again.
const BUILD_OUT = {
  gpusAdded: [4, 0, 0, 0],
  price: [2, 2, 3, 3],
  capexUsd: [100000, 0, 0, 50000],
};
const BUILD_OUT_LINES = [
  [0, 4, 4, 0],
  [0, 31536, 31536, 0],
  [0, 63072, 94608, 0],
  [0, 1314, 1314, 0],
  [0, 8760, 8760, 0],
  [100000, 0, 0, 50000],
  [-100000, 52998, 84534, -50000],
  [-100000, -47002, 37532, -12468],
];
function buildOut(lay: (...cells: unknown[]) => unknown[][]): unknown {
  return schedule(
    lay(...BUILD_OUT.gpusAdded),
    1000,
    lay(...BUILD_OUT.price),
    null,
    4,
    lay(...BUILD_OUT.capexUsd),
    1,
    0.1,
    1.5,
    8760,
    1,
    2,
    null,
    null
  );
}

function expectTableClose(actual: unknown, expected: readonly (readonly number[])[]): void {
  const table = actual as number[][];
  expect(table.map((line) => line.length)).toEqual(expected.map((line) => line.length));
  table.forEach((line, i) => line.forEach((cell, j) => expectClose(cell, expected[i]![j]!)));
}

describe("GPUSINSERVICE", () => {
  describe("results", () => {
    it("returns GPUs in service after the commissioning lag, retired after their life, as a row under a row", () => {
      expect(gpusInService(row(8, 0, 4, 0, 0), 1, 3)).toEqual([[0, 8, 8, 12, 4]]);
    });

    it("returns a column for a column of deliveries", () => {
      expect(gpusInService(column(8, 0, 4, 0, 0), [[1]], [[3]])).toEqual(column(0, 8, 8, 12, 4));
    });

    it("counts a blank GPUs-added cell (null, or empty text) as 0 GPUs", () => {
      expect(gpusInService(row(8, null, 4, "", 0), 1, 3)).toEqual([[0, 8, 8, 12, 4]]);
    });

    it("keeps every GPU in service when lifePeriods is omitted, and starts at once with no lag", () => {
      expect(gpusInService(row(2, 3, 0), null, null)).toEqual([[2, 5, 5]]);
      expect(gpusInService(row(2, 3, 0), [[null]], [[""]])).toEqual([[2, 5, 5]]);
    });

    it("treats a single value (or a one-cell range) as a one-period schedule", () => {
      expect(gpusInService(5, null, null)).toEqual([[5]]);
      expect(gpusInService([[5]], null, null)).toEqual([[5]]);
    });
  });

  describe("argument validation", () => {
    it("shows #VALUE! naming gpusAdded when it is a 2-D range", () => {
      expectExcelError(
        () =>
          gpusInService(
            [
              [1, 2],
              [3, 4],
            ],
            null,
            null
          ),
        VALUE,
        "gpusAdded is a range of 2 rows × 2 columns: give one row or one column of periods"
      );
    });

    it("shows #VALUE! naming gpusAdded when it is an empty range", () => {
      expectExcelError(
        () => gpusInService([], null, null),
        VALUE,
        "gpusAdded is empty: give at least one value"
      );
      expectExcelError(
        () => gpusInService([[]], null, null),
        VALUE,
        "gpusAdded is empty: give at least one value"
      );
    });

    it("shows #VALUE! naming commissioningPeriods when it is a range of more than one cell", () => {
      expectExcelError(
        () => gpusInService(row(1, 2), row(1, 2), null),
        VALUE,
        "commissioningPeriods takes one value: give a single cell, not a range of 1 rows × 2 columns"
      );
    });

    it("shows #VALUE! naming lifePeriods when it is not a whole number of at least 1", () => {
      expectExcelError(
        () => gpusInService(row(1, 2), null, 0),
        VALUE,
        /^lifePeriods must be a whole number from 1 to 100000 \(got 0: if the cell looks blank/
      );
    });

    it("shows #VALUE! naming gpusAdded and the period for text, a boolean or a negative count in a cell", () => {
      expectExcelError(
        () => gpusInService(row(1, "abc", 2), null, null),
        VALUE,
        'period 2: gpusAdded must be a number (got text "abc")'
      );
      expectExcelError(
        () => gpusInService(column(1, 2, true), null, null),
        VALUE,
        /^period 3: gpusAdded must be a number/
      );
      expectExcelError(
        () => gpusInService(row(1, -2), null, null),
        VALUE,
        /^period 2: gpusAdded must be/
      );
    });

    it("shows #VALUE! naming gpusAdded, the period and the error for an error cell in the range", () => {
      expectExcelError(
        () =>
          gpusInService(row(1, 2, errorCell(CustomFunctions.ErrorCode.notAvailable)), null, null),
        VALUE,
        "period 3: gpusAdded is the error #N/A: fix that cell first"
      );
    });
  });
});

describe("PERIODTOKENS", () => {
  it("returns million tokens per period over a fractional utilization ramp", () => {
    // 10 GPUs × 1,000 tokens/s × 7,884,000 s a quarter = 78,840 million tokens.
    expect(periodTokens(row(0, 10, 10), 1000, row(1, 0.5, 1), null, null)).toEqual([
      [0, 39420, 78840],
    ]);
  });

  it("takes the per-period arguments in either orientation and answers in gpusInService's", () => {
    expect(periodTokens(column(0, 10, 10), row(1000, 1000, 1000), column(1, 0.5, 1), 4, 0)).toEqual(
      column(0, 39420, 78840)
    );
  });

  it("grows throughput by annualThroughputGain from period 1, over years of periodsPerYear periods", () => {
    // One GPU at 1 token/s for a year is 31.536 million tokens; the second year's is 10% more.
    expectTableClose(periodTokens(row(1, 1), 1, null, 1, 0.1), [[31.536, 34.6896]]);
  });

  it("shows #VALUE! naming tokensPerSecondPerGpu, its length and gpusInService's when they differ", () => {
    expectExcelError(
      () => periodTokens(row(1, 1, 1), row(1000, 1000), null, null, null),
      VALUE,
      "tokensPerSecondPerGpu has 2 values but gpusInService has 3: give one value for every period, or a single value for all"
    );
  });

  it("shows #VALUE! naming periodsPerYear when it is a range, and annualThroughputGain when it is text", () => {
    expectExcelError(
      () => periodTokens(row(1, 1), 1000, null, column(4, 4), null),
      VALUE,
      "periodsPerYear takes one value: give a single cell, not a range of 2 rows × 1 columns"
    );
    expectExcelError(
      () => periodTokens(row(1, 1), 1000, null, null, [["fast"]]),
      VALUE,
      'annualThroughputGain must be a number (got text "fast")'
    );
  });

  it("shows #VALUE! with the blank-cell hint when a single tokensPerSecondPerGpu is 0", () => {
    expectExcelError(
      () => periodTokens(row(1, 1), [[0]], null, null, null),
      VALUE,
      /^tokensPerSecondPerGpu must be greater than 0.*older Excel builds pass blank cells as 0/
    );
  });
});

describe("SCHEDULE", () => {
  describe("results", () => {
    it("returns the hand-checked build-out, 8 lines under a row of quarters", () => {
      expectTableClose(buildOut(row), BUILD_OUT_LINES);
    });

    it("returns one row per period with the 8 lines across for a column of periods", () => {
      expectTableClose(buildOut(column), transpose(BUILD_OUT_LINES));
    });

    it("lines up with GPUSINSERVICE and PERIODTOKENS", () => {
      const table = buildOut(row) as number[][];
      const inService = gpusInService(row(...BUILD_OUT.gpusAdded), 1, 2) as number[][];
      expect(table[0]).toEqual(inService[0]);
      expect([table[1]]).toEqual(periodTokens(inService, 1000, null, 4, null));
    });

    it("applies annualPriceChange from period 1, per year of periods", () => {
      // One GPU at 1 token/s: 31.536 million tokens a year at 10 USD, then half the price.
      const table = schedule(
        row(1, 0),
        1,
        10,
        null,
        1,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        -0.5,
        null
      ) as number[][];
      expectTableClose([table[2]!], [[315.36, 157.68]]);
    });

    it("equals the core's schedule line for line", () => {
      const lines = core.scheduleLines({
        gpusAdded: [3, 0, 2, 0, 0, 1],
        tokensPerSecondPerGpu: [900, 950, 1000, 1000, 1100, 1100],
        usdPerMillionTokens: 1.5,
        utilization: [0.2, 0.5, 0.8, 0.9, 0.9, 0.9],
        periodsPerYear: 12,
        powerKwPerGpu: 1.2,
        usdPerKwh: 0.08,
        annualPriceChange: -0.3,
        annualThroughputGain: 0.25,
      });
      const table = schedule(
        row(3, 0, 2, 0, 0, 1),
        column(900, 950, 1000, 1000, 1100, 1100),
        [[1.5]],
        row(0.2, 0.5, 0.8, 0.9, 0.9, 0.9),
        12,
        null,
        1.2,
        0.08,
        null,
        null,
        null,
        null,
        -0.3,
        0.25
      );
      expect(table).toEqual(core.SCHEDULE_LINES.map((line) => lines[line.key]));
    });
  });

  describe("argument validation", () => {
    it("shows #VALUE! naming capexUsd when it is a single value other than 0", () => {
      expectExcelError(
        () =>
          schedule(
            row(1, 1),
            1000,
            2,
            null,
            null,
            5e6,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null
          ),
        VALUE,
        "capexUsd must have one value per period, or be omitted: a single value would be charged again in every period"
      );
    });

    it("shows #VALUE! naming usdPerMillionTokens, its length and gpusAdded's when they differ", () => {
      expectExcelError(
        () =>
          schedule(
            row(1, 1, 1, 1),
            1000,
            column(2, 3),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null
          ),
        VALUE,
        "usdPerMillionTokens has 2 values but gpusAdded has 4: give one value for every period, or a single value for all"
      );
    });

    it("shows #VALUE! naming usdPerMillionTokens when it is a 2-D range", () => {
      expectExcelError(
        () =>
          schedule(
            row(1, 1),
            1000,
            [
              [2, 3],
              [2, 3],
            ],
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null
          ),
        VALUE,
        "usdPerMillionTokens is a range of 2 rows × 2 columns: give one row or one column of periods"
      );
    });

    it("shows #VALUE! naming the argument and period for a blank price and for an error cell", () => {
      expectExcelError(
        () =>
          schedule(
            row(1, 1),
            1000,
            row(2, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null
          ),
        VALUE,
        "usdPerMillionTokens has no value for period 2: give a number for every period, or one number for all"
      );
      expectExcelError(
        () =>
          schedule(
            row(1, 1),
            1000,
            2,
            row(1, errorCell(CustomFunctions.ErrorCode.divisionByZero)),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null
          ),
        VALUE,
        "period 2: utilization is the error #DIV/0!: fix that cell first"
      );
    });

    it("shows #VALUE! naming annualPriceChange when it is a range of more than one cell", () => {
      expectExcelError(
        () =>
          schedule(
            row(1, 1),
            1000,
            2,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            row(0, 0.1),
            null
          ),
        VALUE,
        "annualPriceChange takes one value: give a single cell, not a range of 1 rows × 2 columns"
      );
    });
  });
});

describe("SCHEDULELABELS", () => {
  const labels = core.SCHEDULE_LINES.map((line) => line.label);

  it("returns SCHEDULE's labels in its line order, down a column by default", () => {
    expect(scheduleLabels(null)).toEqual(labels.map((label) => [label]));
    expect(scheduleLabels([[""]])).toEqual(labels.map((label) => [label]));
    expect(labels[0]).toBe("GPUs in service");
    expect(labels[7]).toBe("Cumulative net cash (USD)");
  });

  it('returns them across a row for "row", in any case', () => {
    expect(scheduleLabels(" Row ")).toEqual([labels]);
    expect(scheduleLabels([["COLUMN"]])).toEqual(labels.map((label) => [label]));
  });

  it("shows #VALUE! naming orientation for any other value", () => {
    expectExcelError(
      () => scheduleLabels("diagonal"),
      VALUE,
      'orientation must be "column" (labels down a column) or "row" (labels across a row) (got text "diagonal")'
    );
    expectExcelError(
      () => scheduleLabels(row("row", "row")),
      VALUE,
      /^orientation takes one value/
    );
  });
});

describe("CASHFLOWNPV", () => {
  it("returns Excel's NPV documentation example, with the first value at time 0", () => {
    expectClose(
      cashFlowNpv(0.08, row(-40000, 8000, 9200, 10000, 12000, 14500), null),
      1922.061554932363,
      1e-12
    );
    expectClose(
      cashFlowNpv([[0.08]], column(-40000, 8000, 9200, 10000, 12000, 14500), [[null]]),
      1922.061554932363,
      1e-12
    );
  });

  it("discounts value k by (1 + annualRate)^(k / periodsPerYear)", () => {
    expectClose(cashFlowNpv(0.21, row(-50, 0, 0, 0, 121), 4), 50, 1e-12);
  });

  it("counts a blank cell as 0 cash, keeping the later values' timing", () => {
    expect(cashFlowNpv(0.1, row(-100, null, 121), null)).toBe(
      cashFlowNpv(0.1, row(-100, 0, 121), null)
    );
  });

  describe("the README's timing recipe: a time-0 value, then SCHEDULE's net cash flow row", () => {
    // 72 GPUs × 10,000 tokens/s = TOKENNPV's 720,000 tokens/s; 10,000 USD per GPU a year = 720,000 a year.
    const net = (periodsPerYear: number, periods: number): number[] => {
      const gpusAdded = [72, ...new Array<number>(periods - 1).fill(0)];
      const args = [
        row(...gpusAdded),
        10000,
        1.1,
        null,
        periodsPerYear,
        null,
        null,
        null,
        null,
        10000,
      ];
      return (schedule(...args, null, null, null, null) as number[][])[6]!;
    };

    it("equals TOKENNPV on annual periods", () => {
      const npvByTokenNpv = tokenNpv(0.1, 5e6, 3, 720000, 1.1, null, 720000);
      expectClose(cashFlowNpv(0.1, row(-5e6, ...net(1, 3)), 1) as number, npvByTokenNpv, 1e-14);
    });

    it("discounts a quarterly schedule as TOKENNPV's convention does TOKENCASHFLOWS' quarterly flows", () => {
      const flows = (
        tokenCashFlows(
          5e6,
          3,
          720000,
          1.1,
          null as never,
          720000,
          null as never,
          null as never,
          4
        ) as number[][]
      )
        .slice(1)
        .map((line) => line[4] as number);
      const quarterly = net(4, 12);
      quarterly.forEach((value, k) => expectClose(value, flows[k + 1]!, 1e-12));
      const byConvention = flows.reduce((sum, value, k) => sum + value / 1.1 ** (k / 4), 0);
      expectClose(cashFlowNpv(0.1, row(-5e6, ...quarterly), 4) as number, byConvention, 1e-12);
    });
  });

  it("shows #VALUE! naming annualRate when it is blank, a range or -1", () => {
    expectExcelError(
      () => cashFlowNpv(null, row(1, 2), null),
      VALUE,
      "annualRate is required: enter a number (the cell is blank or the argument is missing)"
    );
    expectExcelError(
      () => cashFlowNpv(column(0.1, 0.2), row(1, 2), null),
      VALUE,
      /^annualRate takes one value/
    );
    expectExcelError(
      () => cashFlowNpv(-1, row(1, 2), null),
      VALUE,
      "annualRate must be greater than -1 and at most 100"
    );
  });

  it("shows #VALUE! naming values and time 0 for an error cell", () => {
    expectExcelError(
      () => cashFlowNpv(0.1, row(errorCell(CustomFunctions.ErrorCode.notAvailable), 2), null),
      VALUE,
      "period 0: values is the error #N/A: fix that cell first"
    );
  });

  it("answers a 1,000,000-cell values row or column with a clear #VALUE!, never a crash", () => {
    const million = new Array<number>(1_000_000).fill(1);
    const message = "values has 1000000 values; at most 100000 are allowed";
    expectExcelError(() => cashFlowNpv(0.1, [million], null), VALUE, message);
    expectExcelError(
      () =>
        cashFlowNpv(
          0.1,
          million.map((v) => [v]),
          null
        ),
      VALUE,
      message
    );
    expectExcelError(() => cashFlowIrr([million], null), VALUE, message);
    expectExcelError(
      () => gpusInService([million], null, null),
      VALUE,
      "gpusAdded has 1000000 values; at most 100000 are allowed"
    );
    const square = Array.from({ length: 1000 }, () => million.slice(0, 1000));
    expectExcelError(
      () => cashFlowPayback(square, null),
      VALUE,
      "values is a range of 1000 rows × 1000 columns: give one row or one column of periods"
    );
  });

  it("answers the largest row allowed, 100,000 values", () => {
    const values = [-1e6, ...new Array<number>(99_999).fill(100)];
    expect(Number.isFinite(cashFlowNpv(0.1, [values], 365))).toBe(true);
  });
});

describe("CASHFLOWIRR", () => {
  it("returns Excel's IRR documentation example in either orientation", () => {
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    expectClose(cashFlowIrr(row(...flows), null) as number, 0.08663094803653162, 1e-9);
    expect(cashFlowIrr(column(...flows), null)).toBe(cashFlowIrr(row(...flows), null));
  });

  it("returns the annual rate of quarterly flows", () => {
    expectClose(cashFlowIrr(row(-100, 0, 0, 0, 121), 4) as number, 0.21, 1e-12);
  });

  it("agrees with CASHFLOWNPV: the rate it returns zeroes the NPV", () => {
    const rate = cashFlowIrr(row(-100, 30, 40, 50, 10), 4) as number;
    expectClose(cashFlowNpv(rate, row(-100, 30, 40, 50, 10), 4) as number, 0, 0, 1e-9);
  });

  it("shows #NUM! when no rate solves", () => {
    expectExcelError(() => cashFlowIrr(row(100, 100, 100), null), NUM);
  });

  // The benchmark's hard cases (several sign changes, zeros, tangent roots, 120 periods), as Excel passes a
  // row: the rate TOKENIRR's solver finds, or #NUM! where none solves.
  const { HARD_IRR_CASES } = require("../../bench/cases/irrHardCases") as {
    HARD_IRR_CASES: readonly { name: string; flows: readonly number[]; noSolution?: boolean }[];
  };
  it.each(HARD_IRR_CASES.map((c) => [c.name, c] as const))(
    "solves the hard case %s",
    (_name, hard) => {
      // On annual periods the rate is exactly the one TOKENIRR's solver (core irr) finds.
      const expected = core.irr(hard.flows);
      if (hard.noSolution || !expected.ok) {
        expect(expected.ok).toBe(false);
        expectExcelError(() => cashFlowIrr([[...hard.flows]], null), NUM);
        return;
      }
      expect(cashFlowIrr([[...hard.flows]], null)).toBe(expected.value);
    }
  );
});

describe("CASHFLOWPAYBACK", () => {
  it("returns months to the last crossing on a schedule whose cumulative dips again", () => {
    // Cumulative -100, -40, 20, -30, 30: above 0 for good halfway through quarter 4.
    expect(cashFlowPayback(row(-100, 60, 60, -50, 60), 4)).toBe(10.5);
  });

  it("returns 0 when the cumulative is never negative", () => {
    expect(cashFlowPayback(column(0, 5, 5), null)).toBe(0);
  });

  it("agrees with PAYBACKMONTHS on TOKENCASHFLOWS' monthly net column when the cumulative never dips back", () => {
    const args = [5e6, 3, 720000, 1.1, 0.8, 2e6, -0.3, 0.25] as const;
    const monthly = (tokenCashFlows(...args, 12) as number[][]).slice(1).map((line) => [line[4]]);
    expectClose(cashFlowPayback(monthly, 12) as number, payback(...args), 1e-9);
  });

  it("shows #N/A with the reason when it ends below 0, as the build-out above does", () => {
    const net = (buildOut(row) as number[][])[6]!;
    expectExcelError(
      () => cashFlowPayback(row(0, ...net), 4),
      NA,
      "never pays back: cumulative cash is still below 0 after the last value"
    );
  });
});

describe("the built bundle (dist/functions.js), each new ID called with 2-D arrays as Excel calls it", () => {
  const { byId } = loadBuiltFunctions();
  const call = (id: string, ...args: unknown[]): unknown => {
    const fn = byId.get(id);
    if (!fn) throw new Error(`${id} is not registered`);
    return fn(...args);
  };

  it("registers the seven IDs and answers as the source does", () => {
    expect(call("GPUSINSERVICE", row(8, 0, 4, 0, 0), [[1]], [[3]])).toEqual([[0, 8, 8, 12, 4]]);
    expect(
      call("PERIODTOKENS", column(0, 10, 10), [[1000]], column(1, 0.5, 1), null, null)
    ).toEqual(column(0, 39420, 78840));
    const args = [
      row(4, 0, 0, 0),
      [[1000]],
      row(2, 2, 3, 3),
      null,
      [[4]],
      row(100000, 0, 0, 50000),
      [[1]],
      [[0.1]],
      [[1.5]],
      [[8760]],
      [[1]],
      [[2]],
      null,
      null,
    ];
    expectTableClose(call("SCHEDULE", ...args), BUILD_OUT_LINES);
    expect(call("SCHEDULELABELS", [["row"]])).toEqual(scheduleLabels("row"));
    expectClose(call("CASHFLOWNPV", [[0.21]], row(-50, 0, 0, 0, 121), [[4]]) as number, 50, 1e-12);
    expectClose(call("CASHFLOWIRR", column(-100, 0, 0, 0, 121), [[4]]) as number, 0.21, 1e-12);
    expect(call("CASHFLOWPAYBACK", row(-100, 60, 60, -50, 60), [[4]])).toBe(10.5);
  });

  it("raises the runtime's CustomFunctions.Error with the message", () => {
    expect(() => call("CASHFLOWPAYBACK", row(-100, 1), null)).toThrow(
      "never pays back: cumulative cash is still below 0 after the last value"
    );
  });

  it("passes a one-row, one-column or one-cell result the same numbers either way", () => {
    expect(flat(call("GPUSINSERVICE", column(1, 2), null, null) as unknown[][])).toEqual(
      flat(call("GPUSINSERVICE", row(1, 2), null, null) as unknown[][])
    );
  });
});
