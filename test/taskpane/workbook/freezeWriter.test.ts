/**
 * Freeze and Unfreeze through Excel.run (office-addin-mock's run over a small Excel, freezeExcel.ts): scope,
 * spills cut by the selection, the stamp, the round trip to the exact formulas, declined confirmations,
 * freezing twice, cells edited by hand and rows inserted between Freeze and Unfreeze.
 */
import { FROZEN_SETTING, readRecords } from "../../../src/taskpane/workbook/freezeRecords";
import { freeze, unfreeze } from "../../../src/taskpane/workbook/freezeWriter";
import type { ChangeRequest, FreezeOptions } from "../../../src/taskpane/workbook/freezeWriter";
import { stampText } from "../../../src/taskpane/workbook/freezePlan";
import { fakeWorkbook, formulaAt, insertRows, installExcel } from "./freezeExcel";
import type { FakeWorkbook } from "./freezeExcel";

const M = "{model}";
const O = "{other}";
const TODAY = "2026-11-29";
const STAMP = stampText(TODAY);
const CASH = "=TOKENOMICS.TOKENCASHFLOWS(B1)";
const CROSS = "=INDEX($A$3#, 2, 3) + SUM(A3#)";

/** Model: a TOKENOMICS cell at B1, a spill A3:C5, a cross-check at A7; Other: one TOKENOMICS cell. */
let current: FakeWorkbook;

function book(): FakeWorkbook {
  const b = fakeWorkbook([
    {
      id: M,
      name: "Model",
      cells: {
        A1: "Cost",
        B1: ["=TOKENOMICS.COSTPERTOKEN(40000, 0.7)", 0.42],
        A3: [CASH, 0],
        B3: 1,
        C3: -100,
        A4: 1,
        B4: 2,
        C4: 60,
        A5: 2,
        B5: 3,
        C5: 70,
        A7: [CROSS, 190],
        B7: ['="TOKENOMICS.COSTPERTOKEN"', "TOKENOMICS.COSTPERTOKEN"],
      },
    },
    { id: O, name: "Other", cells: { A1: ["=TOKENOMICS.COSTPERTOKEN(1, 1)", 9] } },
  ]);
  b.sheets[0]?.spills.set("2,0", { row: 2, column: 0, rows: 3, columns: 3 });
  current = installExcel(b);
  return current;
}

function select(b: FakeWorkbook, sheetId: string, row: number, column: number): void {
  b.selection = { sheetId, rect: { row, column, rows: 1, columns: 1 } };
}

function options(answer: boolean, sets = ["1.12"]): FreezeOptions & { asked: ChangeRequest[] } {
  const asked: ChangeRequest[] = [];
  return {
    asked,
    today: TODAY,
    // The pane's settings store, backed by the fake workbook's document settings.
    store: {
      get: (key) => current.settings.get(key),
      set: async (key, value) => void current.settings.set(key, value),
    },
    confirm: async (request) => {
      asked.push(request);
      return answer;
    },
    supports: (set, version) => set === "ExcelApi" && sets.includes(version),
  };
}

/** Everything a user could see or Unfreeze could use, to compare before and after. */
function snapshot(b: FakeWorkbook): string {
  return JSON.stringify({
    cells: b.sheets.map((s) => [...s.cells.entries()]),
    names: [...b.names.entries()],
    settings: [...b.settings.entries()],
    notes: [...b.notes.entries()],
  });
}

