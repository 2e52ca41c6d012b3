/**
 * Every registered custom function, called through the built bundle the way Excel calls it, next to its
 * limit (the same formula inline on plain numbers). Reports calls per second and how many times slower
 * than the limit the adapter is.
 */
"use strict";
const { FUNCTION_CASES } = require("../cases/functionCases");
const { measureCallsPerSecond, callLoop } = require("../lib/timing");
const format = require("../lib/format");
const { registeredFunction } = require("../lib/builtBundle");

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
    if (compareResults && !agrees(result, limit(...args)))
      return "limit disagrees with the adapter";
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
  const covered = new Set(FUNCTION_CASES.map((c) => c.id));
  return { cases, unbenchmarkedIds: ids.filter((id) => !covered.has(id)) };
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
  return text;
}

module.exports = { benchmarkFunctions, renderFunctions };
