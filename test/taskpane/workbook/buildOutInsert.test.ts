/**
 * The quarterly build-out written through the one writer, against office-addin-mock's Excel object model:
 * a new sheet whose name no sheet has, nothing written to an existing sheet, formulas as formulas, number
 * formats, and sheet-scoped names on the right cells.
 */
import { OfficeMockObject } from "office-addin-mock";

import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { UNITS } from "../../../src/taskpane/units";
import { buildOutSheet, buildOutSheetBaseName } from "../../../src/taskpane/workbook/buildOutSheet";
import { insertBlockOnNewSheet } from "../../../src/taskpane/workbook/excelWriter";

const inputs = defaultInputs("B200");
const block = buildOutSheet(inputs, {
  platformDisplayName: "NVIDIA B200",
  tokensPerSecondPerGpu: 4000,
  throughputSource: "InferenceX",
  insertedOn: "2026-11-26",
});

type Written = Record<string, unknown>;

function excelMock(sheets: string[]) {
  const recorded = {
    sheetsAdded: [] as string[],
    existingSheetsTouched: [] as string[],
    namesAdded: [] as { name: string; range: unknown; comment?: string }[],
    activated: 0,
  };
  const cells: Record<string, Written> = {};
  for (let r = 0; r < block.rows; r++)
    for (let c = 0; c < block.columns; c++)
      cells[`c${r}_${c}`] = { format: { font: {}, fill: {} } };
  const columns: Record<string, Written> = {};
  for (let c = 0; c < block.columns; c++) columns[`c${c}`] = { format: {} };
  const target = {
    address: `'New'!A1:N${block.rows}`,
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
              add: (name: string, range: unknown, comment?: string) =>
                recorded.namesAdded.push({ name, range, comment }),
            },
            activate: () => void recorded.activated++,
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
  return { recorded, written, target: sheet.target };
}

describe("inserting the quarterly build-out", () => {
  it("adds a sheet no existing sheet is named like and touches no existing sheet", async () => {
    const { recorded } = excelMock(["Sheet1", "Tokenomics B200 build-out"]);
    const result = await insertBlockOnNewSheet(block, buildOutSheetBaseName(inputs));
    expect(recorded.sheetsAdded).toEqual(["Tokenomics B200 build-out (2)"]);
    expect(result.ok && result.value.sheetName).toBe("Tokenomics B200 build-out (2)");
    expect(recorded.existingSheetsTouched).toEqual([]);
    expect(recorded.activated).toBe(1);
  });

  it("writes SCHEDULE, its labels and the finance formulas as formulas, with their number formats", async () => {
    const { written } = excelMock(["Sheet1"]);
    await insertBlockOnNewSheet(block, buildOutSheetBaseName(inputs));
    const { layout } = block;
    expect(String((written(layout.scheduleRow, 2).formulas as string[][])[0]?.[0])).toMatch(
      /^=TOKENOMICS\.SCHEDULE\(\$C\$\d+:\$N\$\d+, TokensPerSecondPerGpu,/
    );
    expect(written(layout.scheduleRow, 0).formulas).toEqual([["=TOKENOMICS.SCHEDULELABELS()"]]);
    expect(written(layout.scheduleRow, 2).values).toBeUndefined();
    expect(written(layout.scheduleRow + 2, 5).numberFormat).toEqual([[UNITS.usd.excelFormat]]);
    expect(written(layout.quarterRow, 2).values).toEqual([[1]]);
    expect(written(layout.quarterRow, 2).numberFormat).toEqual([['"Q"0;;"Time 0"']]);
    expect(written(layout.deliveriesRow, 2).numberFormat).toEqual([[UNITS.count.excelFormat]]);
    expect(
      (written(layout.deliveriesRow, 2).format as { font: { color: string } }).font.color
    ).toBe("#0000FF");
    expect(written(layout.netRow, 1).values).toEqual([[0]]);
  });

  it("names each input and result on the new sheet at its own cell", async () => {
    const { recorded, target } = excelMock(["Sheet1"]);
    await insertBlockOnNewSheet(block, buildOutSheetBaseName(inputs));
    expect(recorded.namesAdded.map((n) => n.name)).toEqual(block.names.map((n) => n.name));
    const npv = block.names.find((n) => n.name === "NpvUsd");
    const added = recorded.namesAdded.find((n) => n.name === "NpvUsd");
    expect(added?.range).toBe(
      (target.cells as Record<string, Written>)[`c${npv?.row}_${npv?.column}`]
    );
    expect(
      ((target.cells as Record<string, Written>)[`c${npv?.row}_1`]?.formulas as string[][])[0]?.[0]
    ).toMatch(/^=TOKENOMICS\.CASHFLOWNPV\(DiscountRate, \$B\$\d+:\$N\$\d+, PeriodsPerYear\)$/);
  });
});
