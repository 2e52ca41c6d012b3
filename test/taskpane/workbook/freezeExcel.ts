/**
 * A small Excel for the freeze tests: sheets of cells, spills, workbook names, document settings and notes, behind
 * office-addin-mock's `Excel.run`. office-addin-mock's object model is a fixed tree of values, which cannot
 * follow writes through names and spills, so the cells live here; like Excel, this model refuses to read a
 * property that was not loaded and synced, and applies writes only at `context.sync()`, so a run that
 * stops before syncing writes nothing.
 */
import { OfficeMockObject } from "office-addin-mock";

import { parseRect, rectAddress } from "../../../src/taskpane/workbook/freezeFormulas";
import type { CellRect } from "../../../src/taskpane/workbook/freezeFormulas";

export interface Cell {
  /** What Excel's `formulas` shows: the formula, or the constant itself. */
  formula: unknown;
  value: unknown;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, Cell>;
  spills: Map<string, CellRect>;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: Map<string, { sheetId: string; rect: CellRect; comment?: string }>;
  settings: Map<string, unknown>;
  notes: Map<string, string>;
  selection: { sheetId: string; rect: CellRect };
  syncs: number;
  /** Which range property each write set ("values", "formulas", "formulasR1C1"). */
  writes: string[];
  /** When true, the next sync with writes pending fails (a protected sheet, a lost connection). */
  failWrites: boolean;
}

const k = (row: number, column: number): string => `${row},${column}`;

/** The fake's R1C1 text for a formula: marked, so a test sees which form was written back. */
export const r1c1 = (formula: string): string => (formula === "" ? "" : `R1C1${formula}`);

/** A workbook from sheets given as { "A1": "=formula" or a value }, with values for formula cells. */
export function fakeWorkbook(
  sheets: { id: string; name: string; cells: Record<string, [string, unknown] | unknown> }[]
): FakeWorkbook {
  return {
    sheets: sheets.map((s) => {
      const cells = new Map<string, Cell>();
      for (const [address, content] of Object.entries(s.cells)) {
        const { row, column } = parseRect(address);
        const [formula, value] = Array.isArray(content)
          ? (content as [unknown, unknown])
          : [content, content];
        cells.set(k(row, column), { formula, value });
      }
      return { id: s.id, name: s.name, cells, spills: new Map() };
    }),
    names: new Map(),
    settings: new Map(),
    notes: new Map(),
    selection: { sheetId: sheets[0]?.id ?? "", rect: { row: 0, column: 0, rows: 1, columns: 1 } },
    syncs: 0,
    writes: [],
    failWrites: false,
  };
}

