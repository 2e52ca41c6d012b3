#!/usr/bin/env node
/**
 * Compares two benchmark results: `node bench/compare.js before.json after.json`. For every figure both runs
 * have, prints both values and the change as a factor where > 1 is always an improvement (faster, or
 * smaller). Changes within ±10% are marked "~": run-to-run noise on a shared machine is about that size.
 */
"use strict";
const fs = require("fs");
const format = require("./lib/format");

const NOISE_FRACTION = 0.1;

/**
 * @typedef {import("./run").Metric} Metric
 * @typedef {{ startedAt: string, loadAverage1m?: { start: number }, metrics: Metric[] }} ResultsFile
 */

/**
 * @param {string} file - a results.json written by run.js
 * @returns {{ json: ResultsFile, metrics: Map<string, Metric> }}
 */
function readMetrics(file) {
  const json = /** @type {ResultsFile} */ (JSON.parse(fs.readFileSync(file, "utf8")));
  return { json, metrics: new Map(json.metrics.map((m) => [m.key, m])) };
}

/** @param {Metric} metric */
function formatValue(metric) {
  if (metric.unit === "calls/s" || metric.unit === "cases/s")
    return `${format.compact(metric.value)}/s`;
  if (metric.unit === "ms") return format.milliseconds(metric.value);
  if (metric.unit === "B") return `${metric.value.toLocaleString("en-US")} B`;
  if (metric.unit === "x") return format.ratio(metric.value);
  return String(metric.value);
}

function main() {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) {
    process.stderr.write("usage: node bench/compare.js <before.json> <after.json>\n");
    process.exitCode = 2;
    return;
  }
  const before = readMetrics(beforeFile);
  const after = readMetrics(afterFile);
  const rows = [];
  for (const [key, old] of before.metrics) {
    const current = after.metrics.get(key);
    if (!current) continue;
    const improvement =
      old.better === "higher" ? current.value / old.value : old.value / current.value;
    const mark =
      Math.abs(improvement - 1) <= NOISE_FRACTION ? "~" : improvement > 1 ? "better" : "WORSE";
    rows.push([
      key,
      formatValue(old),
      formatValue(current),
      Number.isFinite(improvement) ? format.ratio(improvement) : "–",
      mark,
    ]);
  }
  /**
   * @param {{ metrics: Map<string, Metric> }} a
   * @param {{ metrics: Map<string, Metric> }} b
   */
  const onlyIn = (a, b) => [...a.metrics.keys()].filter((key) => !b.metrics.has(key));
  process.stdout.write(
    `${format.markdownTable(["Figure", `Before (${before.json.startedAt})`, `After (${after.json.startedAt})`, "Improvement", ""], rows)}\n`
  );
  const missing = onlyIn(before, after);
  const added = onlyIn(after, before);
  if (missing.length) process.stdout.write(`Only in before: ${missing.join("; ")}\n`);
  if (added.length) process.stdout.write(`Only in after: ${added.join("; ")}\n`);
  process.stdout.write(
    `Load average (1 min) at start: before ${before.json.loadAverage1m?.start}, after ${after.json.loadAverage1m?.start}\n`
  );
}

main();
