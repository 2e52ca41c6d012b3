/**
 * The "Decide" insert: the decision sheet (inputs as a [name, value] range, the low/high, uncertain and
 * scenario tables, live TORNADO/SOLVEFOR/SCENARIOS/SIMULATE formulas by name) and its native charts,
 * written on a new sheet through the one writer against office-addin-mock.
 */
import { OfficeMockObject } from "office-addin-mock";

import { decisionModel, scenarios, simulate, solveFor, tornado } from "../../../src/core";
import type { TableCell } from "../../../src/core";
import { decideFigures } from "../../../src/taskpane/model/decide";
import type { DecideFigures } from "../../../src/taskpane/model/decide";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import type { Block } from "../../../src/taskpane/workbook/block";
import {
  DECIDE_NAMES,
  decideSheet,
  decideSheetBaseName,
} from "../../../src/taskpane/workbook/decideSheet";
import { insertBlockOnNewSheet } from "../../../src/taskpane/workbook/excelWriter";

const inputs = { ...defaultInputs("B200"), gpuCount: 64, usdPerMillionTokens: 2 };

function figures(): DecideFigures {
  const answer = decideFigures(inputs);
  if (!answer.ok) throw new Error(answer.reason);
  return answer.value;
}

const block: Block = decideSheet(figures(), inputs, "2026-11-29");

const at = (row: number, column: number) =>
  block.cells.find((c) => c.row === row && c.column === column);

/** The constants a named range covers, as Excel passes them to a function (blank cells as null). */
function range(name: string): TableCell[][] {
  const n = block.names.find((x) => x.name === name);
  if (n === undefined) throw new Error(`no ${name}`);
  return Array.from({ length: n.rows ?? 1 }, (_, i) =>
    Array.from({ length: n.columns ?? 1 }, (_, j) => at(n.row + i, n.column + j)?.value ?? null)
  );
}

describe("decideSheet", () => {
  const formulas = block.cells.flatMap((c) => (c.formula ? [c.formula] : []));

  it("writes live decision formulas over the sheet's named tables", () => {
    expect(formulas).toEqual(
      expect.arrayContaining([
        '=TOKENOMICS.TORNADO("roiMultiple", DecideInputs, LowHigh)',
        '=TOKENOMICS.SOLVEFOR("roiMultiple", BreakEvenTarget, "usdPerMillionTokens", DecideInputs)',
        '=TOKENOMICS.SOLVEFOR("roiMultiple", BreakEvenTarget, "utilization", DecideInputs)',
        '=TOKENOMICS.SOLVEFOR("roiMultiple", BreakEvenTarget, "annualPriceChange", DecideInputs)',
        '=TOKENOMICS.SCENARIOS("roiMultiple", DecideInputs, Scenarios)',
        '=TOKENOMICS.SIMULATE("roiMultiple", DecideInputs, Uncertain, 10000, 1)',
      ])
    );
  });

  it("writes tables the core reads as the pane did: same tornado, break-even, scenarios, simulation", () => {
    const f = figures();
    const model = { metric: "roiMultiple", inputs: range(DECIDE_NAMES.inputs) };
    expect(decisionModel(model.inputs).evaluate("roiMultiple")).toEqual(f.base);
    expect(tornado({ ...model, lowHigh: range(DECIDE_NAMES.lowHigh) }).map((r) => r.swing)).toEqual(
      f.tornado.map((b) => b.swing)
    );
    const target = range(DECIDE_NAMES.target)[0]?.[0] as number;
    expect(solveFor({ ...model, target, parameter: "utilization" })).toEqual(
      f.breakEvens.find((b) => b.parameter === "utilization")?.value
    );
    expect(
      scenarios({ ...model, scenarios: range(DECIDE_NAMES.scenarios) }).map((s) => s.result)
    ).toEqual(f.scenarios.map((s) => s.value));
    const summary = simulate({
      ...model,
      uncertain: range(DECIDE_NAMES.uncertain),
      trials: f.simulation.trials,
      seed: f.simulation.seed,
    });
    expect(summary.lossProbability).toEqual(f.simulation.lossProbability);
  });

  it("charts the tornado as clustered bars, the histogram as columns and the cash as a line", () => {
    const f = figures();
    const charts = block.charts ?? [];
    expect(charts.map((c) => c.type)).toEqual(["BarClustered", "ColumnClustered", "Line"]);
    const [bars, columns, line] = charts;
    expect(at(bars?.sourceRow ?? -1, 0)?.value).toBe("Driver");
    expect(bars?.sourceRows).toBe(f.tornado.length + 1);
    expect(bars?.sourceColumns).toBe(3);
    expect(at(columns?.sourceRow ?? -1, 1)?.value).toBe("Trials");
    expect(columns?.sourceRows).toBe(f.simulation.bins.length + 1);
    expect(at(line?.sourceRow ?? -1, 1)?.value).toBe("Cumulative net cash (USD)");
    expect(line?.sourceRows).toBe(inputs.years + 2);
    for (const chart of charts) expect(chart.anchorColumn).toBeGreaterThan(5);
  });

  it("never writes NaN and labels the chart data a snapshot", () => {
    for (const cell of block.cells)
      if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
    expect(block.cells.some((c) => /snapshot from the pane at insert/.test(String(c.value)))).toBe(
      true
    );
    expect(decideSheetBaseName(inputs)).toBe("Decide B200");
  });
});

