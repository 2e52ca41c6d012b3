/**
 * Every registered custom function, called through the built bundle the way Excel calls it, next to its
 * limit (the same formula inline on plain numbers). Reports calls per second and how many times slower
 * than the limit the adapter is.
 */
"use strict";
const { FUNCTION_CASES } = require("../cases/functionCases");
const { measureCallsPerSecond, callLoop } = require("../lib/timing");
const format = require("../lib/format");
const { oneCellValue, registeredFunction } = require("../lib/builtBundle");

/** Distinct argument lists per case; a power of two (the call loop cycles with a mask). */
const ARGUMENT_SET_COUNT = 16;
/** Each argument list nudges one argument by this fraction more than the last. */
const NUDGE_FRACTION = 0.001;
/** The limit must reproduce the adapter's result to this relative tolerance, or the comparison is void. */
const LIMIT_AGREEMENT_RELATIVE = 1e-9;

/**
 * @typedef {import("../cases/functionCases").FunctionCase} FunctionCase
 * @typedef {import("../cases/functionCases").Limit} Limit
 */

/**
 * @param {FunctionCase} testCase
 * @returns {unknown[][]}
 */
function argumentSets(testCase) {
  const { varyIndex } = testCase;
  return Array.from({ length: ARGUMENT_SET_COUNT }, (_, k) => {
    const args = testCase.args.slice();
    if (varyIndex !== null) args[varyIndex] = Number(args[varyIndex]) * (1 + k * NUDGE_FRACTION);
    return args;
  });
}

/**
 * @param {unknown} actual
 * @param {unknown} expected
 * @returns {boolean}
 */
function agrees(actual, expected) {
  if (typeof expected === "number" && typeof actual === "number") {
    return (
      Math.abs(actual - expected) <= LIMIT_AGREEMENT_RELATIVE * Math.max(1, Math.abs(expected))
    );
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return (
      expected.length === actual.length &&
      expected.every(
        (row, i) =>
          Array.isArray(row) &&
          row.every((cell, j) => agrees(/** @type {unknown[][]} */ (actual)[i]?.[j], cell))
      )
    );
  }
  return actual === expected;
}

/**
 * Calls the adapter once per argument list; returns a reason to skip the case, or null.
 * @param {(...args: unknown[]) => unknown} adapter
 * @param {Limit} limit
 * @param {readonly unknown[][]} sets
 * @param {boolean} compareResults
 * @returns {string | null}
 */
function preflight(adapter, limit, sets, compareResults) {
  for (const args of sets) {
    let result;
    try {
      result = adapter(...args);
    } catch (caught) {
      const error = /** @type {{ code?: string, message?: string }} */ (caught);
      return `adapter throws ${error.code || ""} ${error.message}`.trim();
    }
    const expected = limit(...args);
    const shown = Array.isArray(expected) ? result : oneCellValue(result);
    if (compareResults && !agrees(shown, expected)) return "limit disagrees with the adapter";
  }
  return null;
}

/**
 * @param {import("../cases/functionCases").Target | undefined} target
 * @param {number} adapterCallsPerSecond
 * @param {number} timesSlowerThanLimit
 */
function meetsTarget(target, adapterCallsPerSecond, timesSlowerThanLimit) {
  if (!target) return undefined;
  if (adapterCallsPerSecond < target.minCallsPerSecond) return false;
  if (target.maxTimesLimit !== undefined && timesSlowerThanLimit > target.maxTimesLimit)
    return false;
  return true;
}

/**
 * @typedef {{ id: string, label: string, schedule: string, target: string | undefined }} CaseBase
 * @typedef {CaseBase & { skipped: string }} SkippedCase - skipped says why the case was not timed
 * @typedef {CaseBase & {
 *   skipped?: undefined,
 *   adapterCallsPerSecond: import("../lib/stats").Stats,
 *   limitCallsPerSecond: import("../lib/stats").Stats,
 *   timesSlowerThanLimit: number,
 *   pass: boolean | undefined,
 * }} TimedCase
 * @typedef {SkippedCase | TimedCase} CaseResult
 */

/**
 * @param {FunctionCase} testCase
 * @param {import("../lib/builtBundle").Registered} registered
 * @returns {CaseResult}
 */
