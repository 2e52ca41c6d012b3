/**
 * The "Which platform" insert: the curve block (live broadcast THROUGHPUT and COSTPERTOKEN formulas over an
 * interactivity column) and its native chart, written through the one writer against office-addin-mock.
 */
import { OfficeMockObject } from "office-addin-mock";

import { whichCurves } from "../../../src/taskpane/model/which";
import type { WhichChoice } from "../../../src/taskpane/model/which";
import { initialData } from "../../../src/taskpane/state";
import type { Block } from "../../../src/taskpane/workbook/block";
import { curveBlock, INSERT_LEVELS, insertLevels } from "../../../src/taskpane/workbook/curveBlock";
import { insertBlockAtSelection } from "../../../src/taskpane/workbook/excelWriter";

const choice: WhichChoice = {
  ...initialData().which,
  platformIds: new Set(["B200", "MI355X"]),
  precision: "FP4",
};

function block(c: WhichChoice = choice): Block {
  const built = curveBlock(c, whichCurves(c).curves, "2026-11-29");
  if (built === undefined) throw new Error("no block");
  return built;
}

const at = (b: Block, row: number, column: number) =>
  b.cells.find((cell) => cell.row === row && cell.column === column);

describe("curveBlock", () => {
  it("writes an interactivity column and one broadcast THROUGHPUT and COSTPERTOKEN per platform", () => {
    const b = block();
    expect(b.columns).toBe(5);
    expect(b.rows).toBe(4 + INSERT_LEVELS);
    expect(at(b, 3, 1)?.value).toBe("B200 USD per million tokens");
    expect(at(b, 3, 4)?.value).toBe("MI355X tokens/s per GPU");
    expect(at(b, 4, 3)?.formula).toBe(
      '=TOKENOMICS.THROUGHPUT("B200","DeepSeek-R1","8k/1k",$A$5:$A$20,"FP4")'
    );
    expect(at(b, 4, 2)?.formula).toBe(
      '=TOKENOMICS.COSTPERTOKEN(TOKENOMICS.PRESET("MI355X","tcoUsdPerGpuHourOwner"),$E$5:$E$20,$B$3)'
    );
    expect(at(b, 2, 1)?.value).toBe(0.7);
    // The spill area under each formula is left empty for the broadcast.
    expect(at(b, 5, 3)).toBeUndefined();
    const levels = b.cells.filter((cell) => cell.column === 0 && cell.row >= 4).map((c) => c.value);
    expect(levels[0]).toBe(8.2);
    expect(levels[levels.length - 1]).toBe(288.7);
  });

  it("omits the precision argument when every precision is pooled", () => {
    expect(at(block({ ...choice, precision: "" }), 4, 3)?.formula).toBe(
      '=TOKENOMICS.THROUGHPUT("B200","DeepSeek-R1","8k/1k",$A$5:$A$20)'
    );
  });

  it("lists single points at their own interactivity so THROUGHPUT answers there", () => {
    const c = { ...choice, model: "gpt-oss-120b", workload: "1k/1k", precision: "" };
    expect(insertLevels(whichCurves(c).curves)).toEqual([55.87, 70.42]);
  });

  it("charts cost against interactivity: x values and one series per platform, with titles", () => {
    expect(block().charts).toEqual([
      {
        type: "XYScatterLines",
        sourceRow: 3,
        sourceColumn: 0,
        sourceRows: INSERT_LEVELS + 1,
        sourceColumns: 3,
        title: "USD per million tokens vs interactivity: DeepSeek-R1 8k/1k",
        xAxisTitle: "Interactivity (tokens/s per user)",
        yAxisTitle: "USD per million tokens (Own (owner TCO))",
        logarithmicValueAxis: true,
        anchorRow: 0,
        anchorColumn: 6,
      },
    ]);
  });
});

interface ChartCall {
  type: string;
  source: unknown;
  seriesBy: string;
  chart: Record<string, unknown>;
}

