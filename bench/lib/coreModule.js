/**
 * Loads a src/core module that imports nothing into this process, as CommonJS, with no build step:
 * TypeScript's own `transpileModule` (already a dev dependency) strips the types at bench start. The
 * benchmark uses it where the built bundle cannot serve: core `irr` on raw flows (see coreFinance.js) and
 * the core's constants for the plain-number limits (cases/limits.js), so no number is written twice.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const ts = require("typescript");

const CORE_DIR = path.resolve(__dirname, "../../src/core");

/**
 * The exports of `src/core/<file>`. Callers name the type with a JSDoc cast to
 * `typeof import("../../src/core/<file>")`, so the type checker still sees the real signatures.
 * @param {string} file - a file name under src/core, such as "finance.ts"
 * @returns {unknown}
 */
function loadCoreModule(file) {
  const fileName = path.join(CORE_DIR, file);
  const { outputText } = ts.transpileModule(fs.readFileSync(fileName, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName,
  });
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(`(function (exports, module, require) {${outputText}\n})`, {
    filename: fileName,
  });
  wrapper(module.exports, module, () => {
    throw new Error(`src/core/${file} is expected to import nothing`);
  });
  return module.exports;
}

module.exports = { loadCoreModule };
