import * as F from "../../src/functions/functions";
import { expectExcelError } from "../support/errors";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";
import { oneCell, scalar } from "../support/oneCell";
import { expectClose } from "../support/tolerance";

/**
 * TORNADO, SOLVEFOR, SCENARIOS and SIMULATE called as Excel calls them: tables as 2-D ranges (blank cells
 * null), one-value arguments as plain values or one-cell ranges, omitted ones null. Expected values come
 * from the single-value functions (ROIMULTIPLE, TOKENIRR…) called directly, or from closed forms.
 */
type Loose = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
const tornado = F.tornadoTable as Loose;
const solveFor = (...args: unknown[]): number => oneCell((F.solveForValue as Loose)(...args));
const scenarios = F.scenarioTable as Loose;
const simulate = F.simulationSummary as Loose;
const roi = scalar(F.roi);
const irr = scalar(F.tokenIrrRate);
const VALUE = "#VALUE!";
const NA = "#N/A";

/** The vendor claim: $5M, 3 years, 72 GPUs at 10,000 tokens/s, $1.10 per million tokens. */
const CLAIM = [
  ["investmentUsd", 5e6],
  ["years", 3],
  ["tokensPerSecond", 720000],
  ["usdPerMillionTokens", 1.1],
];
/** The same with running cost, price decline and software gains, so no metric is linear. */
const LIFECYCLE = [
  ...CLAIM,
  ["utilization", 0.7],
  ["annualOperatingCostUsd", 1.2e6],
  ["annualPriceChange", -0.5],
  ["annualThroughputGain", 0.3],
];

