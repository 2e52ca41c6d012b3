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
const format = require("../lib/format");

/** A rate solves when |NPV| is at most this share of the flows' discounted absolute sum… */
const NPV_RELATIVE_TOLERANCE = 1e-6;
/** …or when NPV changes sign within this distance of it: the rate is right to 12 decimal places. Near −100%
 *  NPV is so steep that no double rate gets |NPV| smaller, so this is the only meaningful test there. */
const RATE_ABSOLUTE_TOLERANCE = 1e-12;

/** NPV and the discounted absolute sum Σ|c_t|/(1+r)^t, time 0 undiscounted. */
function npvAndScale(rate, flows) {
  const discountFactor = 1 / (1 + rate);
  let npv = 0;
  let scale = 0;
  for (let t = flows.length - 1; t >= 0; t--) {
    npv = npv * discountFactor + flows[t];
    scale = scale * discountFactor + Math.abs(flows[t]);
  }
  return { npv, scale };
}

function isRoot(rate, flows) {
  if (typeof rate !== "number" || !Number.isFinite(rate) || rate <= -1) return false;
  const { npv, scale } = npvAndScale(rate, flows);
  if (Math.abs(npv) <= NPV_RELATIVE_TOLERANCE * scale) return true;
  const below = Math.max(rate - RATE_ABSOLUTE_TOLERANCE, (rate - 1) / 2); // never at or below −1
  const above = rate + RATE_ABSOLUTE_TOLERANCE;
  return npvAndScale(below, flows).npv * npvAndScale(above, flows).npv <= 0;
}

/** Each solver: flows → a rate (number) or null for "no rate". */
function makeSolvers(coreFinance) {
  return {
    tokenomics: (flows) => {
      const result = coreFinance.irr(flows);
      return result.ok ? result.value : null;
    },
    formulajs: (flows) => {
      const rate = formulajs.IRR(flows);
      return typeof rate === "number" ? rate : null;
    },
  };
}

function judge(testCase, rate) {
  if (testCase.noSolution) return rate === null;
  return rate !== null && isRoot(rate, testCase.flows);
}

function solveHardCases(solvers) {
  return HARD_IRR_CASES.map((testCase) => {
    const row = {
      name: testCase.name,
      periods: testCase.flows.length - 1,
      noSolution: Boolean(testCase.noSolution),
    };
    for (const [solverName, solve] of Object.entries(solvers)) {
      const rate = solve(testCase.flows);
      row[solverName] = { rate, solved: judge(testCase, rate) };
    }
    return row;
  });
}

/** Core irr and the bundle's TOKENIRR must give the same rate on TOKENIRR's own flows. */
function crossCheck(registered, coreFinance) {
  const tableRows = registered
    .get("TOKENCASHFLOWS")(...TEN_YEAR_DEPLOYMENT, null)
    .slice(1);
  const flows = tableRows.map((row) => row[4]);
  const viaBundle = registered.get("TOKENIRR")(...TEN_YEAR_DEPLOYMENT);
  const viaCore = coreFinance.irr(flows);
  return { flows, agree: viaCore.ok && viaCore.value === viaBundle, viaBundle };
}

function benchmarkIrr({ registered, coreFinance, log }) {
  const solvers = makeSolvers(coreFinance);
  const { flows, agree, viaBundle } = crossCheck(registered, coreFinance);
  if (!agree)
    throw new Error("core irr and the bundle's TOKENIRR disagree: rebuild dist/ (npm run build)");

  log("  TOKENIRR vs formulajs IRR on the 10-year flows");
  const flowSets = Array.from({ length: 16 }, () => [flows]);
  const tenYear = measureCallsPerSecond({
    tokenIrrAdapter: callLoop(
      registered.get("TOKENIRR"),
      Array.from({ length: 16 }, () => TEN_YEAR_DEPLOYMENT)
    ),
    coreIrr: callLoop((f) => coreFinance.irr(f).value, flowSets),
    formulajsIrr: callLoop((f) => formulajs.IRR(f), flowSets),
  });

  log("  hard cases");
  const hardCases = solveHardCases(solvers);
  // Every hard case once per call, so the rate is "whole sets per second" times the case count.
  const allFlows = HARD_IRR_CASES.map((testCase) => testCase.flows);
  const wholeSet = (solve) => () => {
    let folded = 0;
    for (const caseFlows of allFlows) folded += solve(caseFlows) ?? 1;
    return folded;
  };
  const hardSetRates = measureCallsPerSecond({
    tokenomics: callLoop(wholeSet(solvers.tokenomics), [[]]),
    formulajs: callLoop(wholeSet(solvers.formulajs), [[]]),
  });

  const solvedBy = (name) => hardCases.filter((row) => row[name].solved).length;
  const coverage = hardCases.every((row) => row.tokenomics.solved || !row.formulajs.solved);
  return {
    tenYearRate: viaBundle,
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

function scaleStats(stats, factor) {
  const scaled = {};
  for (const [key, value] of Object.entries(stats))
    scaled[key] = key === "samples" ? value : value * factor;
  return scaled;
}

function formatRate(rate) {
  if (rate === null) return "no rate";
  const percent = rate * 100;
  return `${Math.abs(percent) >= 1e4 ? percent.toExponential(4) : percent.toPrecision(9)}%`;
}

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
  const mark = (cell) => `${cell.solved ? "✓" : "✗"} ${formatRate(cell.rate)}`;
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
