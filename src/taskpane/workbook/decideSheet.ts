/**
 * The "Decide" view's worksheet: the inputs block as a [name, value] range (the decision functions'
 * `inputs`), the low/high, uncertainty and scenario tables, live TORNADO, SOLVEFOR (one per driver),
 * SCENARIOS and SIMULATE formulas over them by sheet-scoped name, and native charts: the tornado as a
 * clustered bar chart over TORNADO's spill and the histogram as a column chart over SIMULATE's bins, both
 * live (the spill shapes follow from the tables written: a header and one row per low/high row; the
 * summary rows, a header and one row per bin), and the cumulative cash as a line chart over a running
 * sum beside a live TOKENCASHFLOWS of the same inputs. Pure: the one writer applies the block.
 */
import { PRESET_DATASET } from "../../presets";
import { HOURS_PER_YEAR } from "../../core";
import type { ParameterName, TableCell } from "../../core";
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
import { asLiteralText, cellAddress, columnLetters } from "./block";
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
/** The sheet's SIMULATE trials and seed: the pane's, so its histogram is the one the pane drew. */
export const SHEET_TRIALS = DECIDE_TRIALS;
export const SHEET_SEED = DECIDE_SEED;
/**
 * TORNADO's spill: a header row, then one row per low/high row in columns parameter, low, high, metric at
 * low, metric at high, swing (src/functions/decide.ts; the insert test reads the built function's spill).
 */
export const TORNADO_SPILL = {
  headerRows: 1,
  columns: 6,
  atLowColumn: 3,
  atHighColumn: 4,
} as const;
/**
 * SIMULATE's spill with bins: the summary's label-and-value rows, a header row, then from, to and count
 * per bin (src/functions/decide.ts; the insert test reads the built function's spill).
 */
export const SIMULATE_BINS_SPILL = { headerRows: 1, columns: 3, countColumn: 2 } as const;
/**
 * TOKENCASHFLOWS' spill, annual: a header row, then one row per period from 0 in columns period, million
 * tokens, revenue, operating cost, net cash flow; the cumulative sum is written in the next column.
 */
