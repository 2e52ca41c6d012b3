/**
 * A recalculation proxy: a 10,000-row workbook in HyperFormula, built once with the TOKENOMICS functions
 * (registered as a HyperFormula function plugin that calls the built bundle's registered functions, as
 * Excel would) and once with the same arithmetic in native formulas. Each run times the whole workbook
 * build (parse + first calculation) and then the recalculation after an input that every row depends on
 * (the electricity price) changes. Excel itself is not available here; HyperFormula stands in for its
 * calculation engine, so the ratio, not the absolute time, is the figure to read.
 *
 * A third sheet writes the same TOKENOMICS columns as one spilled formula per column (ranges in, one call
 * per column, as Excel calls a function whose parameters are matrices) instead of one formula per row; its
 * recalculation is compared with the row-by-row sheet's, and the adapter calls of each are counted.
 */
"use strict";
const {
  HyperFormula,
  FunctionPlugin,
  FunctionArgumentType,
  CellError,
  ErrorType,
  SimpleRangeValue,
  ArraySize,
} = require("hyperformula");
const { measureDurationsMs } = require("../lib/timing");
// The runtime's error class, as the bundle sees it (the stand-in the bench loads the bundle with).
const { CustomFunctionsError } = require("../../test/support/customFunctionsRuntime");
const { registeredFunction } = require("../lib/builtBundle");
const { summarize } = require("../lib/stats");
const format = require("../lib/format");

const ROW_COUNT = 10_000;
/** HyperFormula's licence key for GPLv3 use; the benchmark is a development tool and is not distributed. */
const HYPERFORMULA_LICENSE = "gpl-v3";
const REPEAT_COUNT = 5;
const TARGET_TIMES_NATIVE = 1.5;
/** The spilled sheet must recalculate at least this many times faster than the row-by-row sheet. */
const TARGET_SPILLED_TIMES_FASTER = 5;

/** Inputs every row refers to: H1 electricity price (USD/kWh), H2 annual token price change. */
const USD_PER_KWH_CELL = { sheet: 0, col: 7, row: 0 };
const USD_PER_KWH_BEFORE = 0.08;
const USD_PER_KWH_AFTER = 0.09;
const ANNUAL_PRICE_CHANGE = -0.3;

/**
 * Per row (n = 1-based row): A capex per GPU, B tokens/s per GPU, C utilization, then
 * D = GPU-hour cost, E = cost per million tokens, F = 3-year ROI multiple of 72 GPUs selling at 2× cost.
 */
/**
 * @typedef {(n: number) => string} RowFormula
 * @typedef {{ gpuHourCost: RowFormula, costPerToken: RowFormula, roiMultiple: RowFormula }} SheetFormulas
 * @typedef {"tokenomics" | "native" | "spilled"} SheetName
 */

/** @type {Record<"tokenomics" | "native", SheetFormulas>} */
const FORMULAS = {
  tokenomics: {
    gpuHourCost: (n) => `=TOKENOMICS.GPUHOURCOST(A${n}, 4, 1.71, $H$1, 1.3, 3000, 0.1, 0.1)`,
    costPerToken: (n) => `=TOKENOMICS.COSTPERTOKEN(D${n}, B${n}, C${n})`,
    roiMultiple: (n) =>
      `=TOKENOMICS.ROIMULTIPLE(72*A${n}, 3, 72*B${n}, 2*E${n}, C${n}, 1200000, $H$2)`,
  },
  native: {
    gpuHourCost: (n) => `=(-PMT(0.1, 4, A${n}, -0.1*A${n}) + 1.71*1.3*8760*$H$1 + 3000)/8760`,
    costPerToken: (n) => `=D${n}/(B${n}*3600*C${n})*1000000`,
    // Million tokens a year = tokens/s × utilization × 31,536,000 / 1e6; year t earns (1 + change)^(t−1) of year 1's price.
    roiMultiple: (n) =>
      `=(72*B${n}*C${n}*31.536*2*E${n}*(1+(1+$H$2)+(1+$H$2)^2) - 3*1200000)/(72*A${n})`,
  },
};

