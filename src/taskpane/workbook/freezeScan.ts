/**
 * What Freeze and Unfreeze read before they plan: the cells the chosen scope covers, and every sheet's used
 * range with the spill range and R1C1 formula of each TOKENOMICS cell.
 */
import { splitAddress } from "./excelWriter";
import { intersects, parseRect } from "./freezeFormulas";
import type { CellRect } from "./freezeFormulas";
import { tokenomicsCells } from "./freezePlan";
import type { FreezeScope, SheetScan } from "./freezePlan";

export const SCOPE_WORDS: Record<FreezeScope, string> = {
  selection: "the selection",
  sheet: "this sheet",
  workbook: "this workbook",
};

export interface ScopeArea {
  readonly sheetId: string | undefined;
  readonly rect: CellRect | undefined;
}

export async function scopeArea(
  context: Excel.RequestContext,
  scope: FreezeScope
): Promise<ScopeArea> {
  if (scope === "workbook") return { sheetId: undefined, rect: undefined };
  if (scope === "sheet") {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("id");
    await context.sync();
    return { sheetId: sheet.id, rect: undefined };
  }
  // The selection is always on the active sheet.
  const selection = context.workbook.getSelectedRange();
  selection.load("address");
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("id");
  await context.sync();
  return { sheetId: sheet.id, rect: parseRect(splitAddress(selection.address)[1]) };
}

export function inArea(area: ScopeArea, sheetId: string, rect: CellRect): boolean {
  if (area.sheetId !== undefined && area.sheetId !== sheetId) return false;
  return area.rect === undefined || intersects(area.rect, rect);
}

export type Grid = unknown[][];

/** Every sheet's used range, and the spill range and R1C1 formula of each TOKENOMICS cell. */
export async function scanWorkbook(context: Excel.RequestContext) {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject();
    range.load("address,formulas,values");
    return { sheet, range };
  });
  await context.sync();
  const scans = used
    .filter(({ range }) => !range.isNullObject)
    .map(({ sheet, range }) => {
      const rect = parseRect(splitAddress(range.address)[1]);
      const base = {
        id: sheet.id,
        name: sheet.name,
        origin: { row: rect.row, column: rect.column },
        formulas: range.formulas as Grid,
        values: range.values as Grid,
      };
      const anchors = tokenomicsCells(base).map((cell) => {
        const at = sheet.getCell(cell.row, cell.column);
        at.load("formulasR1C1");
        const spill = at.getSpillingToRangeOrNullObject();
        spill.load("address");
        return { cell, at, spill };
      });
      return { base, anchors };
    });
  await context.sync();
  const r1c1 = new Map<string, string>();
  const result: SheetScan[] = scans.map(({ base, anchors }) => {
    const spills: Record<string, CellRect> = {};
    for (const { cell, at, spill } of anchors) {
      r1c1.set(`${base.id}!${cell.row},${cell.column}`, String(at.formulasR1C1[0]?.[0] ?? ""));
      if (!spill.isNullObject)
        spills[`${cell.row},${cell.column}`] = parseRect(splitAddress(spill.address)[1]);
    }
    return { ...base, spills };
  });
  return { scans: result, r1c1 };
}
