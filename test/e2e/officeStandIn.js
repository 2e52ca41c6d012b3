/*
 * A stand-in for office.js inside headless Chromium: just enough of Office, Excel and CustomFunctions for
 * the task pane and the functions bundle to run as they would in Excel, with an in-memory workbook the
 * test can inspect through window.__workbook. Served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 */
(function () {
  "use strict";
  const initial = window.__workbookSeed || {
    sheets: { Sheet1: {} },
    selection: { sheet: "Sheet1", address: "A1" },
  };

  function parseCell(a1) {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
    if (!m) throw new Error("bad address " + a1);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  }
  function letters(col) {
    let n = col + 1;
    let s = "";
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  const quote = (name) =>
    /^[A-Za-z0-9_]+$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";

  const workbook = {
    sheets: new Map(),
    names: new Map(),
    sheetNames: new Map(),
    settings: {},
    log: [],
  };
  window.__workbook = workbook;
  // Each sheet's id, as Excel's worksheet.id: stable for the page, never reused.
  workbook.sheetIds = new Map();
  const sheetId = (name) =>
    workbook.sheetIds.get(name) ||
    workbook.sheetIds.set(name, "{sheet-" + (workbook.sheetIds.size + 1) + "}").get(name);
  for (const [name, cells] of Object.entries(initial.sheets)) {
    const map = new Map();
    for (const [addr, value] of Object.entries(cells)) {
      const { row, col } = parseCell(addr);
      // A seeded { formula, value } is a formula with its cached result, as a saved workbook holds it.
      const cached = value !== null && typeof value === "object" && "formula" in value;
      map.set(
        row + "," + col,
        cached
          ? { value: value.value, formula: value.formula }
          : {
              value,
              formula: typeof value === "string" && value.startsWith("=") ? value : undefined,
            }
      );
    }
    workbook.sheets.set(name, map);
    sheetId(name);
  }
  workbook.cell = (sheet, addr) => {
    const { row, col } = parseCell(addr);
    return (workbook.sheets.get(sheet) || new Map()).get(row + "," + col);
  };

  // A1 references in a formula as R1C1 relative to (row, col), outside string literals, as formulasR1C1 reads.
  function toR1C1(formula, row, col) {
    if (typeof formula !== "string" || !formula.startsWith("=")) return formula;
    return formula
      .split(/("[^"]*")/)
      .map((part) =>
        part.startsWith('"')
          ? part
          : part.replace(
              /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
              (ref, absCol, colText, absRow, rowText) => {
                const at = parseCell(colText + rowText);
                const part1 = absRow
                  ? "R" + (at.row + 1)
                  : at.row === row
                    ? "R"
                    : "R[" + (at.row - row) + "]";
                const part2 = absCol
                  ? "C" + (at.col + 1)
                  : at.col === col
                    ? "C"
                    : "C[" + (at.col - col) + "]";
                return part1 + part2;
              }
            )
      )
      .join("");
  }

  // What an ...OrNullObject method returns when there is nothing: loads, reads as null, clears nothing.
  const nullObject = () => ({
    isNullObject: true,
    load() {
      return this;
    },
    worksheet: { load: () => undefined },
    clear: () => undefined,
  });

  function Range(sheet, row, col, rows, cols) {
    this._sheet = sheet;
    this._r = row;
    this._c = col;
    this._rows = rows;
    this._cols = cols;
    const self = this;
    const styleTarget = (key) => ({
      set: (v) =>
        self._each((cell) => {
          cell.format = Object.assign(cell.format || {}, { [key]: v });
        }),
      get: () => undefined,
      enumerable: true,
    });
    this.format = {
      font: Object.defineProperties(
        {},
        {
          bold: styleTarget("bold"),
          italic: styleTarget("italic"),
          size: styleTarget("size"),
          color: styleTarget("fontColor"),
        }
      ),
      fill: Object.defineProperties({}, { color: styleTarget("fill") }),
    };
    Object.defineProperty(this.format, "columnWidth", styleTarget("columnWidth"));
  }
  Range.prototype._cells = function () {
    const map = workbook.sheets.get(this._sheet);
    if (!map) throw new Error("ItemNotFound: sheet " + this._sheet);
    return map;
  };
  Range.prototype._each = function (fn) {
    const map = this._cells();
    for (let r = 0; r < this._rows; r++)
      for (let c = 0; c < this._cols; c++) {
        const key = this._r + r + "," + (this._c + c);
        const cell = map.get(key) || {};
        fn(cell, r, c);
        map.set(key, cell);
      }
  };
  Range.prototype._grid = function (pick) {
    const map = this._cells();
    const out = [];
    for (let r = 0; r < this._rows; r++) {
      const row = [];
      for (let c = 0; c < this._cols; c++)
        row.push(pick(map.get(this._r + r + "," + (this._c + c))));
      out.push(row);
    }
    return out;
  };
  Range.prototype._assign = function (grid, key) {
    if (
      !Array.isArray(grid) ||
      grid.length !== this._rows ||
      grid.some((row) => row.length !== this._cols)
    ) {
      throw new Error(
        "InvalidArgument: the number of rows or columns in the input array doesn't match the size of the range"
      );
    }
    this._each((cell, r, c) => {
      const v = grid[r][c];
      if (key === "numberFormat") cell.numberFormat = v;
      else if (key === "formulas" && typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = undefined;
      } else {
        cell.value = v;
        cell.formula = undefined;
      }
      workbook.log.push({ op: key, sheet: this._sheet, row: this._r + r, col: this._c + c, v });
    });
  };
  Object.defineProperties(Range.prototype, {
    address: {
      get() {
        const a = letters(this._c) + (this._r + 1);
        const b = letters(this._c + this._cols - 1) + (this._r + this._rows);
        return quote(this._sheet) + "!" + (a === b ? a : a + ":" + b);
      },
    },
    values: {
      get() {
        return this._grid((cell) => (cell && cell.value !== undefined ? cell.value : ""));
      },
      set(v) {
        this._assign(v, "values");
      },
    },
    formulasR1C1: {
      get() {
        return this.formulas.map((row, r) =>
          row.map((f, c) => toR1C1(f, this._r + r, this._c + c))
        );
      },
    },
    formulas: {
      get() {
        return this._grid((cell) =>
          cell
            ? cell.formula !== undefined
              ? cell.formula
              : cell.value !== undefined
                ? cell.value
                : ""
            : ""
        );
      },
      set(v) {
        this._assign(v, "formulas");
      },
    },
    numberFormat: {
      get() {
        return this._grid((cell) => (cell && cell.numberFormat) || "General");
      },
      set(v) {
        this._assign(v, "numberFormat");
      },
    },
    worksheet: {
      get() {
        return new Worksheet(this._sheet);
      },
    },
  });
  Range.prototype.isNullObject = false;
  Range.prototype.load = function () {
    return this;
  };
  Range.prototype.clear = function (applyTo) {
    if (applyTo !== "Contents")
      throw new Error("InvalidArgument: the stand-in clears contents only");
    this._each((cell, r, c) => {
      cell.value = undefined;
      cell.formula = undefined;
      workbook.log.push({ op: "clear", sheet: this._sheet, row: this._r + r, col: this._c + c });
    });
  };
  // This stand-in has no spill ranges: every cell spills to nothing.
  Range.prototype.getSpillingToRangeOrNullObject = nullObject;
  Range.prototype.getCell = function (r, c) {
    return new Range(this._sheet, this._r + r, this._c + c, 1, 1);
  };
  Range.prototype.getResizedRange = function (dr, dc) {
    return new Range(this._sheet, this._r, this._c, this._rows + dr, this._cols + dc);
  };
  Range.prototype.getColumn = function (c) {
    return new Range(this._sheet, this._r, this._c + c, this._rows, 1);
  };

  function rangeFromAddress(sheet, address) {
    const [a, b] = address.split(":");
    const start = parseCell(a);
    const end = b ? parseCell(b) : start;
    return new Range(sheet, start.row, start.col, end.row - start.row + 1, end.col - start.col + 1);
  }

  // The range a name refers to ("=Sheet1!A1:B2" or "='My sheet'!A1").
  function rangeFromRefersTo(refersTo) {
    const text = refersTo.replace(/^=/, "");
    const bang = text.lastIndexOf("!");
    const sheet = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    return rangeFromAddress(sheet, text.slice(bang + 1));
  }

  function Names(scope) {
    this._scope = scope;
    this._map = scope
      ? workbook.sheetNames.get(scope) || workbook.sheetNames.set(scope, new Map()).get(scope)
      : workbook.names;
  }
  Names.prototype.add = function (name, range, comment) {
    if (this._map.has(name.toLowerCase()))
      throw new Error("InvalidArgument: the name already exists: " + name);
    this._map.set(name.toLowerCase(), { name, refersTo: "=" + range.address, comment });
    return { name };
  };
  Names.prototype.getItemOrNullObject = function (name) {
    const item = this._map.get(name.toLowerCase());
    const map = this._map;
    return {
      isNullObject: !item,
      name: item ? item.name : undefined,
      load() {
        return this;
      },
      delete() {
        map.delete(name.toLowerCase());
      },
      getRangeOrNullObject: () => (item ? rangeFromRefersTo(item.refersTo) : nullObject()),
      getRange: () => {
        if (!item) throw new Error("ItemNotFound: " + name);
        return rangeFromRefersTo(item.refersTo);
      },
    };
  };
  Object.defineProperty(Names.prototype, "items", {
    get() {
      return [...this._map.values()].map((n) => ({ name: n.name }));
    },
  });
  Names.prototype.load = function () {
    return this;
  };
  Names.prototype.getItem = function (name) {
    const item = this.getItemOrNullObject(name);
    // This is the stand-in's own implementation of getItem, not add-in code reading a proxy object.
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (item.isNullObject) throw new Error("ItemNotFound: " + name);
    return item;
  };

  // Charts added through sheet.charts.add, as data the tests read: type, source address, titles, position.
  workbook.charts = [];
  function Charts(sheet) {
    this._sheet = sheet;
  }
  Charts.prototype.add = function (type, source, seriesBy) {
    if (!(source instanceof Range)) throw new Error("InvalidArgument: chart source is not a range");
    const record = {
      sheet: this._sheet,
      type,
      seriesBy,
      source: source.address,
      title: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      position: undefined,
      // Series set one by one (name, values and x values as addresses), when the add-in sets them.
      series: [],
    };
    workbook.charts.push(record);
    function Series(entry) {
      this._entry = entry;
    }
    Object.defineProperty(Series.prototype, "name", {
      set(name) {
        this._entry.name = name;
      },
    });
    Series.prototype.setValues = function (range) {
      if (!(range instanceof Range))
        throw new Error("InvalidArgument: series values are not a range");
      this._entry.values = range.address;
    };
    Series.prototype.setXAxisValues = function (range) {
      if (!(range instanceof Range)) throw new Error("InvalidArgument: x values are not a range");
      this._entry.xValues = range.address;
    };
    return {
      title: record.title,
      axes: record.axes,
      series: {
        // A chart added over one column has that column as its one series.
        getItemAt: (index) => {
          if (record.series.length === 0) record.series.push({ values: record.source });
          const entry = record.series[index];
          if (entry === undefined) throw new Error("ItemNotFound: series " + index);
          return new Series(entry);
        },
        add: (name) => {
          const entry = { name };
          record.series.push(entry);
          return new Series(entry);
        },
      },
      setPosition: (start) => {
        record.position = start.address;
      },
    };
  };

  function Worksheet(name) {
    this.name = name;
    this.id = sheetId(name);
    this.names = new Names(name);
    this.charts = new Charts(name);
  }
  Worksheet.prototype.getRange = function (address) {
    return rangeFromAddress(this.name, address);
  };
  Worksheet.prototype.getCell = function (row, col) {
    return new Range(this.name, row, col, 1, 1);
  };
  // The smallest block holding every cell with a value or formula, as Excel's used range (no formats).
  Worksheet.prototype.getUsedRangeOrNullObject = function () {
    const used = [...(workbook.sheets.get(this.name) || new Map())]
      .filter(
        ([, cell]) => cell.formula !== undefined || (cell.value !== undefined && cell.value !== "")
      )
      .map(([key]) => key.split(",").map(Number));
    if (used.length === 0) return nullObject();
    const rows = used.map(([r]) => r);
    const cols = used.map(([, c]) => c);
    const top = Math.min(...rows);
    const left = Math.min(...cols);
    return new Range(
      this.name,
      top,
      left,
      Math.max(...rows) - top + 1,
      Math.max(...cols) - left + 1
    );
  };
  Worksheet.prototype.activate = function () {
    workbook.active = this.name;
  };
  Worksheet.prototype.load = function () {
    return this;
  };

  const worksheets = {
    get items() {
      return [...workbook.sheets.keys()].map((n) => new Worksheet(n));
    },
    load() {
      return this;
    },
    add(name) {
      if ([...workbook.sheets.keys()].some((n) => n.toLowerCase() === name.toLowerCase()))
        throw new Error("ItemAlreadyExists: " + name);
      if (name.length > 31 || /[:\\/?*[\]]/.test(name))
        throw new Error("InvalidArgument: sheet name " + name);
      workbook.sheets.set(name, new Map());
      return new Worksheet(name);
    },
    // By name or by id, as Excel's getItem.
    getItem(key) {
      if (workbook.sheets.has(key)) return new Worksheet(key);
      const byId = [...workbook.sheetIds].find(
        ([name, id]) => id === key && workbook.sheets.has(name)
      );
      if (!byId) throw new Error("ItemNotFound: " + key);
      return new Worksheet(byId[0]);
    },
    getActiveWorksheet() {
      return new Worksheet(workbook.active || initial.selection.sheet);
    },
  };

  window.Excel = {
    run: async (callback) => {
      const context = {
        workbook: {
          worksheets,
          names: new Names(undefined),
          getSelectedRange: () =>
            rangeFromAddress(initial.selection.sheet, initial.selection.address),
        },
        sync: async () => {
          workbook.syncs = (workbook.syncs || 0) + 1;
        },
      };
      return callback(context);
    },
  };

  const settings = {
    get: (key) =>
      key in workbook.settings ? JSON.parse(JSON.stringify(workbook.settings[key])) : null,
    set: (key, value) => {
      workbook.pendingSettings = Object.assign(workbook.pendingSettings || {}, { [key]: value });
    },
    saveAsync: (cb) => {
      Object.assign(workbook.settings, JSON.parse(JSON.stringify(workbook.pendingSettings || {})));
      cb({ status: "succeeded" });
    },
  };
  if (initial.settings) Object.assign(workbook.settings, initial.settings);

  const minor = (version) => Number(String(version).split(".")[1] || 0);

  window.Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: { settings },
      // The API sets this stand-in implements: ExcelApi 1.1, or up to the seed's `excelApi` (such as
      // "1.12", for Freeze: used ranges, sheet ids, R1C1 formulas, spill lookups that find no spill). No notes.
      requirements: {
        isSetSupported: (name, version) =>
          name === "ExcelApi" && minor(version || "1.1") <= minor(initial.excelApi || "1.1"),
      },
    },
    onReady: (cb) => {
      const info = { host: "Excel", platform: "PC" };
      return Promise.resolve().then(() => {
        if (cb) cb(info);
        return info;
      });
    },
  };

  const registrations = [];
  window.__cf = { registrations };
  class CfError extends Error {
    constructor(code, message) {
      super(message || "");
      this.code = code;
    }
  }
  window.CustomFunctions = {
    associate: (id, fn) => registrations.push({ id, fn }),
    Error: CfError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
})();
