/**
 * Freeze and Unfreeze through Excel.run: read what the workbook holds, plan it (freezePlan, freezeRecords),
 * ask, then write everything in one batch: the values, the names, the stamp and the records, so there is
 * never a frozen block whose formulas are not kept. Nothing is written when the user declines.
 */
import { found, noAnswer } from "../../core";
import type { Answer } from "../../core";
import { asLiteralText, cellAddress } from "./block";
import { splitAddress } from "./excelWriter";
import { parseRect, rectAddress } from "./freezeFormulas";
import { freezeSummaryLines, planFreeze } from "./freezePlan";
import type { FreezeScope } from "./freezePlan";
import { inArea, scanWorkbook, scopeArea, SCOPE_WORDS } from "./freezeScan";
import type { Grid } from "./freezeScan";
import {
  editedLines,
  FROZEN_SETTING,
  nextFreezeNumber,
  planNames,
  planUnfreeze,
  readRecords,
  recordsFor,
} from "./freezeRecords";
import type { FoundBlock, FrozenRecord } from "./freezeRecords";
import type { SettingsStore } from "./userPresets";

/** A question for the user before cells change: what will change, and the button that does it. */
export interface ChangeRequest {
  readonly title: string;
  readonly lines: readonly string[];
  readonly proceedLabel: string;
}

export type ConfirmChange = (request: ChangeRequest) => Promise<boolean>;

/**
 * What the writer needs besides Excel: the question, the date, which API sets the host has, and the
 * pane's one settings store (Office.context.document.settings), where the original formulas are kept.
 */
export interface FreezeOptions {
  readonly store: SettingsStore;
  readonly confirm: ConfirmChange;
  readonly today: string;
  readonly supports: (set: string, version: string) => boolean;
}

export type FreezeResult = Answer<{ readonly message: string }>;

/** Spill ranges need ExcelApi 1.12; notes need 1.18 (the manifest requires neither, so both are checked). */
const SPILL_API = "1.12";
const NOTES_API = "1.18";

/** Values as constants: text that Excel would read as a formula keeps its leading apostrophe. */
function constants(values: readonly (readonly unknown[])[]): unknown[][] {
  return values.map((row) => row.map((v) => (typeof v === "string" ? asLiteralText(v) : v)));
}

function addNote(context: Excel.RequestContext, cell: Excel.Range, text: string): void {
  (
    context.workbook as unknown as { notes: { add(cell: Excel.Range, text: string): void } }
  ).notes.add(cell, text);
}

/** Freezes every TOKENOMICS result touching `scope`, after the user has seen and accepted the list. */
export async function freeze(scope: FreezeScope, options: FreezeOptions): Promise<FreezeResult> {
  if (!options.supports("ExcelApi", SPILL_API))
    return noAnswer(
      `Freeze needs ExcelApi ${SPILL_API} (spilled results); this Excel is older. Nothing changed.`
    );
  const notes = options.supports("ExcelApi", NOTES_API);
  return Excel.run(async (context) => {
    const area = await scopeArea(context, scope);
    const { scans, r1c1 } = await scanWorkbook(context);
    const names = context.workbook.names;
    names.load("items/name");
    await context.sync();
    const plan = planFreeze(scans, (id, rect) => inArea(area, id, rect), {
      notes,
      today: options.today,
    });
    if (plan.blocks.length === 0)
      return noAnswer(`No TOKENOMICS formulas in ${SCOPE_WORDS[scope]}: nothing changed.`);
    const request = {
      title: "Freeze values?",
      lines: freezeSummaryLines(plan),
      proceedLabel: "Freeze",
    };
    if (!(await options.confirm(request)))
      return noAnswer("Nothing was written: you kept the formulas.");

    const before = options.store.get(FROZEN_SETTING);
    const existing = readRecords(before);
    const named = planNames(
      plan,
      nextFreezeNumber([...names.items.map((n) => n.name), ...Object.keys(existing)])
    );
    const blockR1C1 = plan.blocks.map((b) =>
      b.formulas.map((row, r) =>
        row.map((f, c) =>
          f === "" ? "" : (r1c1.get(`${b.sheetId}!${b.rect.row + r},${b.rect.column + c}`) ?? f)
        )
      )
    );
    plan.blocks.forEach((block, i) => {
      const sheet = context.workbook.worksheets.getItem(block.sheetId);
      const range = sheet.getRange(rectAddress(block.rect));
      range.values = constants(block.values);
      const name = named[i];
      if (name === undefined) return;
      names.add(name.block, range, plan.stampText);
      if (block.stamp?.kind === "note")
        addNote(context, sheet.getCell(block.rect.row, block.rect.column), plan.stampText);
      if (block.stamp?.kind === "cell" && name.stamp !== undefined) {
        const cell = sheet.getRange(rectAddress(block.stamp.at));
        cell.values = [[plan.stampText]];
        names.add(name.stamp, cell, plan.stampText);
      }
      for (const { rewrite, name: refName } of name.rewrites) {
        const cell = context.workbook.worksheets
          .getItem(rewrite.sheetId)
          .getRange(cellAddress(rewrite.row, rewrite.column));
        cell.formulas = [[rewrite.frozen]];
        names.add(refName, cell, "Tokenomics Freeze: a formula that referred to a frozen spill");
      }
    });
    // The formulas are saved before any cell changes; if the write then fails, the old records come back.
    const records = { ...existing, ...recordsFor(plan, named, blockR1C1, options.today) };
    await options.store.set(FROZEN_SETTING, JSON.stringify(records));
    try {
      await context.sync();
    } catch (error) {
      await options.store.set(FROZEN_SETTING, before ?? JSON.stringify({}));
      throw error;
    }
    const rewritten =
      plan.rewrites.length > 0 ? `; ${plan.rewrites.length} reference(s) fixed to their range` : "";
    return found({
      message: `Froze ${plan.cellCount} cell(s) in ${plan.blocks.length} block(s)${rewritten}. Unfreeze restores the formulas.`,
    });
  });
}

