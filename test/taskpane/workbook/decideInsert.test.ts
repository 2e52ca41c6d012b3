/**
 * The "Decide" insert: the decision sheet (inputs as a [name, value] range, the low/high, uncertain and
 * scenario tables, live TORNADO/SOLVEFOR/SCENARIOS/SIMULATE formulas by name) and its native charts,
 * written on a new sheet through the one writer against office-addin-mock.
 */
import { OfficeMockObject } from "office-addin-mock";

import { decisionModel, scenarios, simulate, solveFor, tornado } from "../../../src/core";
import type { TableCell } from "../../../src/core";
import { loadBuiltFunctions } from "../../support/builtBundle";
import { expectClose } from "../../support/tolerance";
import { DECIDE_BINS, decideFigures } from "../../../src/taskpane/model/decide";
import type { DecideFigures } from "../../../src/taskpane/model/decide";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { cellAddress, columnLetters } from "../../../src/taskpane/workbook/block";
import type { Block } from "../../../src/taskpane/workbook/block";
import {
  DECIDE_NAMES,
  decideSheet,
  decideSheetBaseName,
  SHEET_SEED,
  SHEET_TRIALS,
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
        '=TOKENOMICS.SIMULATE("roiMultiple", DecideInputs, Uncertain, 10000, 1, , 20)',
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
    expect(f.cumulativeCash).toHaveLength(inputs.years + 1);
    for (const chart of charts) expect(chart.anchorColumn).toBeGreaterThan(5);
  });

  describe("charts over the live results", () => {
    // The built functions, called as Excel calls them on the sheet's own ranges: the spills the charts
    // must cover. A change of shape in the adapter (a header row more, a column moved) fails here.
    const { byId } = loadBuiltFunctions();
    const call = (id: string, ...args: unknown[]): unknown[][] => {
      const fn = byId.get(id);
      if (fn === undefined) throw new Error(`${id} is not registered`);
      return fn(...args) as unknown[][];
    };
    const metric = [["roiMultiple"]];
    const formulaCell = (id: string) => {
      const cell = block.cells.find((c) => c.formula?.startsWith(`=TOKENOMICS.${id}(`));
      if (cell === undefined) throw new Error(`no ${id} formula`);
      return cell;
    };
    const [bars, columns] = block.charts ?? [];

    it("sits the tornado's bars over TORNADO's spill: drivers against the metric at low and at high", () => {
      const spill = call(
        "TORNADO",
        metric,
        range(DECIDE_NAMES.inputs),
        range(DECIDE_NAMES.lowHigh)
      );
      const header = spill[0] ?? [];
      const cell = formulaCell("TORNADO");
      expect(bars).toMatchObject({
        type: "BarClustered",
        sourceRow: cell.row,
        sourceColumn: cell.column,
        sourceRows: spill.length,
        sourceColumns: header.length,
        series: [
          { name: "ROI at low", column: header.indexOf("roiMultiple at low") },
          { name: "ROI at high", column: header.indexOf("roiMultiple at high") },
        ],
      });
      expect(header[0]).toBe("parameter");
      expect(spill.slice(1).map((r) => r[0])).toEqual(figures().tornado.map((b) => b.parameter));
      // No other cell of the sheet sits in the spill's way.
      const inSpill = block.cells.filter(
        (c) =>
          c !== cell &&
          c.row >= cell.row &&
          c.row < cell.row + spill.length &&
          c.column < header.length
      );
      expect(inSpill).toEqual([]);
    });

    it("sits the histogram's columns over SIMULATE's bins: the count of each bin from its lower edge", () => {
      const cell = formulaCell("SIMULATE");
      expect(cell.formula).toContain(`, ${SHEET_TRIALS}, ${SHEET_SEED}, , ${DECIDE_BINS})`);
      const spill = call(
        "SIMULATE",
        metric,
        range(DECIDE_NAMES.inputs),
        range(DECIDE_NAMES.uncertain),
        [[SHEET_TRIALS]],
        [[SHEET_SEED]],
        null,
        [[DECIDE_BINS]]
      );
      const headerAt = spill.findIndex((r) => r[0] === "bin from");
      const header = spill[headerAt] ?? [];
      expect(headerAt).toBeGreaterThan(0);
      expect(spill.length - headerAt).toBe(DECIDE_BINS + 1);
      expect(columns).toMatchObject({
        type: "ColumnClustered",
        sourceRow: cell.row + headerAt,
        sourceColumn: cell.column,
        sourceRows: spill.length - headerAt,
        sourceColumns: header.length,
        series: [{ name: "Trials", column: header.indexOf("count") }],
      });
      expect(header.indexOf("bin from")).toBe(0);
      // The same draws as the pane's: the sheet's histogram is the one the pane drew.
      expect(spill.slice(headerAt + 1).map((r) => r[2])).toEqual(
        figures().simulation.bins.map((b) => b.count)
      );
      const inSpill = block.cells.filter(
        (c) =>
          c !== cell &&
          c.row >= cell.row &&
          c.row < cell.row + spill.length &&
          c.column < header.length
      );
      expect(inSpill).toEqual([]);
    });

    it("draws the cumulative cash as a running sum beside TOKENCASHFLOWS of the same inputs", () => {
      const cell = formulaCell("TOKENCASHFLOWS");
      // The arguments are cells deriving the lifecycle inputs from the inputs table: evaluate them on
      // the table's values (lookups by name, then the arithmetic) as Excel would.
      const values = new Map(range(DECIDE_NAMES.inputs).map(([name, value]) => [name, value]));
      const lookup = /INDEX\(DecideInputs, MATCH\("(\w+)", INDEX\(DecideInputs, 0, 1\), 0\), 2\)/g;
      const args = /\(([^)]*)\)$/
        .exec(cell.formula ?? "")?.[1]
        ?.split(", ")
        .map((address) => {
          const argument = block.cells.find((c) => cellAddress(c.row, c.column) === address);
          const arithmetic = (argument?.formula ?? "")
            .slice(1)
            .replace(lookup, (_, name: string) => String(values.get(name)));
          expect(arithmetic).toMatch(/^[\d.e+\-*() ]+$/);
          return [[Function(`return ${arithmetic};`)() as number]];
        });
      expect(args).toHaveLength(8);
      const spill = call("TOKENCASHFLOWS", ...(args ?? []), null);
      const header = spill[0] ?? [];
      const line = block.charts?.[2];
      const running = header.length;
      expect(line).toMatchObject({
        type: "Line",
        sourceRow: cell.row,
        sourceColumn: cell.column,
        sourceRows: spill.length,
        sourceColumns: running + 1,
        series: [{ name: "Cumulative net cash (USD)", column: running }],
      });
      const net = header.indexOf("Net cash flow (USD)");
      let sum = 0;
      spill.slice(1).forEach((flows, period) => {
        sum += flows[net] as number;
        expectClose(sum, figures().cumulativeCash[period]?.cumulativeUsd ?? NaN);
        expect(at(cell.row + 1 + period, running)?.formula).toBe(
          `=SUM(${columnLetters(net)}$${cell.row + 2}:${columnLetters(net)}${cell.row + 2 + period})`
        );
      });
    });
  });

  it("never writes NaN, and no snapshot: every chart reads live formulas", () => {
    for (const cell of block.cells)
      if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
    for (const chart of block.charts ?? [])
      for (const series of chart.series ?? []) {
        const below = block.cells.filter(
          (c) =>
            c.column === chart.sourceColumn + series.column &&
            c.row > chart.sourceRow &&
            c.row < chart.sourceRow + chart.sourceRows
        );
        expect(below.every((c) => c.formula !== undefined)).toBe(true);
      }
    expect(block.cells.some((c) => /snapshot/.test(String(c.value)))).toBe(false);
    expect(decideSheetBaseName(inputs)).toBe("Decide B200");
  });
});