/** Installs `Excel` (office-addin-mock's run over this workbook); returns the workbook for assertions. */
export function installExcel(book: FakeWorkbook): FakeWorkbook {
  const pending: (() => void)[] = [];
  const loads: (() => void)[] = [];
  const sheetById = (id: string): FakeSheet => {
    const sheet = book.sheets.find((s) => s.id === id || s.name === id);
    if (!sheet) throw new Error(`ItemNotFound: sheet ${id}`);
    return sheet;
  };

  /** A proxy whose properties exist only after load + sync, as in Excel. */
  function loadable<T extends object>(
    read: () => Record<string, unknown>,
    extra: T,
    preloaded = false
  ) {
    let snapshot: Record<string, unknown> | undefined = preloaded ? read() : undefined;
    let requested = preloaded;
    const target = {
      ...extra,
      load(this: unknown) {
        requested = true;
        loads.push(() => (snapshot = read()));
        return this;
      },
    };
    return new Proxy(target, {
      get(t, prop: string) {
        if (prop in t) return (t as Record<string, unknown>)[prop];
        if (!requested || snapshot === undefined) throw new Error(`PropertyNotLoaded: ${prop}`);
        return snapshot[prop];
      },
      set(t, prop: string, value: unknown) {
        (t as Record<string, unknown>)[`set:${prop}`] = value;
        const write = (extra as { write?: (p: string, v: unknown) => void }).write;
        if (!write) throw new Error(`read-only ${prop}`);
        pending.push(() => write(prop, value));
        return true;
      },
    });
  }

  function grid<T>(sheet: FakeSheet, rect: CellRect, pick: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) =>
        pick(sheet.cells.get(k(rect.row + r, rect.column + c)))
      )
    );
  }

  function range(sheetId: string, rect: CellRect | undefined): unknown {
    const sheet = sheetById(sheetId);
    const fill = (rows: unknown[][], set: (cell: Cell, value: unknown) => void) =>
      rows.forEach((line, r) =>
        line.forEach((value, c) => {
          if (!rect) return;
          const at = k(rect.row + r, rect.column + c);
          const cell = sheet.cells.get(at) ?? { formula: "", value: "" };
          set(cell, value);
          if (cell.formula === "" && cell.value === "") sheet.cells.delete(at);
          else sheet.cells.set(at, cell);
        })
      );
    return loadable(
      () => ({
        isNullObject: rect === undefined,
        address: rect ? `'${sheet.name}'!${rectAddress(rect)}` : undefined,
        formulas: rect ? grid(sheet, rect, (cell) => cell?.formula ?? "") : undefined,
        formulasR1C1: rect
          ? grid(sheet, rect, (cell) => r1c1(String(cell?.formula ?? "")))
          : undefined,
        values: rect ? grid(sheet, rect, (cell) => cell?.value ?? "") : undefined,
      }),
      {
        worksheet: worksheet(sheet),
        write(prop: string, rows: unknown) {
          book.writes.push(prop);
          if (prop === "values")
            fill(rows as unknown[][], (cell, v) => {
              const text = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
              cell.value = text;
              cell.formula = text;
            });
          else if (prop === "formulas")
            fill(rows as unknown[][], (cell, f) => (cell.formula = String(f)));
          else if (prop === "formulasR1C1")
            fill(rows as unknown[][], (cell, f) => (cell.formula = String(f).replace(/^R1C1/, "")));
          else throw new Error(`unexpected write ${prop}`);
        },
        getCell: (row: number, column: number) =>
          range(sheetId, {
            row: (rect?.row ?? 0) + row,
            column: (rect?.column ?? 0) + column,
            rows: 1,
            columns: 1,
          }),
        getSpillingToRangeOrNullObject: () =>
          range(sheetId, rect ? sheet.spills.get(k(rect.row, rect.column)) : undefined),
        clear: () =>
          pending.push(() =>
            fill(
              grid(sheet, rect!, () => ""),
              (cell) => Object.assign(cell, { formula: "", value: "" })
            )
          ),
        rect,
        sheetId,
      }
    );
  }

  function usedRect(sheet: FakeSheet): CellRect | undefined {
    const keys = [...sheet.cells.keys()].map(
      (key) => key.split(",").map(Number) as [number, number]
    );
    if (keys.length === 0) return undefined;
    const rows = keys.map(([r]) => r);
    const columns = keys.map(([, c]) => c);
    const row = Math.min(...rows);
    const column = Math.min(...columns);
    return {
      row,
      column,
      rows: Math.max(...rows) - row + 1,
      columns: Math.max(...columns) - column + 1,
    };
  }

  function worksheet(sheet: FakeSheet, preloaded = false): unknown {
    return loadable(
      () => ({ id: sheet.id, name: sheet.name }),
      {
        getUsedRangeOrNullObject: () => range(sheet.id, usedRect(sheet)),
        getCell: (row: number, column: number) =>
          range(sheet.id, { row, column, rows: 1, columns: 1 }),
        getRange: (address: string) => range(sheet.id, parseRect(address)),
      },
      preloaded
    );
  }

  function namedItem(name: string): unknown {
    const rangeOf = () => {
      const item = book.names.get(name);
      return item ? range(item.sheetId, item.rect) : range(book.sheets[0]?.id ?? "", undefined);
    };
    return loadable(() => ({ isNullObject: !book.names.has(name) }), {
      getRange: rangeOf,
      getRangeOrNullObject: rangeOf,
      delete: () => pending.push(() => book.names.delete(name)),
    });
  }

  const workbook = {
    getSelectedRange: () => range(book.selection.sheetId, book.selection.rect),
    worksheets: loadable(() => ({ items: book.sheets.map((s) => worksheet(s, true)) }), {
      getActiveWorksheet: () => worksheet(sheetById(book.selection.sheetId)),
      getItem: (id: string) => worksheet(sheetById(id)),
    }),
    names: loadable(() => ({ items: [...book.names.keys()].map((name) => ({ name })) }), {
      add: (name: string, at: { rect: CellRect; sheetId: string }, comment?: string) =>
        pending.push(() => {
          if (book.names.has(name)) throw new Error(`name ${name} exists`);
          book.names.set(name, { sheetId: at.sheetId, rect: at.rect, comment });
        }),
      getItem: namedItem,
      getItemOrNullObject: namedItem,
    }),
    notes: {
      add: (at: { rect: CellRect; sheetId: string }, text: string) =>
        pending.push(() =>
          book.notes.set(`${sheetById(at.sheetId).name}!${rectAddress(at.rect)}`, text)
        ),
      getItem: (address: string) => ({
        delete: () => pending.push(() => book.notes.delete(address.replace(/^'(.*)'!/, "$1!"))),
      }),
    },
  };
  const context = {
    workbook,
    sync: async () => {
      book.syncs++;
      if (book.failWrites && pending.length > 0) {
        pending.splice(0);
        throw new Error("InvalidOperation: the sheet is protected");
      }
      for (const write of pending.splice(0)) write();
      for (const load of loads.splice(0)) load();
    },
  };
  const excel = new OfficeMockObject({
    run: async (callback: (c: unknown) => Promise<unknown>) => callback(context),
  });
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  return book;
}

/** Rows inserted above `row`, as Excel moves cells, spills and names (formula text is the test's to set). */
export function insertRows(book: FakeWorkbook, sheetId: string, row: number, count: number): void {
  const sheet = book.sheets.find((s) => s.id === sheetId)!;
  const moved = new Map<string, Cell>();
  for (const [key, cell] of sheet.cells) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    moved.set(k(r >= row ? r + count : r, c), cell);
  }
  sheet.cells = moved;
  for (const item of book.names.values())
    if (item.sheetId === sheetId && item.rect.row >= row)
      item.rect = { ...item.rect, row: item.rect.row + count };
}

/** The formula (or constant) at an address, as the cell shows it in the formula bar. */
export function formulaAt(book: FakeWorkbook, sheetId: string, address: string): unknown {
  const { row, column } = parseRect(address);
  return book.sheets.find((s) => s.id === sheetId)?.cells.get(k(row, column))?.formula ?? "";
}
