/**
 * The lifecycle model sheet in ordinary Excel formulas: the same inputs and outputs as the TOKENOMICS
 * model sheet (modelSheet.ts), computed with PMT, NPV, IRR, INDEX, MIN, MAX, ROUNDUP, POWER, COUNT, SUM, ABS,
 * IF, IFERROR, AND and ISNUMBER only, so Excel without the add-in and LibreOffice 7.4 both recalculate it.
 * No function here needs the `_xlfn.` prefix (IFERROR is Excel 2007's, stored without one).
 *
 * Native formulas cannot add rows, so the sheet lays out NATIVE_HORIZON_YEARS annual periods and
 * NATIVE_HORIZON_MONTHS monthly ones (payback); periods past the horizon have length 0 and contribute 0,
 * and a fractional last period counts its fraction, as the core's engine does. A check cell names the first
 * input outside the supported bounds, which are written beside the inputs.
 *
 * Contract for the .xlsx exporter and its LibreOffice test:
 * - `nativeModelSheet(inputs, context)` is a Block written at A1 of its own worksheet; names are
 *   worksheet-scoped as in modelSheet. Every formula cell carries `result`: the core's value (a number),
 *   or the core's reason as text where there is no answer (payback never reached, no IRR), or the check
 *   cell's text. A cell whose inputs the core refuses has no `result`.
 * - `nativeModelOutputs(block)` lists every output: its defined name, its cell (0-based row and column in
 *   the block, which is the sheet) and `expected`, the core's number or null where the core gives text or
 *   refuses. `NATIVE_OUTPUT_NAMES` is the list of names, in sheet order (UsdPerGpuHour only when built up).
 */
import { PRESET_DATASET } from "../../presets";
import { scopeText } from "../model/inputs";
import type { CalculatorInputs } from "../model/inputs";
import { asLiteralText } from "./block";
import type { Block, CellWrite, NameWrite } from "./block";
import { modelInputRows, modelOutputRows, presetTierUsdPerGpuHour } from "./modelRows";
import type { ModelContext } from "./modelRows";
import { nativeOutputFormulas } from "./nativeOutputs";
import { NATIVE_OUTPUT_NAMES, periodTables } from "./nativeTables";
import { ADDIN_VERSION } from "../version";
import {
  NATIVE_HORIZON_MONTHS,
  NATIVE_HORIZON_YEARS,
  coreResults,
  inputCheckFormula,
  inputCheckResult,
  namedValues,
  nativeBounds,
} from "./nativeRows";

export { NATIVE_HORIZON_MONTHS, NATIVE_HORIZON_YEARS, NATIVE_OUTPUT_NAMES };

/** The name of the check cell ("OK" or the first input outside its bound). */
export const INPUT_CHECK_NAME = "InputCheck";

export function nativeModelSheetBaseName(inputs: CalculatorInputs): string {
  return `Tokenomics ${inputs.platformId} native`;
}

export interface NativeOutput {
  readonly name: string;
  readonly row: number;
  readonly column: number;
  /** The core's value, or null where it gives a reason instead (never pays back, no IRR) or refuses. */
  readonly expected: number | null;
}

/** Every output of a native model block, found by its name, with the core's value from its cached result. */
export function nativeModelOutputs(block: Block): NativeOutput[] {
  const outputs: NativeOutput[] = [];
  for (const name of NATIVE_OUTPUT_NAMES) {
    const at = block.names.find((n) => n.name === name);
    if (at === undefined) continue;
    const cell = block.cells.find((c) => c.row === at.row && c.column === at.column);
    if (cell?.formula === undefined) continue;
    outputs.push({
      name,
      row: at.row,
      column: at.column,
      expected: typeof cell.result === "number" ? cell.result : null,
    });
  }
  return outputs;
}

