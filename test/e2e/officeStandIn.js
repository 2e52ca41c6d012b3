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
  for (const [name, cells] of Object.entries(initial.sheets)) {
    const map = new Map();
    for (const [addr, value] of Object.entries(cells)) {
      const { row, col } = parseCell(addr);
      map.set(row + "," + col, {
        value,
        formula: typeof value === "string" && value.startsWith("=") ? value : undefined,
      });
    }
    workbook.sheets.set(name, map);
  }
  workbook.cell = (sheet, addr) => {
    const { row, col } = parseCell(addr);
    return (workbook.sheets.get(sheet) || new Map()).get(row + "," + col);
  };

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
  Range.prototype.load = function () {
    return this;
  };
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
    };
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
    this.names = new Names(name);
    this.charts = new Charts(name);
  }
  Worksheet.prototype.getRange = function (address) {
    return rangeFromAddress(this.name, address);
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
    getItem(name) {
      if (!workbook.sheets.has(name)) throw new Error("ItemNotFound: " + name);
      return new Worksheet(name);
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

  window.Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      document: { settings },
      // This stand-in has no spill ranges or notes: it reports the API sets it implements, none beyond 1.1.
      requirements: {
        isSetSupported: (name, version) => name === "ExcelApi" && Number(version || "1.1") <= 1.1,
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
