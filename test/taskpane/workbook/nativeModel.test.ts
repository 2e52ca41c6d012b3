import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";

import { RULES } from "../../../src/core";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import type { CalculatorInputs } from "../../../src/taskpane/model/inputs";
import type { Block, CellWrite } from "../../../src/taskpane/workbook/block";
import type { ModelContext } from "../../../src/taskpane/workbook/modelRows";
import {
  INPUT_CHECK_NAME,
  NATIVE_HORIZON_MONTHS,
  NATIVE_HORIZON_YEARS,
  nativeModelOutputs,
  nativeModelSheet,
} from "../../../src/taskpane/workbook/nativeModel";
import { ADDIN_VERSION } from "../../../src/taskpane/version";
import { excelNumber, nativeBounds } from "../../../src/taskpane/workbook/nativeRows";
import { isClose } from "../../support/tolerance";
import { evaluateBlock } from "./nativeHyperFormula";

const CONTEXT: ModelContext = {
  platformDisplayName: "NVIDIA B200",
  tokensPerSecondPerGpu: 4000,
  throughputSource: "InferenceX",
  insertedOn: "2026-11-29",
};

/** Functions LibreOffice 7.4 computes and Excel stores without a `_xlfn.` prefix. */
const PORTABLE_FUNCTIONS = new Set([
  "ABS",
  "AND",
  "COUNT",
  "IF",
  "IFERROR",
  "INDEX",
  "IRR",
  "ISNUMBER",
  "MAX",
  "MIN",
  "NPV",
  "PMT",
  "POWER",
  "ROUNDUP",
  "SUM",
]);

const formulasOf = (block: Block): string[] =>
  block.cells.flatMap((cell) => (cell.formula === undefined ? [] : [cell.formula]));

const cellAt = (block: Block, name: string): CellWrite | undefined => {
  const at = block.names.find((n) => n.name === name);
  return block.cells.find((c) => c.row === at?.row && c.column === at?.column);
};

/** The vendor claim: $5M buys 72 GPUs at 10,000 tokens/s each; 3 years at $1.10 per million tokens. */
function vendorClaim(extra: Partial<CalculatorInputs> = {}): CalculatorInputs {
  return {
    ...defaultInputs("GB200"),
    costBasis: "build",
    gpuCount: 72,
    capexPerGpu: 5e6 / 72,
    years: 3,
    usdPerMillionTokens: 1.1,
    utilization: 1,
    usdPerKwh: 0,
    powerKwPerGpu: 1,
    opexPerGpuYear: 0,
    annualPriceChange: 0,
    annualThroughputGain: 0,
    ...extra,
  };
}
const VENDOR_CONTEXT: ModelContext = { ...CONTEXT, tokensPerSecondPerGpu: 10000 };

