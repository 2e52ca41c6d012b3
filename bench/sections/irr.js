/**
 * TOKENIRR against the IRR of @formulajs/formulajs (Newton from 10% with a bisection fallback):
 * speed on the same flows, and how many hard cases each solves. Hard cases run on raw flows through the
 * core `irr` (see lib/coreFinance.js for why), after checking that core `irr` and the bundle's TOKENIRR
 * agree on flows TOKENIRR can express.
 */
"use strict";
const formulajs = require("@formulajs/formulajs");
const { HARD_IRR_CASES } = require("../cases/irrHardCases");
const { TEN_YEAR_DEPLOYMENT } = require("../cases/functionCases");
const { measureCallsPerSecond, callLoop } = require("../lib/timing");
const { oneCellValue, registeredFunction } = require("../lib/builtBundle");
const format = require("../lib/format");

/** A rate solves when |NPV| is at most this share of the flows' discounted absolute sum… */
const NPV_RELATIVE_TOLERANCE = 1e-6;
/** …or when NPV changes sign within this distance of it: the rate is right to 12 decimal places. Near −100%
 *  NPV is so steep that no double rate gets |NPV| smaller, so this is the only meaningful test there. */
const RATE_ABSOLUTE_TOLERANCE = 1e-12;

/**
 * @typedef {(flows: readonly number[]) => number | null} Solver a rate, or null for "no rate"
 * @typedef {{ rate: number | null, solved: boolean }} Verdict
 * @typedef {{ name: string, periods: number, noSolution: boolean, tokenomics: Verdict, formulajs: Verdict }} HardCaseRow
 */

/**
 * NPV and the discounted absolute sum Σ|c_t|/(1+r)^t, time 0 undiscounted.
 * @param {number} rate
 * @param {readonly number[]} flows
 */
function npvAndScale(rate, flows) {
  const discountFactor = 1 / (1 + rate);
  let npv = 0;
  let scale = 0;
  for (let t = flows.length - 1; t >= 0; t--) {
    const flow = /** @type {number} */ (flows[t]);
    npv = npv * discountFactor + flow;
    scale = scale * discountFactor + Math.abs(flow);
  }
  return { npv, scale };
}

/**
 * @param {unknown} rate
 * @param {readonly number[]} flows
 */
function isRoot(rate, flows) {
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= -1) return false;
  const { npv, scale } = npvAndScale(rate, flows);
  if (Math.abs(npv) <= NPV_RELATIVE_TOLERANCE * scale) return true;
  const below = Math.max(rate - RATE_ABSOLUTE_TOLERANCE, (rate - 1) / 2); // never at or below −1
  const above = rate + RATE_ABSOLUTE_TOLERANCE;
  return npvAndScale(below, flows).npv * npvAndScale(above, flows).npv <= 0;
}

/**
 * Each solver: flows → a rate (number) or null for "no rate".
 * @param {import("../lib/coreFinance").CoreFinance} coreFinance
 * @returns {{ tokenomics: Solver, formulajs: Solver }}
 */
function makeSolvers(coreFinance) {
  return {
    tokenomics: (flows) => {
      const result = coreFinance.irr(flows);
      return result.ok ? result.value : null;
    },
    formulajs: (flows) => {
      const rate = formulajs.IRR(/** @type {number[]} */ (flows));
      return typeof rate === "number" ? rate : null;
    },
  };
}

/**
 * @param {import("../cases/irrHardCases").HardIrrCase} testCase
 * @param {number | null} rate
 */
function judge(testCase, rate) {
  if (testCase.noSolution) return rate === null;
  return rate !== null && isRoot(rate, testCase.flows);
}

/**
 * @param {ReturnType<typeof makeSolvers>} solvers
 * @returns {HardCaseRow[]}
 */
function solveHardCases(solvers) {
  return HARD_IRR_CASES.map((testCase) => {
    /** @param {Solver} solve */
    const verdict = (solve) => {
      const rate = solve(testCase.flows);
      return { rate, solved: judge(testCase, rate) };
    };
    return {
      name: testCase.name,
      periods: testCase.flows.length - 1,
      noSolution: Boolean(testCase.noSolution),
      tokenomics: verdict(solvers.tokenomics),
      formulajs: verdict(solvers.formulajs),
    };
  });
}

/**
 * Core irr and the bundle's TOKENIRR must give the same rate on TOKENIRR's own flows.
 * @param {import("../lib/builtBundle").Registered} registered
 * @param {import("../lib/coreFinance").CoreFinance} coreFinance
 */
function crossCheck(registered, coreFinance) {
  const table = /** @type {number[][]} */ (
    registeredFunction(registered, "TOKENCASHFLOWS")(...TEN_YEAR_DEPLOYMENT, null)
  );
  const flows = table.slice(1).map((row) => /** @type {number} */ (row[4]));
  const viaBundle = oneCellValue(
    registeredFunction(registered, "TOKENIRR")(...TEN_YEAR_DEPLOYMENT)
  );
  const viaCore = coreFinance.irr(flows);
  const rate = viaCore.ok ? viaCore.value : null;
  return { flows, agree: rate !== null && rate === viaBundle, rate };
}

