/**
 * @jest-environment jsdom
 *
 * Insert model's "native formulas" option: the view writes the native lifecycle sheet, and the one writer
 * puts it on a new sheet against office-addin-mock's Excel object model: ordinary formulas (no
 * TOKENOMICS.), every name on its own cell, no existing sheet touched.
 */
import { OfficeMockObject } from "office-addin-mock";

import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { mountCalculator } from "../../../src/taskpane/views/calculator";
import { NATIVE_OPTION } from "../../../src/taskpane/views/insertModel";
import type { Block } from "../../../src/taskpane/workbook/block";
import { insertBlockOnNewSheet } from "../../../src/taskpane/workbook/excelWriter";
import {
  nativeModelSheet,
  nativeModelSheetBaseName,
} from "../../../src/taskpane/workbook/nativeModel";
import { byTestId, mountView, settle } from "../fakes";

describe("the native formulas option", () => {
  it("is a labelled checkbox, described, off by default", () => {
    const { root } = mountView(mountCalculator, { inputs: defaultInputs("B200") });
    const box = byTestId<HTMLInputElement>(root, "model-native");
    expect(box.type).toBe("checkbox");
    expect(box.checked).toBe(false);
    expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBe(NATIVE_OPTION.label);
    expect(root.querySelector(`#${box.getAttribute("aria-describedby")}`)?.textContent).toBe(
      NATIVE_OPTION.hint
    );
  });

  it("inserts the lifecycle model in native formulas on its own new sheet when ticked", async () => {
    const { root, services } = mountView(mountCalculator, { inputs: defaultInputs("B200") });
    byTestId(root, "model-native").click();
    byTestId(root, "insert-model").click();
    await settle();
    expect(services.inserted).toHaveLength(1);
    expect(services.inserted[0]?.sheet).toBe("Tokenomics B200 native");
    const formulas = services.inserted[0]?.block.cells.map((c) => c.formula ?? "") ?? [];
    expect(formulas.some((f) => f.includes("PMT("))).toBe(true);
    expect(formulas.some((f) => f.includes("IRR("))).toBe(true);
    expect(formulas.every((f) => !f.includes("TOKENOMICS."))).toBe(true);
  });

  it("leaves the TOKENOMICS model as it was when not ticked", async () => {
    const { root, services } = mountView(mountCalculator, { inputs: defaultInputs("B200") });
    byTestId(root, "insert-model").click();
    await settle();
    expect(services.inserted[0]?.sheet).toBe("Tokenomics B200");
    const formulas = services.inserted[0]?.block.cells.map((c) => c.formula ?? "") ?? [];
    expect(formulas.some((f) => f.startsWith("=TOKENOMICS.TOKENCASHFLOWS("))).toBe(true);
  });

  it("writes the quarterly build-out in native formulas too, and as before when unticked", async () => {
    const { root, state, services } = mountView(mountCalculator, {
      inputs: defaultInputs("B200"),
    });
    const box = byTestId<HTMLInputElement>(root, "model-native");
    byTestId(root, "model-variant-buildout").click();
    expect(box.disabled).toBe(false);
    box.click();
    byTestId(root, "insert-model").click();
    await settle();
    expect(services.inserted[0]?.sheet).toBe("Tokenomics B200 build-out native");
    const formulas = services.inserted[0]?.block.cells.map((c) => c.formula ?? "") ?? [];
    expect(formulas.some((f) => f.includes("SUMIFS("))).toBe(true);
    expect(formulas.filter((f) => f.includes("TOKENOMICS."))).toEqual([]);
    box.click();
    byTestId(root, "insert-model").click();
    await settle();
    expect(services.inserted[1]?.sheet).toBe("Tokenomics B200 build-out");
    state.update({ modelVariant: "lifecycle" });
    expect(box.disabled).toBe(false);
  });
});

type Written = Record<string, unknown>;