describe("nativeModelSheet", () => {
  const inputs = { ...defaultInputs("B200"), gpuCount: 64, years: 3, costBasis: "build" as const };
  const block = nativeModelSheet(inputs, CONTEXT);
  const names = block.names.map((n) => n.name);

  describe("layout", () => {
    it("names every input and output, as the TOKENOMICS model sheet does", () => {
      expect(names).toEqual(
        expect.arrayContaining([
          "GpuCount",
          "TokensPerSecondPerGpu",
          "Utilization",
          "Years",
          "CapexPerGpu",
          "UsdPerGpuHour",
          "CostPerMillionTokens",
          "BreakEvenPrice",
          "FleetTokensPerSecond",
          "InvestmentUsd",
          "AnnualOperatingCostUsd",
          "TokenRevenueUsd",
          "RoiMultiple",
          "PaybackMonths",
          "NpvUsd",
          "Irr",
          INPUT_CHECK_NAME,
        ])
      );
      expect(new Set(names).size).toBe(names.length);
    });

    it("uses only functions LibreOffice 7.4 computes, and no TOKENOMICS function", () => {
      for (const formula of formulasOf(block)) {
        expect(formula).not.toMatch(/TOKENOMICS\./i);
        expect(formula).not.toMatch(/#/);
        for (const [, fn] of formula.matchAll(/([A-Z][A-Z0-9._]*)\(/g))
          expect(PORTABLE_FUNCTIONS).toContain(fn);
      }
    });

    it("writes no number in exponent form (some engines cannot read 1E-9 in a formula)", () => {
      for (const formula of formulasOf(block)) expect(formula).not.toMatch(/\d[eE][-+]?\d/);
      expect(excelNumber(1e-9)).toBe("0.000000001");
      expect(excelNumber(1e15)).toBe("1000000000000000");
      const tiny = 1 / 3e7;
      expect(Number(excelNumber(tiny))).toBe(tiny);
    });

    it("lays out the horizon it states: 30 years and 360 months", () => {
      expect(NATIVE_HORIZON_YEARS).toBe(30);
      expect(NATIVE_HORIZON_MONTHS).toBe(360);
      const years = block.cells.filter((c) => /^=IF\(A\d+<AnnualPeriods/.test(c.formula ?? ""));
      const months = block.cells.filter((c) => /^=IF\(A\d+<MonthlyPeriods/.test(c.formula ?? ""));
      expect(years).toHaveLength(30);
      expect(months).toHaveLength(360);
    });

    it("states the provenance: add-in version, dataset version, date and that no add-in is needed", () => {
      const texts = block.cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
      const pkg = JSON.parse(readFileSync(join(__dirname, "../../../package.json"), "utf8")) as {
        version: string;
      };
      expect(ADDIN_VERSION).toBe(pkg.version);
      expect(texts).toContain(`Tokenomics for Excel ${pkg.version}`);
      expect(texts.some((t) => /^2026\.\d+\.\d+ \(as of /.test(t))).toBe(true);
      expect(texts).toContain("2026-11-29");
      expect(texts.some((t) => t.startsWith("native formulas: no add-in needed"))).toBe(true);
    });

    it("writes each input's supported bounds beside it", () => {
      const years = block.names.find((n) => n.name === "Years");
      const bound = block.cells.find((c) => c.row === years?.row && c.column === 5);
      expect(bound?.value).toBe("greater than 0 and at most 30 (the sheet's period tables)");
    });

    it("writes text from presets and users as text, never as a formula", () => {
      const hostile = nativeModelSheet(inputs, {
        ...CONTEXT,
        platformDisplayName: "=HYPERLINK(1)",
        throughputSource: "+cmd",
      });
      const texts = hostile.cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
      expect(texts.some((t) => t.includes("=HYPERLINK(1)"))).toBe(true);
      expect(texts).toContain("'+cmd");
      expect(texts.every((t) => !/^[=+\-@]/.test(t))).toBe(true);
    });
  });

  describe("bounds", () => {
    it("says what the core's rules say at every edge", () => {
      for (const b of nativeBounds(true)) {
        if (b.name === "Years") continue;
        const span = Math.max(1, Math.abs(b.high - b.low));
        expect(b.rule.test(b.low)).toBe(b.lowInclusive);
        expect(b.rule.test(b.high)).toBe(b.highInclusive);
        expect(b.rule.test(b.low + span * 1e-6)).toBe(true);
        expect(b.rule.test(b.high + span * 1e-6)).toBe(false);
        expect(b.text).toBe(b.rule.text);
      }
      expect(RULES.years.test(31)).toBe(true);
    });

    it("flags an input outside its bounds in the check cell, and says OK otherwise", () => {
      const cases: [Partial<CalculatorInputs>, string][] = [
        [{}, "OK"],
        [{ years: 31 }, "Input outside supported bounds: Years"],
        [{ utilization: 1.5 }, "Input outside supported bounds: Utilization"],
        [{ capexPerGpu: NaN }, "Input outside supported bounds: CapexPerGpu"],
        [{ pue: 0.9 }, "Input outside supported bounds: Pue"],
      ];
      for (const [change, message] of cases) {
        const changed = nativeModelSheet({ ...inputs, ...change }, CONTEXT);
        const sheet = evaluateBlock(changed);
        const check = changed.names.find((n) => n.name === INPUT_CHECK_NAME);
        expect(cellAt(changed, INPUT_CHECK_NAME)?.result).toBe(message);
        expect(sheet.value(check?.row ?? -1, 1)).toBe(message);
        sheet.destroy();
      }
    });
  });
});

/** The scale of a case's money: a floor for values that cancel to near 0. */
function usdScale(block: Block): number {
  const value = (name: string) => Math.abs(Number(cellAt(block, name)?.result ?? 0));
  return value("InvestmentUsd") + value("TokenRevenueUsd") + value("AnnualOperatingCostUsd") * 30;
}

/**
 * Every formula cell evaluated by HyperFormula against the core's value the cell carries: outputs within
 * 1e-9 relative (IRR 1e-7) with a floor scaled to the case's money, table cells within 1e-9 of their column.
 */
function expectSheetAgreesWithCore(block: Block, evaluated: Block = block): void {
  const sheet = evaluateBlock(evaluated);
  try {
    const scale = usdScale(block);
    const investment = Number(cellAt(block, "InvestmentUsd")?.result);
    const floors: Record<string, [number, number]> = {
      Irr: [1e-7, 1e-7],
      RoiMultiple: [1e-9, (1e-9 * scale) / investment],
      PaybackMonths: [1e-9, 1e-9],
    };
    const outputs = nativeModelOutputs(block);
    const outputCells = new Set(outputs.map((o) => `${o.row},${o.column}`));
    for (const output of outputs) {
      const actual = sheet.value(output.row, output.column);
      const cell = cellAt(block, output.name);
      if (output.expected === null) {
        expect([output.name, actual]).toEqual([output.name, cell?.result]);
        continue;
      }
      const [relative, absolute] = floors[output.name] ?? [1e-9, 1e-9 * scale];
      if (typeof actual !== "number" || !isClose(actual, output.expected, relative, absolute))
        throw new Error(`${output.name}: sheet ${String(actual)}, core ${output.expected}`);
    }
    const columnMax = new Map<number, number>();
    const tableCells = block.cells.filter(
      (c) => c.formula !== undefined && !outputCells.has(`${c.row},${c.column}`)
    );
    for (const c of tableCells)
      if (typeof c.result === "number")
        columnMax.set(c.column, Math.max(columnMax.get(c.column) ?? 0, Math.abs(c.result)));
    for (const c of tableCells) {
      const actual = sheet.value(c.row, c.column);
      if (typeof c.result !== "number") {
        expect([c.row, c.column, actual]).toEqual([c.row, c.column, c.result]);
        continue;
      }
      const floor = 1e-9 * (columnMax.get(c.column) ?? 0) + 1e-12;
      if (typeof actual !== "number" || !isClose(actual, c.result, 1e-9, floor))
        throw new Error(
          `${c.formula} at ${c.row},${c.column}: sheet ${String(actual)}, core ${c.result}`
        );
    }
  } finally {
    sheet.destroy();
  }
}

describe("native formulas against the core (HyperFormula as a third opinion)", () => {
  it("reproduces the vendor claim: 15x, payback 2.40 months, IRR 4.97", () => {
    const block = nativeModelSheet(vendorClaim(), VENDOR_CONTEXT);
    expect(cellAt(block, "RoiMultiple")?.result).toBeCloseTo(14.9859, 4);
    expect(cellAt(block, "Irr")?.result).toBeCloseTo(4.97, 2);
    expect(cellAt(block, "PaybackMonths")?.result).toBeCloseTo(2.4, 2);
    expectSheetAgreesWithCore(block);
  });

  it("reproduces the CFO's version of the claim (70%, $1.2M a year, prices halving, +30% software)", () => {
    const block = nativeModelSheet(
      vendorClaim({
        utilization: 0.7,
        opexPerGpuYear: 1.2e6 / 72,
        annualPriceChange: -0.5,
        annualThroughputGain: 0.3,
      }),
      VENDOR_CONTEXT
    );
    expect(cellAt(block, "RoiMultiple")?.result).toBeCloseTo(6.53, 2);
    expect(cellAt(block, "Irr")?.result).toBeCloseTo(2.87, 2);
    expectSheetAgreesWithCore(block);
  });

  it("says so where the model loses money: no payback, no IRR, as the core's reasons", () => {
    const block = nativeModelSheet(
      vendorClaim({ usdPerMillionTokens: 0.0001, opexPerGpuYear: 1000 }),
      VENDOR_CONTEXT
    );
    expect(cellAt(block, "PaybackMonths")?.result).toBe(
      "never pays back within the 3-year horizon: cumulative net cash stays below the investment"
    );
    expect(cellAt(block, "Irr")?.result).toBe(
      "no rate of return makes the NPV of these cash flows 0"
    );
    expectSheetAgreesWithCore(block);
  });

  it("counts a fractional last year and month by their fraction, on a preset cost tier", () => {
    const block = nativeModelSheet(
      {
        ...vendorClaim({ years: 2.55 }),
        costBasis: "tcoUsdPerGpuHourOwner",
        overrides: { tcoUsdPerGpuHourOwner: 3.2 },
      },
      VENDOR_CONTEXT
    );
    expect(cellAt(block, "LastYearFraction")?.result).toBeCloseTo(0.55, 12);
    expect(cellAt(block, "UsdPerGpuHour")?.formula).toBeUndefined();
    expectSheetAgreesWithCore(block);
  });

  it("law: every formula cell recalculates to the core's value for any inputs within bounds", () => {
    const rate = fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 0.3, noNaN: true }));
    const arbitraryInputs = fc.record({
      gpuCount: fc.integer({ min: 1, max: 5000 }),
      tokensPerSecondPerGpu: fc.double({ min: 10, max: 30000, noNaN: true }),
      utilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
      usdPerMillionTokens: fc.double({ min: 0.001, max: 20, noNaN: true }),
      years: fc.oneof(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.05, max: 30, noNaN: true })
      ),
      capexPerGpu: fc.double({ min: 1000, max: 500000, noNaN: true }),
      lifeYears: fc.double({ min: 1, max: 10, noNaN: true }),
      costOfCapital: rate,
      powerKwPerGpu: fc.double({ min: 0.3, max: 3, noNaN: true }),
      usdPerKwh: fc.double({ min: 0, max: 0.4, noNaN: true }),
      pue: fc.double({ min: 1, max: 2, noNaN: true }),
      opexPerGpuYear: fc.double({ min: 0, max: 50000, noNaN: true }),
      annualPriceChange: fc.double({ min: -0.9, max: 0.5, noNaN: true }),
      annualThroughputGain: fc.double({ min: 0, max: 1, noNaN: true }),
      discountRate: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      tier: fc.option(fc.double({ min: 0.2, max: 10, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbitraryInputs, ({ tokensPerSecondPerGpu, tier, ...drawn }) => {
        const inputs: CalculatorInputs = {
          ...defaultInputs("B200"),
          ...drawn,
          costBasis: tier === undefined ? "build" : "tcoUsdPerGpuHourOwner",
          overrides: tier === undefined ? undefined : { tcoUsdPerGpuHourOwner: tier },
        };
        const block = nativeModelSheet(inputs, { ...CONTEXT, tokensPerSecondPerGpu });
        expect(cellAt(block, INPUT_CHECK_NAME)?.result).toBe("OK");
        expectSheetAgreesWithCore(block);
      }),
      { numRuns: 12 }
    );
  });

  it.each([
    ["a longer horizon at a lower price", { years: 7.25, usdPerMillionTokens: 0.4 }],
    [
      "a price near cost (the IRR far from the first guess, or none)",
      { usdPerMillionTokens: 0.03 },
    ],
  ])("recalculates to the core's value after the inputs are edited to %s", (_, edit) => {
    const before = nativeModelSheet(vendorClaim(), VENDOR_CONTEXT);
    const afterInputs = vendorClaim({
      opexPerGpuYear: 9000,
      annualPriceChange: -0.3,
      annualThroughputGain: 0.2,
      discountRate: 0.12,
      ...edit,
    });
    const after = nativeModelSheet(afterInputs, VENDOR_CONTEXT);
    // The inserted sheet with only its blue cells changed: its formulas (and IRR's stale guess) stay.
    const editedValues = new Map(
      after.cells.filter((c) => c.style === "input").map((c) => [`${c.row},${c.column}`, c.value])
    );
    const edited: Block = {
      ...before,
      cells: before.cells.map((c) =>
        c.style === "input" ? { ...c, value: editedValues.get(`${c.row},${c.column}`) } : c
      ),
    };
    expectSheetAgreesWithCore(after, edited);
  });
});
