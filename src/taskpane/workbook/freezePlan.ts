/**
 * Freeze as data: from what the workbook holds (each sheet's used range, and where each TOKENOMICS formula
 * spills), which blocks keep their values, which formulas that refer to a frozen spill are fixed to its
 * range, and where each block's stamp goes. No Office here: the writer reads, this plans, the writer writes.
 */
import { PRESET_DATASET } from "../../presets";
import { ADDIN_VERSION } from "../version";
import { cellAddress } from "./block";
import {
  callsTokenomics,
  contains,
  intersects,
  rectAddress,
  rewriteSpillRefs,
} from "./freezeFormulas";
import type { CellRect } from "./freezeFormulas";

/** What Freeze and Unfreeze act on. */
export type FreezeScope = "selection" | "sheet" | "workbook";

/** A worksheet as the writer read it: its used range from `origin`, and the spill range of each anchor. */
export interface SheetScan {
  readonly id: string;
  readonly name: string;
  readonly origin: { readonly row: number; readonly column: number };
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  /** Spill ranges by anchor ("row,column", absolute 0-based), for the anchors that spill. */
  readonly spills: Readonly<Record<string, CellRect>>;
}

/** One block that keeps its values: a single TOKENOMICS cell, or a whole spilled result. */
export interface FreezeBlock {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly rect: CellRect;
  /** The formulas to restore: the anchor's at [0][0], "" in the cells it spills into. */
  readonly formulas: string[][];
  /** The current values, written back as constants. */
  readonly values: unknown[][];
  /** Where the stamp goes: a note on the top-left cell, or a text cell next to the block. */
  readonly stamp:
    { readonly kind: "note" } | { readonly kind: "cell"; readonly at: CellRect } | undefined;
}

/** A formula outside the frozen blocks that refers to one of their spills, and what it becomes. */
export interface SpillRewrite {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly row: number;
  readonly column: number;
  readonly original: string;
  readonly frozen: string;
  /** Index into `blocks` of the first block it refers to (its record keeps the rewrite). */
  readonly blockIndex: number;
}

export interface FreezePlan {
  readonly blocks: readonly FreezeBlock[];
  readonly rewrites: readonly SpillRewrite[];
  readonly cellCount: number;
  readonly stampText: string;
}

/** The stamp's words: who froze the values, from which data, when, and how to undo it. */
export function stampText(today: string): string {
  return (
    `Frozen values: Tokenomics for Excel ${ADDIN_VERSION}, preset dataset ${PRESET_DATASET.version}, ` +
    `${today}. Share > Unfreeze restores the TOKENOMICS formulas.`
  );
}

const key = (row: number, column: number): string => `${row},${column}`;

function cellAt(
  grid: readonly (readonly unknown[])[],
  scan: SheetScan,
  row: number,
  column: number
) {
  return grid[row - scan.origin.row]?.[column - scan.origin.column];
}

function isEmpty(scan: SheetScan, row: number, column: number): boolean {
  const formula = cellAt(scan.formulas, scan, row, column);
  return formula === undefined || formula === null || formula === "";
}

/** The TOKENOMICS formula cells of a sheet, absolute 0-based: the anchors the writer asks about spills. */
export function tokenomicsCells(
  scan: Omit<SheetScan, "spills">
): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  scan.formulas.forEach((line, r) =>
    line.forEach((formula, c) => {
      if (callsTokenomics(formula))
        cells.push({ row: scan.origin.row + r, column: scan.origin.column + c });
    })
  );
  return cells;
}

/** Each TOKENOMICS result on a sheet as a block rectangle, spill children folded into their anchor. */
function sheetBlocks(
  scan: SheetScan
): { anchor: { row: number; column: number }; rect: CellRect }[] {
  const anchors = tokenomicsCells(scan);
  const spills = anchors
    .map((a) => scan.spills[key(a.row, a.column)])
    .filter((s): s is CellRect => s !== undefined);
  return anchors
    .filter(
      (a) =>
        // A cell inside another anchor's spill is a spilled value that reads like its anchor, not an anchor.
        !spills.some(
          (s) => contains(s, a.row, a.column) && !(s.row === a.row && s.column === a.column)
        )
    )
    .map((anchor) => ({
      anchor,
      rect: scan.spills[key(anchor.row, anchor.column)] ?? { ...anchor, rows: 1, columns: 1 },
    }));
}