/** The TOKENOMICS columns as one formula each in row 1, spilling down (array arithmetic on). */
const SPILLED_FORMULAS = {
  gpuHourCost: `=TOKENOMICS.GPUHOURCOST(A1:A${ROW_COUNT}, 4, 1.71, $H$1, 1.3, 3000, 0.1, 0.1)`,
  costPerToken: `=TOKENOMICS.COSTPERTOKEN(D1:D${ROW_COUNT}, B1:B${ROW_COUNT}, C1:C${ROW_COUNT})`,
  roiMultiple: `=TOKENOMICS.ROIMULTIPLE(72*A1:A${ROW_COUNT}, 3, 72*B1:B${ROW_COUNT}, 2*E1:E${ROW_COUNT}, C1:C${ROW_COUNT}, 1200000, $H$2)`,
};

/** @returns {(string | number | null)[][]} */
function spilledSheetData() {
  const rows = sheetData(FORMULAS.tokenomics);
  rows.forEach((row, r) => {
    row[3] = r === 0 ? SPILLED_FORMULAS.gpuHourCost : null;
    row[4] = r === 0 ? SPILLED_FORMULAS.costPerToken : null;
    row[5] = r === 0 ? SPILLED_FORMULAS.roiMultiple : null;
  });
  return rows;
}

/**
 * @param {SheetFormulas} formulas
 * @returns {(string | number | null)[][]}
 */
function sheetData(formulas) {
  const rows = [];
  for (let r = 0; r < ROW_COUNT; r++) {
    const n = r + 1;
    const row = [
      30000 + (r % 1000) * 20,
      800 + (r % 700),
      0.5 + (r % 5) * 0.1,
      formulas.gpuHourCost(n),
      formulas.costPerToken(n),
      formulas.roiMultiple(n),
      null,
      null,
    ];
    if (r === 0) row[7] = USD_PER_KWH_BEFORE;
    if (r === 1) row[7] = ANNUAL_PRICE_CHANGE;
    rows.push(row);
  }
  return rows;
}

/** Adapter calls made, and the time spent inside them, since the counts were last reset. */
let adapterCallCount = 0;
let adapterNs = BigInt(0);

/** @type {Record<string, string>} HyperFormula's error types as Excel's codes. */
const EXCEL_ERROR_CODES = {
  DIV_BY_ZERO: "#DIV/0!",
  NA: "#N/A",
  NAME: "#NAME?",
  NUM: "#NUM!",
  REF: "#REF!",
  VALUE: "#VALUE!",
};

/**
 * A HyperFormula value as Excel hands it to a matrix parameter: a range as rows of cells, a blank as null,
 * an error as CustomFunctions.Error.
 * @param {unknown} value
 * @returns {unknown}
 */
function asExcelArgument(value) {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(asExcelCell));
  return asExcelCell(value);
}

/** @param {unknown} cell */
function asExcelCell(cell) {
  if (typeof cell === "symbol" || cell === undefined) return null; // HyperFormula's EmptyValue
  if (cell instanceof CellError)
    return new CustomFunctionsError(EXCEL_ERROR_CODES[cell.type] ?? "#VALUE!", cell.message);
  return cell;
}

/** @param {unknown} cell */
function asHyperFormulaCell(cell) {
  if (typeof cell === "number" || typeof cell === "string") return cell;
  return new CellError(ErrorType.VALUE, cell instanceof Error ? cell.message : String(cell));
}

