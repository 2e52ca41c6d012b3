import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { UNITS } from "../../../src/taskpane/units";
import { cellAddress } from "../../../src/taskpane/workbook/block";
import type { CellWrite } from "../../../src/taskpane/workbook/block";
import {
  DELIVERY_QUARTERS,
  GRID_PRICE_MULTIPLES,
  GRID_UTILIZATIONS,
  defaultDeliveries,
  quarterCount,
} from "../../../src/taskpane/workbook/buildOutRows";
import { buildOutSheet, buildOutSheetBaseName } from "../../../src/taskpane/workbook/buildOutSheet";
import { builtMetadata } from "../../support/builtBundle";
import { BUILD_OUT_SHEET_FUNCTION_IDS, RELEASED_FUNCTION_IDS } from "../../support/fixtures";

const context = {
  platformDisplayName: "NVIDIA B200",
  tokensPerSecondPerGpu: 4000,
  throughputSource: "InferenceX",
  insertedOn: "2026-11-26",
};
const inputs = { ...defaultInputs("B200"), gpuCount: 64, years: 3 };
const block = buildOutSheet(inputs, context);
const { layout } = block;
const at = (row: number, column: number): CellWrite | undefined =>
  block.cells.find(
    (c) => c.row === row && c.column === column && (c.formula ?? c.value) !== undefined
  );
const formatAt = (row: number, column: number): string | undefined =>
  block.cells.find((c) => c.row === row && c.column === column && c.numberFormat)?.numberFormat;
const formulas = block.cells.flatMap((c) => (c.formula ? [c.formula] : []));
const names = block.names.map((n) => n.name);
/** $C$r:$N$r: a row's quarter cells, Q1 to the last quarter, as the sheet's formulas reference them. */
const quarterRange = (row: number, first = 2): string =>
  `${cellAddress(row, first, true)}:${cellAddress(row, 1 + layout.quarters, true)}`;
/** A formula's arguments at the top level (no nested calls in the sheet's TOKENOMICS calls). */
const argumentsOf = (formula: string): string[] =>
  (/\((.*)\)$/.exec(formula)?.[1] ?? "").split(",").map((a) => a.trim());

describe("quarterCount", () => {
  it("covers the calculator's horizon in whole quarters, from a year to ten", () => {
    expect(quarterCount(3)).toBe(12);
    expect(quarterCount(2.1)).toBe(9);
    expect(quarterCount(0.5)).toBe(4);
    expect(quarterCount(25)).toBe(40);
    expect(quarterCount(NaN)).toBe(4);
  });
});

