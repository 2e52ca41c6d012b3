/**
 * The decision functions through the built adapter, called as Excel calls them (tables as 2-D ranges, one
 * value per other argument, omitted ones null), on the 10-year annual lifecycle model:
 *   - SIMULATE, 10,000 trials, 8 uncertain inputs (triangular, uniform, normal) and an 8 × 8 correlation
 *     matrix: trials/s, next to a plain loop over the core model (the decision model's own evaluator, as
 *     SIMULATE runs it per trial) on the same samples, drawn once before timing; also with PERT inputs and
 *     with the irr and paybackMonths metrics;
 *   - TORNADO over the same 8 inputs (17 model runs) and SOLVEFOR, calls/s, for roiMultiple, irr and
 *     paybackMonths.
 * The core is loaded from src/core with no build step (lib/coreModule.js), as the IRR section does.
 */
"use strict";
const { measureCallsPerSecond, callLoop } = require("../lib/timing");
const { registeredFunction } = require("../lib/builtBundle");
const { loadCoreModule } = require("../lib/coreModule");
const format = require("../lib/format");

/** Trials of each simulation (issue 10, Performance). */
const TRIALS = 10_000;

/** Targets (issue 10, Performance). */
const TARGETS = {
  simulateTrialsPerSecond: 100_000,
  simulateTimesPlainLoop: 2,
  tornadoCallsPerSecond: 10_000,
  solveForCallsPerSecond: 10_000,
};

/** The 10-year annual lifecycle model, as an inputs table. */
const INPUTS = [
  ["investmentUsd", 5e6],
  ["years", 10],
  ["tokensPerSecond", 720000],
  ["usdPerMillionTokens", 1.1],
  ["utilization", 0.7],
  ["annualOperatingCostUsd", 1.2e6],
  ["annualPriceChange", -0.3],
  ["annualThroughputGain", 0.2],
  ["discountRate", 0.1],
];

/** Eight uncertain inputs: triangular, uniform and normal. */
const UNCERTAIN = [
  ["usdPerMillionTokens", "triangular", 0.5, 1.1, 2],
  ["utilization", "uniform", 0.5, 0.9],
  ["annualPriceChange", "normal", -0.3, 0.15],
  ["annualThroughputGain", "normal", 0.2, 0.1],
  ["annualOperatingCostUsd", "triangular", 8e5, 1.2e6, 2e6],
  ["investmentUsd", "uniform", 4.5e6, 6e6],
  ["tokensPerSecond", "triangular", 5e5, 7.2e5, 9e5],
  ["discountRate", "uniform", 0.08, 0.12],
];

/** The same inputs as PERT (min, mode, max). */
const UNCERTAIN_PERT = [
  ["usdPerMillionTokens", "pert", 0.5, 1.1, 2],
  ["utilization", "pert", 0.5, 0.7, 0.9],
  ["annualPriceChange", "pert", -0.7, -0.3, 0],
  ["annualThroughputGain", "pert", 0, 0.2, 0.5],
  ["annualOperatingCostUsd", "pert", 8e5, 1.2e6, 2e6],
  ["investmentUsd", "pert", 4.5e6, 5e6, 6e6],
  ["tokensPerSecond", "pert", 5e5, 7.2e5, 9e5],
  ["discountRate", "pert", 0.08, 0.1, 0.12],
];

/** A valid 8 × 8 rank-correlation matrix: price with decline and utilization, capex with throughput. */
function correlationMatrix() {
  const m = Array.from({ length: 8 }, (_, i) =>
    Array.from({ length: 8 }, (_, j) => (i === j ? 1 : 0))
  );
  /** @param {number} i @param {number} j @param {number} r */
  const set = (i, j, r) => {
    /** @type {number[]} */ (m[i])[j] = r;
    /** @type {number[]} */ (m[j])[i] = r;
  };
  set(0, 2, -0.4);
  set(0, 1, 0.3);
  set(5, 6, 0.5);
  set(3, 6, 0.2);
  return m;
}
const CORRELATIONS = correlationMatrix();

