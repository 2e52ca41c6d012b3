/**
 * Loads the BUILT custom-functions bundle the way Excel's runtime does: dist/functions.js runs as a classic
 * script with a stand-in `CustomFunctions` global that records each `associate(id, fn)`; the benchmark then
 * calls the recorded functions by Excel ID, as Excel would. (The stand-in is test/support's, which is plain
 * JS so the bench needs no compile step.)
 *
 * Two realms are offered. "main" (the default for timing) runs the script in this process's own realm, like
 * a <script> tag in Excel's shared-runtime page. "vm-context" runs it in a fresh node:vm context, as the
 * built-bundle tests do; there every global lookup the bundle makes (Math, Number, Array…) goes through
 * the context's interceptors, which costs more than the functions themselves (run.js prints the measured
 * difference once) and is not how any Excel runtime executes the code.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const DIST_DIR = path.resolve(__dirname, "../../dist");

// The same stand-in runtime the Jest tests use.
const {
  createCustomFunctionsRuntime: createStandInRuntime,
} = require("../../test/support/customFunctionsRuntime");

/**
 * @param {string} file - a file name under dist/
 * @returns {string} its full path
 */
function distPath(file) {
  const full = path.join(DIST_DIR, file);
  if (!fs.existsSync(full)) {
    throw new Error(`${full} is missing: run "npm run build" first ("npm run bench" does).`);
  }
  return full;
}

/**
 * The functions the bundle registered, by Excel ID, called as Excel calls them.
 * @typedef {Map<string, (...args: unknown[]) => unknown>} Registered
 */

/**
 * A function the bench needs to be registered: an ID the bundle does not register is a stale dist/.
 * @param {Registered} registered
 * @param {string} id
 */
function registeredFunction(registered, id) {
  const fn = registered.get(id);
  if (!fn) throw new Error(`${id} is not registered by dist/functions.js: run "npm run build"`);
  return fn;
}

/**
 * @typedef {object} FunctionMetadata
 * @property {string} id
 * @property {{ name: string, type?: string, optional?: boolean }[]} parameters
 * @property {{ type?: string, dimensionality?: string }} result
 */

/**
 * The function metadata webpack emitted (dist/functions.json): IDs and parameters.
 * @returns {FunctionMetadata[]}
 */
function readFunctionMetadata() {
  return JSON.parse(fs.readFileSync(distPath("functions.json"), "utf8")).functions;
}

/**
 * Runs dist/functions.js and returns Map<Excel ID, registered function>.
 * @param {{ realm?: "main" | "vm-context" }} [options] - realm "main": this realm (`CustomFunctions` stays
 *   defined on globalThis, as in Excel, because the bundle reads it when it raises an error); "vm-context":
 *   a fresh node:vm context
 * @returns {Registered}
 */
function loadRegisteredFunctions({ realm = "main" } = {}) {
  const runtime = createStandInRuntime();
  const source = fs.readFileSync(distPath("functions.js"), "utf8");
  if (realm === "vm-context") {
    vm.runInContext(source, vm.createContext({ CustomFunctions: runtime, console }), {
      filename: "functions.js",
    });
  } else {
    // The stand-in implements only what the bundle uses of the runtime, not all of its declared type.
    /** @type {{ CustomFunctions: unknown }} */ (
      /** @type {unknown} */ (globalThis)
    ).CustomFunctions = runtime;
    vm.runInThisContext(source, { filename: "functions.js" });
  }
  return new Map(runtime.registrations.map((registration) => [registration.id, registration.fn]));
}

/**
 * The value a single-value call shows: functions that broadcast return a 1×1 spill for single values.
 * @param {unknown} result
 * @returns {unknown}
 */
function oneCellValue(result) {
  if (Array.isArray(result) && result.length === 1) {
    const row = result[0];
    if (Array.isArray(row) && row.length === 1) return row[0];
  }
  return result;
}

module.exports = {
  oneCellValue,
  DIST_DIR,
  distPath,
  readFunctionMetadata,
  loadRegisteredFunctions,
  registeredFunction,
};
