/**
 * The "Insert model" worksheet: an inputs block (blue, with sources), live TOKENOMICS formulas for every
 * output, the TOKENCASHFLOWS table, and Excel's own NPV and IRR beside TOKENNPV and TOKENIRR as a
 * cross-check. Inputs get worksheet-scoped names, so formulas read like the model they are.
 */
import { PRESET_DATASET } from "../../presets";
import { scopeText } from "../model/inputs";
import type { CalculatorInputs } from "../model/inputs";
import { UNITS } from "../units";
import { asLiteralText, cellAddress } from "./block";
import type { Block, CellWrite, NameWrite } from "./block";
import { LIFECYCLE_ARGS, modelInputRows, modelOutputRows } from "./modelRows";
import type { ModelContext } from "./modelRows";

export type { ModelContext };

/** The inputs' and outputs' columns: the worksheet name, then the value it names. */
export const NAME_COLUMN = 1;
export const VALUE_COLUMN = 2;

/** The sheet-scoped name of the [name, value] inputs range, for the decision functions' `inputs`. */
export const MODEL_INPUTS_NAME = "ModelInputs";

export function modelSheetBaseName(inputs: CalculatorInputs): string {
  return `Tokenomics ${inputs.platformId}`;
}

export function modelSheet(inputs: CalculatorInputs, context: ModelContext): Block {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const scope = scopeText(inputs, true);

  cells.push({
    row: 0,
    column: 0,
    value: asLiteralText(`Tokenomics model: ${context.platformDisplayName}, ${scope}`),
    style: "title",
  });
  cells.push({
    row: 1,
    column: 0,
    value: asLiteralText(
      `Inserted ${context.insertedOn} by Tokenomics for Excel from preset dataset ${PRESET_DATASET.version} (as of ${PRESET_DATASET.asOf}). ` +
        "Blue cells are inputs; every output is a live formula."
    ),
    style: "note",
  });

  let row = 3;
  const section = (title: string, header: string[]): void => {
    cells.push({ row, column: 0, value: title, style: "section" });
    row++;
    header.forEach((text, column) => cells.push({ row, column, value: text, style: "header" }));
    row++;
  };

  // Name sits right before Value: the two columns are a [name, value] range the decision functions
  // (TORNADO, SOLVEFOR, SCENARIOS, SIMULATE) take as `inputs` as it stands.
  section("Inputs", ["Parameter", "Name", "Value", "Unit", "Source or note"]);
  const inputsFirstRow = row;
  for (const input of modelInputRows(inputs, context)) {
    // An input nobody publishes (and the user has not entered) stays blank and says so: never NaN, never invented.
    const known = typeof input.value !== "number" || Number.isFinite(input.value);
    cells.push({ row, column: 0, value: asLiteralText(input.label) });
    cells.push({ row, column: NAME_COLUMN, value: input.name });
    cells.push({
      row,
      column: VALUE_COLUMN,
      value: known ? input.value : "",
      numberFormat: input.format,
      style: "input",
    });
    cells.push({ row, column: 3, value: asLiteralText(input.unit) });
    cells.push({
      row,
      column: 4,
      value: asLiteralText(known ? input.source : `Not published: enter yours (${input.source})`),
    });
    names.push({
      name: input.name,
      row,
      column: VALUE_COLUMN,
      comment: `${input.label} (${input.unit})`,
    });
    row++;
  }
  names.push({
    name: MODEL_INPUTS_NAME,
    row: inputsFirstRow,
    column: NAME_COLUMN,
    rows: row - inputsFirstRow,
    columns: 2,
    comment: "The inputs as [name, value] rows: the decision functions' inputs argument",
  });

  row++;
  section("Outputs", ["Measure", "Name", "Value", "Unit", "How"]);
  for (const output of modelOutputRows(inputs)) {
    cells.push({ row, column: 0, value: asLiteralText(output.label) });
    cells.push({ row, column: NAME_COLUMN, value: output.name });
    cells.push({
      row,
      column: VALUE_COLUMN,
      formula: output.formula,
      numberFormat: output.format,
      style: "output",
    });
    cells.push({ row, column: 3, value: asLiteralText(output.unit) });
    cells.push({ row, column: 4, value: asLiteralText(output.note) });
    names.push({ name: output.name, row, column: VALUE_COLUMN, comment: output.label });
    row++;
  }

  // The cash-flow table spills from its anchor; Excel's NPV and IRR read its last column through the spill
  // reference, so they follow when Years changes.
  const crossCheckRow = row;
  row += 3;
  cells.push({
    row,
    column: 0,
    value: "Cash flows (TOKENCASHFLOWS spills below; period 0 is the investment)",
    style: "section",
  });
  row++;
  const anchor = cellAddress(row, 0, true);
  cells.push({
    row,
    column: 0,
    formula: `=TOKENOMICS.TOKENCASHFLOWS(${LIFECYCLE_ARGS})`,
    numberFormat: UNITS.usd.excelFormat,
  });
  // Spilled cells keep their own formats: format the rows the table will fill at the inserted horizon.
  for (let period = 1; period <= Math.ceil(inputs.years) + 1; period++) {
    cells.push({ row: row + period, column: 1, numberFormat: UNITS.count.excelFormat });
    for (let column = 2; column <= 4; column++)
      cells.push({ row: row + period, column, numberFormat: UNITS.usd.excelFormat });
  }
  const netColumn = `INDEX(${anchor}#, 0, 5)`;
  cells.push({ row: crossCheckRow, column: 0, value: "NPV (Excel's NPV on the table)" });
  cells.push({
    row: crossCheckRow,
    column: VALUE_COLUMN,
    formula: `=INDEX(${anchor}#, 2, 5) + NPV(DiscountRate, DROP(${netColumn}, 2))`,
    numberFormat: UNITS.usd.excelFormat,
    style: "output",
  });
  cells.push({ row: crossCheckRow, column: 3, value: "USD" });
  cells.push({ row: crossCheckRow, column: 4, value: "Cross-check: equals TOKENNPV" });
  cells.push({ row: crossCheckRow + 1, column: 0, value: "IRR (Excel's IRR on the table)" });
  cells.push({
    row: crossCheckRow + 1,
    column: VALUE_COLUMN,
    formula: `=IRR(DROP(${netColumn}, 1))`,
    numberFormat: UNITS.fraction.excelFormat,
    style: "output",
  });
  cells.push({ row: crossCheckRow + 1, column: 3, value: "per year" });
  cells.push({
    row: crossCheckRow + 1,
    column: 4,
    value: "Cross-check: equals TOKENIRR where Excel's IRR converges",
  });

  return {
    rows: row + Math.ceil(inputs.years) + 2,
    columns: 5,
    cells,
    names,
    columnWidths: [230, 170, 110, 130, 420],
  };
}
