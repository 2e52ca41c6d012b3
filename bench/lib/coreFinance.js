/**
 * The core `npv` and `irr` (src/core/finance.ts) on raw cash flows, for the hard IRR cases.
 *
 * Why not through the bundle: TOKENIRR takes ROIMULTIPLE-style arguments, which can only produce one shape
 * of flows (−investment, then positive, smoothly changing flows). The hard cases need flows it cannot
 * express (several sign changes, zeros, 120 arbitrary periods), and the bundle does not export `irr`.
 * finance.ts and the core modules it imports (answer.ts, messages.ts) are pure and import only each other,
 * so TypeScript's own `transpileModule` (already a dev dependency) turns each into CommonJS at bench start,
 * with no build step and no type checking. run.js cross-checks that this copy gives the same rate as the
 * bundle's TOKENIRR on flows TOKENIRR can express.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const ts = require("typescript");

const FINANCE_SOURCE = path.resolve(__dirname, "../../src/core/finance.ts");

/** One core module as CommonJS; its relative imports load the same way, each once. */
function loadCoreModule(file, loaded = new Map()) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const source = fs.readFileSync(file, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: file,
  });
  const module = { exports: {} };
  loaded.set(file, module);
  const wrapper = vm.runInThisContext(`(function (exports, module, require) {${outputText}\n})`, {
    filename: file,
  });
  wrapper(module.exports, module, (specifier) => {
    if (!specifier.startsWith("./"))
      throw new Error(`${file} imports ${specifier}: the core imports only its own modules`);
    return loadCoreModule(path.resolve(path.dirname(file), `${specifier}.ts`), loaded);
  });
  return module.exports;
}

function loadCoreFinance() {
  return loadCoreModule(FINANCE_SOURCE);
}

module.exports = { loadCoreFinance };
