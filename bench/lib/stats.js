/** Order statistics for benchmark samples. */
"use strict";

/**
 * @typedef {object} Stats
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} q1
 * @property {number} q3
 * @property {number} samples
 */

/**
 * Linear-interpolated quantile (q in 0..1) of numbers; does not modify the input. NaN for no numbers.
 * @param {readonly number[]} values
 * @param {number} q
 * @returns {number}
 */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] ?? NaN;
  const above = sorted[Math.ceil(position)] ?? NaN;
  return below + (above - below) * (position - Math.floor(position));
}

/**
 * Median, min, max and interquartile range of a sample.
 * @param {readonly number[]} values
 * @returns {Stats}
 */
function summarize(values) {
  return {
    median: quantile(values, 0.5),
    min: Math.min(...values),
    max: Math.max(...values),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    samples: values.length,
  };
}

module.exports = { quantile, summarize };
