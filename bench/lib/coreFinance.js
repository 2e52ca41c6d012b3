/**
 * The core `npv` and `irr` (src/core/finance.ts) on raw cash flows, for the hard IRR cases.
 *
 * Why not through the bundle: TOKENIRR takes ROIMULTIPLE-style arguments, which can only produce one shape
 * of flows (−investment, then positive, smoothly changing flows). The hard cases need flows it cannot
 * express (several sign changes, zeros, 120 arbitrary periods), and the bundle does not export `irr`.
 * finance.ts and the core modules it imports load with no build step (lib/coreModule.js). run.js cross-checks that
 * this copy gives the same rate as the bundle's TOKENIRR on flows TOKENIRR can express.
 */
"use strict";
const { loadCoreModule } = require("./coreModule");

/** @typedef {typeof import("../../src/core/finance")} CoreFinance */

/** @returns {CoreFinance} */
function loadCoreFinance() {
  return /** @type {CoreFinance} */ (loadCoreModule("finance.ts"));
}

module.exports = { loadCoreFinance };