/** @param {import("../run").BenchContext} context */
function benchmarkIrr({ registered, coreFinance, log }) {
  const solvers = makeSolvers(coreFinance);
  const { flows, agree, rate } = crossCheck(registered, coreFinance);
  if (!agree)
    throw new Error("core irr and the bundle's TOKENIRR disagree: rebuild dist/ (npm run build)");

  log("  TOKENIRR vs formulajs IRR on the 10-year flows");
  const flowSets = Array.from({ length: 16 }, () => [flows]);
  const tenYear = measureCallsPerSecond({
    tokenIrrAdapter: callLoop(
      registeredFunction(registered, "TOKENIRR"),
      Array.from({ length: 16 }, () => TEN_YEAR_DEPLOYMENT)
    ),
    coreIrr: callLoop((/** @type {number[]} */ f) => solvers.tokenomics(f), flowSets),
    formulajsIrr: callLoop((/** @type {number[]} */ f) => formulajs.IRR(f), flowSets),
  });

  log("  hard cases");
  const hardCases = solveHardCases(solvers);
  // Every hard case once per call, so the rate is "whole sets per second" times the case count.
  const allFlows = HARD_IRR_CASES.map((testCase) => testCase.flows);
  const wholeSet = (/** @type {Solver} */ solve) => () => {
    let folded = 0;
    for (const caseFlows of allFlows) folded += solve(caseFlows) ?? 1;
    return folded;
  };
  const hardSetRates = measureCallsPerSecond({
    tokenomics: callLoop(wholeSet(solvers.tokenomics), [[]]),
    formulajs: callLoop(wholeSet(solvers.formulajs), [[]]),
  });

  const solvedBy = (/** @type {"tokenomics" | "formulajs"} */ name) =>
    hardCases.filter((row) => row[name].solved).length;
  const coverage = hardCases.every((row) => row.tokenomics.solved || !row.formulajs.solved);
  return {
    tenYearRate: rate,
    tenYear,
    hardCases,
    hardSetCasesPerSecond: {
      tokenomics: scaleStats(hardSetRates.tokenomics, allFlows.length),
      formulajs: scaleStats(hardSetRates.formulajs, allFlows.length),
    },
    solved: {
      tokenomics: solvedBy("tokenomics"),
      formulajs: solvedBy("formulajs"),
      total: hardCases.length,
    },
    target: {
      text: "TOKENIRR ≥ 20,000/s, faster than formulajs IRR, solves every case formulajs solves and more",
      fastEnough: tenYear.tokenIrrAdapter.median >= 2e4,
      fasterThanFormulajs: tenYear.tokenIrrAdapter.median > tenYear.formulajsIrr.median,
      solvesSupersetAndMore: coverage && solvedBy("tokenomics") > solvedBy("formulajs"),
    },
  };
}

/**
 * @param {import("../lib/stats").Stats} stats
 * @param {number} factor
 * @returns {import("../lib/stats").Stats}
 */
function scaleStats(stats, factor) {
  return {
    median: stats.median * factor,
    min: stats.min * factor,
    max: stats.max * factor,
    q1: stats.q1 * factor,
    q3: stats.q3 * factor,
    samples: stats.samples,
  };
}

/** @param {number | null} rate */
function formatRate(rate) {
  if (rate === null) return "no rate";
  const percent = rate * 100;
  return `${Math.abs(percent) >= 1e4 ? percent.toExponential(4) : percent.toPrecision(9)}%`;
}

/** @param {ReturnType<typeof benchmarkIrr>} result */
function renderIrr(result) {
  const speed = format.markdownTable(
    [
      "Solver (10-year annual flows, IRR " + formatRate(result.tenYearRate) + ")",
      "Calls/s median (min–max)",
    ],
    [
      [
        "TOKENIRR through the adapter (builds the flows too)",
        format.medianAndRange(result.tenYear.tokenIrrAdapter),
      ],
      ["core irr on the flows", format.medianAndRange(result.tenYear.coreIrr)],
      ["formulajs IRR on the same flows", format.medianAndRange(result.tenYear.formulajsIrr)],
      [
        `core irr, ${result.hardCases.length} hard cases (cases/s)`,
        format.medianAndRange(result.hardSetCasesPerSecond.tokenomics),
      ],
      [
        `formulajs IRR, ${result.hardCases.length} hard cases (cases/s)`,
        format.medianAndRange(result.hardSetCasesPerSecond.formulajs),
      ],
    ]
  );
  const mark = (/** @type {Verdict} */ cell) =>
    `${cell.solved ? "✓" : "✗"} ${formatRate(cell.rate)}`;
  const cases = format.markdownTable(
    ["Hard case", "Periods", "TOKENOMICS irr", "formulajs IRR"],
    [
      ...result.hardCases.map((row) => [
        row.name,
        row.periods,
        mark(row.tokenomics),
        mark(row.formulajs),
      ]),
      [
        "Solved",
        "",
        `${result.solved.tokenomics}/${result.solved.total}`,
        `${result.solved.formulajs}/${result.solved.total}`,
      ],
    ]
  );
  const t = result.target;
  const verdict =
    `Target: ${t.text}: ${format.passOrMiss(t.fastEnough && t.fasterThanFormulajs && t.solvesSupersetAndMore)} ` +
    `(≥ 20,000/s ${format.passOrMiss(t.fastEnough)}, faster ${format.passOrMiss(t.fasterThanFormulajs)}, ` +
    `solves ⊇ formulajs and more ${format.passOrMiss(t.solvesSupersetAndMore)})`;
  return (
    `${speed}\n\n${cases}\n✓ = a rate whose NPV is ~0 (|NPV| ≤ 1e-6 of Σ|flow|/(1+r)^t, or NPV changes sign within ±1e-12), ` +
    `or "no rate" where none exists.\n${verdict}`
  );
}

module.exports = { benchmarkIrr, renderIrr, isRoot };