/**
 * Registers every TOKENOMICS function that broadcasts as a HyperFormula plugin: a declarative list of
 * parameters (any value or range, as Excel's matrix parameters) and, per function, a one-line call into
 * the registered adapter. A call over ranges spills; its size is predicted from the arguments' sizes, as
 * the adapter broadcasts them. Omitted optional arguments are passed as null, as in Excel.
 * @param {import("../lib/builtBundle").Registered} registered
 * @param {import("../lib/builtBundle").FunctionMetadata[]} metadata
 * @returns {string[]} the IDs registered with HyperFormula
 */
function registerTokenomicsPlugin(registered, metadata) {
  const broadcasting = metadata.filter(
    (f) =>
      registered.has(f.id) &&
      /** @type {{ description?: string }} */ (f).description?.includes(
        "Any argument may be a range"
      )
  );
  /** @typedef {import("hyperformula/typings/interpreter/plugin/FunctionPlugin").PluginFunctionType} PluginFunctionType */
  class TokenomicsPlugin extends FunctionPlugin {
    /** @override @type {import("hyperformula").ImplementedFunctions} */
    static implementedFunctions = {};

    /**
     * The one body behind every TOKENOMICS method: runFunction is protected, so the methods added per
     * function below call it through here.
     * @param {string} excelName
     * @param {(...args: unknown[]) => unknown} callAdapter
     * @param {Parameters<PluginFunctionType>} call
     */
    callTokenomics(excelName, callAdapter, ...call) {
      const [ast, state] = call;
      return this.runFunction(
        ast.args,
        state,
        this.metadata(excelName),
        /** @type {any} */ (callAdapter)
      );
    }

    /**
     * The spill's size: as many rows as the tallest argument and columns as the widest.
     * @param {any} ast
     * @param {any} state
     */
    tokenomicsSize(ast, state) {
      let width = 1;
      let height = 1;
      for (const arg of ast.args) {
        const size = this.arraySizeForAst(arg, state);
        width = Math.max(width, size.width);
        height = Math.max(height, size.height);
      }
      return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
    }
  }
  /** @type {Record<string, string>} */
  const translations = {};
  /** @type {Record<string, PluginFunctionType>} */
  const methods = {};
  for (const f of broadcasting) {
    const excelName = `TOKENOMICS.${f.id}`;
    const method = `tokenomics${f.id}`;
    TokenomicsPlugin.implementedFunctions[excelName] = {
      method,
      sizeOfResultArrayMethod: "tokenomicsSize",
      vectorizationForbidden: true,
      parameters: f.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
    };
    translations[excelName] = excelName;
    const adapter = registeredFunction(registered, f.id);
    /** @param {unknown[]} args */
    const callAdapter = (...args) => {
      adapterCallCount++;
      const start = process.hrtime.bigint();
      try {
        const spill = /** @type {unknown[][]} */ (adapter(...args.map(asExcelArgument)));
        if (spill.length === 1 && spill[0]?.length === 1) return asHyperFormulaCell(spill[0][0]);
        return SimpleRangeValue.onlyValues(
          /** @type {any} */ (spill.map((row) => row.map(asHyperFormulaCell)))
        );
      } catch (error) {
        return asHyperFormulaCell(error);
      } finally {
        adapterNs += process.hrtime.bigint() - start;
      }
    };
    /** @this {TokenomicsPlugin} @type {PluginFunctionType} */
    methods[method] = function (ast, state) {
      return this.callTokenomics(excelName, callAdapter, ast, state);
    };
  }
  Object.assign(TokenomicsPlugin.prototype, methods);
  HyperFormula.registerFunctionPlugin(TokenomicsPlugin, { enGB: translations, enUS: translations });
  return broadcasting.map((f) => f.id);
}

/**
 * Build the workbook and recalculate after the shared input changes; returns the two times, the adapter
 * calls the recalculation made, and a checksum.
 * @param {(string | number | null)[][]} data
 * @param {boolean} [arrays] - array arithmetic on (the spilled sheet multiplies ranges)
 */