function runCase(testCase, registered) {
  const base = {
    id: testCase.id,
    label: testCase.label,
    schedule: testCase.schedule,
    target: testCase.target?.text,
  };
  const adapter = registeredFunction(registered, testCase.id);
  const limit = testCase.limit ?? testCase.makeLimit?.(registered);
  if (!limit) return { ...base, skipped: "the case names no limit" };
  const sets = argumentSets(testCase);
  const skipReason = preflight(adapter, limit, sets, testCase.limitAgreesWithAdapter !== false);
  if (skipReason) return { ...base, skipped: skipReason };
  const rates = measureCallsPerSecond({
    adapter: callLoop(adapter, sets),
    limit: callLoop(limit, sets),
  });
  const timesSlowerThanLimit = rates.limit.median / rates.adapter.median;
  return {
    ...base,
    adapterCallsPerSecond: rates.adapter,
    limitCallsPerSecond: rates.limit,
    timesSlowerThanLimit,
    pass: meetsTarget(testCase.target, rates.adapter.median, timesSlowerThanLimit),
  };
}

/**
 * A range case: one call over whole ranges next to the single-value call of the same function; the figure
 * is cells per second, and the target compares it with the single-value calls per second in the same run.
 * @typedef {object} RangeCase
 * @property {string} id
 * @property {string} label
 * @property {unknown[]} singleArgs - one cell's arguments, as a single-value call passes them
 * @property {unknown[]} rangeArgs - the same call with ranges (2-D arrays), as Excel passes them
 * @property {number} cellCount - cells in the result
 * @property {(index: number) => unknown[]} cellArgs - the single-value arguments of result cell `index`
 *   (row-major), to check the spill against single calls
 * @property {number} minCellsPerSecond
 * @property {number} minShareOfSingleRate - cells/s at least this share of single-value calls/s
 * @property {string} target
 */

const RANGE_ROWS = 10_000;
const costs = Array.from({ length: RANGE_ROWS }, (_, i) => 1.5 + (i % 100) * 0.01);
const rates = Array.from({ length: RANGE_ROWS }, (_, i) => 800 + (i % 700));
const GRID_SIDE = 100;
const prices = Array.from({ length: GRID_SIDE }, (_, i) => 0.5 + i * 0.02);
const utilizations = Array.from({ length: GRID_SIDE }, (_, j) => 0.2 + j * 0.008);

/** @type {RangeCase[]} */
const RANGE_CASES = [
  {
    id: "COSTPERTOKEN",
    label: "two 10,000-cell columns, one call",
    singleArgs: [2.21, 1149.1, 0.6, null],
    rangeArgs: [costs.map((c) => [c]), rates.map((r) => [r]), [[0.6]], null],
    cellCount: RANGE_ROWS,
    cellArgs: (i) => [costs[i], rates[i], 0.6, null],
    minCellsPerSecond: 3e6,
    minShareOfSingleRate: 1 / 3,
    target: "≥ 3,000,000 cells/s and within 3x of single-value calls/s",
  },
  {
    id: "ROIMULTIPLE",
    label: "100 prices × 100 utilizations grid, 10 years, one call",
    singleArgs: [5e6, 10, 720000, 1.1, 0.7, 1.2e6, -0.3, 0.3],
    rangeArgs: [5e6, 10, 720000, prices.map((p) => [p]), [utilizations], 1.2e6, -0.3, 0.3],
    cellCount: GRID_SIDE * GRID_SIDE,
    cellArgs: (i) => [
      5e6,
      10,
      720000,
      prices[Math.floor(i / GRID_SIDE)],
      utilizations[i % GRID_SIDE],
      1.2e6,
      -0.3,
      0.3,
    ],
    minCellsPerSecond: 0,
    minShareOfSingleRate: 1 / 2,
    target: "≥ half the single-value calls/s",
  },
];

/**
 * @typedef {{ id: string, label: string, target: string, skipped: string }} SkippedRange
 * @typedef {{
 *   id: string, label: string, target: string, skipped?: undefined, cellCount: number,
 *   cellsPerSecond: import("../lib/stats").Stats, singleCallsPerSecond: import("../lib/stats").Stats,
 *   singleRateOverCellRate: number, pass: boolean,
 * }} TimedRange
 * @typedef {SkippedRange | TimedRange} RangeResult
 */

/**
 * @param {RangeCase} rangeCase
 * @param {import("../lib/builtBundle").Registered} registered
 * @returns {RangeResult}
 */
