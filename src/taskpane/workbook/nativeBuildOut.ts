/**
 * The quarterly build-out sheet in ordinary Excel formulas: the TOKENOMICS build-out (buildOutSheet.ts:
 * phased deliveries, a commissioning lag, a service life, per-quarter tokens, revenue, cost and cash flow,
 * NPV, IRR and payback on the net row) computed with SUMIFS, SUM, INDEX, NPV, IRR, POWER, ROUND, INT,
 * COUNT, COUNTIF, COUNTBLANK, MAX, IF, IFERROR and AND only, so Excel without the add-in and LibreOffice
 * 7.4 both recalculate it. None needs the `_xlfn.` prefix.
 *
 * Native formulas cannot add rows, so the quarter table always holds NATIVE_BUILDOUT_QUARTERS quarters (ten
 * years) with a deliveries column an analyst edits; the `Quarters` input sets the horizon, and quarters
 * past it deliver, serve and earn nothing. A check cell names the first input outside the stated bounds.
 *
 * Contract, as for the lifecycle sheet (nativeModel.ts): `nativeBuildOutSheet(inputs, context, plan)` is a
 * Block written at A1 of its own worksheet; every formula cell carries `result`, the core's value (never
 * the formulas evaluated), or the core's reason as text where there is no answer; a cell whose inputs the
 * core refuses has none. `nativeBuildOutOutputs(block)` lists every output with the core's number.
 */
import { PRESET_DATASET } from "../../presets";
import { scopeText } from "../model/inputs";
import type { CalculatorInputs } from "../model/inputs";
import { UNITS } from "../units";
import { asLiteralText, cellAddress } from "./block";
import type { Block, CellWrite, NameWrite } from "./block";
import { PERIODS_PER_YEAR, buildOutInputRows } from "./buildOutRows";
import type { ModelContext } from "./modelRows";
import { INPUT_CHECK_NAME } from "./nativeModel";
import type { NativeOutput } from "./nativeModel";
import {
  NATIVE_BUILDOUT_QUARTERS,
  buildOutCheckFormula,
  buildOutCheckResult,
  buildOutChecks,
  buildOutCoreResults,
  buildOutNamedValues,
  defaultBuildOutPlan,
  tableDeliveries,
} from "./nativeBuildOutRows";
import type { BuildOutPlan } from "./nativeBuildOutRows";
import { buildOutOutputFormulas, BUILDOUT_OUTPUT_NAMES } from "./nativeBuildOutOutputs";
import {
  BELOW,
  CAPEX,
  COLUMNS,
  CUMULATIVE,
  DELIVERED,
  NET,
  PRICE,
  QUARTER,
  REVENUE,
  TOKENS,
  quarterTable,
} from "./nativeBuildOutTable";
import { ADDIN_VERSION } from "../version";

export { BUILDOUT_OUTPUT_NAMES, NATIVE_BUILDOUT_QUARTERS, defaultBuildOutPlan };
export type { BuildOutPlan };

export function nativeBuildOutSheetBaseName(inputs: CalculatorInputs): string {
  return `Tokenomics ${inputs.platformId} build-out native`;
}

/** The names of the inputs the sheet shows, in order; the build-out sheet's rows give their labels. */
const INPUT_NAMES = [
  "TokensPerSecondPerGpu",
  "Utilization",
  "UsdPerMillionTokens",
  "AnnualPriceChange",
  "AnnualThroughputGain",
  "CapexPerGpu",
  "LifeYears",
  "PowerKwPerGpu",
  "UsdPerKwh",
  "Pue",
  "OpexPerGpuYear",
  "DiscountRate",
  "CommissioningQuarters",
] as const;