describe("defaultDeliveries", () => {
  it("phases whole GPUs over the first year, the remainder first, and adds up to the count", () => {
    expect(defaultDeliveries(72, 12)).toEqual([18, 18, 18, 18, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(defaultDeliveries(10, 6)).toEqual([3, 3, 2, 2, 0, 0]);
    expect(defaultDeliveries(2.5, 4)).toEqual([0.625, 0.625, 0.625, 0.625]);
    expect(defaultDeliveries(NaN, 4)).toEqual([0, 0, 0, 0]);
    for (const count of [1, 7, 64, 1001])
      expect(defaultDeliveries(count, 12).reduce((a, b) => a + b, 0)).toBe(count);
  });
});

describe("buildOutSheet", () => {
  it("is based on a sheet name per platform, apart from the lifecycle model's", () => {
    expect(buildOutSheetBaseName(inputs)).toBe("Tokenomics B200 build-out");
  });

  it("writes a row of quarters after a Time 0 column, one quarter per column of the horizon", () => {
    expect(layout.quarters).toBe(12);
    expect(at(layout.quarterRow, 1)?.value).toBe(0);
    expect(formatAt(layout.quarterRow, 1)).toBe(UNITS.quarter.excelFormat);
    for (let q = 1; q <= 12; q++) {
      expect(at(layout.quarterRow, 1 + q)?.value).toBe(q);
      expect(formatAt(layout.quarterRow, 1 + q)).toBe('"Q"0;;"Time 0"');
    }
    expect(UNITS.quarter.display(1)).toBe("Q1");
    expect(UNITS.quarter.display(0)).toBe("Time 0");
  });

  it("puts the calculator's GPUs in blue delivery cells, phased over the first year", () => {
    const delivered = Array.from({ length: 12 }, (_, i) => at(layout.deliveriesRow, 2 + i));
    expect(delivered.map((c) => c?.value)).toEqual(defaultDeliveries(64, 12));
    expect(delivered.slice(0, DELIVERY_QUARTERS).every((c) => c?.value === 16)).toBe(true);
    for (const cell of delivered) {
      expect(cell?.style).toBe("input");
      expect(cell?.numberFormat).toBe(UNITS.count.excelFormat);
    }
  });

  it("computes capex per quarter as that quarter's deliveries × CapexPerGpu", () => {
    for (let q = 1; q <= 12; q++) {
      const column = 1 + q;
      expect(at(layout.capexRow, column)?.formula).toBe(
        `=${cellAddress(layout.deliveriesRow, column)} * CapexPerGpu`
      );
      expect(formatAt(layout.capexRow, column)).toBe(UNITS.usd.excelFormat);
    }
  });

  it("starts utilization and price rows from the inputs, editable, the price following AnnualPriceChange by quarter", () => {
    expect(at(layout.utilizationRow, 2)?.formula).toBe("=Utilization");
    expect(at(layout.utilizationRow, 2)?.style).toBe("input");
    expect(formatAt(layout.utilizationRow, 2)).toBe(UNITS.fraction.excelFormat);
    expect(at(layout.priceRow, 4)?.formula).toBe(
      `=UsdPerMillionTokens * (1 + AnnualPriceChange) ^ ((E$${layout.quarterRow + 1} - 1) / PeriodsPerYear)`
    );
    expect(formatAt(layout.priceRow, 4)).toBe(UNITS.usdPerMillionTokens.excelFormat);
  });

  it("spills SCHEDULE under Q1 over the rows and names above, its labels beside it", () => {
    const schedule = at(layout.scheduleRow, 2)?.formula ?? "";
    expect(schedule).toMatch(/^=TOKENOMICS\.SCHEDULE\(/);
    expect(at(layout.scheduleRow, 0)?.formula).toBe("=TOKENOMICS.SCHEDULELABELS()");
    // gpusAdded, tokensPerSecondPerGpu, usdPerMillionTokens, utilization, periodsPerYear, capexUsd, powerKwPerGpu,
    // usdPerKwh, pue, opexPerGpuYear, commissioningPeriods, lifePeriods, annualPriceChange, annualThroughputGain
    expect(argumentsOf(schedule)).toEqual([
      quarterRange(layout.deliveriesRow),
      "TokensPerSecondPerGpu",
      quarterRange(layout.priceRow),
      quarterRange(layout.utilizationRow),
      "PeriodsPerYear",
      quarterRange(layout.capexRow),
      "PowerKwPerGpu",
      "UsdPerKwh",
      "Pue",
      "OpexPerGpuYear",
      "CommissioningQuarters",
      "LifeQuarters",
      "0",
      "AnnualThroughputGain",
    ]);
    // The quarter header right above the spill says which column is which quarter.
    expect(at(layout.scheduleRow - 1, 2)?.value).toBe(1);
  });

  it("leaves the cells SCHEDULE, SCHEDULELABELS and the grid spill into empty (no #SPILL!) but formatted", () => {
    const spills = [
      { row: layout.scheduleRow, rows: 8, column: 2, columns: 12 },
      { row: layout.scheduleRow, rows: 8, column: 0, columns: 1 },
      {
        row: layout.gridAxisRow + 1,
        rows: GRID_PRICE_MULTIPLES.length,
        column: 2,
        columns: GRID_UTILIZATIONS.length,
      },
    ];
    for (const spill of spills)
      for (let r = 0; r < spill.rows; r++)
        for (let c = 0; c < spill.columns; c++) {
          if (r === 0 && c === 0) continue;
          const row = spill.row + r;
          const column = spill.column + c;
          // The net row's Time 0 cell is column B, outside every spill.
          expect(at(row, column)).toBeUndefined();
        }
    const lineFormats = [
      "#,##0",
      "#,##0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
      "$#,##0",
    ];
    lineFormats.forEach((format, line) => {
      expect(formatAt(layout.scheduleRow + line, 2)).toBe(format);
      expect(formatAt(layout.scheduleRow + line, 13)).toBe(format);
    });
    expect(formatAt(layout.gridAxisRow + 5, 8)).toBe(UNITS.multiple.excelFormat);
  });

  it("runs NPV, IRR and payback on the net row from a time-0 cell of 0, and cross-checks with Excel's NPV and IRR", () => {
    expect(layout.netRow).toBe(layout.scheduleRow + 6);
    expect(at(layout.netRow, 1)?.value).toBe(0);
    expect(at(layout.netRow, 1)?.style).toBe("input");
    const net = quarterRange(layout.netRow, 1);
    expect(net).toBe(`$B$${layout.netRow + 1}:$N$${layout.netRow + 1}`);
    expect(formulas).toEqual(
      expect.arrayContaining([
        `=TOKENOMICS.CASHFLOWNPV(DiscountRate, ${net}, PeriodsPerYear)`,
        `=TOKENOMICS.CASHFLOWIRR(${net}, PeriodsPerYear)`,
        `=TOKENOMICS.CASHFLOWPAYBACK(${net}, PeriodsPerYear)`,
        `=$B$${layout.netRow + 1} + NPV((1 + DiscountRate) ^ (1 / PeriodsPerYear) - 1, ${quarterRange(layout.netRow)})`,
        `=(1 + IRR(${net})) ^ PeriodsPerYear - 1`,
      ])
    );
    const note = block.cells.map((c) => String(c.value ?? "")).find((v) => v.startsWith("Timing:"));
    expect(note).toMatch(/first column is Q1.*time 0.*Time 0 cell/);
  });

  it("builds a price × utilization ROIMULTIPLE grid with labelled axes", () => {
    const axis = layout.gridAxisRow;
    const grid = at(axis + 1, 2)?.formula ?? "";
    expect(argumentsOf(grid)).toEqual([
      "InvestmentUsd",
      "Years",
      "FleetTokensPerSecond",
      `$B$${axis + 2}:$B$${axis + 1 + GRID_PRICE_MULTIPLES.length}`,
      `$C$${axis + 1}:$I$${axis + 1}`,
      "AnnualOperatingCostUsd",
      "AnnualPriceChange",
      "AnnualThroughputGain",
    ]);
    expect(grid).toMatch(/^=TOKENOMICS\.ROIMULTIPLE\(/);
    GRID_UTILIZATIONS.forEach((u, j) => expect(at(axis, 2 + j)?.value).toBe(u));
    GRID_PRICE_MULTIPLES.forEach((m, i) => {
      expect(at(axis + 1 + i, 1)?.formula).toBe(`=UsdPerMillionTokens * ${m}`);
      expect(at(axis + 1 + i, 0)?.value).toBe(`${m * 100}% of the Q1 price`);
    });
    expect(at(axis, 0)?.value).toBe("Token price ↓ · utilization →");
  });

  it("defines, on the sheet, every name its formulas read", () => {
    expect(new Set(names).size).toBe(names.length);
    const used = new Set(
      formulas.flatMap((f) =>
        [...f.matchAll(/(?<![$A-Za-z.])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_(.$])/g)].map(
          (m) => m[1] ?? ""
        )
      )
    );
    // The scan finds the names (so the check below has something to check), and no cell letters.
    expect([...used]).toEqual(
      expect.arrayContaining(["DiscountRate", "PeriodsPerYear", "FleetGpus", "LifeQuarters"])
    );
    const cellReferences = /^[A-Z]{1,3}\d*$/;
    for (const name of used) if (!cellReferences.test(name)) expect(names).toContain(name);
    expect(names).toEqual(
      expect.arrayContaining(["GpuCount", "CapexPerGpu", "CommissioningQuarters", "LifeQuarters"])
    );
  });

  it("formats and marks the named inputs, and derives life in quarters from LifeYears", () => {
    const cellOf = (name: string): CellWrite | undefined => {
      const n = block.names.find((x) => x.name === name);
      return n && at(n.row, n.column);
    };
    expect(cellOf("GpuCount")?.value).toBe(64);
    expect(cellOf("GpuCount")?.style).toBe("input");
    expect(cellOf("DiscountRate")?.numberFormat).toBe(UNITS.fraction.excelFormat);
    expect(cellOf("PeriodsPerYear")?.value).toBe(4);
    expect(cellOf("LifeQuarters")?.formula).toBe("=ROUND(LifeYears * PeriodsPerYear, 0)");
    expect(cellOf("NpvUsd")?.numberFormat).toBe(UNITS.usd.excelFormat);
    expect(cellOf("PaybackMonths")?.numberFormat).toBe(UNITS.months.excelFormat);
  });

  it("leaves an unpublished input blank and says so, never writing NaN", () => {
    const gaudi = buildOutSheet(defaultInputs("Gaudi3"), context);
    const power = gaudi.names.find((n) => n.name === "PowerKwPerGpu");
    expect(gaudi.cells.find((c) => c.row === power?.row && c.column === 1)?.value).toBe("");
    expect(String(gaudi.cells.find((c) => c.row === power?.row && c.column === 3)?.value)).toMatch(
      /Not published: enter yours/
    );
    for (const cell of gaudi.cells) {
      if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
      expect(String(cell.formula ?? cell.value)).not.toMatch(/NaN|Infinity/);
    }
  });

  it("is as wide as the horizon or the grid, whichever is wider", () => {
    expect(block.columns).toBe(14);
    const short = buildOutSheet({ ...inputs, years: 1 }, context);
    expect(short.layout.quarters).toBe(4);
    expect(short.columns).toBe(2 + GRID_UTILIZATIONS.length);
    expect(short.columnWidths).toHaveLength(short.columns);
    for (const sheet of [block, short])
      for (const cell of sheet.cells) {
        expect(cell.row).toBeLessThan(sheet.rows);
        expect(cell.column).toBeLessThan(sheet.columns);
      }
  });
});

describe("functions the build-out sheet calls", () => {
  const called = [
    ...new Set(
      formulas.flatMap((f) => [...f.matchAll(/TOKENOMICS\.([A-Z]+)\(/g)].map((m) => m[1] ?? ""))
    ),
  ];

  it("calls exactly the functions its fixture lists", () => {
    expect(called.sort()).toEqual([...BUILD_OUT_SHEET_FUNCTION_IDS].sort());
  });

  it("calls only released functions", () => {
    const known: readonly string[] = RELEASED_FUNCTION_IDS;
    for (const id of called) expect(known).toContain(id);
  });

  it("calls only functions registered in the built functions.json", () => {
    const ids = builtMetadata().map((f) => f.id);
    for (const id of called) expect(ids).toContain(id);
  });
});
