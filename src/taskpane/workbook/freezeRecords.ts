/**
 * What Freeze keeps in the workbook so Unfreeze can undo it, and Unfreeze planned as data. Each frozen block
 * is a workbook-scoped defined name (names move with inserted rows and columns) whose record, under that
 * name, holds the sheet id, the original formulas and the frozen values (docs/decisions/0007).
 */
import { PRESET_DATASET } from "../../presets";
import { cellAddress } from "./block";
import { rectAddress, restoreSpillRefs } from "./freezeFormulas";
import type { CellRect } from "./freezeFormulas";
import { ADDIN_VERSION } from "../version";
import { quoteSheet } from "./freezePlan";
import type { FreezePlan } from "./freezePlan";

/** The document setting that holds every frozen block's record, by the block's defined name. */
export const FROZEN_SETTING = "tokenomics.frozen";

/** Defined names Freeze adds: a block, its stamp cell, a rewritten reference. */
export const FROZEN_NAME_PREFIX = "TokenomicsFrozen_";

export interface FrozenRewrite {
  /** The defined name on the rewritten cell. */
  readonly name: string;
  readonly original: string;
  readonly frozen: string;
}

export interface FrozenRecord {
  readonly sheetId: string;
  /** Where the block was when frozen; a block found elsewhere has moved (rows or columns inserted). */
  readonly address: string;
  readonly formulas: readonly (readonly string[])[];
  /** The same formulas in R1C1, restored when the block has moved so relative references follow it. */
  readonly formulasR1C1: readonly (readonly string[])[];
  readonly values: readonly (readonly unknown[])[];
  /** "note" for a note on the top-left cell, or the defined name of the stamp cell; none when no room. */
  readonly stamp: string | undefined;
  readonly rewrites: readonly FrozenRewrite[];
  readonly frozenOn: string;
  readonly addinVersion: string;
  readonly datasetVersion: string;
}

export type FrozenRecords = Readonly<Record<string, FrozenRecord>>;

/** The records in the setting; anything unreadable counts as none (a broken setting never blocks Freeze). */
export function readRecords(setting: unknown): FrozenRecords {
  if (typeof setting !== "string") return {};
  try {
    const parsed = JSON.parse(setting) as unknown;
    return typeof parsed === "object" && parsed !== null ? (parsed as FrozenRecords) : {};
  } catch {
    return {};
  }
}

/** The first free number for new names, after every frozen name already in the workbook. */
export function nextFreezeNumber(existingNames: readonly string[]): number {
  const numbers = existingNames
    .map((n) => new RegExp(`^${FROZEN_NAME_PREFIX}(\\d+)`, "i").exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}

/** The names a plan's blocks, stamps and rewrites get, numbered from `first`. */
export function planNames(plan: FreezePlan, first: number) {
  return plan.blocks.map((block, i) => {
    const base = `${FROZEN_NAME_PREFIX}${first + i}`;
    return {
      block: base,
      stamp: block.stamp?.kind === "cell" ? `${base}_Stamp` : undefined,
      rewrites: plan.rewrites
        .map((w, j) => ({ rewrite: w, name: `${base}_Ref${j + 1}` }))
        .filter(({ rewrite }) => rewrite.blockIndex === i),
    };
  });
}

/** The records a plan leaves in the workbook, by block name. */
export function recordsFor(
  plan: FreezePlan,
  names: ReturnType<typeof planNames>,
  formulasR1C1: readonly (readonly (readonly string[])[])[],
  today: string
): Record<string, FrozenRecord> {
  const records: Record<string, FrozenRecord> = {};
  plan.blocks.forEach((block, i) => {
    const named = names[i];
    if (named === undefined) return;
    records[named.block] = {
      sheetId: block.sheetId,
      address: rectAddress(block.rect),
      formulas: block.formulas,
      formulasR1C1: formulasR1C1[i] ?? block.formulas,
      values: block.values,
      stamp: block.stamp?.kind === "note" ? "note" : named.stamp,
      rewrites: named.rewrites.map(({ rewrite, name }) => ({
        name,
        original: rewrite.original,
        frozen: rewrite.frozen,
      })),
      frozenOn: today,
      addinVersion: ADDIN_VERSION,
      datasetVersion: PRESET_DATASET.version,
    };
  });
  return records;
}

/** A frozen block as Unfreeze finds it now, through its defined name. */
export interface FoundBlock {
  readonly name: string;
  readonly record: FrozenRecord;
  readonly sheetName: string;
  readonly rect: CellRect;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  /** The current formula of each rewritten cell, by its name; absent when the cell is gone. */
  readonly rewriteFormulas: Readonly<Record<string, string | undefined>>;
}

export interface UnfreezeBlock {
  readonly name: string;
  readonly sheetName: string;
  readonly rect: CellRect;
  /** R1C1 when the block has moved since it was frozen, A1 (exactly as it was) otherwise. */
  readonly formulas:
    | { readonly a1: readonly (readonly string[])[] }
    | { readonly r1c1: readonly (readonly string[])[] };
  readonly stamp: string | undefined;
  readonly rewrites: readonly { readonly name: string; readonly formula: string }[];
}

export interface UnfreezePlan {
  readonly blocks: readonly UnfreezeBlock[];
  /** Cells whose frozen value was changed by hand since Freeze, as "Sheet!B4". */
  readonly edited: readonly string[];
}

function sameValue(now: unknown, then: unknown): boolean {
  if (typeof now === "number" && typeof then === "number") return now === then;
  return String(now ?? "") === String(then ?? "");
}

/** Unfreeze for the blocks found: the formulas to write back, and the cells edited by hand since Freeze. */
export function planUnfreeze(found: readonly FoundBlock[]): UnfreezePlan {
  const edited: string[] = [];
  const blocks = found.map((b): UnfreezeBlock => {
    const { record, rect } = b;
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.columns; c++) {
        const formula = b.formulas[r]?.[c];
        const isFormula = typeof formula === "string" && formula.startsWith("=");
        if (isFormula || !sameValue(b.values[r]?.[c], record.values[r]?.[c]))
          edited.push(`${quoteSheet(b.sheetName)}!${cellAddress(rect.row + r, rect.column + c)}`);
      }
    }
    const moved = rectAddress(rect) !== record.address;
    return {
      name: b.name,
      sheetName: b.sheetName,
      rect,
      formulas: moved ? { r1c1: record.formulasR1C1 } : { a1: record.formulas },
      stamp: record.stamp,
      rewrites: record.rewrites.flatMap(({ name, original, frozen }) => {
        const now = b.rewriteFormulas[name];
        if (now === undefined) return [];
        // Untouched: exactly the original. Shifted or edited since: only the frozen range becomes `#` again.
        return [{ name, formula: now === frozen ? original : restoreSpillRefs(now, rect) }];
      }),
    };
  });
  return { blocks, edited };
}

/** What the confirmation lists before Unfreeze overwrites cells edited by hand. */
export function editedLines(plan: UnfreezePlan): string[] {
  return [
    `${plan.edited.length} frozen cell(s) were changed by hand since Freeze; Unfreeze puts the TOKENOMICS formulas back over them:`,
    ...plan.edited,
  ];
}
