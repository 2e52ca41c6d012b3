/**
 * Why the bench runs the bundle in this process's realm rather than a node:vm context: one scalar
 * function measured both ways. In a vm context every global the bundle reads goes through the context's
 * interceptors, a cost no Excel runtime has.
 */
"use strict";
const { loadRegisteredFunctions, registeredFunction } = require("../lib/builtBundle");
const { measureCallsPerSecond, callLoop } = require("../lib/timing");
const format = require("../lib/format");

const PROBE_ID = "COSTPERTOKEN";
const PROBE_ARGS = /** @type {const} */ ([2.21, 1149.1, 0.6, null]);

/** @param {import("../run").BenchContext} context */
function benchmarkRealm({ registered }) {
  const inVmContext = registeredFunction(
    loadRegisteredFunctions({ realm: "vm-context" }),
    PROBE_ID
  );
  const sets = Array.from({ length: 16 }, (_, k) => [
    PROBE_ARGS[0],
    PROBE_ARGS[1] * (1 + k / 1000),
    ...PROBE_ARGS.slice(2),
  ]);
  const rates = measureCallsPerSecond(
    {
      mainRealm: callLoop(registeredFunction(registered, PROBE_ID), sets),
      vmContext: callLoop(inVmContext, sets),
    },
    { sampleCount: 5 }
  );
  return {
    id: PROBE_ID,
    mainRealm: rates.mainRealm,
    vmContext: rates.vmContext,
    vmContextTimesSlower: rates.mainRealm.median / rates.vmContext.median,
  };
}

/** @param {ReturnType<typeof benchmarkRealm>} result */
function renderRealm(result) {
  return (
    `Realm check (${result.id}): ${format.compact(result.mainRealm.median)} calls/s in this realm (used above), ` +
    `${format.compact(result.vmContext.median)} calls/s in a node:vm context as the tests load it ` +
    `(${format.ratio(result.vmContextTimesSlower)} slower, from the context's global interceptors).`
  );
}

module.exports = { benchmarkRealm, renderRealm };
