/**
 * The period and cash-flow-row functions through the built adapter, called as Excel calls them (every
 * argument a 2-D array: a row of periods, or a one-cell range): SCHEDULE over 40 quarters and over 120
 * months, and CASHFLOWIRR over 120 monthly flows after a time-0 outlay. Each against the target.
 */
"use strict";
const { measureCallsPerSecond, callLoop, againstTargets } = require("../lib/timing");
const { registeredFunction } = require("../lib/builtBundle");
const format = require("../lib/format");

/** Calls per second each case must reach (issue 8, Performance). */
const TARGETS = {
  scheduleQuarters: 50_000,
  scheduleMonths: 20_000,
  cashFlowIrrMonths: 20_000,
};

/** @param {number} count @param {(i: number) => number} at */
const rowOf = (count, at) => [Array.from({ length: count }, (_, i) => at(i))];

/**
 * SCHEDULE's 14 arguments for a build-out of `periods` periods: deliveries in the first year, a ramp of
 * utilization, a price step each year, capex with each delivery, a commissioning lag and a life.
 * `variant` shifts the price a little so the argument sets differ.
 * @param {number} periods
 * @param {number} periodsPerYear
 * @param {number} variant
 */
function scheduleArguments(periods, periodsPerYear, variant) {
  const deliveries = (/** @type {number} */ i) => (i < periodsPerYear ? 64 : 0);
  return [
    rowOf(periods, deliveries),
    [[1000]],
    rowOf(periods, (i) => 2 + variant * 0.01 - Math.floor(i / periodsPerYear) * 0.2),
    rowOf(periods, (i) => Math.min(1, 0.3 + i * 0.05)),
    [[periodsPerYear]],
    rowOf(periods, (i) => deliveries(i) * 35000),
    [[1.2]],
    [[0.08]],
    [[1.3]],
    [[10000]],
    [[1]],
    [[5 * periodsPerYear]],
    [[-0.1]],
    [[0.25]],
  ];
}

/** @param {import("../run").BenchContext} context */
function benchmarkPeriods({ registered, log }) {
  const schedule = registeredFunction(registered, "SCHEDULE");
  const cashFlowIrr = registeredFunction(registered, "CASHFLOWIRR");
  const variants = [0, 1, 2, 3];
  const quarters = variants.map((v) => scheduleArguments(40, 4, v));
  const months = variants.map((v) => scheduleArguments(120, 12, v));
  // CASHFLOWIRR's flows: each monthly schedule's net line after a time-0 value of 0 (capex is in the line).
  const flows = months.map((args) => {
    const table = /** @type {number[][]} */ (schedule(...args));
    return [[[0, .../** @type {number[]} */ (table[6])]], [[12]]];
  });
  const rate = cashFlowIrr(.../** @type {unknown[]} */ (flows[0]));
  log(`periods: CASHFLOWIRR of the 120-month schedule = ${String(rate)}`);
  const rates = measureCallsPerSecond({
    scheduleQuarters: callLoop(schedule, quarters),
    scheduleMonths: callLoop(schedule, months),
    cashFlowIrrMonths: callLoop(cashFlowIrr, flows),
  });
  const cases = againstTargets(
    rates,
    TARGETS,
    /** @type {const} */ ([
      ["scheduleQuarters", "SCHEDULE, 40 quarters"],
      ["scheduleMonths", "SCHEDULE, 120 months"],
      ["cashFlowIrrMonths", "CASHFLOWIRR, 120 monthly flows"],
    ])
  );
  return { cases, irrOfMonthlySchedule: rate };
}

/** @param {ReturnType<typeof benchmarkPeriods>} result */
function renderPeriods(result) {
  return format.markdownTable(
    ["Case (built adapter, 2-D arguments)", "Calls/s", "Target", "Result"],
    result.cases.map((c) => [
      c.label,
      format.medianAndRange(c.callsPerSecond),
      `≥ ${format.compact(c.target)}/s`,
      format.passOrMiss(c.pass),
    ])
  );
}

module.exports = { benchmarkPeriods, renderPeriods, TARGETS };
