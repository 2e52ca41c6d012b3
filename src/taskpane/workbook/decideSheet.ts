/**
 * The "Decide" view's worksheet: the inputs block as a [name, value] range (the decision functions'
 * `inputs`), the low/high, uncertainty and scenario tables, live TORNADO, SOLVEFOR (one per driver),
 * SCENARIOS and SIMULATE formulas over them by sheet-scoped name, and native charts (tornado as a
 * clustered bar chart, histogram as a column chart, cumulative cash as a line chart) over chart data the
 * pane computed at insert. That chart data is a snapshot, labelled so: a chart needs a fixed range, and
 * the live results spill. Pure: the one writer applies the block.
 */
import { PRESET_DATASET } from "../../presets";
import type { TableCell } from "../../core";
import { DECIDE_BINS, DECIDE_SEED, DECIDE_TRIALS } from "../model/decide";
import type { DecideFigures } from "../model/decide";
import {
  BREAK_EVEN_DRIVERS,
  DECIDE_METRIC,
  driverLabel,
  lowHighTable,
  parameterUnit,
  SCENARIO_NOTE,
  scenarioTable,
  UNCERTAIN_NOTE,
  uncertainTable,
} from "../model/decideTables";
import type { CalculatorInputs } from "../model/inputs";
import { UNITS } from "../units";
import { asLiteralText } from "./block";
import type { Block, CellStyle, CellWrite, ChartWrite, NameWrite } from "./block";

/** The sheet-scoped names the live formulas read. */
export const DECIDE_NAMES = {
  inputs: "DecideInputs",
  lowHigh: "LowHigh",
  uncertain: "Uncertain",
  scenarios: "Scenarios",
  target: "BreakEvenTarget",
} as const;

/** Where the charts sit: right of the tables. */
const CHART_COLUMN = 7;
const COLUMNS = CHART_COLUMN + 8;
/** Rows a spilled result may fill below its formula (SIMULATE's summary with its labels). */
const SIMULATE_ROWS = 16;