describe("freeze", () => {
  it("freezes the whole spill when the selection cuts through it, and fixes the cross-check to its range", async () => {
    const b = book();
    select(b, M, 4, 2);
    const opts = options(true);
    const result = await freeze("selection", opts);
    expect(result).toEqual({
      ok: true,
      value: {
        message:
          "Froze 9 cell(s) in 1 block(s); 1 reference(s) fixed to their range. Unfreeze restores the formulas.",
      },
    });
    expect(opts.asked[0]?.lines).toEqual([
      "9 cell(s) in 1 block(s) will keep their current values as constants:",
      "Model!A3:C5",
      "1 formula(s) that refer to a frozen spill will use its fixed range:",
      `Model!A7: ${CROSS} → =INDEX($A$3:$C$5, 2, 3) + SUM(A3:C5)`,
      "The original formulas stay in the workbook: Unfreeze restores them.",
    ]);
    expect(formulaAt(b, M, "A3")).toBe(0);
    expect(formulaAt(b, M, "C5")).toBe(70);
    expect(formulaAt(b, M, "A7")).toBe("=INDEX($A$3:$C$5, 2, 3) + SUM(A3:C5)");
    expect(formulaAt(b, M, "B1")).toBe("=TOKENOMICS.COSTPERTOKEN(40000, 0.7)");
    expect(b.names.get("TokenomicsFrozen_1")).toEqual({
      sheetId: M,
      rect: { row: 2, column: 0, rows: 3, columns: 3 },
      comment: STAMP,
    });
  });

  it("stamps the block with add-in version, dataset version and date in a free cell beside it", async () => {
    const b = book();
    select(b, M, 2, 0);
    await freeze("selection", options(true));
    expect(formulaAt(b, M, "D3")).toBe(STAMP);
    expect(b.names.get("TokenomicsFrozen_1_Stamp")?.rect).toEqual({
      row: 2,
      column: 3,
      rows: 1,
      columns: 1,
    });
    expect(b.notes.size).toBe(0);
  });

  it("stamps with a note instead where the host has ExcelApi 1.18", async () => {
    const b = book();
    select(b, M, 2, 0);
    await freeze("selection", options(true, ["1.12", "1.18"]));
    expect([...b.notes.entries()]).toEqual([["Model!A3", STAMP]]);
    expect(formulaAt(b, M, "D3")).toBe("");
    await unfreeze("workbook", options(true));
    expect(b.notes.size).toBe(0);
  });

  it("freezes the active sheet, or the whole workbook", async () => {
    const sheet = book();
    select(sheet, M, 0, 0);
    await freeze("sheet", options(true));
    expect(formulaAt(sheet, M, "B1")).toBe(0.42);
    expect(formulaAt(sheet, O, "A1")).toBe("=TOKENOMICS.COSTPERTOKEN(1, 1)");
    expect(formulaAt(sheet, M, "B7")).toBe('="TOKENOMICS.COSTPERTOKEN"');

    const whole = book();
    await freeze("workbook", options(true));
    expect(formulaAt(whole, O, "A1")).toBe(9);
    expect(Object.keys(readRecords(whole.settings.get(FROZEN_SETTING)))).toHaveLength(3);
  });

  it("writes nothing when the confirmation is declined", async () => {
    const b = book();
    const before = snapshot(b);
    const opts = options(false);
    const result = await freeze("workbook", opts);
    expect(result).toEqual({ ok: false, reason: "Nothing was written: you kept the formulas." });
    expect(opts.asked).toHaveLength(1);
    expect(snapshot(b)).toBe(before);
  });

  it("keeps the earlier records when the write fails, so nothing is left half frozen", async () => {
    const b = book();
    select(b, M, 0, 1);
    await freeze("selection", options(true));
    const records = b.settings.get(FROZEN_SETTING);
    b.failWrites = true;
    await expect(freeze("workbook", options(true))).rejects.toThrow(/protected/);
    expect(b.settings.get(FROZEN_SETTING)).toBe(records);
    expect(formulaAt(b, M, "A3")).toBe(CASH);
  });

  it("says so and changes nothing when the selection has no TOKENOMICS formulas", async () => {
    const b = book();
    select(b, M, 6, 1);
    const before = snapshot(b);
    const opts = options(true);
    expect(await freeze("selection", opts)).toEqual({
      ok: false,
      reason: "No TOKENOMICS formulas in the selection: nothing changed.",
    });
    expect(opts.asked).toEqual([]);
    expect(snapshot(b)).toBe(before);
  });

  it("refuses on an Excel without spill ranges (ExcelApi 1.12), changing nothing", async () => {
    const b = book();
    const before = snapshot(b);
    const result = await freeze("workbook", options(true, []));
    expect(result.ok).toBe(false);
    expect(snapshot(b)).toBe(before);
  });
});

