import { PRESET_DATASET } from "../../../src/presets";
import type { CellRect } from "../../../src/taskpane/workbook/freezeFormulas";
import { intersects } from "../../../src/taskpane/workbook/freezeFormulas";
import { ADDIN_VERSION } from "../../../src/taskpane/version";
import {
  freezeSummaryLines,
  planFreeze,
  tokenomicsCells,
} from "../../../src/taskpane/workbook/freezePlan";
import type { SheetScan } from "../../../src/taskpane/workbook/freezePlan";

/** A sheet whose used range starts at A1: a TOKENOMICS cell at B2, a cash-flow spill at A4:C6, a cross-check. */
function modelScan(): SheetScan {
  return {
    id: "{sheet-1}",
    name: "Model",
    origin: { row: 0, column: 0 },
    formulas: [
      ["Cost", '="TOKENOMICS.COSTPERTOKEN"', ""],
      ["", "=TOKENOMICS.COSTPERTOKEN(A1)", ""],
      ["", "", ""],
      ["=TOKENOMICS.TOKENCASHFLOWS(B2)", "", ""],
      ["", "", ""],
      ["", "", ""],
      ["=INDEX($A$4#, 2, 3) + SUM(A4#)", "=SUM(B2)", ""],
    ],
    values: [
      ["Cost", "TOKENOMICS.COSTPERTOKEN", ""],
      ["", 0.42, ""],
      ["", "", ""],
      [0, 1, -100],
      [1, 2, 60],
      [2, 3, 70],
      [-40, 0.42, ""],
    ],
    spills: { "3,0": { row: 3, column: 0, rows: 3, columns: 3 } },
  };
}

const everything = (): boolean => true;
const options = { notes: false, today: "2026-11-29" };

describe("tokenomicsCells", () => {
  it("lists the cells whose formula calls TOKENOMICS, not text that mentions it", () => {
    expect(tokenomicsCells(modelScan())).toEqual([
      { row: 1, column: 1 },
      { row: 3, column: 0 },
    ]);
  });
});

describe("planFreeze", () => {
  it("freezes each TOKENOMICS cell and each whole spill, formulas kept for the anchor only", () => {
    const plan = planFreeze([modelScan()], everything, options);
    expect(plan.blocks.map((b) => b.rect)).toEqual([
      { row: 1, column: 1, rows: 1, columns: 1 },
      { row: 3, column: 0, rows: 3, columns: 3 },
    ]);
    expect(plan.blocks[1]?.formulas).toEqual([
      ["=TOKENOMICS.TOKENCASHFLOWS(B2)", "", ""],
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(plan.blocks[1]?.values).toEqual([
      [0, 1, -100],
      [1, 2, 60],
      [2, 3, 70],
    ]);
    expect(plan.cellCount).toBe(10);
  });

  it("takes the whole spill when the scope cuts through its last row", () => {
    const selection: CellRect = { row: 5, column: 2, rows: 1, columns: 1 };
    const plan = planFreeze([modelScan()], (_, rect) => intersects(selection, rect), options);
    expect(plan.blocks.map((b) => b.rect)).toEqual([{ row: 3, column: 0, rows: 3, columns: 3 }]);
  });

  it("takes nothing from another sheet or from cells without TOKENOMICS formulas", () => {
    const selection: CellRect = { row: 0, column: 0, rows: 1, columns: 3 };
    expect(
      planFreeze([modelScan()], (_, rect) => intersects(selection, rect), options).blocks
    ).toEqual([]);
    expect(planFreeze([modelScan()], (id) => id === "{other}", options).blocks).toEqual([]);
  });

  it("does not take a spilled cell whose formula reads like its anchor for a second anchor", () => {
    const scan = modelScan();
    const formulas = scan.formulas.map((row) => [...row]);
    formulas[4]![1] = "=TOKENOMICS.TOKENCASHFLOWS(B2)";
    const plan = planFreeze([{ ...scan, formulas }], everything, options);
    expect(plan.blocks).toHaveLength(2);
  });

  it("fixes formulas that refer to a frozen spill to its range, and lists them", () => {
    const plan = planFreeze([modelScan()], everything, options);
    expect(plan.rewrites).toEqual([
      expect.objectContaining({
        row: 6,
        column: 0,
        original: "=INDEX($A$4#, 2, 3) + SUM(A4#)",
        frozen: "=INDEX($A$4:$C$6, 2, 3) + SUM(A4:C6)",
        blockIndex: 1,
      }),
    ]);
    const lines = freezeSummaryLines(plan);
    expect(lines[0]).toBe("10 cell(s) in 2 block(s) will keep their current values as constants:");
    expect(lines).toContain("Model!B2");
    expect(lines).toContain("Model!A4:C6");
    expect(lines).toContain(
      "Model!A7: =INDEX($A$4#, 2, 3) + SUM(A4#) → =INDEX($A$4:$C$6, 2, 3) + SUM(A4:C6)"
    );
  });

  it("resolves a sheet-qualified reference from another sheet", () => {
    const other: SheetScan = {
      id: "{sheet-2}",
      name: "Summary",
      origin: { row: 0, column: 0 },
      formulas: [["=SUM(Model!A4#)", "=SUM(Other!A4#)"]],
      values: [[30, 0]],
      spills: {},
    };
    const plan = planFreeze([modelScan(), other], (id) => id === "{sheet-1}", options);
    expect(plan.rewrites.filter((w) => w.sheetName === "Summary").map((w) => w.frozen)).toEqual([
      "=SUM(Model!A4:C6)",
    ]);
  });

  it("puts the stamp in an empty cell beside each block, never on a used cell", () => {
    const plan = planFreeze([modelScan()], everything, options);
    expect(plan.blocks.map((b) => b.stamp)).toEqual([
      { kind: "cell", at: { row: 1, column: 2, rows: 1, columns: 1 } },
      { kind: "cell", at: { row: 3, column: 3, rows: 1, columns: 1 } },
    ]);
    expect(plan.stampText).toBe(
      `Frozen values: Tokenomics for Excel ${ADDIN_VERSION}, preset dataset ${PRESET_DATASET.version}, ` +
        "2026-11-29. Share > Unfreeze restores the TOKENOMICS formulas."
    );
    expect(ADDIN_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("uses a note on the block instead when the host has notes", () => {
    const plan = planFreeze([modelScan()], everything, { ...options, notes: true });
    expect(plan.blocks.map((b) => b.stamp)).toEqual([{ kind: "note" }, { kind: "note" }]);
  });
});
