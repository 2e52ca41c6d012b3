/**
 * The "Quarterly build-out" worksheet: named inputs, a row of quarters with the rows an analyst edits under
 * it (deliveries, capex, utilization, price), TOKENOMICS.SCHEDULE spilled under the quarters beside its
 * SCHEDULELABELS, NPV, IRR and payback on the net row with a time-0 cell before Q1 (and Excel's NPV and IRR
 * as a cross-check), and a price × utilization ROIMULTIPLE grid. Everything is data for the one writer.
 */
import { PRESET_DATASET } from "../../presets";
import type { CalculatorInputs } from "../model/inputs";
import { scopeText } from "../model/inputs";
import { UNITS } from "../units";
import type { Unit } from "../units";
import { asLiteralText, cellAddress, columnLetters } from "./block";
import type { Block, CellStyle, CellWrite, NameWrite } from "./block";
import {
  GRID_PRICE_MULTIPLES,
  GRID_UTILIZATIONS,
  buildOutInputRows,
  buildOutResultRows,
  defaultDeliveries,
  quarterCount,
} from "./buildOutRows";
import type { ModelContext } from "./modelRows";

/** Column offsets: labels, then the time-0 column (also the inputs' Value), then Q1 onward. */
const LABEL_COLUMN = 0;
const TIME0_COLUMN = 1;
const FIRST_QUARTER_COLUMN = 2;

/** SCHEDULE's eight lines in order (as SCHEDULELABELS spills them), each with its cell format. */
const SCHEDULE_LINE_UNITS: readonly Unit[] = ["count", "count", ...new Array<Unit>(6).fill("usd")];
/** Net cash flow is SCHEDULE's seventh line. */
const NET_LINE = 6;

export function buildOutSheetBaseName(inputs: CalculatorInputs): string {
  return `Tokenomics ${inputs.platformId} build-out`;
}

/** Where buildOutSheet put things, for the tests and the toast: 0-based rows. */
export interface BuildOutLayout {
  readonly quarters: number;
  readonly quarterRow: number;
  readonly deliveriesRow: number;
  readonly capexRow: number;
  readonly utilizationRow: number;
  readonly priceRow: number;
  readonly scheduleRow: number;
  readonly netRow: number;
  readonly gridAxisRow: number;
}

