/**
 * Reading formulas for Freeze, as text and nothing else: which formulas call a TOKENOMICS function, which
 * refer to a spilled block with `A40#`, and the same formula with those references fixed to the block's
 * range (and back). String literals and quoted sheet names are masked first, so `="TOKENOMICS.x"` is text.
 */
import { cellAddress, columnLetters } from "./block";

/** A rectangle of cells on one sheet, 0-based. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A `[Sheet!]A1#` reference in a formula: where it is in the text, and the anchor cell it names. */
export interface SpillRef {
  /** The sheet name as written (unquoted), or undefined for the formula's own sheet. */
  readonly sheet: string | undefined;
  readonly row: number;
  readonly column: number;
  readonly absoluteRow: boolean;
  readonly absoluteColumn: boolean;
  /** Offsets in the formula of the cell part (after any sheet prefix) and of the character after "#". */
  readonly start: number;
  readonly end: number;
}

/** The formula with every string literal and quoted sheet name blanked out, offsets unchanged. */
export function maskLiterals(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"?|'(?:[^']|'')*'?/g, (quoted) => " ".repeat(quoted.length));
}

/** True for a formula that calls a TOKENOMICS function anywhere outside a string literal. */
export function callsTokenomics(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return /(^|[^A-Za-z0-9_.])TOKENOMICS\.[A-Za-z]/i.test(maskLiterals(formula));
}

/** A1 row and column letters to 0-based indexes: "AB12" → { row: 11, column: 27 }. */
export function parseCell(letters: string, digits: string): { row: number; column: number } {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, column: column - 1 };
}

const SPILL_REF =
  /(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})#/g;

/** Every spill reference (`B40#`, `$B$40#`, `Sheet1!B40#`, `'My sheet'!B40#`) in a formula. */
export function spillRefs(formula: string): SpillRef[] {
  const masked = maskLiterals(formula);
  const refs: SpillRef[] = [];
  for (const match of formula.matchAll(SPILL_REF)) {
    const index = match.index ?? 0;
    const [whole, sheetPart, dollarColumn, letters, dollarRow, digits] = match;
    const cellStart = index + (sheetPart !== undefined ? sheetPart.length + 1 : 0);
    // A reference inside a string literal, or the tail of a longer name, is not a reference.
    if (masked[cellStart] === " " || (sheetPart === undefined && masked[index] === " ")) continue;
    if (index > 0 && /[A-Za-z0-9_.$]/.test(masked[index - 1] ?? "")) continue;
    if (!letters || !digits) continue;
    const sheet =
      sheetPart !== undefined ? sheetPart.replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : undefined;
    refs.push({
      sheet,
      ...parseCell(letters, digits),
      absoluteColumn: dollarColumn === "$",
      absoluteRow: dollarRow === "$",
      start: cellStart,
      end: index + whole.length,
    });
  }
  return refs;
}

function cellText(row: number, column: number, absRow: boolean, absColumn: boolean): string {
  return `${absColumn ? "$" : ""}${columnLetters(column)}${absRow ? "$" : ""}${row + 1}`;
}

/** The fixed range a spill reference becomes, in the reference's own $ style: `$B$40#` → `$B$40:$F$52`. */
export function fixedRangeText(ref: SpillRef, block: CellRect): string {
  const first = cellText(block.row, block.column, ref.absoluteRow, ref.absoluteColumn);
  const last = cellText(
    block.row + block.rows - 1,
    block.column + block.columns - 1,
    ref.absoluteRow,
    ref.absoluteColumn
  );
  return `${first}:${last}`;
}

/**
 * The formula with each spill reference that `blockAt` resolves replaced by its block's fixed range;
 * unchanged when none does. `blockAt` gets the reference and says which frozen block it names, if any.
 */
export function rewriteSpillRefs(
  formula: string,
  blockAt: (ref: SpillRef) => CellRect | undefined
): string {
  let rewritten = formula;
  for (const ref of spillRefs(formula).reverse()) {
    const block = blockAt(ref);
    if (block === undefined) continue;
    rewritten =
      rewritten.slice(0, ref.start) + fixedRangeText(ref, block) + rewritten.slice(ref.end);
  }
  return rewritten;
}

/**
 * The inverse of `rewriteSpillRefs` for a block that now sits at `block` (rows may have been inserted since):
 * every `B41:F53` / `$B$41:$F$53` naming exactly that block, outside string literals, becomes `B41#`.
 */
export function restoreSpillRefs(formula: string, block: CellRect): string {
  const masked = maskLiterals(formula);
  const pattern = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7}):(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/g;
  let restored = "";
  let last = 0;
  for (const match of formula.matchAll(pattern)) {
    const index = match.index ?? 0;
    const [whole, c1, l1 = "", r1, d1 = "", , l2 = "", , d2 = ""] = match;
    if (masked[index] === " " || /[A-Za-z0-9_.$]/.test(masked[index - 1] ?? "")) continue;
    if (/[A-Za-z0-9_.(#]/.test(masked[index + whole.length] ?? "")) continue;
    const from = parseCell(l1, d1);
    const to = parseCell(l2, d2);
    const named =
      from.row === block.row &&
      from.column === block.column &&
      to.row === block.row + block.rows - 1 &&
      to.column === block.column + block.columns - 1;
    if (!named) continue;
    restored += formula.slice(last, index) + `${c1}${l1.toUpperCase()}${r1}${d1}#`;
    last = index + whole.length;
  }
  return restored + formula.slice(last);
}

/** "B40:F52" for a rectangle, "B40" for one cell. */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.row, rect.column);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/** Excel's last row and column (0-based), for whole-row and whole-column addresses. */
const LAST_ROW = 1048575;
const LAST_COLUMN = 16383;

/** The rectangle of an A1 address without its sheet: "B40:F52", "$B$40", "B:D" or "3:5". */
export function parseRect(address: string): CellRect {
  const [first = "", second] = address.replace(/\$/g, "").split(":");
  const end = second ?? first;
  const parts = (text: string): { row: number; column: number } | undefined => {
    const cell = /^([A-Za-z]{1,3})([0-9]+)$/.exec(text);
    if (cell) return parseCell(cell[1] ?? "", cell[2] ?? "");
    return undefined;
  };
  let from = parts(first);
  let to = parts(end);
  if (!from || !to) {
    if (/^[A-Za-z]{1,3}$/.test(first) && /^[A-Za-z]{1,3}$/.test(end)) {
      from = { row: 0, column: parseCell(first, "1").column };
      to = { row: LAST_ROW, column: parseCell(end, "1").column };
    } else if (/^[0-9]+$/.test(first) && /^[0-9]+$/.test(end)) {
      from = { row: Number(first) - 1, column: 0 };
      to = { row: Number(end) - 1, column: LAST_COLUMN };
    } else throw new Error(`Not a cell range: ${address}`);
  }
  return {
    row: Math.min(from.row, to.row),
    column: Math.min(from.column, to.column),
    rows: Math.abs(to.row - from.row) + 1,
    columns: Math.abs(to.column - from.column) + 1,
  };
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function contains(rect: CellRect, row: number, column: number): boolean {
  return intersects(rect, { row, column, rows: 1, columns: 1 });
}
