import fc from "fast-check";

import { MESSAGES } from "../../../src/core";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import type { CalculatorInputs } from "../../../src/taskpane/model/inputs";
import type { Block, CellWrite } from "../../../src/taskpane/workbook/block";
import type { ModelContext } from "../../../src/taskpane/workbook/modelRows";
import {
  BUILDOUT_OUTPUT_NAMES,
  NATIVE_BUILDOUT_QUARTERS,
  defaultBuildOutPlan,
  nativeBuildOutOutputs,
  nativeBuildOutSheet,
} from "../../../src/taskpane/workbook/nativeBuildOut";
import type { BuildOutPlan } from "../../../src/taskpane/workbook/nativeBuildOut";
import { INPUT_CHECK_NAME } from "../../../src/taskpane/workbook/nativeModel";
import { ADDIN_VERSION } from "../../../src/taskpane/version";
import { isClose } from "../../support/tolerance";
import { evaluateBlock } from "./nativeHyperFormula";

const CONTEXT: ModelContext = {
  platformDisplayName: "NVIDIA GB200 NVL72",
  tokensPerSecondPerGpu: 1000,
  throughputSource: "InferenceX",
  insertedOn: "2026-11-29",
};

/** Functions LibreOffice 7.4 computes and Excel stores without a `_xlfn.` prefix. */
const PORTABLE_FUNCTIONS = new Set([
  "AND",
  "COUNT",
  "COUNTBLANK",
  "COUNTIF",
  "IF",
  "IFERROR",
  "INDEX",
  "INT",
  "IRR",
  "ISNUMBER",
  "MAX",
  "NPV",
  "POWER",
  "ROUND",
  "SUM",
  "SUMIFS",
]);

/** Simple figures a reader can follow: 1,000 tokens/s per GPU, $2 per million, $50,000 a GPU, no running cost. */
function simple(extra: Partial<CalculatorInputs> = {}): CalculatorInputs {
  return {
    ...defaultInputs("GB200"),
    costBasis: "build",
    gpuCount: 10,
    years: 1,
    usdPerMillionTokens: 2,
    utilization: 1,
    capexPerGpu: 50_000,
    lifeYears: 5,
    powerKwPerGpu: 0,
    usdPerKwh: 0,
    pue: 1,
    opexPerGpuYear: 0,
    annualPriceChange: 0,
    annualThroughputGain: 0,
    discountRate: 0.1,
    ...extra,
  };
}

const plan = (deliveries: number[], commissioningQuarters = 1, time0CashUsd = 0): BuildOutPlan => ({
  deliveries,
  commissioningQuarters,
  time0CashUsd,
});

const formulasOf = (block: Block): string[] =>
  block.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));

const cellAt = (block: Block, name: string): CellWrite | undefined => {
  const at = block.names.find((n) => n.name === name);
  return block.cells.find((c) => c.row === at?.row && c.column === at?.column);
};

const RELATIVE = 1e-9;
const ABSOLUTE = 1e-6;
const IRR_RELATIVE = 1e-7;

/**
 * A root so near −100% that the core returns exactly −1 a year: IRR takes no guess at −1, so no
 * spreadsheet can start there; the sheet says no rate solves.
 */
const isIrrAtMinusOne = (annual: unknown): boolean => typeof annual === "number" && annual === -1;

/**
 * Every formula cell of `sheet` evaluated by HyperFormula equals the cached result of the same cell in
 * `expected` (the core's value); an IRR cell within 1e-7.
 */
function expectSheetAgreesWithCore(expected: Block, sheet: Block = expected): void {
  const evaluated = evaluateBlock(sheet);
  const irr = cellAt(expected, "Irr");
  try {
    const failures: string[] = [];
    for (const c of expected.cells) {
      if (c.formula === undefined) continue;
      const actual = evaluated.value(c.row, c.column);
      const relative = c === irr ? IRR_RELATIVE : RELATIVE;
      const ok =
        isIrrAtMinusOne(c.result) && c === irr
          ? actual === MESSAGES.noIrr()
          : typeof c.result === "number"
            ? typeof actual === "number" && isClose(actual, c.result, relative, ABSOLUTE)
            : c.result === undefined || actual === c.result || (actual === null && c.result === "");
      if (!ok)
        failures.push(
          `${c.formula} at ${c.row},${c.column}: sheet ${JSON.stringify(actual)}, core ${String(c.result)}`
        );
    }
    expect(failures).toEqual([]);
  } finally {
    evaluated.destroy();
  }
}