function buildAndRecalculate(data, arrays = false) {
  const start = process.hrtime.bigint();
  const workbook = HyperFormula.buildFromArray(data, {
    licenseKey: HYPERFORMULA_LICENSE,
    useArrayArithmetic: arrays,
  });
  const built = process.hrtime.bigint();
  adapterCallCount = 0;
  adapterNs = BigInt(0);
  workbook.setCellContents(USD_PER_KWH_CELL, [[USD_PER_KWH_AFTER]]);
  const recalculated = process.hrtime.bigint();
  const recalcAdapterCalls = adapterCallCount;
  const recalcAdapterMs = Number(adapterNs) / 1e6;
  const roiColumn = workbook.getRangeValues({
    start: { sheet: 0, col: 5, row: 0 },
    end: { sheet: 0, col: 5, row: ROW_COUNT - 1 },
  });
  workbook.destroy();
  return {
    buildMs: Number(built - start) / 1e6,
    recalcMs: Number(recalculated - built) / 1e6,
    recalcAdapterCalls,
    recalcAdapterMs,
    roiColumn: roiColumn.map((row) => row[0]),
  };
}

/**
 * @param {readonly unknown[]} tokenomicsColumn
 * @param {readonly unknown[]} nativeColumn
 */
function checkSameResults(tokenomicsColumn, nativeColumn) {
  for (let r = 0; r < ROW_COUNT; r++) {
    const a = tokenomicsColumn[r];
    const b = nativeColumn[r];
    if (typeof a !== "number" || typeof b !== "number" || Math.abs(a - b) > 1e-9 * Math.abs(b)) {
      throw new Error(
        `row ${r + 1}: TOKENOMICS sheet gives ${JSON.stringify(a)}, native sheet ${JSON.stringify(b)}`
      );
    }
  }
}

/** @param {import("../run").BenchContext} context */
async function benchmarkRecalc({ registered, metadata, log }) {
  const pluginIds = registerTokenomicsPlugin(registered, metadata);
  /** @type {Record<SheetName, (string | number | null)[][]>} */
  const data = {
    tokenomics: sheetData(FORMULAS.tokenomics),
    native: sheetData(FORMULAS.native),
    spilled: spilledSheetData(),
  };
  log(
    `  ${ROW_COUNT} rows × 3 formulas (and 3 spilled formulas), 1 warm-up + ${REPEAT_COUNT} alternating runs each`
  );
  /** @type {Record<SheetName, { buildMs: number[], recalcMs: number[], recalcAdapterMs: number[], recalcAdapterCalls: number }>} */
  const parts = {
    tokenomics: { buildMs: [], recalcMs: [], recalcAdapterMs: [], recalcAdapterCalls: 0 },
    native: { buildMs: [], recalcMs: [], recalcAdapterMs: [], recalcAdapterCalls: 0 },
    spilled: { buildMs: [], recalcMs: [], recalcAdapterMs: [], recalcAdapterCalls: 0 },
  };
  /** @type {Record<SheetName, unknown[]>} */
  const lastRoiColumn = { tokenomics: [], native: [], spilled: [] };
  const run = (/** @type {SheetName} */ name) => () => {
    const { buildMs, recalcMs, recalcAdapterCalls, recalcAdapterMs, roiColumn } =
      buildAndRecalculate(data[name], name === "spilled");
    parts[name].buildMs.push(buildMs);
    parts[name].recalcMs.push(recalcMs);
    parts[name].recalcAdapterCalls = recalcAdapterCalls;
    parts[name].recalcAdapterMs.push(recalcAdapterMs);
    lastRoiColumn[name] = roiColumn;
    return buildMs;
  };
  const totals = await measureDurationsMs(
    { tokenomics: run("tokenomics"), native: run("native"), spilled: run("spilled") },
    { warmUpCount: 1, repeatCount: REPEAT_COUNT }
  );
  checkSameResults(lastRoiColumn.tokenomics, lastRoiColumn.native);
  checkSameResults(lastRoiColumn.spilled, lastRoiColumn.native);
  const drop = (/** @type {number[]} */ values) => values.slice(-REPEAT_COUNT); // the warm-up run is not a sample
  const describe = (/** @type {SheetName} */ name) => ({
    totalMs: totals[name],
    buildMs: summarize(drop(parts[name].buildMs)),
    recalcMs: summarize(drop(parts[name].recalcMs)),
    recalcAdapterCalls: parts[name].recalcAdapterCalls,
    recalcAdapterMs: summarize(drop(parts[name].recalcAdapterMs)),
  });
  const tokenomics = describe("tokenomics");
  const native = describe("native");
  const spilled = describe("spilled");
  const timesNative = tokenomics.totalMs.median / native.totalMs.median;
  const spilledTimesFaster = tokenomics.recalcMs.median / spilled.recalcMs.median;
  return {
    rowCount: ROW_COUNT,
    formulaCellCount: ROW_COUNT * 3,
    pluginFunctionIds: pluginIds,
    tokenomics,
    native,
    spilled,
    timesNative,
    recalcTimesNative: tokenomics.recalcMs.median / native.recalcMs.median,
    spilledTimesFaster,
    target: { text: `≤ ${TARGET_TIMES_NATIVE}x native`, pass: timesNative <= TARGET_TIMES_NATIVE },
    spilledTarget: {
      text: `spilled recalculation ≥ ${TARGET_SPILLED_TIMES_FASTER}x faster than one formula per row`,
      pass: spilledTimesFaster >= TARGET_SPILLED_TIMES_FASTER,
    },
  };
}

