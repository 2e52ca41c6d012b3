/**
 * A recalculation proxy: a 10,000-row workbook in HyperFormula, built once with the TOKENOMICS functions
 * (registered as a HyperFormula function plugin that calls the built bundle's registered functions, as
 * Excel would) and once with the same arithmetic in native formulas. Each run times the whole workbook
 * build (parse + first calculation) and then the recalculation after an input that every row depends on
 * (the electricity price) changes. Excel itself is not available here; HyperFormula stands in for its
 * calculation engine, so the ratio, not the absolute time, is the figure to read.
 */
"use strict";
const {
  HyperFormula,
  FunctionPlugin,
  FunctionArgumentType,
  CellError,
  ErrorType,
} = require("hyperformula");
const { measureDurationsMs } = require("../lib/timing");
const { registeredFunction } = require("../lib/builtBundle");
const { summarize } = require("../lib/stats");
const format = require("../lib/format");

const ROW_COUNT = 10_000;
/** HyperFormula's licence key for GPLv3 use; the benchmark is a development tool and is not distributed. */
const HYPERFORMULA_LICENSE = "gpl-v3";
const REPEAT_COUNT = 5;
const TARGET_TIMES_NATIVE = 1.5;

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
 * @typedef {"tokenomics" | "native"} SheetName
 */

/** @type {Record<SheetName, SheetFormulas>} */
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

/**
 * Registers every TOKENOMICS function whose parameters and result are numbers as a HyperFormula plugin:
 * a declarative list of parameters and, per function, a one-line call into the registered adapter.
 * Omitted optional arguments are passed as null and errors come back as #VALUE!, as in Excel.
 * @param {import("../lib/builtBundle").Registered} registered
 * @param {import("../lib/builtBundle").FunctionMetadata[]} metadata
 * @returns {string[]} the IDs registered with HyperFormula
 */
function registerTokenomicsPlugin(registered, metadata) {
  const scalarFunctions = metadata.filter(
    (f) =>
      registered.has(f.id) &&
      f.result.type === "number" &&
      f.parameters.every((p) => p.type === "number")
  );
  /** @typedef {import("hyperformula/typings/interpreter/plugin/FunctionPlugin").PluginFunctionType} PluginFunctionType */
  class TokenomicsPlugin extends FunctionPlugin {
    /** @override @type {import("hyperformula").ImplementedFunctions} */
    static implementedFunctions = {};

    /**
     * The one body behind every TOKENOMICS method: runFunction is protected, so the methods added per
     * function below call it through here.
     * @param {string} excelName
     * @param {(...args: unknown[]) => number | InstanceType<typeof CellError>} callAdapter
     * @param {Parameters<PluginFunctionType>} call
     */
    callTokenomics(excelName, callAdapter, ...call) {
      const [ast, state] = call;
      return this.runFunction(ast.args, state, this.metadata(excelName), callAdapter);
    }
  }
  /** @type {Record<string, string>} */
  const translations = {};
  /** @type {Record<string, PluginFunctionType>} */
  const methods = {};
  for (const f of scalarFunctions) {
    const excelName = `TOKENOMICS.${f.id}`;
    const method = `tokenomics${f.id}`;
    TokenomicsPlugin.implementedFunctions[excelName] = {
      method,
      parameters: f.parameters.map((p) => ({
        argumentType: FunctionArgumentType.NUMBER,
        optionalArg: Boolean(p.optional),
      })),
    };
    translations[excelName] = excelName;
    const adapter = registeredFunction(registered, f.id);
    /** @param {unknown[]} args */
    const callAdapter = (...args) => {
      try {
        // Only functions declared to return a number reach here (see scalarFunctions).
        return /** @type {number} */ (
          adapter(...args.map((value) => (value === undefined ? null : value)))
        );
      } catch (error) {
        return new CellError(
          ErrorType.VALUE,
          error instanceof Error ? error.message : String(error)
        );
      }
    };
    /** @this {TokenomicsPlugin} @type {PluginFunctionType} */
    methods[method] = function (ast, state) {
      return this.callTokenomics(excelName, callAdapter, ast, state);
    };
  }
  Object.assign(TokenomicsPlugin.prototype, methods);
  HyperFormula.registerFunctionPlugin(TokenomicsPlugin, { enGB: translations, enUS: translations });
  return scalarFunctions.map((f) => f.id);
}

/**
 * Build the workbook and recalculate after the shared input changes; returns the two times and a checksum.
 * @param {(string | number | null)[][]} data
 */
function buildAndRecalculate(data) {
  const start = process.hrtime.bigint();
  const workbook = HyperFormula.buildFromArray(data, { licenseKey: HYPERFORMULA_LICENSE });
  const built = process.hrtime.bigint();
  workbook.setCellContents(USD_PER_KWH_CELL, [[USD_PER_KWH_AFTER]]);
  const recalculated = process.hrtime.bigint();
  const roiColumn = workbook.getRangeValues({
    start: { sheet: 0, col: 5, row: 0 },
    end: { sheet: 0, col: 5, row: ROW_COUNT - 1 },
  });
  workbook.destroy();
  return {
    buildMs: Number(built - start) / 1e6,
    recalcMs: Number(recalculated - built) / 1e6,
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
  const data = { tokenomics: sheetData(FORMULAS.tokenomics), native: sheetData(FORMULAS.native) };
  log(`  ${ROW_COUNT} rows × 3 formulas, 1 warm-up + ${REPEAT_COUNT} alternating runs each`);
  /** @type {Record<SheetName, { buildMs: number[], recalcMs: number[] }>} */
  const parts = {
    tokenomics: { buildMs: [], recalcMs: [] },
    native: { buildMs: [], recalcMs: [] },
  };
  /** @type {Record<SheetName, unknown[]>} */
  const lastRoiColumn = { tokenomics: [], native: [] };
  const run = (/** @type {SheetName} */ name) => () => {
    const { buildMs, recalcMs, roiColumn } = buildAndRecalculate(data[name]);
    parts[name].buildMs.push(buildMs);
    parts[name].recalcMs.push(recalcMs);
    lastRoiColumn[name] = roiColumn;
    return buildMs;
  };
  const totals = await measureDurationsMs(
    { tokenomics: run("tokenomics"), native: run("native") },
    { warmUpCount: 1, repeatCount: REPEAT_COUNT }
  );
  checkSameResults(lastRoiColumn.tokenomics, lastRoiColumn.native);
  const drop = (/** @type {number[]} */ values) => values.slice(-REPEAT_COUNT); // the warm-up run is not a sample
  const describe = (/** @type {SheetName} */ name) => ({
    totalMs: totals[name],
    buildMs: summarize(drop(parts[name].buildMs)),
    recalcMs: summarize(drop(parts[name].recalcMs)),
  });
  const tokenomics = describe("tokenomics");
  const native = describe("native");
  const timesNative = tokenomics.totalMs.median / native.totalMs.median;
  return {
    rowCount: ROW_COUNT,
    formulaCellCount: ROW_COUNT * 3,
    pluginFunctionIds: pluginIds,
    tokenomics,
    native,
    timesNative,
    recalcTimesNative: tokenomics.recalcMs.median / native.recalcMs.median,
    target: { text: `≤ ${TARGET_TIMES_NATIVE}x native`, pass: timesNative <= TARGET_TIMES_NATIVE },
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
  return `${table}\nRecalculation alone: ${format.ratio(result.recalcTimesNative)} native. Both sheets give the same ROI column (checked).`;
}

module.exports = { benchmarkRecalc, renderRecalc };
