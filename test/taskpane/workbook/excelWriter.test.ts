/**
 * Every workbook write the pane makes, against office-addin-mock's Excel object model (which also checks
 * that properties are loaded and synced before they are read).
 */
import { OfficeMockObject } from "office-addin-mock";

import type { Block } from "../../../src/taskpane/workbook/block";
import {
  checkSelectionForBlock,
  insertBlockAtSelection,
  insertBlockOnNewSheet,
  splitAddress,
} from "../../../src/taskpane/workbook/excelWriter";

const block: Block = {
  rows: 2,
  columns: 2,
  cells: [
    { row: 0, column: 0, value: "Parameter", style: "header" },
    { row: 0, column: 1, value: "Value", style: "header" },
    { row: 1, column: 0, value: "Price per GPU" },
    { row: 1, column: 1, value: 40000, numberFormat: "$#,##0", style: "input" },
  ],
  names: [{ name: "B200_PriceUsdPerGpu", row: 1, column: 1, comment: "Price per GPU (USD)" }],
};

interface Recorded {
  namesAdded: { name: string; range: unknown; comment?: string }[];
  namesDeleted: string[];
  sheetsAdded: string[];
  activated: string[];
}

/** A 2×2 target range whose cells record what is written to them. */
function targetRange(address: string, formulas: unknown[][]) {
  const cells: Record<string, unknown> = {};
  for (let r = 0; r < 2; r++) {
    for (let c = 0; c < 2; c++) {
      cells[`c${r}${c}`] = { address: `cell ${r},${c}`, format: { font: {}, fill: {} } };
    }
  }
  return {
    address,
    formulas,
    cells,
    columns: { c0: { format: {} }, c1: { format: {} } },
    getCell(this: { cells: Record<string, unknown> }, r: number, c: number) {
      return this.cells[`c${r}${c}`];
    },
    getColumn(this: { columns: Record<string, unknown> }, c: number) {
      return this.columns[`c${c}`];
    },
  };
}

function excelMock(options: {
  formulas: unknown[][];
  existingNames?: string[];
  sheets?: string[];
}) {
  const recorded: Recorded = { namesAdded: [], namesDeleted: [], sheetsAdded: [], activated: [] };
  const existing = new Set(options.existingNames ?? []);
  const target = targetRange("Sheet1!A1:B2", options.formulas);
  const data = {
    context: {
      workbook: {
        selection: { anchor: { target } },
        getSelectedRange(this: { selection: { anchor: unknown; getCell?: unknown } }) {
          return this.selection;
        },
        names: {
          getItemOrNullObject: (name: string) => ({ isNullObject: !existing.has(name), name }),
          getItem: (name: string) => ({ delete: () => recorded.namesDeleted.push(name) }),
          add: (name: string, range: unknown, comment?: string) =>
            recorded.namesAdded.push({ name, range, comment }),
        },
        worksheets: {
          sheet: {
            name: "Sheet1",
            range: target,
            getRange(this: { range: unknown }) {
              return this.range;
            },
            names: {
              add: (name: string, range: unknown, comment?: string) =>
                recorded.namesAdded.push({ name, range, comment }),
            },
            activate: () => recorded.activated.push("sheet"),
          },
          getItem(this: { sheet: unknown }) {
            return this.sheet;
          },
          add(
            this: { sheet: { getRange: (a: string) => { getResizedRange?: unknown } } },
            name: string
          ) {
            recorded.sheetsAdded.push(name);
            return this.sheet;
          },
        },
      },
    },
    run: async function (
      this: { context: unknown },
      callback: (context: unknown) => Promise<unknown>
    ) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: {
      workbook: {
        selection: { anchor: { target: unknown } };
        worksheets: { sheet: { range: unknown } };
      };
    };
  } & Record<string, unknown>;
  // Selection → top-left cell → resized range: the mock returns the same target range object throughout.
  const selection = mock.context.workbook.selection as unknown as Record<string, unknown>;
  selection.getCell = () => selection.anchor;
  const anchor = selection.anchor as Record<string, unknown>;
  anchor.getResizedRange = () => anchor.target;
  const sheetRange = mock.context.workbook.worksheets.sheet as unknown as Record<string, unknown>;
  const a1 = { getResizedRange: () => anchor.target };
  sheetRange.getRange = (address: string) => (address === "A1" ? a1 : anchor.target);
  // office-addin-mock cannot load a navigation path into an array ("items/name"); record the load instead.
  const worksheets = mock.context.workbook.worksheets as unknown as {
    load: unknown;
    items: unknown;
  };
  const sheetLoads: unknown[] = [];
  worksheets.load = (what: unknown) => sheetLoads.push(what);
  worksheets.items = (options.sheets ?? ["Sheet1"]).map((name) => ({ name }));
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return {
    recorded,
    sheetLoads,
    target: anchor.target as { cells: Record<string, Record<string, unknown>> },
  };
}

function written(
  target: { cells: Record<string, Record<string, unknown>> },
  r: number,
  c: number
): Record<string, unknown> {
  return target.cells[`c${r}${c}`] as Record<string, unknown>;
}