/** A selection B2 on Sheet1 whose cells hold `formulas`; the sheet records every chart added. */
function excelMock(formulas: unknown[][]) {
  const charts: ChartCall[] = [];
  const cells = new Map<string, Record<string, unknown>>();
  const cell = (r: number, c: number): Record<string, unknown> => {
    const key = `${r},${c}`;
    if (!cells.has(key))
      cells.set(key, {
        r,
        c,
        format: { font: {}, fill: {} },
        getResizedRange: (dr: number, dc: number) => ({
          from: [r, c],
          rows: dr + 1,
          columns: dc + 1,
        }),
      });
    return cells.get(key) as Record<string, unknown>;
  };
  const target = { address: "Sheet1!B2:F21", formulas, getCell: cell };
  const data = {
    context: {
      workbook: {
        selection: { anchor: { target } },
        names: { add: jest.fn(), getItemOrNullObject: () => ({ isNullObject: true }) },
        worksheets: { sheet: { name: "Sheet1", range: target, charts: {} } },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => unknown) {
      return callback(this.context);
    },
  };
  // The mock's proxies are patched in place, as in excelWriter.test.ts; their shape is the data above.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const mock = new OfficeMockObject(data) as unknown as Record<string, any>;
  const workbook = mock.context.workbook;
  const anchor = workbook.selection.anchor;
  workbook.getSelectedRange = () => ({ getCell: () => ({ getResizedRange: () => anchor.target }) });
  const sheet = workbook.worksheets.sheet;
  workbook.worksheets.getItem = () => sheet;
  sheet.getRange = () => anchor.target;
  anchor.target.getCell = cell;
  sheet.charts.add = (type: string, source: unknown, seriesBy: string) => {
    const chart: Record<string, unknown> & { position?: unknown } = {
      title: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      setPosition: (range: unknown) => (chart.position = range),
    };
    charts.push({ type, source, seriesBy, chart });
    return chart;
  };
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  return { charts, cells };
}

const empty = (rows: number, columns: number): string[][] =>
  Array.from({ length: rows }, () => Array.from({ length: columns }, () => ""));

describe("inserting the curve with its chart", () => {
  it("writes the formulas, then adds a scatter-with-lines chart over the interactivity and cost columns", async () => {
    const b = block();
    const { charts, cells } = excelMock(empty(b.rows, b.columns));
    const confirm = jest.fn(async () => true);
    const result = await insertBlockAtSelection(b, confirm);
    expect(result).toEqual({ ok: true, value: { address: "Sheet1!B2:F21", sheetName: "Sheet1" } });
    expect(confirm).not.toHaveBeenCalled();
    expect(cells.get("4,3")?.formulas).toEqual([[at(b, 4, 3)?.formula]]);
    expect(charts).toHaveLength(1);
    const [added] = charts;
    expect(added?.type).toBe("XYScatterLines");
    expect(added?.seriesBy).toBe("Columns");
    expect(added?.source).toEqual({ from: [3, 0], rows: INSERT_LEVELS + 1, columns: 3 });
    expect(added?.chart.title).toEqual({
      text: "USD per million tokens vs interactivity: DeepSeek-R1 8k/1k",
    });
    const axes = added?.chart.axes as Record<string, Record<string, unknown>>;
    expect(axes.categoryAxis?.title).toEqual({ text: "Interactivity (tokens/s per user)" });
    expect(axes.valueAxis?.title).toEqual({ text: "USD per million tokens (Own (owner TCO))" });
    expect(axes.valueAxis?.scaleType).toBe("Logarithmic");
    expect(added?.chart.position).toBe(cells.get("0,6"));
  });

  it("adds no chart and writes nothing when the user keeps the cells already there", async () => {
    const b = block();
    const formulas = empty(b.rows, b.columns);
    (formulas[6] as string[])[2] = "=SUM(A1:A3)";
    const { charts, cells } = excelMock(formulas);
    const confirm = jest.fn(async () => false);
    const result = await insertBlockAtSelection(b, confirm);
    expect(confirm).toHaveBeenCalledWith({
      address: "Sheet1!B2:F21",
      nonEmptyCells: 1,
      existingNames: [],
    });
    expect(result.ok).toBe(false);
    expect(charts).toEqual([]);
    expect(cells.size).toBe(0);
  });
});
