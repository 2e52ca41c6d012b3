/**
 * A third opinion on the native model sheet: HyperFormula (GPL-3.0, used in tests only, never in src)
 * evaluates a block's formulas, with its worksheet-scoped names, as a spreadsheet would.
 */
import { HyperFormula } from "hyperformula";
import type { Block } from "../../../src/taskpane/workbook/block";

export type Evaluated = (row: number, column: number) => unknown;

/** Evaluates every formula of `block`, written at A1 of one sheet; returns a reader of computed values. */
export function evaluateBlock(block: Block): { value: Evaluated; destroy: () => void } {
  const data: (string | number | null)[][] = Array.from({ length: block.rows }, () =>
    new Array<string | number | null>(block.columns).fill(null)
  );
  for (const cell of block.cells) {
    const content = cell.formula ?? cell.value;
    if (content === undefined) continue;
    (data[cell.row] as (string | number | null)[])[cell.column] =
      typeof content === "string" && content === "" ? null : content;
  }
  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    smartRounding: false,
    useArrayArithmetic: false,
  });
  const sheetName = hf.addSheet("Model");
  const sheet = hf.getSheetId(sheetName) as number;
  hf.suspendEvaluation();
  for (const name of block.names) {
    hf.addNamedExpression(name.name, `=Model!$${columnLetter(name.column)}$${name.row + 1}`);
  }
  hf.setSheetContent(sheet, data);
  hf.resumeEvaluation();
  return {
    value: (row, column) => hf.getCellValue({ sheet, row, col: column }),
    destroy: () => hf.destroy(),
  };
}

function columnLetter(column: number): string {
  return String.fromCharCode(65 + column);
}