/** The value next to `label` in a spilled label/value table. */
function valueOf(table: unknown, label: string): unknown {
  const row = (table as unknown[][]).find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label} in ${JSON.stringify(table)}`);
  return row[1];
}

describe("SOLVEFOR", () => {
  describe("results", () => {
    it("finds the token price that makes the 15x true, where ROIMULTIPLE is 15", () => {
      const price = solveFor("roiMultiple", 15, "usdPerMillionTokens", CLAIM, null, null);
      expectClose(roi(5e6, 3, 720000, price, null, null, null, null), 15, 1e-12, 0);
      // ROI is proportional to the price here: 15 / ROI(1.10) × 1.10.
      expectClose(price, (15 / roi(5e6, 3, 720000, 1.1, null, null, null, null)) * 1.1, 1e-12, 0);
    });

    it("finds the utilization for a 150% IRR on the lifecycle model, where TOKENIRR is 1.5", () => {
      const u = solveFor("irr", 1.5, "utilization", LIFECYCLE, null, null);
      expect(u).toBeGreaterThan(0);
      expect(u).toBeLessThanOrEqual(1);
      expectClose(irr(5e6, 3, 720000, 1.1, u, 1.2e6, -0.5, 0.3), 1.5, 1e-9, 0);
    });

    it("reads one-cell ranges as the values they hold", () => {
      const plain = solveFor("roiMultiple", 3, "utilization", LIFECYCLE, null, null);
      expect(solveFor([["roiMultiple"]], [[3]], [["utilization"]], LIFECYCLE, [[null]], null)).toBe(
        plain
      );
    });

    it("searches only within the bounds given", () => {
      const price = solveFor("roiMultiple", 15, "usdPerMillionTokens", CLAIM, 1, 2);
      expectClose(price, 1.1010344438807147, 1e-12, 0);
    });
  });

  describe("argument validation", () => {
    it("shows #N/A saying which side the metric stays on when no value reaches the target", () => {
      expectExcelError(
        () => (F.solveForValue as Loose)("roiMultiple", 100, "utilization", CLAIM, null, null),
        NA,
        "no value of utilization from 0 to 1 makes roiMultiple equal 100: roiMultiple stays below 100 there"
      );
    });

    it("shows #VALUE! naming target when it is a range of several cells", () => {
      expectExcelError(
        () => (F.solveForValue as Loose)("roiMultiple", [[15, 16]], "utilization", CLAIM),
        VALUE,
        "target must be a single value: SOLVEFOR does not spill over ranges"
      );
    });

    it("shows #VALUE! naming parameter when it is no model input", () => {
      expectExcelError(
        () => (F.solveForValue as Loose)("roiMultiple", 15, "price", CLAIM),
        VALUE,
        "parameter: price is not a model input (use names such as gpuCount, usdPerMillionTokens, utilization)"
      );
    });
  });
});

describe("TORNADO", () => {
  const lowHigh = [
    ["utilization", 0.5, 1],
    ["usdPerMillionTokens", 0.55, 2.2],
    ["annualPriceChange", -0.8, 0],
  ];

  it("gives each input's ROI at low and at high as ROIMULTIPLE does, sorted by swing", () => {
    const table = tornado("roiMultiple", LIFECYCLE, lowHigh) as unknown[][];
    expect(table[0]).toEqual([
      "parameter",
      "low",
      "high",
      "roiMultiple at low",
      "roiMultiple at high",
      "swing",
    ]);
    const base = [5e6, 3, 720000, 1.1, 0.7, 1.2e6, -0.5, 0.3];
    const at = (slot: number, value: number): number => {
      const args: unknown[] = [...base];
      args[slot] = value;
      return roi(...args);
    };
    const expected = [
      ["utilization", 0.5, 1, at(4, 0.5), at(4, 1)],
      ["usdPerMillionTokens", 0.55, 2.2, at(3, 0.55), at(3, 2.2)],
      ["annualPriceChange", -0.8, 0, at(6, -0.8), at(6, 0)],
    ]
      .map((row) => [...row, Math.abs((row[4] as number) - (row[3] as number))])
      .sort((a, b) => (b[5] as number) - (a[5] as number));
    expect(table).toHaveLength(4);
    table.slice(1).forEach((row, i) => {
      const want = expected[i] as unknown[];
      expect(row.slice(0, 3)).toEqual(want.slice(0, 3));
      for (const k of [3, 4, 5]) expectClose(row[k] as number, want[k] as number, 1e-12, 0);
    });
  });

  it("shows #N/A in a cell where the metric has no answer, with the reason, and sorts that row last", () => {
    // $20M a year to run: at $0.50 per million tokens every year loses money, so there is no IRR.
    const table = tornado(
      "irr",
      [...CLAIM, ["annualOperatingCostUsd", 2e7]],
      [
        ["usdPerMillionTokens", 0.5, 2.2],
        ["annualThroughputGain", 0, 0.5],
      ]
    ) as unknown[][];
    const last = table[2] as unknown[];
    expect(last[0]).toBe("usdPerMillionTokens");
    expect(last[3]).toBeInstanceOf(CustomFunctionsError);
    expect((last[3] as CustomFunctionsError).code).toBe(NA);
    expect((last[3] as CustomFunctionsError).message).toBe(
      "no rate of return makes the NPV of these cash flows 0"
    );
    expect(last[5]).toBe(0);
  });

  it("skips blank rows and reads blank cells as blank, wherever the table has them", () => {
    const withBlanks = [
      ["investmentUsd", 5e6],
      [null, null],
      ["  years ", 3],
      ["", ""],
      ["TOKENSPERSECOND", 720000],
      ["usdPerMillionTokens", 1.1],
    ];
    expect(
      tornado("roiMultiple", withBlanks, [
        ["utilization", 0.5, 1],
        [null, "", null],
      ])
    ).toEqual(tornado("roiMultiple", CLAIM, [["utilization", 0.5, 1]]));
  });

  it("shows #VALUE! naming the lowHigh row whose low breaks the input's rule", () => {
    expectExcelError(
      () =>
        tornado("roiMultiple", CLAIM, [
          ["utilization", 0.5, 1],
          ["utilization", 1.5, 2],
        ]),
      VALUE,
      "lowHigh row 2: utilization is already given in row 1"
    );
    expectExcelError(
      () => tornado("roiMultiple", CLAIM, [["utilization", 1.5, 2]]),
      VALUE,
      "lowHigh row 1: utilization must be greater than 0 and at most 1"
    );
  });

  it("shows #VALUE! when lowHigh has fewer than three columns", () => {
    expectExcelError(
      () => tornado("roiMultiple", CLAIM, [["utilization", 0.5]]),
      VALUE,
      "lowHigh must be a range of three columns: input name, low value, high value (got 2 columns)"
    );
  });

  it("shows #VALUE! when metric is a range of several cells", () => {
    expectExcelError(
      () => tornado([["roiMultiple", "irr"]], CLAIM, [["utilization", 0.5, 1]]),
      VALUE,
      "metric must be a single value: TORNADO returns a table"
    );
  });
});

describe("SCENARIOS", () => {
  it("gives each scenario's IRR as TOKENIRR does, names as the header", () => {
    const table = scenarios("IRR", LIFECYCLE, [
      ["", "Base", "Bear", "Bull"],
      ["usdPerMillionTokens", null, 0.55, 2],
      ["annualPriceChange", "", -0.8, null],
    ]);
    expect(table).toEqual([
      ["scenario", "Base", "Bear", "Bull"],
      [
        "irr",
        irr(5e6, 3, 720000, 1.1, 0.7, 1.2e6, -0.5, 0.3),
        irr(5e6, 3, 720000, 0.55, 0.7, 1.2e6, -0.8, 0.3),
        irr(5e6, 3, 720000, 2, 0.7, 1.2e6, -0.5, 0.3),
      ],
    ]);
  });

  it("shows #VALUE! in the one scenario whose override is invalid, naming its row and name", () => {
    const table = scenarios("roiMultiple", CLAIM, [
      ["", "Good", "Bad"],
      ["utilization", 0.5, 2],
    ]) as unknown[][];
    expect(table[1]?.[1]).toBe(roi(5e6, 3, 720000, 1.1, 0.5, null, null, null));
    const bad = table[1]?.[2] as CustomFunctionsError;
    expect(bad).toBeInstanceOf(CustomFunctionsError);
    expect(bad.code).toBe(VALUE);
    expect(bad.message).toBe(
      "scenarios row 2, scenario Bad: utilization must be greater than 0 and at most 1"
    );
  });
});

describe("SIMULATE", () => {
  // ROI is proportional to the price on the claim: 1x at 1.10 / ROI(1.10).
  const breakEvenPrice = 1.1 / roi(5e6, 3, 720000, 1.1, null, null, null, null);

  it("reproduces ROIMULTIPLE exactly with a degenerate input (min = mode = max)", () => {
    const table = simulate(
      "roiMultiple",
      CLAIM,
      [["usdPerMillionTokens", "pert", 1.1, 1.1, 1.1]],
      100
    );
    const exact = roi(5e6, 3, 720000, 1.1, null, null, null, null);
    for (const label of ["mean", "P5", "P10", "P50", "P90", "P95"])
      expect(valueOf(table, label)).toBe(exact);
    expect(valueOf(table, "standard deviation")).toBe(0);
    expect(valueOf(table, "probability of loss")).toBe(0);
  });

  it("gives the probability of loss of a uniform price around break-even to within one trial", () => {
    const table = simulate(
      "roiMultiple",
      CLAIM,
      [["usdPerMillionTokens", "uniform", 0.02, 0.12]],
      [[10000]],
      null,
      null,
      null
    );
    // Latin hypercube puts exactly one draw in each 1/10,000 of the price range.
    expectClose(
      valueOf(table, "probability of loss") as number,
      (breakEvenPrice - 0.02) / 0.1,
      0,
      1e-4
    );
    expectClose(
      valueOf(table, "P50") as number,
      roi(5e6, 3, 720000, 0.07, null, null, null, null),
      0,
      1e-3
    );
  });

  it("counts losses against the threshold given in statistics", () => {
    const table = simulate(
      "roiMultiple",
      CLAIM,
      [["usdPerMillionTokens", "uniform", 0.5, 1.5]],
      1000,
      null,
      null,
      [["threshold", 10]]
    );
    const priceAt10 = 10 * breakEvenPrice;
    expectClose(valueOf(table, "probability of loss") as number, priceAt10 - 0.5, 0, 1e-3);
  });

  it("gives identical tables for the same seed and different ones for another seed", () => {
    const run = (seed: unknown): unknown =>
      simulate(
        "irr",
        LIFECYCLE.concat([["discountRate", 0.1]]),
        [
          ["usdPerMillionTokens", "triangular", 0.5, 1.1, 2],
          ["utilization", "normal", 0.7, 0.2],
        ],
        500,
        seed,
        [
          [1, 0.5],
          [0.5, 1],
        ],
        null
      );
    expect(run(7)).toEqual(run([[7]]));
    expect(run(7)).not.toEqual(run(8));
  });

  it("appends histogram bins (from, to, count) asked for as a number or as a bins row", () => {
    const args = [
      "roiMultiple",
      CLAIM,
      [["usdPerMillionTokens", "triangular", 0.5, 1, 2]],
      1000,
      3,
      null,
    ];
    const table = simulate(...args, 4) as unknown[][];
    expect(simulate(...args, [["bins", 4]])).toEqual(table);
    const header = table.findIndex((row) => row[0] === "bin from");
    expect(table[header]).toEqual(["bin from", "bin to", "count"]);
    const bins = table.slice(header + 1);
    expect(bins).toHaveLength(4);
    expect(bins.reduce((sum, bin) => sum + (bin[2] as number), 0)).toBe(1000);
    // The bins run from the smallest trial to the largest, beyond P5 and P95.
    expect(bins[0]?.[0] as number).toBeLessThanOrEqual(valueOf(table, "P5") as number);
    expect(bins[3]?.[1] as number).toBeGreaterThanOrEqual(valueOf(table, "P95") as number);
    expect(table.every((row) => row.length === 3)).toBe(true);
  });

  it("reports the share of an unbounded input truncated at its rule", () => {
    const table = simulate("roiMultiple", CLAIM, [["utilization", "normal", 0.9, 0.1]], 200);
    // Utilization must be at most 1: the normal's share above mean + 1 sd (Φ(-1) = 0.158655…).
    expectClose(
      valueOf(table, "share of utilization truncated") as number,
      0.15865525393145707,
      1e-9
    );
  });

  describe("argument validation", () => {
    it("shows #VALUE! for a one-cell inputs: the model is a table", () => {
      expectExcelError(
        () => simulate("roiMultiple", [[5e6]], [["utilization", "uniform", 0.5, 1]]),
        VALUE,
        "inputs must be a range of two columns: input name, then value (got 1 column)"
      );
    });

    it("shows #VALUE! naming the inputs row of an unknown name, a duplicate or a bad value", () => {
      const uncertain = [["utilization", "uniform", 0.5, 1]];
      expectExcelError(
        () => simulate("roiMultiple", [...CLAIM, ["gpus", 8]], uncertain),
        VALUE,
        "inputs row 5: gpus is not a model input (use names such as gpuCount, usdPerMillionTokens, utilization)"
      );
      expectExcelError(
        () => simulate("roiMultiple", [...CLAIM, ["YEARS", 4]], uncertain),
        VALUE,
        "inputs row 5: years is already given in row 2"
      );
      expectExcelError(
        () => simulate("roiMultiple", [["investmentUsd", "5M"], ...CLAIM.slice(1)], uncertain),
        VALUE,
        'inputs row 1: investmentUsd must be a number (got text "5M")'
      );
    });

    it("shows #VALUE! naming the cell of an error value inside a table", () => {
      expectExcelError(
        () =>
          simulate("roiMultiple", CLAIM, [
            ["utilization", "uniform", 0.5, new CustomFunctionsError("#DIV/0!", "in a cell")],
          ]),
        VALUE,
        "uncertain row 1, column 4 is #DIV/0!: fix that cell"
      );
    });

    it("shows #VALUE! naming the uncertain row whose range crosses the input's rule", () => {
      expectExcelError(
        () => simulate("roiMultiple", CLAIM, [["utilization", "triangular", 0.5, 0.9, 1.2]]),
        VALUE,
        "uncertain row 1: the range of utilization must stay within its rule: utilization must be greater than 0 and at most 1"
      );
    });

    it("shows #VALUE! beyond the trials cap", () => {
      expectExcelError(
        () => simulate("roiMultiple", CLAIM, [["utilization", "uniform", 0.5, 1]], 100001),
        VALUE,
        "trials must be a whole number from 2 to 100000"
      );
    });

    it("shows #VALUE! for a correlation matrix that is not one", () => {
      const uncertain = [
        ["utilization", "uniform", 0.5, 1],
        ["usdPerMillionTokens", "uniform", 0.5, 1],
      ];
      expectExcelError(
        () =>
          simulate("roiMultiple", CLAIM, uncertain, 100, 1, [
            [1, 0.5],
            [0.4, 1],
          ]),
        VALUE,
        "correlations must be symmetric: row 2, column 1 differs from row 1, column 2"
      );
    });

    it("shows #VALUE! naming the statistics row of an unknown option or a bad value", () => {
      const uncertain = [["utilization", "uniform", 0.5, 1]];
      expectExcelError(
        () =>
          simulate("roiMultiple", CLAIM, uncertain, 100, 1, null, [
            ["bins", 5],
            ["colour", 1],
          ]),
        VALUE,
        'statistics row 2: "colour" is not an option (use "bins", "threshold" or "sampling")'
      );
      expectExcelError(
        () => simulate("roiMultiple", CLAIM, uncertain, 100, 1, null, [["sampling", "sobol"]]),
        VALUE,
        'statistics row 1: sampling must be "latin" or "random"'
      );
      expectExcelError(
        () => simulate("roiMultiple", CLAIM, uncertain, 100, 1, null, 0),
        VALUE,
        "histogramBins must be a whole number from 1 to 1000"
      );
    });

    it("shows #VALUE! when a required table is blank", () => {
      expectExcelError(
        () => simulate("roiMultiple", [[null, null]], [["utilization", "uniform", 0.5, 1]]),
        VALUE,
        "inputs is required: select its range (the range is blank or the argument is missing)"
      );
    });
  });
});