/** The lowHigh table of TORNADO: each uncertain input's P10-ish range. */
const LOW_HIGH = [
  ["usdPerMillionTokens", 0.55, 2.2],
  ["utilization", 0.5, 0.9],
  ["annualPriceChange", -0.6, -0.1],
  ["annualThroughputGain", 0, 0.4],
  ["annualOperatingCostUsd", 8e5, 2e6],
  ["investmentUsd", 4.5e6, 6e6],
  ["tokensPerSecond", 5e5, 9e5],
  ["discountRate", 0.08, 0.12],
];

/** What SOLVEFOR solves for, per metric: a target reached by some token price. */
const SOLVE_TARGETS = { roiMultiple: 3, irr: 0.5, paybackMonths: 18 };

/**
 * A batch runner of plain loops over the core model: `evaluate` on each trial's values, the uncertain
 * slots filled from the pre-drawn columns.
 * @param {(values: Float64Array) => number} evaluate
 * @param {Float64Array} base
 * @param {readonly number[]} slots
 * @param {readonly Float64Array[]} columns
 */
function plainLoop(evaluate, base, slots, columns) {
  const values = base.slice();
  return (/** @type {number} */ callCount) => {
    let folded = 0;
    for (let call = 0; call < callCount; call++) {
      for (let i = 0; i < TRIALS; i++) {
        for (let j = 0; j < slots.length; j++)
          values[/** @type {number} */ (slots[j])] = /** @type {number} */ (
            /** @type {Float64Array} */ (columns[j])[i]
          );
        const y = evaluate(values);
        if (y === y) folded += y;
      }
    }
    return folded;
  };
}

/** @param {import("../run").BenchContext} context */
function benchmarkDecide({ registered, log }) {
  const core = /** @type {typeof import("../../src/core")} */ (loadCoreModule("index.ts"));
  const simulate = registeredFunction(registered, "SIMULATE");
  const tornado = registeredFunction(registered, "TORNADO");
  const solveFor = registeredFunction(registered, "SOLVEFOR");

  /**
   * SIMULATE's calls/s through the adapter and the plain loop's on the same samples, side by side.
   * @param {string} metric
   * @param {unknown[][]} uncertain
   */
  const simulation = (metric, uncertain) => {
    const args = [[metric], INPUTS, uncertain, [[TRIALS]], [[1]], CORRELATIONS, null];
    const summary = /** @type {unknown[][]} */ (simulate(...args));
    // The same model and draws SIMULATE makes: its own parse, per-trial model and sampler, run once
    // before timing.
    const parsed = core.uncertainInputs(/** @type {never} */ (uncertain));
    const { base, slots, evaluate } = core.simulationModel(
      core.checkedMetric(metric),
      core.decisionModel(/** @type {never} */ (INPUTS)),
      parsed
    );
    const columns = core.sampleColumns(
      parsed,
      TRIALS,
      1,
      core.checkedCorrelations(/** @type {never} */ (CORRELATIONS), parsed.length)
    );
    const rates = measureCallsPerSecond(
      {
        adapter: callLoop(simulate, [args]),
        plain: plainLoop(evaluate, base, slots, columns),
      },
      { sampleCount: 5 }
    );
    const p50 = summary.find((row) => row[0] === "P50")?.[1];
    log(`decide: SIMULATE ${metric} P50 = ${String(p50)}`);
    return {
      adapterTrialsPerSecond: scaled(rates.adapter, TRIALS),
      plainTrialsPerSecond: scaled(rates.plain, TRIALS),
      timesPlainLoop: rates.plain.median / rates.adapter.median,
    };
  };

  const simulations = [
    ["roiMultiple", UNCERTAIN, "SIMULATE roiMultiple, triangular/uniform/normal"],
    ["roiMultiple", UNCERTAIN_PERT, "SIMULATE roiMultiple, PERT"],
    ["irr", UNCERTAIN, "SIMULATE irr, triangular/uniform/normal"],
    ["paybackMonths", UNCERTAIN, "SIMULATE paybackMonths, triangular/uniform/normal"],
  ].map(([metric, uncertain, label], index) => {
    const measured = simulation(
      /** @type {string} */ (metric),
      /** @type {unknown[][]} */ (uncertain)
    );
    const headline = index === 0;
    return {
      label: /** @type {string} */ (label),
      ...measured,
      pass: headline
        ? measured.adapterTrialsPerSecond.median >= TARGETS.simulateTrialsPerSecond &&
          measured.timesPlainLoop <= TARGETS.simulateTimesPlainLoop
        : null,
    };
  });

  const metrics = /** @type {const} */ (["roiMultiple", "irr", "paybackMonths"]);
  /** @type {Record<string, import("../lib/timing").RunBatch>} */
  const subjects = {};
  for (const metric of metrics) {
    subjects[`TORNADO ${metric}, 8 inputs`] = callLoop(tornado, [[[[metric]], INPUTS, LOW_HIGH]]);
    subjects[`SOLVEFOR ${metric} for the token price`] = callLoop(solveFor, [
      [[[metric]], [[SOLVE_TARGETS[metric]]], [["usdPerMillionTokens"]], INPUTS, null, null],
    ]);
  }
  const rates = measureCallsPerSecond(subjects);
  const calls = Object.entries(rates).map(([label, callsPerSecond]) => {
    const headline = label.includes("roiMultiple");
    const target = label.startsWith("TORNADO")
      ? TARGETS.tornadoCallsPerSecond
      : TARGETS.solveForCallsPerSecond;
    return {
      label,
      callsPerSecond,
      target: headline ? target : null,
      pass: headline ? callsPerSecond.median >= target : null,
    };
  });
  return { trials: TRIALS, simulations, calls };
}

