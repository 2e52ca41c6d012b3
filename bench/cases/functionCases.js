/**
 * What the benchmark calls for each custom function: realistic arguments in the order Excel passes them
 * (omitted optional arguments as null), the limit it is compared with, the schedule it actually runs and
 * the target. A function may have several cases (a short and a long schedule). Functions present in
 * dist/functions.json but missing here are listed as "no case"; cases whose ID is not registered are skipped.
 */
"use strict";
const limits = require("./limits");
const { registeredFunction } = require("../lib/builtBundle");

/** A realistic deployment, 10 years: $5M of GPUs, 72 × 10,000 tokens/s at $1.10/M, 70% utilization,
 *  $1.2M a year to run, prices −30% a year, software +30% a year. */
const TEN_YEAR_DEPLOYMENT = [5e6, 10, 720000, 1.1, 0.7, 1.2e6, -0.3, 0.3];
/** The same deployment at $90M: payback only in year 9, so the monthly balance walks ~100 months. */
const TEN_YEAR_LATE_PAYBACK = [90e6, ...TEN_YEAR_DEPLOYMENT.slice(1)];

/** @typedef {import("../lib/builtBundle").Registered} Registered */

/**
 * A case's plain-number limit. Its arguments are whatever the case passes to the custom function (numbers,
 * text, null for omitted ones), so the list is as loosely typed as Excel's own call.
 * @typedef {(...args: any[]) => unknown} Limit
 */

/**
 * @typedef {object} Target
 * @property {number} minCallsPerSecond
 * @property {number} [maxTimesLimit]
 * @property {string} text - printed next to the figure
 */

/**
 * @typedef {object} FunctionCase
 * @property {string} id - the Excel ID
 * @property {string} label
 * @property {string} schedule - what the engine actually runs
 * @property {unknown[]} args
 * @property {number | null} varyIndex - the argument nudged between calls; null for text arguments
 * @property {Limit} [limit]
 * @property {(registered: Registered) => Limit} [makeLimit] - when the limit needs data from the bundle
 * @property {Target} [target]
 * @property {boolean} [limitAgreesWithAdapter] - false where the limit is a simpler method, so results are
 *   not compared
 */

/**
 * Target kinds, each with the words printed next to the figure.
 * @type {Record<"scalar" | "tenAnnual" | "irr" | "monthlyTable" | "throughput", Target>}
 */
const TARGETS = {
  scalar: { minCallsPerSecond: 1e6, maxTimesLimit: 3, text: "≥ 1,000,000/s and ≤ 3x limit" },
  tenAnnual: { minCallsPerSecond: 1e5, text: "≥ 100,000/s" },
  irr: { minCallsPerSecond: 2e4, text: "≥ 20,000/s" },
  monthlyTable: { minCallsPerSecond: 1e4, text: "≥ 10,000/s" },
  throughput: { minCallsPerSecond: 5e5, text: "≥ 500,000/s" },
};

/**
 * Piecewise-linear interpolation on ascending xs, clamped to the ends: the THROUGHPUT limit.
 * @param {readonly number[]} xs
 * @param {readonly number[]} ys - as many as xs, at least one
 * @param {number} x
 * @returns {number}
 */
function linearInterpolation(xs, ys, x) {
  const at = (/** @type {readonly number[]} */ values, /** @type {number} */ i) => values[i] ?? NaN;
  if (x <= at(xs, 0)) return at(ys, 0);
  for (let i = 1; i < xs.length; i++) {
    if (x <= at(xs, i))
      return (
        at(ys, i - 1) +
        ((at(ys, i) - at(ys, i - 1)) * (x - at(xs, i - 1))) / (at(xs, i) - at(xs, i - 1))
      );
  }
  return at(ys, ys.length - 1);
}

/** Interactivities (tokens/s per user) inside B200 DeepSeek-R1 1k/1k's measured range, 12 points like a real frontier. */
const FRONTIER_TOKENS_PER_SECOND_PER_USER = [25, 35, 50, 60, 70, 85, 100, 120, 150, 200, 250, 300];