describe("checkSelectionForBlock", () => {
  it("counts the non-empty cells the block would cover and the names it would move", async () => {
    excelMock({
      formulas: [
        ["", "x"],
        [0, ""],
      ],
      existingNames: ["B200_PriceUsdPerGpu"],
    });
    await expect(checkSelectionForBlock(block)).resolves.toEqual({
      address: "Sheet1!A1:B2",
      nonEmptyCells: 2,
      existingNames: ["B200_PriceUsdPerGpu"],
    });
  });
});

describe("insertBlockAtSelection", () => {
  it("writes values, number formats, styles and workbook names into empty cells without asking", async () => {
    const { recorded, target } = excelMock({
      formulas: [
        ["", ""],
        ["", ""],
      ],
    });
    const confirm = jest.fn(async () => true);
    const result = await insertBlockAtSelection(block, confirm);
    expect(result).toEqual({ ok: true, value: { address: "Sheet1!A1:B2", sheetName: "Sheet1" } });
    expect(confirm).not.toHaveBeenCalled();
    expect(written(target, 1, 1).values).toEqual([[40000]]);
    expect(written(target, 1, 1).numberFormat).toEqual([["$#,##0"]]);
    expect((written(target, 1, 1).format as { font: { color: string } }).font.color).toBe(
      "#0000FF"
    );
    expect((written(target, 0, 0).format as { font: { bold: boolean } }).font.bold).toBe(true);
    expect(recorded.namesAdded).toEqual([
      { name: "B200_PriceUsdPerGpu", range: target.cells.c11, comment: "Price per GPU (USD)" },
    ]);
  });

  it("never overwrites a non-empty cell when the user declines", async () => {
    const { recorded, target } = excelMock({
      formulas: [
        ["keep me", ""],
        ["", ""],
      ],
    });
    const confirm = jest.fn(async () => false);
    const result = await insertBlockAtSelection(block, confirm);
    expect(confirm).toHaveBeenCalledWith({
      address: "Sheet1!A1:B2",
      nonEmptyCells: 1,
      existingNames: [],
    });
    expect(result).toEqual({
      ok: false,
      reason: "Nothing was written: you kept the existing cells.",
    });
    for (const key of Object.keys(target.cells)) {
      expect(Array.isArray(target.cells[key]?.values)).toBe(false);
      expect(Array.isArray(target.cells[key]?.formulas)).toBe(false);
    }
    expect(recorded.namesAdded).toEqual([]);
  });

  it("overwrites and re-points existing names only after the user confirms", async () => {
    const { recorded, target } = excelMock({
      formulas: [
        ["old", ""],
        ["", ""],
      ],
      existingNames: ["B200_PriceUsdPerGpu"],
    });
    const result = await insertBlockAtSelection(block, async () => true);
    expect(result.ok).toBe(true);
    expect(written(target, 0, 0).values).toEqual([["Parameter"]]);
    expect(recorded.namesDeleted).toEqual(["B200_PriceUsdPerGpu"]);
    expect(recorded.namesAdded.map((n) => n.name)).toEqual(["B200_PriceUsdPerGpu"]);
  });

  it("writes formulas through formulas, never through values", async () => {
    const { target } = excelMock({
      formulas: [
        ["", ""],
        ["", ""],
      ],
    });
    const withFormula: Block = {
      ...block,
      cells: [{ row: 0, column: 0, formula: "=TOKENOMICS.COSTPERTOKEN(2, 1000)" }],
      names: [],
    };
    await insertBlockAtSelection(withFormula, async () => true);
    expect(written(target, 0, 0).formulas).toEqual([["=TOKENOMICS.COSTPERTOKEN(2, 1000)"]]);
    expect(Array.isArray(written(target, 0, 0).values)).toBe(false);
  });
});

describe("insertBlockOnNewSheet", () => {
  it("adds a sheet whose name no existing sheet has, writes the block at A1 with sheet-scoped names, and activates it", async () => {
    const { recorded, target, sheetLoads } = excelMock({
      formulas: [
        ["", ""],
        ["", ""],
      ],
      sheets: ["Sheet1", "Tokenomics B200", "tokenomics b200 (2)"],
    });
    const result = await insertBlockOnNewSheet(
      { ...block, columnWidths: [200, 100] },
      "Tokenomics B200"
    );
    expect(sheetLoads).toEqual(["items/name"]);
    expect(recorded.sheetsAdded).toEqual(["Tokenomics B200 (3)"]);
    expect(result).toEqual({
      ok: true,
      value: { address: "Sheet1!A1:B2", sheetName: "Tokenomics B200 (3)" },
    });
    expect(written(target, 1, 1).values).toEqual([[40000]]);
    expect(recorded.namesAdded.map((n) => n.name)).toEqual(["B200_PriceUsdPerGpu"]);
    expect(recorded.activated).toEqual(["sheet"]);
  });
});

describe("splitAddress", () => {
  it("splits plain and quoted sheet names", () => {
    expect(splitAddress("Sheet1!A1:F9")).toEqual(["Sheet1", "A1:F9"]);
    expect(splitAddress("'My ''model'' sheet'!B2")).toEqual(["My 'model' sheet", "B2"]);
  });
});