export const CASH_FLOWS_SPILL = { headerRows: 1, columns: 5, netColumn: 4 } as const;
/** Rows a chart covers. */
const CHART_ROWS = 16;

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
      "the live formulas read them by name; the tornado and histogram charts sit over their live results. " +
      "The cumulative cash chart sits over live TOKENCASHFLOWS of the same inputs.",
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
  const multiple = UNITS.multiple.excelFormat;
  section("Tornado (live TORNADO, sorted by swing; the chart reads this spill)");
  const tornadoRow = row;
  formula(0, `=TOKENOMICS.TORNADO(${metric}, ${inputsName}, ${lowHigh})`);
  const tornadoRows = TORNADO_SPILL.headerRows + lowHighTable(figures.rows).length;
  charts.push({
    type: "BarClustered",
    title: "Tornado: ROI at each driver's low and high",
    xAxisTitle: "Driver",
    yAxisTitle: "ROI multiple",
    sourceRow: tornadoRow,
    sourceColumn: 0,
    sourceRows: tornadoRows,
    sourceColumns: TORNADO_SPILL.columns,
    series: [
      { name: "ROI at low", column: TORNADO_SPILL.atLowColumn },
      { name: "ROI at high", column: TORNADO_SPILL.atHighColumn },
    ],
    anchorRow: tornadoRow,
    anchorColumn: CHART_COLUMN,
  });
  row += Math.max(tornadoRows + 1, CHART_ROWS);

  section("Break-even (live SOLVEFOR: the driver's value at the target ROI)");
  put(0, "ROI target");
  put(1, figures.target, "input", multiple);
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

  section(
    `Simulation (live SIMULATE: ${SHEET_TRIALS.toLocaleString("en-US")} trials, seed ${SHEET_SEED}, ` +
      `${DECIDE_BINS} histogram bins; the chart reads the bins)`
  );
  const simulationRow = row;
  formula(
    0,
    `=TOKENOMICS.SIMULATE(${metric}, ${inputsName}, ${uncertain}, ${SHEET_TRIALS}, ${SHEET_SEED}, , ${DECIDE_BINS})`
  );
  const binsRow = simulationRow + figures.simulation.summaryRows;
  const binsRows = SIMULATE_BINS_SPILL.headerRows + DECIDE_BINS;
  charts.push({
    type: "ColumnClustered",
    title: "Histogram of simulated ROI",
    xAxisTitle: "ROI multiple (bin from)",
    yAxisTitle: "Trials",
    sourceRow: binsRow,
    sourceColumn: 0,
    sourceRows: binsRows,
    sourceColumns: SIMULATE_BINS_SPILL.columns,
    series: [{ name: "Trials", column: SIMULATE_BINS_SPILL.countColumn }],
    anchorRow: simulationRow,
    anchorColumn: CHART_COLUMN,
  });
  row = Math.max(binsRow + binsRows + 1, simulationRow + CHART_ROWS);

  // The cash flows of the inputs above, derived as the model sheet derives them; references are by
  // address, the sheet always being written at A1 of a new sheet.
  section("Cash flows (live TOKENCASHFLOWS of the inputs above; the chart reads it)");
  const lookup = (name: ParameterName): string =>
    `INDEX(${inputsName}, MATCH(${quoted(name)}, INDEX(${inputsName}, 0, 1), 0), 2)`;
  const derived: readonly (readonly [ParameterName, string])[] = [
    ["investmentUsd", `${lookup("gpuCount")} * ${lookup("capexPerGpu")}`],
    ["years", lookup("years")],
    ["tokensPerSecond", `${lookup("gpuCount")} * ${lookup("tokensPerSecondPerGpu")}`],
    ["usdPerMillionTokens", lookup("usdPerMillionTokens")],
    ["utilization", lookup("utilization")],
    [
      "annualOperatingCostUsd",
      `${lookup("gpuCount")} * (${lookup("powerKwPerGpu")} * ${lookup("pue")} * ` +
        `${lookup("usdPerKwh")} * ${HOURS_PER_YEAR} + ${lookup("opexPerGpuYear")})`,
    ],
    ["annualPriceChange", lookup("annualPriceChange")],
    ["annualThroughputGain", lookup("annualThroughputGain")],
  ];
  const argumentCells = derived.map(([name, text]) => {
    put(0, name);
    cells.push({
      row,
      column: 1,
      formula: `=${text}`,
      numberFormat: UNITS[parameterUnit(name)].excelFormat,
    });
    return cellAddress(row++, 1);
  });
  row++;
  const cashRow = row;
  formula(0, `=TOKENOMICS.TOKENCASHFLOWS(${argumentCells.join(", ")})`);
  put(CASH_FLOWS_SPILL.columns, "Cumulative net cash (USD)", "header");
  const periods = figures.cumulativeCash.length;
  const net = columnLetters(CASH_FLOWS_SPILL.netColumn);
  for (let period = 1; period <= periods; period++)
    cells.push({
      row: cashRow + period,
      column: CASH_FLOWS_SPILL.columns,
      formula: `=SUM(${net}$${cashRow + 2}:${net}${cashRow + 1 + period})`,
      numberFormat: UNITS.usd.excelFormat,
    });
  charts.push({
    type: "Line",
    title: "Cumulative net cash",
    xAxisTitle: "Year",
    yAxisTitle: "USD",
    sourceRow: cashRow,
    sourceColumn: 0,
    sourceRows: CASH_FLOWS_SPILL.headerRows + periods,
    sourceColumns: CASH_FLOWS_SPILL.columns + 1,
    series: [{ name: "Cumulative net cash (USD)", column: CASH_FLOWS_SPILL.columns }],
    anchorRow: cashRow - derived.length - 1,
    anchorColumn: CHART_COLUMN,
  });
  row = Math.max(cashRow + CASH_FLOWS_SPILL.headerRows + periods + 1, cashRow + CHART_ROWS);

  return {
    rows: row + 1,
    columns: COLUMNS,
    cells,
    names,
    charts,
    columnWidths: [200, 110, 110, 110, 110, 110],
  };
}