/** @param {Awaited<ReturnType<typeof benchmarkRecalc>>} result */
function renderRecalc(result) {
  const ms = (/** @type {import("../lib/stats").Stats} */ stats) =>
    format.medianAndRange(stats, format.milliseconds);
  const table = format.markdownTable(
    [
      "HyperFormula, " + result.rowCount.toLocaleString("en-US") + " rows",
      "Build + first calc",
      "Recalc after H1 changes",
      "Total",
      "Ratio",
      "Target",
      "Result",
    ],
    [
      [
        "TOKENOMICS functions",
        ms(result.tokenomics.buildMs),
        ms(result.tokenomics.recalcMs),
        ms(result.tokenomics.totalMs),
        format.ratio(result.timesNative),
        result.target.text,
        format.passOrMiss(result.target.pass),
      ],
      [
        "TOKENOMICS, one spilled formula per column",
        ms(result.spilled.buildMs),
        ms(result.spilled.recalcMs),
        ms(result.spilled.totalMs),
        format.ratio(result.spilled.totalMs.median / result.native.totalMs.median),
        "",
        "",
      ],
      [
        "native formulas",
        ms(result.native.buildMs),
        ms(result.native.recalcMs),
        ms(result.native.totalMs),
        "1x",
        "",
        "",
      ],
    ]
  );
  return (
    `${table}\nRecalculation alone: ${format.ratio(result.recalcTimesNative)} native. Every sheet gives the same ROI column (checked).\n` +
    `Spilled vs one formula per row, recalculation after H1 changes: ${format.ratio(result.spilledTimesFaster)} faster ` +
    `(target ≥ ${TARGET_SPILLED_TIMES_FASTER}x: ${format.passOrMiss(result.spilledTarget.pass)}); ` +
    `adapter calls in that recalculation: ${result.spilled.recalcAdapterCalls} spilled vs ${result.tokenomics.recalcAdapterCalls} row by row, ` +
    `time inside the adapter ${format.milliseconds(result.spilled.recalcAdapterMs.median)} vs ${format.milliseconds(result.tokenomics.recalcAdapterMs.median)}; ` +
    `the rest of each recalculation is HyperFormula's own work on 30,000 changed cells (the native sheet, no adapter at all, takes ${format.milliseconds(result.native.recalcMs.median)}).`
  );
}

module.exports = { benchmarkRecalc, renderRecalc };
