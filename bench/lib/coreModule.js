/**
 * Loads a src/core module (and the core modules it imports) into this process, as CommonJS, with no build step:
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
/** The packages the core may import: package.json's runtime dependencies. */
const RUNTIME_DEPENDENCIES = Object.keys(require("../../package.json").dependencies ?? {});

/**
 * The exports of `src/core/<file>`. Callers name the type with a JSDoc cast to
 * `typeof import("../../src/core/<file>")`, so the type checker still sees the real signatures.
 * @param {string} file - a file name under src/core, such as "finance.ts"
 * @param {Map<string, { exports: unknown }>} [loaded] - modules already loaded in this call
 * @returns {unknown}
 */
function loadCoreModule(file, loaded = new Map()) {
  const fileName = path.join(CORE_DIR, file);
  const done = loaded.get(fileName);
  if (done) return done.exports;
  const { outputText } = ts.transpileModule(fs.readFileSync(fileName, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName,
  });
  const module = { exports: {} };
  loaded.set(fileName, module);
  const wrapper = vm.runInThisContext(`(function (exports, module, require) {${outputText}\n})`, {
    filename: fileName,
  });
  // The core is pure: it imports its own modules (./x, ../x, a folder's index), which load the same way,
  // each once, and its runtime dependencies (decimal.js), which load as installed.
  wrapper(module.exports, module, (/** @type {string} */ specifier) => {
    if (!specifier.startsWith(".")) {
      if (!RUNTIME_DEPENDENCIES.includes(specifier))
        throw new Error(
          `src/core/${file} imports ${specifier}: the core imports only its own modules and its runtime dependencies`
        );
      return require(specifier);
    }
    const target = path.resolve(path.dirname(fileName), specifier);
    const relative = path.relative(CORE_DIR, target);
    return loadCoreModule(
      fs.existsSync(`${target}.ts`) ? `${relative}.ts` : path.join(relative, "index.ts"),
      loaded
    );
  });
  return module.exports;
}

module.exports = { loadCoreModule };