interface RecordedSeries {
  name?: string;
  values?: unknown;
  xValues?: unknown;
}

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
    const series: RecordedSeries[] = [];
    const seriesOf = (entry: RecordedSeries) => ({
      set name(name: string) {
        entry.name = name;
      },
      setValues: (r: unknown) => (entry.values = r),
      setXAxisValues: (r: unknown) => (entry.xValues = r),
    });
    const chart: Record<string, unknown> = {
      title: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      setPosition: (r: unknown) => (chart.position = r),
      recordedSeries: series,
      series: {
        // A chart added over one column has that column as its one series.
        getItemAt: (index: number) => {
          if (series.length === 0) series.push({ values: source });
          const entry = series[index];
          if (entry === undefined) throw new Error(`no series ${index}`);
          return seriesOf(entry);
        },
        add: (name: string) => {
          const entry: RecordedSeries = { name };
          series.push(entry);
          return seriesOf(entry);
        },
      },
    };
    recorded.charts.push({ type, source, seriesBy, chart });
    return chart;
  };
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return recorded;
}

describe("inserting the decision sheet", () => {
  it("adds a sheet no existing one is named, with its charts over the live spills and its names", async () => {
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
      if (chart === undefined) throw new Error(`no chart ${i}`);
      expect(added.seriesBy).toBe("Columns");
      if (chart.series === undefined) {
        expect(added.source).toEqual({
          from: [chart.sourceRow, 0],
          rows: chart.sourceRows,
          columns: chart.sourceColumns,
        });
      } else {
        // Each series over its column of the spill below the header, against the spill's first column.
        const column = (offset: number) => ({
          from: [chart.sourceRow + 1, chart.sourceColumn + offset],
          rows: chart.sourceRows - 1,
          columns: 1,
        });
        expect(added.chart.recordedSeries).toEqual(
          chart.series.map((s) => ({
            name: s.name,
            values: column(s.column),
            xValues: column(0),
          }))
        );
      }
      expect(added.chart.title).toEqual({ text: chart.title });
      expect(added.chart.position).toBe(recorded.written.get(`${chart.anchorRow},7`));
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