/**
 * Calls/s statistics as trials/s.
 * @param {import("../lib/stats").Stats} stats
 * @param {number} factor
 * @returns {import("../lib/stats").Stats}
 */
function scaled(stats, factor) {
  return /** @type {import("../lib/stats").Stats} */ (
    Object.fromEntries(
      Object.entries(stats).map(([key, value]) => [
        key,
        typeof value === "number" && key !== "samples" ? value * factor : value,
      ])
    )
  );
}

/** @param {ReturnType<typeof benchmarkDecide>} result */
function renderDecide(result) {
  const simulations = format.markdownTable(
    [
      `Case (built adapter, ${result.trials.toLocaleString("en-US")} trials, 8 inputs, 8 × 8 correlations)`,
      "Trials/s",
      "Plain loop, same samples",
      "Adapter ÷ loop",
      "Target",
      "Result",
    ],
    result.simulations.map((s) => [
      s.label,
      format.medianAndRange(s.adapterTrialsPerSecond),
      format.medianAndRange(s.plainTrialsPerSecond),
      format.ratio(s.timesPlainLoop),
      s.pass === null
        ? "(reported)"
        : `≥ ${format.compact(TARGETS.simulateTrialsPerSecond)}/s, ≤ ${TARGETS.simulateTimesPlainLoop}x`,
      format.passOrMiss(s.pass),
    ])
  );
  const calls = format.markdownTable(
    ["Case (built adapter, 10-year annual model)", "Calls/s", "Target", "Result"],
    result.calls.map((c) => [
      c.label,
      format.medianAndRange(c.callsPerSecond),
      c.target === null ? "(reported)" : `≥ ${format.compact(c.target)}/s`,
      format.passOrMiss(c.pass),
    ])
  );
  return `${simulations}\n\n${calls}`;
}

module.exports = { benchmarkDecide, renderDecide, TARGETS };