/** Restores the formulas of the frozen blocks touching `scope`; asks first when frozen cells were edited. */
export async function unfreeze(scope: FreezeScope, options: FreezeOptions): Promise<FreezeResult> {
  return Excel.run(async (context) => {
    const area = await scopeArea(context, scope);
    const records = readRecords(options.store.get(FROZEN_SETTING));
    const lookups = Object.entries(records).map(([name, record]) => {
      const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
      range.load("address,formulas,values");
      range.worksheet.load("id,name");
      const rewrites = record.rewrites.map((w) => {
        const cell = context.workbook.names.getItemOrNullObject(w.name).getRangeOrNullObject();
        cell.load("formulas");
        return { name: w.name, cell };
      });
      return { name, record, range, rewrites };
    });
    await context.sync();
    const foundBlocks: FoundBlock[] = lookups
      .filter(({ range }) => !range.isNullObject)
      .map(({ name, record, range, rewrites }) => ({
        name,
        record,
        sheetName: range.worksheet.name,
        rect: parseRect(splitAddress(range.address)[1]),
        formulas: range.formulas as Grid,
        values: range.values as Grid,
        rewriteFormulas: Object.fromEntries(
          rewrites.map(({ name: n, cell }) => [
            n,
            cell.isNullObject ? undefined : String(cell.formulas[0]?.[0] ?? ""),
          ])
        ),
        sheetId: range.worksheet.id,
      }))
      .filter((b) => inArea(area, b.sheetId, b.rect));
    if (foundBlocks.length === 0)
      return noAnswer(`No frozen blocks in ${SCOPE_WORDS[scope]}: nothing changed.`);
    const plan = planUnfreeze(foundBlocks);
    if (plan.edited.length > 0) {
      const request = {
        title: "Overwrite edited cells?",
        lines: editedLines(plan),
        proceedLabel: "Unfreeze anyway",
      };
      if (!(await options.confirm(request)))
        return noAnswer("Nothing was written: you kept the edited cells.");
    }
    const remaining: Record<string, FrozenRecord> = { ...records };
    const stampNotes: string[] = [];
    for (const block of plan.blocks) {
      const range = context.workbook.names.getItem(block.name).getRange();
      if ("a1" in block.formulas) range.formulas = block.formulas.a1.map((r) => [...r]);
      else range.formulasR1C1 = block.formulas.r1c1.map((r) => [...r]);
      for (const w of block.rewrites)
        context.workbook.names.getItem(w.name).getRange().formulas = [[w.formula]];
      if (block.stamp === "note")
        stampNotes.push(
          `'${block.sheetName.replace(/'/g, "''")}'!${cellAddress(block.rect.row, block.rect.column)}`
        );
      else if (block.stamp !== undefined) {
        const stamp = context.workbook.names.getItemOrNullObject(block.stamp);
        stamp.getRangeOrNullObject().clear("Contents");
        stamp.delete();
      }
      for (const w of records[block.name]?.rewrites ?? [])
        context.workbook.names.getItemOrNullObject(w.name).delete();
      context.workbook.names.getItem(block.name).delete();
      delete remaining[block.name];
    }
    await context.sync();
    // Records go only once the formulas are back (a record whose names are gone is skipped, never harmful).
    await options.store.set(FROZEN_SETTING, JSON.stringify(remaining));
    await deleteNotes(context, stampNotes);
    const cells = plan.blocks.reduce((n, b) => n + b.rect.rows * b.rect.columns, 0);
    return found({
      message: `Restored the TOKENOMICS formulas in ${cells} cell(s) in ${plan.blocks.length} block(s).`,
    });
  });
}

/** Stamp notes go last and on their own: a note the user already deleted must not undo the restore. */
async function deleteNotes(
  context: Excel.RequestContext,
  addresses: readonly string[]
): Promise<void> {
  const notes = (
    context.workbook as unknown as { notes: { getItem(a: string): { delete(): void } } }
  ).notes;
  for (const address of addresses) {
    try {
      notes.getItem(address).delete();
      // One sync per note, so one missing note fails alone.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      // Already gone: nothing to remove.
    }
  }
}
