/** Order statistics for benchmark samples. */
"use strict";

/** Linear-interpolated quantile (q in 0..1) of numbers; does not modify the input. */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** Median, min, max and interquartile range of a sample. */
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