describe("unfreeze", () => {
  it("restores the exact original formulas, and removes the names, stamps and records", async () => {
    const b = book();
    const original = snapshot(b);
    await freeze("workbook", options(true));
    expect(snapshot(b)).not.toBe(original);
    const result = await unfreeze("workbook", options(true));
    expect(result).toEqual({
      ok: true,
      value: { message: "Restored the TOKENOMICS formulas in 11 cell(s) in 3 block(s)." },
    });
    expect(formulaAt(b, M, "A3")).toBe(CASH);
    expect(formulaAt(b, M, "B4")).toBe("");
    expect(formulaAt(b, M, "A7")).toBe(CROSS);
    expect(formulaAt(b, M, "B1")).toBe("=TOKENOMICS.COSTPERTOKEN(40000, 0.7)");
    expect(formulaAt(b, O, "A1")).toBe("=TOKENOMICS.COSTPERTOKEN(1, 1)");
    expect(formulaAt(b, M, "D3")).toBe("");
    expect(b.names.size).toBe(0);
    expect(b.writes).not.toContain("formulasR1C1");
    expect(readRecords(b.settings.get(FROZEN_SETTING))).toEqual({});
  });

  it("keeps every original formula when freezing twice, and restores both freezes", async () => {
    const b = book();
    select(b, M, 0, 1);
    await freeze("selection", options(true));
    const again = options(true);
    expect(await freeze("selection", again)).toEqual({
      ok: false,
      reason: "No TOKENOMICS formulas in the selection: nothing changed.",
    });
    await freeze("sheet", options(true));
    expect(Object.keys(readRecords(b.settings.get(FROZEN_SETTING))).sort()).toEqual([
      "TokenomicsFrozen_1",
      "TokenomicsFrozen_2",
    ]);
    await unfreeze("sheet", options(true));
    expect(formulaAt(b, M, "B1")).toBe("=TOKENOMICS.COSTPERTOKEN(40000, 0.7)");
    expect(formulaAt(b, M, "A3")).toBe(CASH);
    expect(formulaAt(b, M, "A7")).toBe(CROSS);
  });

  it("lists the cells edited by hand and writes nothing when the user keeps them", async () => {
    const b = book();
    await freeze("sheet", options(true));
    const edited = b.sheets[0]?.cells.get("3,1");
    if (edited) Object.assign(edited, { formula: 5, value: 5 });
    const before = snapshot(b);
    const keep = options(false);
    expect(await unfreeze("sheet", keep)).toEqual({
      ok: false,
      reason: "Nothing was written: you kept the edited cells.",
    });
    expect(keep.asked[0]?.lines).toEqual([
      "1 frozen cell(s) were changed by hand since Freeze; Unfreeze puts the TOKENOMICS formulas back over them:",
      "Model!B4",
    ]);
    expect(snapshot(b)).toBe(before);
    await unfreeze("sheet", options(true));
    expect(formulaAt(b, M, "A3")).toBe(CASH);
    expect(formulaAt(b, M, "B4")).toBe("");
  });

  it("finds blocks by their names after rows were inserted above them", async () => {
    const b = book();
    await freeze("sheet", options(true));
    insertRows(b, M, 0, 2);
    // What Excel shows in the moved cross-check: its fixed range moved with the rows.
    const cross = b.sheets[0]?.cells.get("8,0");
    if (cross) cross.formula = "=INDEX($A$5:$C$7, 2, 3) + SUM(A5:C7)";
    const opts = options(true);
    await unfreeze("sheet", opts);
    expect(opts.asked).toEqual([]);
    expect(formulaAt(b, M, "A5")).toBe(CASH);
    expect(formulaAt(b, M, "B3")).toBe("=TOKENOMICS.COSTPERTOKEN(40000, 0.7)");
    expect(formulaAt(b, M, "A9")).toBe("=INDEX($A$5#, 2, 3) + SUM(A5#)");
    // Moved blocks come back in R1C1, so their relative references follow them.
    expect(b.writes.filter((w) => w === "formulasR1C1")).toHaveLength(2);
  });

  it("says so when nothing in the scope is frozen", async () => {
    book();
    expect(await unfreeze("workbook", options(true))).toEqual({
      ok: false,
      reason: "No frozen blocks in this workbook: nothing changed.",
    });
  });
});
