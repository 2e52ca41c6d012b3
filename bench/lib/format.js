/** Number formats and Markdown tables for the printed report (the README "Performance" section is taken from it). */
"use strict";

/**
 * 3 significant figures with k/M/G: 1234567 → "1.23M".
 * @param {number} value
 * @returns {string}
 */
function compact(value) {
  if (!Number.isFinite(value)) return String(value);
  /** @type {[number, string][]} */
  const units = [
    [1e9, "G"],
    [1e6, "M"],
    [1e3, "k"],
  ];
  for (const [scale, suffix] of units) {
    if (Math.abs(value) >= scale) return `${(value / scale).toPrecision(3)}${suffix}`;
  }
  return value.toPrecision(3);
}

/**
 * Median with its min–max spread: "1.23M (1.10M–1.30M)".
 * @param {import("./stats").Stats} stats
 * @param {(value: number) => string} [format]
 * @returns {string}
 */
function medianAndRange(stats, format = compact) {
  return `${format(stats.median)} (${format(stats.min)}–${format(stats.max)})`;
}

/** @param {number} value */
function milliseconds(value) {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toPrecision(3)} ms`;
}

/** @param {number} value */
function bytes(value) {
  return `${value.toLocaleString("en-US")} B (${(value / 1024).toFixed(1)} KiB)`;
}

/** @param {number} value */
function ratio(value) {
  if (!Number.isFinite(value)) return "–";
  return value >= 10 ? `${value.toFixed(0)}x` : `${value.toFixed(2)}x`;
}

/**
 * A Markdown table, columns padded so it also reads as plain text.
 * @param {readonly string[]} headers
 * @param {readonly (readonly unknown[])[]} rows
 * @returns {string}
 */
function markdownTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? "")));
  const widths = headers.map((_, column) =>
    Math.max(3, ...cells.map((row) => (row[column] ?? "").length))
  );
  /** @param {string[]} row */
  const line = (row) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  return [line(headers.map(String)), rule, ...cells.slice(1).map(line)].join("\n");
}

/** @param {boolean | null | undefined} pass */
function passOrMiss(pass) {
  if (pass === undefined || pass === null) return "";
  return pass ? "PASS" : "MISS";
}

module.exports = { compact, medianAndRange, milliseconds, bytes, ratio, markdownTable, passOrMiss };
