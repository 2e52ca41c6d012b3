import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Block } from "../../src/taskpane/workbook/block";
import { fileFormula, NotPortableFormulaError } from "../../src/taskpane/workbook/xlsxFormula";
import { fileText, xlsxBytes } from "../../src/taskpane/workbook/xlsxWriter";
import type { CachedResult } from "../../src/taskpane/workbook/xlsxWriter";
import { modelSheet } from "../../src/taskpane/workbook/modelSheet";
import { defaultInputs } from "../../src/taskpane/model/inputs";

type CellWithResult = Block["cells"][number] & { result?: CachedResult };

/** A small model over named inputs: what the native model sheet looks like, in miniature. */
function smallModel(): Block {
  const cells: CellWithResult[] = [
    { row: 0, column: 0, value: "'=not a formula", style: "title" },
    { row: 1, column: 0, value: "'+1 555 0100" },
    { row: 2, column: 0, value: "'-5%" },
    { row: 3, column: 0, value: "'@mention" },
    { row: 4, column: 0, value: "Rate" },
    { row: 4, column: 1, value: 0.08, numberFormat: "0.00%", style: "input" },
    { row: 5, column: 0, value: "Payment" },
    {
      row: 5,
      column: 1,
      formula: "=PMT(Rate, 3, -1000)",
      result: 388.03350425185,
      style: "output",
    },
    { row: 6, column: 1, formula: "=PERCENTILE.INC(B5:B6, 0.5)", result: 194.055 },
    { row: 7, column: 1, formula: '=IF(B5>1, "percentile.inc(", "ok")', result: "ok" },
    { row: 8, column: 1, formula: '=IFERROR(IRR(B5:B6), "No IRR")', result: "No IRR" },
    { row: 9, column: 1, formula: "=B5>0", result: true },
    { row: 10, column: 1, value: "" },
  ];
  return {
    rows: 11,
    columns: 2,
    cells,
    names: [
      { name: "Rate", row: 4, column: 1 },
      { name: "Payment", row: 5, column: 1 },
    ],
    columnWidths: [210, 105],
  };
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name} in the file`);
  return file.async("string");
}

describe("fileFormula", () => {
  it("drops the leading = and prefixes functions newer than the 2007 file format with _xlfn.", () => {
    expect(fileFormula("=PERCENTILE.INC(A1:A9, 0.5) + stdev.s(A1:A9)")).toBe(
      "_xlfn.PERCENTILE.INC(A1:A9, 0.5) + _xlfn.stdev.s(A1:A9)"
    );
  });

  it("leaves older functions, names, prefixed calls and text in quotes alone", () => {
    expect(fileFormula('=NPV(Rate, B1:B9) & "IFS(" & _xlfn.IFNA(A1, 0)')).toBe(
      'NPV(Rate, B1:B9) & "IFS(" & _xlfn.IFNA(A1, 0)'
    );
  });

  it.each(["LET", "LAMBDA", "SEQUENCE", "FILTER", "DROP", "XLOOKUP", "TOKENOMICS.TOKENNPV"])(
    "refuses %s, which LibreOffice 7.4 cannot compute or which needs the add-in",
    (name) => {
      expect(() => fileFormula(`=1 + ${name}(A1)`)).toThrow(NotPortableFormulaError);
      expect(() => fileFormula(`=1 + ${name}(A1)`)).toThrow(name);
    }
  );

  it("lets a function that merely ends like a refused one through", () => {
    expect(fileFormula("=MYDROP(A1) + Sheet1!A1")).toBe("MYDROP(A1) + Sheet1!A1");
  });
});

describe("fileText", () => {
  it("removes the apostrophe the pane puts before text Excel would parse", () => {
    expect(["'=a", "'+a", "'-a", "'@a", "'a", "a"].map(fileText)).toEqual([
      "=a",
      "+a",
      "-a",
      "@a",
      "'a",
      "a",
    ]);
  });
});

describe("xlsxBytes", () => {
  it("stores formulas with their cached results, read back by exceljs", async () => {
    const sheet = (
      await readBack(await xlsxBytes([{ name: "Model", block: smallModel() }]))
    ).getWorksheet("Model")!;
    expect(sheet.getCell("B6").value).toEqual({
      formula: "PMT(Rate, 3, -1000)",
      result: 388.03350425185,
    });
    expect(sheet.getCell("B7").value).toEqual({
      formula: "_xlfn.PERCENTILE.INC(B5:B6, 0.5)",
      result: 194.055,
    });
    expect(sheet.getCell("B8").value).toMatchObject({ result: "ok" });
    expect(sheet.getCell("B9").value).toMatchObject({ result: "No IRR" });
    expect(sheet.getCell("B10").value).toMatchObject({ result: true });
  });

  it("writes text that starts with = + - or @ as text, never as a formula", async () => {
    const bytes = await xlsxBytes([{ name: "Model", block: smallModel() }]);
    const sheet = (await readBack(bytes)).getWorksheet("Model")!;
    expect(["A1", "A2", "A3", "A4"].map((address) => sheet.getCell(address).value)).toEqual([
      "=not a formula",
      "+1 555 0100",
      "-5%",
      "@mention",
    ]);
    const xml = await part(bytes, "xl/worksheets/sheet1.xml");
    expect(xml.match(/<f>/g)).toHaveLength(5);
    expect(xml).toMatch(/<c r="A1"[^>]* t="s"/);
  });

  it("leaves cached results out when asked, so the file holds formulas only", async () => {
    const bytes = await xlsxBytes([{ name: "Model", block: smallModel() }], {
      cachedResults: false,
    });
    const sheet = (await readBack(bytes)).getWorksheet("Model")!;
    expect(sheet.getCell("B6").value).toEqual({ formula: "PMT(Rate, 3, -1000)" });
    expect(await part(bytes, "xl/worksheets/sheet1.xml")).not.toMatch(/<\/f><v>/);
  });

  it("defines the block's names, and asks for a full calculation on load", async () => {
    const bytes = await xlsxBytes([{ name: "Tokenomics GB200", block: smallModel() }]);
    const workbook = await readBack(bytes);
    const model = (workbook.definedNames as unknown as { model: unknown[] }).model;
    expect(model).toEqual(
      expect.arrayContaining([
        { name: "Rate", ranges: ["'Tokenomics GB200'!$B$5"] },
        { name: "Payment", ranges: ["'Tokenomics GB200'!$B$6"] },
      ])
    );
    expect(await part(bytes, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("keeps number formats, styles and column widths", async () => {
    const sheet = (
      await readBack(await xlsxBytes([{ name: "Model", block: smallModel() }]))
    ).getWorksheet("Model")!;
    expect(sheet.getCell("B5").numFmt).toBe("0.00%");
    expect(sheet.getCell("B5").font?.color).toEqual({ argb: "FF0000FF" });
    expect(sheet.getCell("B5").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFEFF6FC" },
    });
    expect(sheet.getCell("B6").font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.getColumn(2).width).toBe(20);
    expect(sheet.getCell("B11").value).toBeNull();
  });

  it("refuses a name defined twice across sheets", async () => {
    await expect(
      xlsxBytes([
        { name: "One", block: smallModel() },
        { name: "Two", block: smallModel() },
      ])
    ).rejects.toThrow("the name Rate is defined twice");
  });

  it("refuses the add-in's own model sheet as portable, and writes it when portability is not asked", async () => {
    const inputs = defaultInputs("GB200");
    const context = {
      platformDisplayName: "GB200 NVL72",
      tokensPerSecondPerGpu: 1000,
      throughputSource: "test",
      insertedOn: "2026-11-29",
    };
    await expect(
      xlsxBytes([{ name: "Model", block: modelSheet(inputs, context) }])
    ).rejects.toThrow(NotPortableFormulaError);
    const bytes = await xlsxBytes([{ name: "Model", block: modelSheet(inputs, context) }], {
      portable: false,
    });
    const names = (
      (await readBack(bytes)).definedNames as unknown as { model: { name: string }[] }
    ).model.map((name) => name.name);
    expect(names).toEqual(expect.arrayContaining(["GpuCount", "Utilization", "InvestmentUsd"]));
  });
});