/** office-addin-mock's Excel with `sheets` already there; records sheets added, touched and names. */
function excelMock(block: Block, sheets: string[]) {
  const recorded = {
    sheetsAdded: [] as string[],
    existingSheetsTouched: [] as string[],
    namesAdded: [] as { name: string; range: unknown }[],
  };
  const cells: Record<string, Written> = {};
  for (let r = 0; r < block.rows; r++)
    for (let c = 0; c < block.columns; c++)
      cells[`c${r}_${c}`] = { format: { font: {}, fill: {} } };
  const columns: Record<string, Written> = {};
  for (let c = 0; c < block.columns; c++) columns[`c${c}`] = { format: {} };
  const target = {
    address: `'New'!A1:F${block.rows}`,
    cells,
    columns,
    getCell(this: { cells: Record<string, Written> }, r: number, c: number) {
      return this.cells[`c${r}_${c}`];
    },
    getColumn(this: { columns: Record<string, Written> }, c: number) {
      return this.columns[`c${c}`];
    },
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            target,
            names: {
              add: (name: string, range: unknown) => recorded.namesAdded.push({ name, range }),
            },
            activate: () => undefined,
          },
          add(this: { sheet: unknown }, name: string) {
            recorded.sheetsAdded.push(name);
            return this.sheet;
          },
          getItem(name: string) {
            recorded.existingSheetsTouched.push(name);
            return {};
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (c: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { workbook: { worksheets: Record<string, unknown> & { sheet: Written } } };
  };
  const worksheets = mock.context.workbook.worksheets;
  // office-addin-mock cannot load "items/name" into an array: give the names and record nothing more.
  worksheets.load = () => undefined;
  worksheets.items = sheets.map((name) => ({ name }));
  const sheet = worksheets.sheet as Written & { target: Written };
  const a1 = { getResizedRange: () => sheet.target };
  sheet.getRange = (address: string) => (address === "A1" ? a1 : undefined);
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  const written = (r: number, c: number): Written =>
    (sheet.target.cells as Record<string, Written>)[`c${r}_${c}`] ?? {};
  return { recorded, written };
}

describe("inserting the native model through the one writer", () => {
  const inputs = defaultInputs("B200");
  const block = nativeModelSheet(inputs, {
    platformDisplayName: "NVIDIA B200",
    tokensPerSecondPerGpu: 4000,
    throughputSource: "InferenceX",
    insertedOn: "2026-11-29",
  });

  it("adds a sheet no existing sheet is named like and changes no existing sheet", async () => {
    const { recorded } = excelMock(block, ["Sheet1", "Tokenomics B200 native"]);
    const result = await insertBlockOnNewSheet(block, nativeModelSheetBaseName(inputs));
    expect(recorded.sheetsAdded).toEqual(["Tokenomics B200 native (2)"]);
    expect(result.ok && result.value.sheetName).toBe("Tokenomics B200 native (2)");
    expect(recorded.existingSheetsTouched).toEqual([]);
  });

  it("writes ordinary formulas, never TOKENOMICS., and the inputs as values", async () => {
    const { written } = excelMock(block, ["Sheet1"]);
    await insertBlockOnNewSheet(block, nativeModelSheetBaseName(inputs));
    let formulaCells = 0;
    for (const cell of block.cells) {
      const formulas = written(cell.row, cell.column).formulas as string[][] | undefined;
      if (cell.formula === undefined) continue;
      formulaCells++;
      expect(formulas).toEqual([[cell.formula]]);
      expect(formulas?.[0]?.[0]).not.toMatch(/TOKENOMICS\./);
    }
    expect(formulaCells).toBeGreaterThan(1000);
    const gpus = block.names.find((n) => n.name === "GpuCount");
    expect(written(gpus?.row ?? -1, 1).values).toEqual([[inputs.gpuCount]]);
    expect(written(gpus?.row ?? -1, 1).formulas).toBeUndefined();
  });

  it("names every input, output and horizon cell on the new sheet at its own cell", async () => {
    const { recorded, written } = excelMock(block, ["Sheet1"]);
    await insertBlockOnNewSheet(block, nativeModelSheetBaseName(inputs));
    expect(recorded.namesAdded.map((n) => n.name)).toEqual(block.names.map((n) => n.name));
    for (const name of ["Irr", "PaybackMonths", "InputCheck", "AnnualPeriods", "Years"]) {
      const at = block.names.find((n) => n.name === name);
      expect(recorded.namesAdded.find((n) => n.name === name)?.range).toBe(
        written(at?.row ?? -1, at?.column ?? -1)
      );
    }
  });
});