/**
 * The preset table as a plain object { platform: { field: value } }, read once from PRESETS' own spill
 * (header row of field names, then one row per platform with its id first). Falls back to the one value
 * the case asks for when PRESETS is not registered.
 * @param {Registered} registered
 * @param {string} id - PRESET or PRESETINFO
 * @param {string} platform
 * @param {string} field
 * @returns {Record<string, Record<string, unknown>>}
 */
function presetTableFrom(registered, id, platform, field) {
  const presets = registered.get("PRESETS");
  /** @type {Record<string, Record<string, unknown>>} */
  const table = {};
  if (presets) {
    const [header = [], ...rows] = /** @type {unknown[][]} */ (presets(null));
    for (const row of rows) {
      table[String(row[0])] = Object.fromEntries(
        header.map((name, column) => [String(name), row[column]])
      );
    }
  }
  table[platform] = {
    ...table[platform],
    [field]: registeredFunction(registered, id)(platform, field),
  };
  return table;
}

/**
 * Each case (see FunctionCase): varyIndex nudges one argument between calls so no call is the same as the
 * last.
 * @type {FunctionCase[]}
 */
const FUNCTION_CASES = [
  {
    id: "GPUHOURCOST",
    label: "B200-class, all 8 args",
    schedule: "scalar",
    args: [45000, 4, 1.71, 0.08, 1.3, 3000, 0.1, 0.1],
    varyIndex: 0,
    limit: limits.gpuHourCostLimit,
    target: TARGETS.scalar,
  },
  {
    id: "COSTPERTOKEN",
    label: "2.21 $/h, 1149 tok/s, 60%, unit omitted",
    schedule: "scalar",
    args: [2.21, 1149.1, 0.6, null],
    varyIndex: 1,
    limit: limits.costPerTokenLimit,
    target: TARGETS.scalar,
  },
  {
    id: "BLENDEDPRICE",
    label: "DeepSeek-R1 prices, 3:1, half cached",
    schedule: "scalar",
    args: [0.55, 2.19, 3, 0.5, 0.14],
    varyIndex: 2,
    limit: limits.blendedPriceLimit,
    target: TARGETS.scalar,
  },
  {
    id: "BREAKEVENPRICE",
    label: "60% utilization, 50% margin",
    schedule: "scalar",
    args: [2.21, 1149.1, 0.6, 0.5],
    varyIndex: 1,
    limit: limits.breakEvenPriceLimit,
    target: TARGETS.scalar,
  },
  {
    id: "ENERGYPERTOKEN",
    label: "1.87 kW, PUE 1.2",
    schedule: "scalar",
    args: [1.87, 1149.1, 1.2],
    varyIndex: 1,
    limit: limits.energyPerTokenLimit,
    target: TARGETS.scalar,
  },
  {
    id: "TOKENSPERMW",
    label: "1.87 kW, pue omitted",
    schedule: "scalar",
    args: [1149.1, 1.87, null],
    varyIndex: 0,
    limit: limits.tokensPerMwLimit,
    target: TARGETS.scalar,
  },
  {
    id: "TOKENREVENUE",
    label: "10 years, all args",
    schedule: "10 annual periods",
    args: [10, 720000, 1.1, 0.7, -0.3, 0.3],
    varyIndex: 1,
    limit: limits.tokenRevenueLimit,
  },
  {
    id: "ROIMULTIPLE",
    label: "10 years, all args",
    schedule: "10 annual periods",
    args: TEN_YEAR_DEPLOYMENT,
    varyIndex: 2,
    limit: limits.roiMultipleLimit,
    target: TARGETS.tenAnnual,
  },
  {
    id: "TOKENNPV",
    label: "10 years at 10%",
    schedule: "10 annual periods",
    args: [0.1, ...TEN_YEAR_DEPLOYMENT],
    varyIndex: 3,
    limit: limits.tokenNpvLimit,
    target: TARGETS.tenAnnual,
  },
  {
    id: "TOKENIRR",
    label: "10 years (limit: Newton from 10%)",
    schedule: "10 annual periods",
    args: TEN_YEAR_DEPLOYMENT,
    varyIndex: 2,
    limit: limits.tokenIrrLimit,
    target: TARGETS.irr,
  },
  {
    id: "PAYBACKMONTHS",
    label: "10 years, pays back in month 4",
    schedule: "120 monthly periods",
    args: TEN_YEAR_DEPLOYMENT,
    varyIndex: 2,
    limit: limits.paybackMonthsLimit,
  },
  {
    id: "PAYBACKMONTHS",
    label: "10 years, pays back in month 98",
    schedule: "120 monthly periods",
    args: TEN_YEAR_LATE_PAYBACK,
    varyIndex: 2,
    limit: limits.paybackMonthsLimit,
  },
  {
    id: "TOKENCASHFLOWS",
    label: "10 years annual (11 rows)",
    schedule: "10 annual periods",
    args: [...TEN_YEAR_DEPLOYMENT, null],
    varyIndex: 2,
    limit: limits.tokenCashFlowsLimit,
  },
  {
    id: "TOKENCASHFLOWS",
    label: "10 years monthly (121 rows)",
    schedule: "120 monthly periods",
    args: [...TEN_YEAR_DEPLOYMENT, 12],
    varyIndex: 2,
    limit: limits.tokenCashFlowsLimit,
    target: TARGETS.monthlyTable,
  },
  {
    id: "PRESET",
    label: 'PRESET("B200","tcoUsdPerGpuHourOwner")',
    schedule: "lookup",
    args: ["B200", "tcoUsdPerGpuHourOwner"],
    varyIndex: null,
    makeLimit(registered) {
      const table = presetTableFrom(registered, "PRESET", "B200", "tcoUsdPerGpuHourOwner");
      return (/** @type {string} */ platform, /** @type {string} */ field) =>
        table[platform]?.[field];
    },
    target: TARGETS.scalar,
  },
  {
    id: "PRESETINFO",
    label: 'PRESETINFO("B200","tcoUsdPerGpuHourOwner")',
    schedule: "lookup",
    args: ["B200", "tcoUsdPerGpuHourOwner"],
    varyIndex: null,
    makeLimit(registered) {
      const table = presetTableFrom(registered, "PRESETINFO", "B200", "tcoUsdPerGpuHourOwner");
      return (/** @type {string} */ platform, /** @type {string} */ field) =>
        table[platform]?.[field];
    },
  },
  {
    id: "PRESETS",
    label: "PRESETS() whole table (limit: copy rows)",
    schedule: "table",
    args: [null],
    varyIndex: null,
    makeLimit(registered) {
      const rows = /** @type {unknown[][]} */ (registeredFunction(registered, "PRESETS")(null));
      return () => rows.map((row) => row.slice());
    },
  },
  {
    id: "THROUGHPUT",
    label: 'THROUGHPUT("B200","DeepSeek-R1","1k/1k",100)',
    schedule: "interpolation",
    args: ["B200", "DeepSeek-R1", "1k/1k", 100, null],
    varyIndex: 3,
    // The limit interpolates linearly between 12 points read off THROUGHPUT itself; THROUGHPUT interpolates
    // with a monotone cubic, so the two agree only at those points and the values are not compared.
    limitAgreesWithAdapter: false,
    makeLimit(registered) {
      const throughput = registeredFunction(registered, "THROUGHPUT");
      const tokensPerSecondPerGpu = FRONTIER_TOKENS_PER_SECOND_PER_USER.map((x) =>
        Number(throughput("B200", "DeepSeek-R1", "1k/1k", x, null))
      );
      /** @type {(platform: string, model: string, workload: string, tokensPerSecondPerUser: number) => number} */
      const limit = (_platform, _model, _workload, tokensPerSecondPerUser) =>
        linearInterpolation(
          FRONTIER_TOKENS_PER_SECOND_PER_USER,
          tokensPerSecondPerGpu,
          tokensPerSecondPerUser
        );
      return limit;
    },
    target: TARGETS.throughput,
  },
];

module.exports = { FUNCTION_CASES, TARGETS, TEN_YEAR_DEPLOYMENT };