export function nativeModelSheet(inputs: CalculatorInputs, context: ModelContext): Block {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const hasTier = presetTierUsdPerGpuHour(inputs) !== undefined;
  const bounds = nativeBounds(hasTier);
  const boundText = new Map(bounds.map((b) => [b.name, b.text]));
  const results = coreResults(inputs, context.tokensPerSecondPerGpu);
  const named = namedValues(inputs, context.tokensPerSecondPerGpu);

  cells.push({
    row: 0,
    column: 0,
    value: asLiteralText(
      `Tokenomics model (native formulas): ${context.platformDisplayName}, ${scopeText(inputs, true)}`
    ),
    style: "title",
  });
  cells.push({
    row: 1,
    column: 0,
    value:
      "Blue cells are inputs; every output is an ordinary Excel formula over them: no add-in needed. " +
      "Keep inputs inside the bounds in column F (the check below says OK).",
    style: "note",
  });

  let row = 3;
  const section = (title: string, header: readonly string[]): void => {
    cells.push({ row, column: 0, value: title, style: "section" });
    row++;
    header.forEach((text, column) => cells.push({ row, column, value: text, style: "header" }));
    row++;
  };
  const line = (label: string, value: string): void => {
    cells.push({ row, column: 0, value: label });
    cells.push({ row, column: 1, value: asLiteralText(value) });
    row++;
  };

  section("Provenance", ["Item", "Value"]);
  line("Add-in", `Tokenomics for Excel ${ADDIN_VERSION}`);
  line("Preset dataset", `${PRESET_DATASET.version} (as of ${PRESET_DATASET.asOf})`);
  line("Inserted", context.insertedOn);
  line(
    "Formulas",
    `native formulas: no add-in needed (horizon ${NATIVE_HORIZON_YEARS} years, ${NATIVE_HORIZON_MONTHS} months for payback)`
  );
  row++;

  section("Inputs", ["Parameter", "Value", "Unit", "Source or note", "Name", "Supported bounds"]);
  for (const input of modelInputRows(inputs, context)) {
    const known = typeof input.value !== "number" || Number.isFinite(input.value);
    cells.push({ row, column: 0, value: asLiteralText(input.label) });
    cells.push({
      row,
      column: 1,
      value: known ? input.value : "",
      numberFormat: input.format,
      style: "input",
    });
    cells.push({ row, column: 2, value: asLiteralText(input.unit) });
    cells.push({
      row,
      column: 3,
      value: asLiteralText(known ? input.source : `Not published: enter yours (${input.source})`),
    });
    cells.push({ row, column: 4, value: input.name });
    cells.push({
      row,
      column: 5,
      value: asLiteralText(boundText.get(input.name) ?? "Shown for reference: no formula reads it"),
    });
    names.push({ name: input.name, row, column: 1, comment: `${input.label} (${input.unit})` });
    row++;
  }
  cells.push({ row, column: 0, value: "Input check", style: "output" });
  cells.push({
    row,
    column: 1,
    formula: inputCheckFormula(bounds),
    result: inputCheckResult(bounds, named),
    style: "output",
  });
  cells.push({ row, column: 3, value: "OK, or the first input (or figure) outside its bounds" });
  cells.push({ row, column: 4, value: INPUT_CHECK_NAME });
  names.push({ name: INPUT_CHECK_NAME, row, column: 1, comment: "Inputs inside supported bounds" });
  row += 2;

  // The outputs read the period tables below them (after the section title, header, outputs and a gap).
  const byName = new Map(modelOutputRows(inputs).map((output) => [output.name, output]));
  const outputNames = NATIVE_OUTPUT_NAMES.filter((name) => !hasTier || name !== "UsdPerGpuHour");
  const tablesRow = row + 2 + outputNames.length + 1;
  const tables = periodTables(tablesRow, results);
  const formulas = nativeOutputFormulas(tables.refs, results, named);

  section("Outputs", ["Measure", "Value", "Unit", "How", "Name"]);
  for (const name of outputNames) {
    const shown = byName.get(name);
    const output = formulas[name];
    cells.push({ row, column: 0, value: asLiteralText(output.label ?? shown?.label ?? name) });
    cells.push({
      row,
      column: 1,
      formula: output.formula,
      ...(output.result === undefined ? {} : { result: output.result }),
      numberFormat: shown?.format,
      style: "output",
    });
    cells.push({ row, column: 2, value: asLiteralText(shown?.unit ?? "") });
    cells.push({ row, column: 3, value: asLiteralText(output.note) });
    cells.push({ row, column: 4, value: name });
    names.push({ name, row, column: 1, comment: shown?.label ?? name });
    row++;
  }
  cells.push(...tables.cells);
  names.push(...tables.names);

  return {
    rows: tables.endRow,
    columns: 6,
    cells,
    names,
    columnWidths: [230, 110, 130, 420, 150, 300],
  };
}