/** Where a block's stamp cell goes: right of its top row, else below it, else above; never on a used cell. */
function stampCell(
  scan: SheetScan,
  rect: CellRect,
  taken: readonly CellRect[]
): CellRect | undefined {
  const candidates = [
    { row: rect.row, column: rect.column + rect.columns },
    { row: rect.row + rect.rows, column: rect.column },
    { row: rect.row - 1, column: rect.column },
  ];
  for (const { row, column } of candidates) {
    const at = { row, column, rows: 1, columns: 1 };
    if (row < 0 || !isEmpty(scan, row, column) || taken.some((t) => intersects(t, at))) continue;
    return at;
  }
  return undefined;
}

/**
 * The plan for freezing every TOKENOMICS result that touches `scope` on the sheets in scope (the whole
 * spill even when the scope cuts through it), and for fixing formulas anywhere that refer to those spills.
 */
export function planFreeze(
  sheets: readonly SheetScan[],
  inScope: (sheetId: string, rect: CellRect) => boolean,
  options: { readonly notes: boolean; readonly today: string }
): FreezePlan {
  const blocks: FreezeBlock[] = [];
  for (const scan of sheets) {
    const chosen = sheetBlocks(scan).filter((b) => inScope(scan.id, b.rect));
    const taken: CellRect[] = chosen.map((b) => b.rect);
    for (const { anchor, rect } of chosen) {
      const formulas: string[][] = [];
      const values: unknown[][] = [];
      for (let r = 0; r < rect.rows; r++) {
        formulas.push([]);
        values.push([]);
        for (let c = 0; c < rect.columns; c++) {
          const isAnchor = r === anchor.row - rect.row && c === anchor.column - rect.column;
          formulas[r]?.push(
            isAnchor ? String(cellAt(scan.formulas, scan, anchor.row, anchor.column)) : ""
          );
          values[r]?.push(cellAt(scan.values, scan, rect.row + r, rect.column + c) ?? "");
        }
      }
      let stamp: FreezeBlock["stamp"];
      if (options.notes) stamp = { kind: "note" };
      else {
        const at = stampCell(scan, rect, taken);
        if (at !== undefined) {
          taken.push(at);
          stamp = { kind: "cell", at };
        }
      }
      blocks.push({ sheetId: scan.id, sheetName: scan.name, rect, formulas, values, stamp });
    }
  }
  return {
    blocks,
    rewrites: planRewrites(sheets, blocks),
    cellCount: blocks.reduce((n, b) => n + b.rect.rows * b.rect.columns, 0),
    stampText: stampText(options.today),
  };
}

function planRewrites(
  sheets: readonly SheetScan[],
  blocks: readonly FreezeBlock[]
): SpillRewrite[] {
  const rewrites: SpillRewrite[] = [];
  for (const scan of sheets) {
    scan.formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (typeof formula !== "string" || !formula.includes("#")) return;
        const row = scan.origin.row + r;
        const column = scan.origin.column + c;
        const own = blocks.some((b) => b.sheetId === scan.id && contains(b.rect, row, column));
        if (own) return;
        let first: number | undefined;
        const frozen = rewriteSpillRefs(formula, (ref) => {
          const sheetName = (ref.sheet ?? scan.name).toLowerCase();
          const index = blocks.findIndex(
            (b) =>
              b.sheetName.toLowerCase() === sheetName &&
              b.rect.row === ref.row &&
              b.rect.column === ref.column
          );
          if (index < 0) return undefined;
          first ??= index;
          return blocks[index]?.rect;
        });
        if (first === undefined || frozen === formula) return;
        rewrites.push({
          sheetId: scan.id,
          sheetName: scan.name,
          row,
          column,
          original: formula,
          frozen,
          blockIndex: first,
        });
      })
    );
  }
  return rewrites;
}

/** What the confirmation lists before anything is written. */
export function freezeSummaryLines(plan: FreezePlan): string[] {
  const lines = [
    `${plan.cellCount} cell(s) in ${plan.blocks.length} block(s) will keep their current values as constants:`,
    ...plan.blocks.map((b) => `${quoteSheet(b.sheetName)}!${rectAddress(b.rect)}`),
  ];
  if (plan.rewrites.length > 0) {
    lines.push(
      `${plan.rewrites.length} formula(s) that refer to a frozen spill will use its fixed range:`
    );
    for (const w of plan.rewrites)
      lines.push(
        `${quoteSheet(w.sheetName)}!${cellAddress(w.row, w.column)}: ${w.original} → ${w.frozen}`
      );
  }
  lines.push("The original formulas stay in the workbook: Unfreeze restores them.");
  return lines;
}

/** A sheet name as a formula prefix needs it: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
