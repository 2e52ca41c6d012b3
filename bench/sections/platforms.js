/**
 * The platform-choice functions through the built adapter, called as Excel calls them (one-cell ranges):
 * PLATFORMRANK (every platform ranked on one model and workload) at an interactivity and at each
 * platform's peak, and ESTIMATETHROUGHPUT (the roofline estimate). Each against the target.
 */
"use strict";
const { measureCallsPerSecond, callLoop, againstTargets } = require("../lib/timing");
const { registeredFunction } = require("../lib/builtBundle");
const format = require("../lib/format");

/** Calls per second each case must reach (issue 9, Done when). */
const TARGETS = {
  platformRankAt: 50_000,
  platformRankPeak: 50_000,
  estimateThroughput: 500_000,
};

/** @param {unknown} value */
const cell = (value) => [[value]];

/** @param {import("../run").BenchContext} context */
function benchmarkPlatforms({ registered, log }) {
  const rank = registeredFunction(registered, "PLATFORMRANK");
  const estimate = registeredFunction(registered, "ESTIMATETHROUGHPUT");
  // Argument sets that differ call to call (interactivity, workload), as a sheet's rows do.
  const rankAt = [40, 50, 60, 75].map((tps, i) => [
    cell("DeepSeek-R1"),
    cell(i % 2 === 0 ? "8k/1k" : "1k/1k"),
    cell(tps),
    null,
    null,
  ]);
  const rankPeak = ["1k/1k", "8k/1k"].map((workload) => [
    cell("gpt-oss-120b"),
    cell(workload),
    null,
    cell("owner"),
    null,
  ]);
  const estimates = [25, 50, 75, 100].map((tps, i) => [
    cell(i % 2 === 0 ? "TPU7x" : "B200"),
    cell("gpt-oss-120b"),
    cell("1k/1k"),
    cell(tps),
    null,
    null,
  ]);
  const table = /** @type {unknown[][]} */ (rank(.../** @type {unknown[]} */ (rankPeak[0])));
  log(`platforms: PLATFORMRANK gpt-oss-120b 1k/1k at peak, cheapest ${String(table[1]?.[0])}`);
  const rates = measureCallsPerSecond({
    platformRankAt: callLoop(rank, rankAt),
    platformRankPeak: callLoop(rank, rankPeak),
    estimateThroughput: callLoop(estimate, estimates),
  });
  const cases = againstTargets(
    rates,
    TARGETS,
    /** @type {const} */ ([
      ["platformRankAt", "PLATFORMRANK, DeepSeek-R1 at an interactivity"],
      ["platformRankPeak", "PLATFORMRANK, gpt-oss-120b at each platform's peak"],
      ["estimateThroughput", "ESTIMATETHROUGHPUT"],
    ])
  );
  return { cases };
}

/** @param {ReturnType<typeof benchmarkPlatforms>} result */
function renderPlatforms(result) {
  return format.markdownTable(
    ["Case (built adapter, one-cell ranges)", "Calls/s", "Target", "Result"],
    result.cases.map((c) => [
      c.label,
      format.medianAndRange(c.callsPerSecond),
      `≥ ${format.compact(c.target)}/s`,
      format.passOrMiss(c.pass),
    ])
  );
}

module.exports = { benchmarkPlatforms, renderPlatforms, TARGETS };