/** Every output of a native build-out block, found by its name, with the core's number from its result. */
export function nativeBuildOutOutputs(block: Block): NativeOutput[] {
  return BUILDOUT_OUTPUT_NAMES.flatMap((name) => {
    const at = block.names.find((n) => n.name === name);
    const cell = block.cells.find((c) => c.row === at?.row && c.column === at?.column);
    if (at === undefined || cell?.formula === undefined) return [];
    const expected = typeof cell.result === "number" ? cell.result : null;
    return [{ name, row: at.row, column: at.column, expected }];
  });
}

export function nativeBuildOutSheet(
  inputs: CalculatorInputs,
  context: ModelContext,
  plan: BuildOutPlan = defaultBuildOutPlan(inputs)
): Block {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const named = buildOutNamedValues(inputs, context.tokensPerSecondPerGpu, plan);
  const core = buildOutCoreResults(named, plan);
  const deliveries = tableDeliveries(plan);
  const text = (row: number, column: number, value: string, style?: CellWrite["style"]): void => {
    cells.push({ row, column, value: asLiteralText(value), ...(style ? { style } : {}) });
  };

  text(
    0,
    0,
    `Tokenomics quarterly build-out (native formulas): ${context.platformDisplayName}, ${scopeText(inputs, true)}`,
    "title"
  );
  text(
    1,
    0,
    "Blue cells are inputs (the GPUs delivered column too); every other figure is an ordinary Excel formula: " +
      "no add-in needed. Keep inputs inside the bounds in column F (the check below says OK).",
    "note"
  );

  let row = 3;
  const section = (title: string, header: readonly string[]): void => {
    text(row, 0, title, "section");
    row++;
    header.forEach((label, column) => text(row, column, label, "header"));
    row++;
  };
  section("Provenance", ["Item", "Value"]);
  for (const [label, value] of [
    ["Add-in", `Tokenomics for Excel ${ADDIN_VERSION}`],
    ["Preset dataset", `${PRESET_DATASET.version} (as of ${PRESET_DATASET.asOf})`],
    ["Inserted", context.insertedOn],
    [
      "Formulas",
      `native formulas: no add-in needed (a table of ${NATIVE_BUILDOUT_QUARTERS} quarters; Quarters sets the horizon)`,
    ],
  ] as const) {
    text(row, 0, label);
    text(row, 1, value);
    row++;
  }
  row++;

  // The table's top row is known before the inputs are written: the checks and outputs read its ranges.
  const inputRows = buildOutInputRows(inputs, context);
  const shown = INPUT_NAMES.map((name) => inputRows.find((r) => r.name === name));
  const inputCount = 1 + shown.length + 2; // Quarters, the shared rows, Time0CashUsd, LifeQuarters
  const outputsTop = row + 2 + inputCount + 1 + 1;
  const tableTitle = outputsTop + 2 + BUILDOUT_OUTPUT_NAMES.length + 1;
  const time0Row = tableTitle + 2;
  const firstRow = time0Row + 1;
  const lastRow = firstRow + NATIVE_BUILDOUT_QUARTERS - 1;
  const column = (c: number, from = firstRow): string =>
    `${cellAddress(from, c, true)}:${cellAddress(lastRow, c, true)}`;
  const checks = buildOutChecks({
    deliveries: column(DELIVERED),
    capex: column(CAPEX),
    price: column(PRICE),
  });
  const checkText = new Map(checks.map((check) => [check.name, check.text]));

  section("Inputs", ["Parameter", "Value", "Unit", "Source or note", "Name", "Supported bounds"]);
  const input = (
    name: string,
    label: string,
    content: { value: number } | { formula: string; result?: number },
    unit: string,
    format: string,
    source: string
  ): void => {
    text(row, 0, label);
    cells.push({
      row,
      column: 1,
      ...content,
      numberFormat: format,
      ...("value" in content ? { style: "input" as const } : {}),
    });
    text(row, 2, unit);
    text(row, 3, source);
    text(row, 4, name);
    text(row, 5, checkText.get(name) ?? "");
    names.push({ name, row, column: 1, comment: `${label} (${unit})` });
    row++;
  };
  input(
    "Quarters",
    "Horizon",
    { value: named.Quarters as number },
    "quarters",
    UNITS.count.excelFormat,
    `Years × 4 rounded up (at least 4); the table below has ${NATIVE_BUILDOUT_QUARTERS} quarters`
  );
  for (const r of shown) {
    if (r === undefined) continue;
    const value = named[r.name] ?? NaN;
    const known = Number.isFinite(value);
    text(row, 0, r.label);
    cells.push({
      row,
      column: 1,
      value: known ? value : "",
      numberFormat: r.format,
      style: "input",
    });
    text(row, 2, r.unit);
    text(row, 3, known ? r.source : `Not published: enter yours (${r.source})`);
    text(row, 4, r.name);
    text(row, 5, checkText.get(r.name) ?? "");
    names.push({ name: r.name, row, column: 1, comment: `${r.label} (${r.unit})` });
    row++;
  }
  input(
    "Time0CashUsd",
    "Cash at time 0",
    { value: plan.time0CashUsd },
    "USD",
    UNITS.usd.excelFormat,
    "Any up-front payment before Q1, as a negative number; NPV does not discount it"
  );
  input(
    "LifeQuarters",
    "Economic life in quarters",
    { formula: `=ROUND(LifeYears*${PERIODS_PER_YEAR},0)`, result: named.LifeQuarters as number },
    "quarters",
    UNITS.count.excelFormat,
    "GPUs retire this many quarters after they start serving"
  );
  text(row, 0, "Input check", "output");
  cells.push({
    row,
    column: 1,
    formula: buildOutCheckFormula(checks),
    result: buildOutCheckResult(checks, { named, deliveries }),
    style: "output",
  });
  text(row, 3, "OK, or the first input (or figure) outside its bounds");
  text(row, 4, INPUT_CHECK_NAME);
  names.push({ name: INPUT_CHECK_NAME, row, column: 1, comment: "Inputs inside supported bounds" });
  row += 2;

  if (row !== outputsTop) throw new Error("native build-out layout: outputs moved");
  section("Outputs", ["Measure", "Value", "Unit", "How", "Name"]);
  const outputs = buildOutOutputFormulas(
    {
      time0Net: cellAddress(time0Row, NET, true),
      netFrom0: column(NET, time0Row),
      net: column(NET),
      cumulativeFrom0: column(CUMULATIVE, time0Row),
      lastCumulative: cellAddress(lastRow, CUMULATIVE, true),
      belowFrom0: column(BELOW, time0Row),
      quarters: column(QUARTER),
      deliveries: column(DELIVERED),
      tokens: column(TOKENS),
      revenue: column(REVENUE),
      capex: column(CAPEX),
    },
    core,
    named,
    deliveries
  );
  for (const name of BUILDOUT_OUTPUT_NAMES) {
    const output = outputs[name];
    text(row, 0, output.label);
    cells.push({
      row,
      column: 1,
      formula: output.formula,
      ...(output.result === undefined ? {} : { result: output.result }),
      numberFormat: UNITS[output.unit].excelFormat,
      style: "output",
    });
    text(row, 2, UNITS[output.unit].label);
    text(row, 3, output.note);
    text(row, 4, name);
    names.push({ name, row, column: 1, comment: output.label });
    row++;
  }
  row++;

  if (row !== tableTitle) throw new Error("native build-out layout: table moved");
  section(
    `Quarters (time 0, then ${NATIVE_BUILDOUT_QUARTERS} quarters; those past the horizon stay empty)`,
    COLUMNS.map(([label]) => label)
  );
  cells.push(...quarterTable({ time0Row, firstRow, column, core, named, deliveries }));

  return {
    rows: lastRow + 1,
    columns: COLUMNS.length,
    cells,
    names,
    columnWidths: [
      230,
      110,
      110,
      320,
      150,
      300,
      ...new Array<number>(COLUMNS.length - 6).fill(120),
    ],
  };
}
