/**
 * The core `npv` and `irr` (src/core/finance.ts) on raw cash flows, for the hard IRR cases.
 *
 * Why not through the bundle: TOKENIRR takes ROIMULTIPLE-style arguments, which can only produce one shape
 * of flows (−investment, then positive, smoothly changing flows). The hard cases need flows it cannot
 * express (several sign changes, zeros, 120 arbitrary periods), and the bundle does not export `irr`.
 * finance.ts imports nothing, so TypeScript's own `transpileModule` (already a dev dependency) turns it into
 * CommonJS at bench start, with no build step and no type checking. run.js cross-checks that this copy gives
 * the same rate as the bundle's TOKENIRR on flows TOKENIRR can express.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const ts = require("typescript");

const FINANCE_SOURCE = path.resolve(__dirname, "../../src/core/finance.ts");

function loadCoreFinance() {
  const source = fs.readFileSync(FINANCE_SOURCE, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: FINANCE_SOURCE,
  });
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(`(function (exports, module, require) {${outputText}\n})`, {
    filename: FINANCE_SOURCE,
  });
  wrapper(module.exports, module, () => {
    throw new Error("src/core/finance.ts is expected to import nothing");
  });
  return module.exports;
}

module.exports = { loadCoreFinance };
