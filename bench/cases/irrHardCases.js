/**
 * Cash flows that break guess-based IRR solvers. Each case: name, flows (time 0 first, one period apart),
 * and what a correct answer is: `noSolution: true` when no rate makes NPV 0 (then the right answer is an
 * error), otherwise any rate whose NPV is ~0 (see sections/irr.js `isRoot`); `roots` lists the true roots
 * where they are known in closed form, for the reader.
 */
"use strict";

/**
 * @typedef {object} HardIrrCase
 * @property {string} name
 * @property {number[]} flows - time 0 first, one period apart
 * @property {number[]} [roots] - the true roots, where known in closed form
 * @property {boolean} [noSolution] - no rate makes NPV 0
 */

/**
 * n equal payments after an initial outlay.
 * @param {number} investmentUsd
 * @param {number} paymentUsd
 * @param {number} periodCount
 */
function annuity(investmentUsd, paymentUsd, periodCount) {
  return [-investmentUsd, ...Array.from({ length: periodCount }, () => paymentUsd)];
}

/** Ten-year monthly token flows: revenue halving each year and a fixed monthly cost. */
function monthlyTokenFlows() {
  const flows = [-5e6];
  for (let month = 1; month <= 120; month++) {
    flows.push(1.5e6 * Math.pow(0.5, (month - 1) / 12) - 100000);
  }
  return flows;
}

/** @type {HardIrrCase[]} */
const HARD_IRR_CASES = [
  {
    name: "Excel IRR doc, 5 years (8.66%)",
    flows: [-70000, 12000, 15000, 18000, 21000, 26000],
    roots: [0.0866309480365],
  },
  {
    name: "Excel IRR doc, 2 years (−44.4%; Excel needs guess)",
    flows: [-70000, 12000, 15000],
    roots: [-0.443506],
  },
  { name: "near −99%: 1,000 back on 1,000,000", flows: [-1e6, 1000], roots: [-0.999] },
  { name: "near −100%: 1e-8 back on 1", flows: [-1, 1e-8], roots: [-0.99999999] },
  { name: "near −99%, three small flows", flows: [-1e6, 10, 10, 10], roots: [] },
  {
    name: "vendor claim 15x over 3 years (~497%)",
    flows: [-5e6, 24976512, 24976512, 24976512],
    roots: [],
  },
  { name: "15x in 1 year (1,400%)", flows: [-5e6, 75e6], roots: [14] },
  { name: "100x in 1 year (9,900%)", flows: [-1e6, 1e8], roots: [99] },
  { name: "2,000x in 1 period (199,900%)", flows: [-1, 2000], roots: [1999] },
  {
    name: "1,000,000x after 10 idle years (298%)",
    flows: [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e6],
    roots: [Math.pow(1e6, 0.1) - 1],
  },
  { name: "two sign changes: roots 10% and 20%", flows: [-100, 230, -132], roots: [0.1, 0.2] },
  {
    name: "three sign changes: roots 10%, 20%, 30%",
    flows: [-1000, 3600, -4310, 1716],
    roots: [0.1, 0.2, 0.3],
  },
  { name: "mine: roots 25% and 400%", flows: [-1600, 10000, -10000], roots: [0.25, 4] },
  {
    name: "refit in year 5, sign changes twice",
    flows: [-1e6, 4e5, 4e5, 4e5, 4e5, -1.2e6, 5e5, 5e5],
    roots: [],
  },
  { name: "120 months equal payments (~1.09%/month)", flows: annuity(1e6, 15000, 120), roots: [] },
  {
    name: "120 months of token flows, two roots (−1.3%, +21.9%)",
    flows: monthlyTokenFlows(),
    roots: [],
  },
  { name: "tiny return: +1 on 1,000,000", flows: [-1e6, 1e6 + 1], roots: [1e-6] },
  { name: "tiny loss: −0.01 on 1,000,000", flows: [-1e6, 1e6 - 0.01], roots: [-1e-8] },
  { name: "exactly 0%", flows: [-100, 50, 50], roots: [0] },
  { name: "loan: inflow first (10%)", flows: [1000, -1100], roots: [0.1] },
  {
    name: "late outlay after 30 idle periods",
    flows: [-100, ...new Array(30).fill(0), 1000],
    roots: [Math.pow(10, 1 / 31) - 1],
  },
  // (1+r)² − 2.14(1+r) + 1.1449 = (1.07 − (1+r))²: NPV just touches 0 at 7%. In the doubles actually stored
  // it peaks at +9e-17, so two roots lie 2e-8 apart; a solver that scans for sign changes will not see them.
  { name: "tangent root at 7% (two roots 2e-8 apart)", flows: [-1, 2.14, -1.1449], roots: [0.07] },
  { name: "no solution: NPV > 0 at every rate", flows: [100, -300, 250], noSolution: true },
  { name: "no solution: one sign, plus zeros", flows: [-100, 0, 0, -5], noSolution: true },
];

module.exports = { HARD_IRR_CASES };