describe("nativeBuildOutSheet", () => {
  const block = nativeBuildOutSheet(simple({ years: 3, gpuCount: 64 }), CONTEXT);

  describe("layout", () => {
    it("names every input and output, and the check cell", () => {
      const names = block.names.map((n) => n.name);
      expect(names).toEqual(expect.arrayContaining([...BUILDOUT_OUTPUT_NAMES, INPUT_CHECK_NAME]));
      expect(names).toEqual(
        expect.arrayContaining([
          "Quarters",
          "TokensPerSecondPerGpu",
          "CommissioningQuarters",
          "LifeQuarters",
          "Time0CashUsd",
          "DiscountRate",
        ])
      );
      expect(new Set(names).size).toBe(names.length);
      expect(nativeBuildOutOutputs(block).map((o) => o.name)).toEqual([...BUILDOUT_OUTPUT_NAMES]);
    });

    it("uses only functions LibreOffice 7.4 computes, and no TOKENOMICS function", () => {
      const used = new Set(
        formulasOf(block).flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]))
      );
      expect([...used].filter((name) => !PORTABLE_FUNCTIONS.has(name as string))).toEqual([]);
      expect(formulasOf(block).join(" ")).not.toMatch(/TOKENOMICS/);
    });

    it("writes no number in exponent form (some engines cannot read 1E-9 in a formula)", () => {
      expect(formulasOf(block).filter((f) => /\d[eE][+-]?\d/.test(f))).toEqual([]);
    });

    it(`lays out ${NATIVE_BUILDOUT_QUARTERS} quarters after time 0, deliveries as blue input cells`, () => {
      const delivered = block.cells.filter(
        (c) => c.style === "input" && c.numberFormat === "#,##0"
      );
      expect(delivered.length).toBeGreaterThanOrEqual(NATIVE_BUILDOUT_QUARTERS);
      const quarterNumbers = block.cells.filter(
        (c) => c.column === 0 && typeof c.value === "number"
      );
      expect(quarterNumbers.map((c) => c.value)).toEqual(
        Array.from({ length: NATIVE_BUILDOUT_QUARTERS + 1 }, (_, q) => q)
      );
    });

    it("states the provenance: add-in version, dataset version, date and that no add-in is needed", () => {
      const text = block.cells.map((c) => String(c.value ?? "")).join("\n");
      expect(text).toContain(`Tokenomics for Excel ${ADDIN_VERSION}`);
      expect(text).toContain("2026-11-29");
      expect(text).toMatch(/no add-in needed/);
      expect(text).toContain(`${NATIVE_BUILDOUT_QUARTERS} quarters`);
    });

    it("phases the calculator's GPUs over the first year, as the TOKENOMICS build-out does", () => {
      expect(defaultBuildOutPlan(simple({ gpuCount: 10, years: 3 }))).toEqual(
        plan([3, 3, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0])
      );
    });
  });

  describe("bounds", () => {
    it.each([
      ["Quarters", { years: 3 }, (p: BuildOutPlan) => p, 41, "Quarters"],
      ["Utilization", {}, (p: BuildOutPlan) => p, 1.5, "Utilization"],
      ["DiscountRate", {}, (p: BuildOutPlan) => p, -1, "DiscountRate"],
      ["CommissioningQuarters", {}, (p: BuildOutPlan) => p, 1.5, "CommissioningQuarters"],
      ["LifeYears", {}, (p: BuildOutPlan) => p, 0.1, "LifeQuarters"],
    ])(
      "flags %s outside its bounds in the check cell, as the sheet recalculates it",
      (name, extra, _, value, flagged) => {
        const sheet = nativeBuildOutSheet(simple(extra), CONTEXT, plan([10, 5]));
        const at = sheet.names.find((n) => n.name === name);
        const edited: Block = {
          ...sheet,
          cells: sheet.cells.map((c) =>
            c.row === at?.row && c.column === at?.column ? { ...c, value } : c
          ),
        };
        const evaluated = evaluateBlock(edited);
        const check = cellAt(sheet, INPUT_CHECK_NAME);
        try {
          expect(evaluated.value(check?.row ?? -1, check?.column ?? -1)).toBe(
            `Input outside supported bounds: ${flagged}`
          );
        } finally {
          evaluated.destroy();
        }
      }
    );

    it("flags a negative delivery, and says OK for the same sheet otherwise", () => {
      expect(
        cellAt(nativeBuildOutSheet(simple(), CONTEXT, plan([10, 5])), INPUT_CHECK_NAME)?.result
      ).toBe("OK");
      const bad = nativeBuildOutSheet(simple(), CONTEXT, plan([10, -5]));
      expect(cellAt(bad, INPUT_CHECK_NAME)?.result).toBe(
        "Input outside supported bounds: GPUs delivered"
      );
      expectSheetAgreesWithCore(bad);
    });
  });
});