export function buildOutSheet(
  inputs: CalculatorInputs,
  context: ModelContext
): Block & { readonly layout: BuildOutLayout } {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const quarters = quarterCount(inputs.years);
  const lastColumn = FIRST_QUARTER_COLUMN + quarters - 1;
  const put = (
    row: number,
    column: number,
    content: string | number | { formula: string },
    unit?: Unit,
    style?: CellStyle
  ): void => {
    const write = typeof content === "object" ? { formula: content.formula } : { value: content };
    cells.push({
      row,
      column,
      ...write,
      ...(unit ? { numberFormat: UNITS[unit].excelFormat } : {}),
      ...(style ? { style } : {}),
    });
  };
  const text = (row: number, column: number, value: string, style?: CellStyle): void =>
    put(row, column, asLiteralText(value), undefined, style);
  /** An absolute reference to a row's quarter cells, Q1 to the last quarter (time 0 included if asked). */
  const rowRange = (row: number, fromTime0 = false): string =>
    `${cellAddress(row, fromTime0 ? TIME0_COLUMN : FIRST_QUARTER_COLUMN, true)}:${cellAddress(row, lastColumn, true)}`;
  const eachQuarter = (fn: (column: number, quarter: number) => void): void => {
    for (let q = 1; q <= quarters; q++) fn(FIRST_QUARTER_COLUMN + q - 1, q);
  };

  text(
    0,
    0,
    `Tokenomics quarterly build-out: ${context.platformDisplayName}, ${scopeText(inputs, true)}`,
    "title"
  );
  text(
    1,
    0,
    `Inserted ${context.insertedOn} by Tokenomics for Excel from preset dataset ${PRESET_DATASET.version} (as of ${PRESET_DATASET.asOf}). ` +
      "Blue cells are inputs; every other figure is a live formula.",
    "note"
  );
  text(
    2,
    0,
    "Timing: SCHEDULE's first column is Q1, its cash at the end of the quarter (0.25 years). CASHFLOWNPV, " +
      "CASHFLOWIRR and CASHFLOWPAYBACK read their first value at time 0, so they read the Time 0 cell (0: " +
      "enter any up-front payment there) and then Q1 onward, as TOKENNPV puts its investment at time 0.",
    "note"
  );

  let row = 4;
  const section = (title: string, header: string[] = []): void => {
    text(row, 0, title, "section");
    row++;
    if (header.length === 0) return;
    header.forEach((label, column) => text(row, column, label, "header"));
    row++;
  };

  section("Inputs", ["Parameter", "Value", "Name", "Unit · source or note"]);
  for (const input of buildOutInputRows(inputs, context)) {
    // An input nobody publishes stays blank and says so: never NaN, never invented.
    const known = typeof input.value !== "number" || Number.isFinite(input.value);
    text(row, 0, input.label);
    cells.push({
      row,
      column: 1,
      ...(input.formula ? { formula: input.formula } : { value: known ? input.value : "" }),
      numberFormat: input.format,
      ...(input.formula ? {} : { style: "input" as const }),
    });
    text(row, 2, input.name);
    text(
      row,
      3,
      `${input.unit} · ${known ? input.source : `Not published: enter yours (${input.source})`}`
    );
    names.push({ name: input.name, row, column: 1, comment: `${input.label} (${input.unit})` });
    row++;
  }

  row++;
  section(
    "Per quarter: the blue rows are yours (each quarter starts from the inputs; type over any quarter for a ramp or a price step)"
  );
  const quarterRow = row++;
  text(quarterRow, LABEL_COLUMN, "Quarter", "header");
  put(quarterRow, TIME0_COLUMN, 0, "quarter", "header");
  eachQuarter((column, q) => put(quarterRow, column, q, "quarter", "header"));

  const deliveriesRow = row++;
  text(deliveriesRow, LABEL_COLUMN, "GPUs delivered");
  defaultDeliveries(inputs.gpuCount, quarters).forEach((gpus, i) =>
    put(deliveriesRow, FIRST_QUARTER_COLUMN + i, gpus, "count", "input")
  );
  const capexRow = row++;
  text(capexRow, LABEL_COLUMN, "Capex (USD): delivered × capex per GPU");
  eachQuarter((column) =>
    put(
      capexRow,
      column,
      { formula: `=${cellAddress(deliveriesRow, column)} * CapexPerGpu` },
      "usd"
    )
  );
  const utilizationRow = row++;
  text(utilizationRow, LABEL_COLUMN, "Utilization");
  eachQuarter((column) =>
    put(utilizationRow, column, { formula: "=Utilization" }, "fraction", "input")
  );
  const priceRow = row++;
  text(priceRow, LABEL_COLUMN, "Token price (USD per million tokens)");
  eachQuarter((column) => {
    // Row-absolute, so a price copied to another column still reads its own quarter number.
    const quarter = `${columnLetters(column)}$${quarterRow + 1}`;
    put(
      priceRow,
      column,
      {
        formula: `=UsdPerMillionTokens * (1 + AnnualPriceChange) ^ ((${quarter} - 1) / PeriodsPerYear)`,
      },
      "usdPerMillionTokens",
      "input"
    );
  });

  row++;
  section("Schedule: TOKENOMICS.SCHEDULE spills under the quarters, SCHEDULELABELS beside it");
  const headerRow = row++;
  text(headerRow, LABEL_COLUMN, "Line", "header");
  put(headerRow, TIME0_COLUMN, 0, "quarter", "header");
  eachQuarter((column, q) => put(headerRow, column, q, "quarter", "header"));
  const scheduleRow = row;
  put(scheduleRow, LABEL_COLUMN, { formula: "=TOKENOMICS.SCHEDULELABELS()" });
  put(
    scheduleRow,
    FIRST_QUARTER_COLUMN,
    {
      formula:
        `=TOKENOMICS.SCHEDULE(${rowRange(deliveriesRow)}, TokensPerSecondPerGpu, ${rowRange(priceRow)}, ` +
        `${rowRange(utilizationRow)}, PeriodsPerYear, ${rowRange(capexRow)}, PowerKwPerGpu, UsdPerKwh, Pue, ` +
        "OpexPerGpuYear, CommissioningQuarters, LifeQuarters, 0, AnnualThroughputGain)",
    },
    SCHEDULE_LINE_UNITS[0]
  );
  // Spilled cells keep their own formats: format every other cell the block will fill.
  SCHEDULE_LINE_UNITS.forEach((unit, line) =>
    eachQuarter((column) => {
      if (line > 0 || column > FIRST_QUARTER_COLUMN)
        cells.push({ row: scheduleRow + line, column, numberFormat: UNITS[unit].excelFormat });
    })
  );
  const netRow = scheduleRow + NET_LINE;
  put(netRow, TIME0_COLUMN, 0, "usd", "input");
  row = scheduleRow + SCHEDULE_LINE_UNITS.length + 1;

  section("Results on the net cash flow row (Time 0, then Q1 onward)", [
    "Measure",
    "Value",
    "Name",
    "How",
  ]);
  const results = buildOutResultRows({
    netFromTime0: rowRange(netRow, true),
    netTime0: cellAddress(netRow, TIME0_COLUMN, true),
    netQuarters: rowRange(netRow),
    deliveries: rowRange(deliveriesRow),
    capex: rowRange(capexRow),
    quarters: rowRange(quarterRow),
  });
  for (const { label, formula, unit, note, name } of results) {
    text(row, 0, label);
    put(row, 1, { formula }, unit, name ? "output" : undefined);
    if (name) {
      text(row, 2, name);
      names.push({ name, row, column: 1, comment: label });
    }
    text(row, 3, note);
    row++;
  }

  row++;
  section(
    "Sensitivity: ROI multiple by token price (down) and utilization (across), the whole fleet serving from time 0 (TOKENOMICS.ROIMULTIPLE, lifecycle view)"
  );
  const gridAxisRow = row++;
  text(gridAxisRow, LABEL_COLUMN, "Token price ↓ · utilization →", "header");
  text(gridAxisRow, TIME0_COLUMN, "USD per M tokens", "header");
  GRID_UTILIZATIONS.forEach((u, i) =>
    put(gridAxisRow, FIRST_QUARTER_COLUMN + i, u, "fraction", "input")
  );
  GRID_PRICE_MULTIPLES.forEach((multiple, i) => {
    text(gridAxisRow + 1 + i, LABEL_COLUMN, `${multiple * 100}% of the Q1 price`);
    put(
      gridAxisRow + 1 + i,
      TIME0_COLUMN,
      { formula: `=UsdPerMillionTokens * ${multiple}` },
      "usdPerMillionTokens",
      "input"
    );
    GRID_UTILIZATIONS.forEach((_, j) => {
      if (i > 0 || j > 0)
        cells.push({
          row: gridAxisRow + 1 + i,
          column: FIRST_QUARTER_COLUMN + j,
          numberFormat: UNITS.multiple.excelFormat,
        });
    });
  });
  const prices = `${cellAddress(gridAxisRow + 1, TIME0_COLUMN, true)}:${cellAddress(gridAxisRow + GRID_PRICE_MULTIPLES.length, TIME0_COLUMN, true)}`;
  const utilizations = `${cellAddress(gridAxisRow, FIRST_QUARTER_COLUMN, true)}:${cellAddress(gridAxisRow, FIRST_QUARTER_COLUMN + GRID_UTILIZATIONS.length - 1, true)}`;
  put(
    gridAxisRow + 1,
    FIRST_QUARTER_COLUMN,
    {
      formula: `=TOKENOMICS.ROIMULTIPLE(InvestmentUsd, Years, FleetTokensPerSecond, ${prices}, ${utilizations}, AnnualOperatingCostUsd, AnnualPriceChange, AnnualThroughputGain)`,
    },
    "multiple"
  );
  row = gridAxisRow + GRID_PRICE_MULTIPLES.length + 1;

  const columns = Math.max(lastColumn, FIRST_QUARTER_COLUMN + GRID_UTILIZATIONS.length - 1) + 1;
  return {
    rows: row,
    columns,
    cells,
    names,
    columnWidths: [260, 110, ...Array.from({ length: columns - 2 }, () => 120)],
    layout: {
      quarters,
      quarterRow,
      deliveriesRow,
      capexRow,
      utilizationRow,
      priceRow,
      scheduleRow,
      netRow,
      gridAxisRow,
    },
  };
}