interface Recorded {
  sheetsAdded: string[];
  charts: { type: string; source: unknown; seriesBy: string; chart: Record<string, unknown> }[];
  names: { name: string; range: unknown }[];
  workbookNames: string[];
  existingSheetTouched: string[];
  written: Map<string, Record<string, unknown>>;
}

/** A workbook with `sheets`; a new sheet's A1 range records every cell, name and chart written. */
function excelMock(sheets: string[]): Recorded {
  const recorded: Recorded = {
    sheetsAdded: [],
    charts: [],
    names: [],
    workbookNames: [],
    existingSheetTouched: [],
    written: new Map(),
  };
  const cell = (r: number, c: number): Record<string, unknown> => {
    const key = `${r},${c}`;
    if (!recorded.written.has(key))
      recorded.written.set(key, {
        r,
        c,
        format: { font: {}, fill: {} },
        getResizedRange: (dr: number, dc: number) => ({
          from: [r, c],
          rows: dr + 1,
          columns: dc + 1,
        }),
      });
    return recorded.written.get(key) as Record<string, unknown>;
  };
  const target = {
    address: "'Decide B200 (2)'!A1:O120",
    getCell: cell,
    getColumn: () => ({ format: {} }),
  };
  const data = {
    context: {
      workbook: {
        names: { add: (name: string) => recorded.workbookNames.push(name) },
        worksheets: {
          items: sheets.map((name) => ({ name })),
          newSheet: { charts: {}, names: {} },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => unknown) {
      return callback(this.context);
    },
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const mock = new OfficeMockObject(data) as unknown as Record<string, any>;
  const worksheets = mock.context.workbook.worksheets;
  worksheets.load = () => undefined;
  worksheets.items = sheets.map((name) => ({ name }));
  worksheets.getItem = (name: string) => recorded.existingSheetTouched.push(name);
  const sheet = worksheets.newSheet;
  worksheets.add = (name: string) => {
    recorded.sheetsAdded.push(name);
    return sheet;
  };
  sheet.getRange = () => ({ getResizedRange: () => ({ ...target, load: () => undefined }) });
  sheet.activate = () => undefined;
  sheet.names.add = (name: string, r: unknown) => recorded.names.push({ name, range: r });
  sheet.charts.add = (type: string, source: unknown, seriesBy: string) => {
    const chart: Record<string, unknown> = {
      title: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      setPosition: (r: unknown) => (chart.position = r),
    };
    recorded.charts.push({ type, source, seriesBy, chart });
    return chart;
  };
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return recorded;
}

describe("inserting the decision sheet", () => {
  it("adds a sheet no existing one is named, with its charts over the chart data and its names", async () => {
    const recorded = excelMock(["Sheet1", "Decide B200"]);
    const result = await insertBlockOnNewSheet(block, decideSheetBaseName(inputs));
    expect(result).toEqual({
      ok: true,
      value: { address: "'Decide B200 (2)'!A1:O120", sheetName: "Decide B200 (2)" },
    });
    expect(recorded.sheetsAdded).toEqual(["Decide B200 (2)"]);
    // Nothing existing changes: no other sheet is opened, no workbook-level name is added.
    expect(recorded.existingSheetTouched).toEqual([]);
    expect(recorded.workbookNames).toEqual([]);
    expect(recorded.charts.map((c) => c.type)).toEqual(["BarClustered", "ColumnClustered", "Line"]);
    recorded.charts.forEach((added, i) => {
      const chart = block.charts?.[i];
      expect(added.seriesBy).toBe("Columns");
      expect(added.source).toEqual({
        from: [chart?.sourceRow, 0],
        rows: chart?.sourceRows,
        columns: chart?.sourceColumns,
      });
      expect(added.chart.title).toEqual({ text: chart?.title });
      expect(added.chart.position).toBe(recorded.written.get(`${chart?.anchorRow},7`));
    });
    const inputsName = recorded.names.find((n) => n.name === DECIDE_NAMES.inputs);
    const declared = block.names.find((n) => n.name === DECIDE_NAMES.inputs);
    expect(inputsName?.range).toEqual({
      from: [declared?.row, 0],
      rows: declared?.rows,
      columns: 2,
    });
    const tornadoCell = block.cells.find((c) => c.formula?.startsWith("=TOKENOMICS.TORNADO("));
    expect(recorded.written.get(`${tornadoCell?.row},0`)?.formulas).toEqual([
      [tornadoCell?.formula],
    ]);
  });
});