describe("native build-out formulas against the core (HyperFormula as a third opinion)", () => {
  it("follows 10 GPUs delivered in Q1 that serve from Q2: $157,680 a quarter, never paid back in a year", () => {
    const block = nativeBuildOutSheet(simple(), CONTEXT, plan([10]));
    // 10 GPUs × 1,000 tokens/s × 2,190 h × 3,600 s = 78,840 million tokens a quarter, at $2.
    expect(cellAt(block, "TotalRevenueUsd")?.result).toBeCloseTo(3 * 157_680, 6);
    expect(cellAt(block, "InvestmentUsd")?.result).toBe(500_000);
    expect(cellAt(block, "CumulativeNetCashUsd")?.result).toBeCloseTo(-26_960, 6);
    expect(cellAt(block, "PaybackMonths")?.result).toBe(MESSAGES.cashFlowNeverPaysBack());
    expectSheetAgreesWithCore(block);
  });

  it("phases deliveries with a two-quarter lag and retires them after their life", () => {
    const block = nativeBuildOutSheet(
      simple({
        years: 4,
        lifeYears: 1.5,
        usdPerMillionTokens: 3,
        powerKwPerGpu: 1.2,
        usdPerKwh: 0.1,
        pue: 1.3,
        opexPerGpuYear: 2000,
      }),
      CONTEXT,
      plan([8, 0, 4, 2.5, 0, 6], 2, -100_000)
    );
    expect(typeof cellAt(block, "Irr")?.result).toBe("number");
    expect(typeof cellAt(block, "PaybackMonths")?.result).toBe("number");
    expect(cellAt(block, "FleetGpus")?.result).toBe(20.5);
    expectSheetAgreesWithCore(block);
  });

  it("says so where the build-out loses money: no payback, no IRR, as the core's reasons", () => {
    const block = nativeBuildOutSheet(
      simple({ years: 3, usdPerMillionTokens: 0.001, opexPerGpuYear: 5000 }),
      CONTEXT,
      plan([10, 10])
    );
    expect(cellAt(block, "Irr")?.result).toBe(MESSAGES.noIrr());
    expect(cellAt(block, "PaybackMonths")?.result).toBe(MESSAGES.cashFlowNeverPaysBack());
    expectSheetAgreesWithCore(block);
  });

  it("law: every formula cell recalculates to the core's value for any inputs within bounds", () => {
    const drawn = fc.record({
      years: fc.double({ min: 0.25, max: 10, noNaN: true }),
      tokensPerSecondPerGpu: fc.double({ min: 10, max: 30_000, noNaN: true }),
      utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
      usdPerMillionTokens: fc.double({ min: 0.001, max: 20, noNaN: true }),
      capexPerGpu: fc.double({ min: 1000, max: 500_000, noNaN: true }),
      lifeYears: fc.double({ min: 0.25, max: 12, noNaN: true }),
      powerKwPerGpu: fc.double({ min: 0, max: 3, noNaN: true }),
      usdPerKwh: fc.double({ min: 0, max: 0.4, noNaN: true }),
      pue: fc.double({ min: 1, max: 2, noNaN: true }),
      opexPerGpuYear: fc.double({ min: 0, max: 50_000, noNaN: true }),
      annualPriceChange: fc.double({ min: -0.8, max: 0.5, noNaN: true }),
      annualThroughputGain: fc.double({ min: -0.3, max: 1, noNaN: true }),
      discountRate: fc.double({ min: -0.5, max: 1, noNaN: true }),
      deliveries: fc.array(
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: 1, max: 5000 }),
          fc.double({ min: 0.01, max: 100, noNaN: true })
        ),
        { minLength: 1, maxLength: NATIVE_BUILDOUT_QUARTERS }
      ),
      lag: fc.integer({ min: 0, max: 6 }),
      time0: fc.oneof(fc.constant(0), fc.double({ min: -1e7, max: -1000, noNaN: true })),
    });
    fc.assert(
      fc.property(drawn, ({ tokensPerSecondPerGpu, deliveries, lag, time0, ...patch }) => {
        const block = nativeBuildOutSheet(
          simple(patch),
          { ...CONTEXT, tokensPerSecondPerGpu },
          plan(deliveries, lag, time0)
        );
        expect(cellAt(block, INPUT_CHECK_NAME)?.result).toBe("OK");
        expectSheetAgreesWithCore(block);
      }),
      { numRuns: 12 }
    );
  });

  it("recalculates to the core's value after a colleague edits the inputs (IRR's guess stale)", () => {
    const before = nativeBuildOutSheet(simple({ years: 5 }), CONTEXT, plan([10, 10, 5]));
    const after = nativeBuildOutSheet(
      simple({ years: 5, usdPerMillionTokens: 1.4, annualPriceChange: -0.1, opexPerGpuYear: 9000 }),
      CONTEXT,
      plan([4, 10, 5, 0, 8])
    );
    const editedValues = new Map(
      after.cells.filter((c) => c.style === "input").map((c) => [`${c.row},${c.column}`, c.value])
    );
    const edited: Block = {
      ...before,
      cells: before.cells.map((c) =>
        c.style === "input" ? { ...c, value: editedValues.get(`${c.row},${c.column}`) } : c
      ),
    };
    expect(cellAt(after, "Irr")?.result).not.toEqual(cellAt(before, "Irr")?.result);
    expectSheetAgreesWithCore(after, edited);
  });
});