export function decideSheetBaseName(inputs: CalculatorInputs): string {
  return `Decide ${inputs.platformId}`;
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function decideSheet(
  figures: DecideFigures,
  inputs: CalculatorInputs,
  insertedOn: string
): Block {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const charts: ChartWrite[] = [];
  let row = 0;
  const put = (
    column: number,
    value: string | number | null | undefined,
    style?: CellStyle,
    numberFormat?: string
  ): void => {
    if (value === null || value === undefined || value === "") return;
    cells.push({
      row,
      column,
      value: typeof value === "string" ? asLiteralText(value) : value,
      style,
      numberFormat,
    });
  };
  const section = (title: string, header?: readonly string[], note?: string): void => {
    row++;
    put(0, title, "section");
    row++;
    if (note !== undefined) {
      put(0, note, "note");
      row++;
    }
    if (header !== undefined) {
      header.forEach((text, column) => put(column, text, "header"));
      row++;
    }
  };
  /** Writes a table of constants from the current row; numbers are inputs, formatted by parameter. */
  const table = (
    rows: readonly (readonly TableCell[])[],
    name: string,
    withHeader = false
  ): void => {
    const first = withHeader ? row - 1 : row;
    for (const cellsOfRow of rows) {
      const format = UNITS[parameterUnit(String(cellsOfRow[0]))].excelFormat;
      cellsOfRow.forEach((value, column) => {
        if (typeof value === "number") put(column, value, "input", format);
        else if (typeof value === "string") put(column, value);
      });
      row++;
    }
    const width = Math.max(...rows.map((r) => r.length));
    names.push({ name, row: first, column: 0, rows: row - first, columns: width });
  };
  const formula = (column: number, text: string, numberFormat?: string): void => {
    cells.push({ row, column, formula: text, numberFormat, style: "output" });
  };

  put(0, `Decisions under uncertainty: ${inputs.platformId}, ROI multiple`, "title");
  row++;
  put(
    0,
    `Inserted ${insertedOn} by Tokenomics for Excel (preset dataset ${PRESET_DATASET.version}). Blue cells are inputs; ` +
      "the live formulas read them by name. The chart data at the bottom is a snapshot from the pane at insert.",
    "note"
  );

  section("Inputs: [name, value], the decision functions' inputs", ["Name", "Value"]);
  table(figures.rows, DECIDE_NAMES.inputs);

  section("Low and high of each driver (TORNADO's lowHigh)", ["Parameter", "Low", "High"]);
  table(lowHighTable(figures.rows), DECIDE_NAMES.lowHigh);

  section(
    "Uncertain inputs (SIMULATE's uncertain)",
    ["Parameter", "Distribution", "Min / P1", "Mode / P2", "Max / P3"],
    UNCERTAIN_NOTE
  );
  table(uncertainTable(figures.rows), DECIDE_NAMES.uncertain);

  section("Scenarios (overrides; a blank keeps the input)", undefined, SCENARIO_NOTE);
  const [header, ...overrides] = scenarioTable(figures.rows);
  (header ?? []).forEach((text, column) => put(column, String(text), "header"));
  row++;
  table(overrides, DECIDE_NAMES.scenarios, true);

  const metric = quoted(DECIDE_METRIC);
  const { inputs: inputsName, lowHigh, uncertain, scenarios, target } = DECIDE_NAMES;
  section("Tornado (live TORNADO, sorted by swing)");
  formula(0, `=TOKENOMICS.TORNADO(${metric}, ${inputsName}, ${lowHigh})`);
  row += figures.tornado.length + 2;

  section("Break-even (live SOLVEFOR: the driver's value at the target ROI)");
  put(0, "ROI target");
  put(1, figures.target, "input", UNITS.multiple.excelFormat);
  names.push({ name: target, row, column: 1 });
  row++;
  for (const parameter of BREAK_EVEN_DRIVERS) {
    put(0, driverLabel(parameter));
    formula(
      1,
      `=TOKENOMICS.SOLVEFOR(${metric}, ${target}, ${quoted(parameter)}, ${inputsName})`,
      UNITS[parameterUnit(parameter)].excelFormat
    );
    row++;
  }

  section("Scenarios (live SCENARIOS)");
  formula(0, `=TOKENOMICS.SCENARIOS(${metric}, ${inputsName}, ${scenarios})`);
  row += 3;

  section("Simulation (live SIMULATE: 10,000 trials, seed 1)");
  formula(0, `=TOKENOMICS.SIMULATE(${metric}, ${inputsName}, ${uncertain}, 10000, 1)`);
  row += SIMULATE_ROWS;

  const s = figures.simulation;
  section(
    `Chart data: a snapshot from the pane at insert (${DECIDE_TRIALS.toLocaleString("en-US")} trials, seed ${DECIDE_SEED}, ${DECIDE_BINS} bins)`
  );
  const chartTable = (
    title: string,
    headers: readonly string[],
    rows: readonly (readonly (string | number | undefined)[])[],
    formats: readonly (string | undefined)[],
    chart: Omit<
      ChartWrite,
      | "sourceRow"
      | "sourceColumn"
      | "sourceRows"
      | "sourceColumns"
      | "anchorRow"
      | "anchorColumn"
      | "title"
    >
  ): void => {
    put(0, title, "section");
    row++;
    const first = row;
    headers.forEach((text, column) => put(column, text, "header"));
    row++;
    for (const values of rows) {
      values.forEach((value, column) => put(column, value, undefined, formats[column]));
      row++;
    }
    charts.push({
      ...chart,
      title,
      sourceRow: first,
      sourceColumn: 0,
      sourceRows: rows.length + 1,
      sourceColumns: headers.length,
      anchorRow: first,
      anchorColumn: CHART_COLUMN,
    });
    row = Math.max(row, first + 16);
  };
  const multiple = UNITS.multiple.excelFormat;
  chartTable(
    "Tornado: ROI at each driver's low and high",
    ["Driver", "ROI at low", "ROI at high"],
    figures.tornado.map((b) => [
      b.label,
      b.atLow.ok ? b.atLow.value : undefined,
      b.atHigh.ok ? b.atHigh.value : undefined,
    ]),
    [undefined, multiple, multiple],
    { type: "BarClustered", xAxisTitle: "Driver", yAxisTitle: "ROI multiple" }
  );
  chartTable(
    "Histogram of simulated ROI",
    ["ROI bin", "Trials"],
    s.bins.map((bin) => [`${bin.from.toFixed(2)}x–${bin.to.toFixed(2)}x`, bin.count]),
    [undefined, UNITS.count.excelFormat],
    { type: "ColumnClustered", xAxisTitle: "ROI multiple", yAxisTitle: "Trials" }
  );
  chartTable(
    "Cumulative net cash",
    ["Year", "Cumulative net cash (USD)"],
    figures.cumulativeCash.map((p) => [`Year ${p.year}`, p.cumulativeUsd]),
    [undefined, UNITS.usd.excelFormat],
    { type: "Line", xAxisTitle: "Year", yAxisTitle: "USD" }
  );

  return {
    rows: row + 1,
    columns: COLUMNS,
    cells,
    names,
    charts,
    columnWidths: [200, 110, 110, 110, 110, 110],
  };
}