function runRangeCase(rangeCase, registered) {
  const base = { id: rangeCase.id, label: rangeCase.label, target: rangeCase.target };
  const adapter = registeredFunction(registered, rangeCase.id);
  const spill = /** @type {unknown[][]} */ (adapter(...rangeCase.rangeArgs));
  const flat = spill.flat();
  if (flat.length !== rangeCase.cellCount)
    return { ...base, skipped: `spill has ${flat.length} cells, expected ${rangeCase.cellCount}` };
  for (let i = 0; i < flat.length; i += Math.max(1, Math.floor(flat.length / 97))) {
    if (!agrees(flat[i], oneCellValue(adapter(...rangeCase.cellArgs(i)))))
      return { ...base, skipped: `cell ${i} differs from the single-value call` };
  }
  const rates = measureCallsPerSecond({
    single: callLoop(adapter, [rangeCase.singleArgs]),
    range: callLoop(adapter, [rangeCase.rangeArgs]),
  });
  const cellsPerSecond = scaleStats(rates.range, rangeCase.cellCount);
  const singleRateOverCellRate = rates.single.median / cellsPerSecond.median;
  return {
    ...base,
    cellCount: rangeCase.cellCount,
    cellsPerSecond,
    singleCallsPerSecond: rates.single,
    singleRateOverCellRate,
    pass:
      cellsPerSecond.median >= rangeCase.minCellsPerSecond &&
      cellsPerSecond.median >= rangeCase.minShareOfSingleRate * rates.single.median,
  };
}

/**
 * Calls per second as cells per second.
 * @param {import("../lib/stats").Stats} stats
 * @param {number} factor
 * @returns {import("../lib/stats").Stats}
 */
function scaleStats(stats, factor) {
  /** @type {Record<string, number>} */
  const scaled = {};
  for (const [key, value] of Object.entries(stats))
    scaled[key] = key === "samples" ? value : value * factor;
  return /** @type {import("../lib/stats").Stats} */ (/** @type {unknown} */ (scaled));
}

/** @param {import("../run").BenchContext} context */
function benchmarkFunctions({ registered, metadata, log }) {
  const ids = metadata.map((f) => f.id);
  /** @type {CaseResult[]} */
  const cases = [];
  for (const testCase of FUNCTION_CASES) {
    if (!registered.has(testCase.id)) continue;
    log(`  ${testCase.id}: ${testCase.label}`);
    cases.push(runCase(testCase, registered));
  }
  /** @type {RangeResult[]} */
  const ranges = [];
  for (const rangeCase of RANGE_CASES) {
    if (!registered.has(rangeCase.id)) continue;
    log(`  ${rangeCase.id}: ${rangeCase.label}`);
    ranges.push(runRangeCase(rangeCase, registered));
  }
  const covered = new Set(FUNCTION_CASES.map((c) => c.id));
  return { cases, ranges, unbenchmarkedIds: ids.filter((id) => !covered.has(id)) };
}

/** @param {ReturnType<typeof benchmarkFunctions>} result */
function renderFunctions(result) {
  const rows = result.cases.map((c) =>
    c.skipped !== undefined
      ? [
          c.id,
          c.label,
          c.schedule,
          `skipped: ${c.skipped}`,
          "",
          "",
          c.target || "",
          c.target ? "MISS" : "",
        ]
      : [
          c.id,
          c.label,
          c.schedule,
          format.medianAndRange(c.adapterCallsPerSecond),
          format.compact(c.limitCallsPerSecond.median),
          format.ratio(c.timesSlowerThanLimit),
          c.target || "",
          format.passOrMiss(c.pass),
        ]
  );
  let text = format.markdownTable(
    [
      "Function",
      "Case",
      "Runs",
      "Adapter calls/s median (min–max)",
      "Limit calls/s",
      "Limit ÷ adapter",
      "Target",
      "Result",
    ],
    rows
  );
  if (result.unbenchmarkedIds.length)
    text += `\nNo case defined for: ${result.unbenchmarkedIds.join(", ")}`;
  text +=
    "\n\nRanges in one call (cells/s), next to the same function's single-value calls/s in the same run:\n\n";
  text += format.markdownTable(
    [
      "Function",
      "Case",
      "Cells/s median (min–max)",
      "Single calls/s",
      "Single ÷ cell rate",
      "Target",
      "Result",
    ],
    result.ranges.map((r) =>
      r.skipped !== undefined
        ? [r.id, r.label, `skipped: ${r.skipped}`, "", "", r.target, "MISS"]
        : [
            r.id,
            r.label,
            format.medianAndRange(r.cellsPerSecond),
            format.compact(r.singleCallsPerSecond.median),
            format.ratio(r.singleRateOverCellRate),
            r.target,
            format.passOrMiss(r.pass),
          ]
    )
  );
  return text;
}

module.exports = { benchmarkFunctions, renderFunctions };
