#!/usr/bin/env node
/**
 * `npm run bench`: how fast the TOKENOMICS functions are next to everything around them, in one process.
 * Loads the BUILT bundle (dist/, so run `npm run build` first; `npm run bench` does), then measures:
 *   1. every registered custom function through the adapter, next to its plain-number limit;
 *   2. TOKENIRR against formulajs' IRR: speed, and hard cases solved;
 *   3. a 10,000-row HyperFormula workbook with TOKENOMICS functions against native formulas;
 *   4. bundle weight; 5. task-pane start in headless Chromium; 6. the period and cash-flow-row functions;
 *   7. the platform-choice functions; 8. the decision functions (SIMULATE, TORNADO, SOLVEFOR).
 * Prints Markdown tables with each target and PASS/MISS, and writes the figures to bench/results.json
 * (compare two runs with `node bench/compare.js old.json new.json`).
 *
 * Options: --out <file> (default bench/results.json); --only <section,…> (functions, realm, irr, recalc,
 * bundle, taskpane, periods, platforms, decide) to run part of it while working on one figure.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { loadRegisteredFunctions, readFunctionMetadata } = require("./lib/builtBundle");
const { loadCoreFinance } = require("./lib/coreFinance");
const { describeMachine, loadAverage1m } = require("./lib/machine");
const { sinkValue } = require("./lib/timing");
const format = require("./lib/format");
const { benchmarkFunctions, renderFunctions } = require("./sections/functions");
const { benchmarkRealm, renderRealm } = require("./sections/realm");
const { benchmarkIrr, renderIrr } = require("./sections/irr");
const { benchmarkRecalc, renderRecalc } = require("./sections/recalc");
const { benchmarkBundle, renderBundle } = require("./sections/bundle");
const { benchmarkTaskpane, renderTaskpane } = require("./sections/taskpane");
const { benchmarkPeriods, renderPeriods } = require("./sections/periods");
const { benchmarkPlatforms, renderPlatforms } = require("./sections/platforms");
const { benchmarkDecide, renderDecide } = require("./sections/decide");

/**
 * What every section's benchmark receives.
 * @typedef {object} BenchContext
 * @property {import("./lib/builtBundle").Registered} registered - the bundle's functions by Excel ID
 * @property {import("./lib/builtBundle").FunctionMetadata[]} metadata - dist/functions.json
 * @property {import("./lib/coreFinance").CoreFinance} coreFinance
 * @property {(message: string) => void} log - progress, to stderr
 */

/**
 * One figure of a run, the form compare.js reads.
 * @typedef {object} Metric
 * @property {string} key
 * @property {number} value
 * @property {string} unit
 * @property {"higher" | "lower"} better
 */

/**
 * What each section returned, under its name; a section left out by --only is absent.
 * @typedef {object} Results
 * @property {Awaited<ReturnType<typeof benchmarkFunctions>>} [functions]
 * @property {Awaited<ReturnType<typeof benchmarkRealm>>} [realm]
 * @property {Awaited<ReturnType<typeof benchmarkIrr>>} [irr]
 * @property {Awaited<ReturnType<typeof benchmarkRecalc>>} [recalc]
 * @property {Awaited<ReturnType<typeof benchmarkBundle>>} [bundle]
 * @property {Awaited<ReturnType<typeof benchmarkTaskpane>>} [taskpane]
 * @property {ReturnType<typeof benchmarkPeriods>} [periods]
 * @property {ReturnType<typeof benchmarkPlatforms>} [platforms]
 * @property {ReturnType<typeof benchmarkDecide>} [decide]
 */

/**
 * A section: its benchmark, and how its result prints. Each section's result type is its own; the
 * loop in main() stores results by name, so here they are `any` as far as the list is concerned.
 * @typedef {object} Section
 * @property {keyof Results} name
 * @property {string} title
 * @property {(context: BenchContext) => unknown} run
 * @property {(result: any) => string} render
 */

/** @type {Section[]} */
const SECTIONS = [
  {
    name: "functions",
    title: "Custom functions through the adapter vs the plain-number limit (calls/s)",
    run: benchmarkFunctions,
    render: renderFunctions,
  },
  { name: "realm", title: "Realm check", run: benchmarkRealm, render: renderRealm },
  { name: "irr", title: "TOKENIRR vs formulajs IRR", run: benchmarkIrr, render: renderIrr },
  {
    name: "recalc",
    title: "Recalculation proxy (HyperFormula)",
    run: benchmarkRecalc,
    render: renderRecalc,
  },
  { name: "bundle", title: "Bundle weight", run: benchmarkBundle, render: renderBundle },
  {
    name: "taskpane",
    title: "Task-pane start (headless Chromium)",
    run: benchmarkTaskpane,
    render: renderTaskpane,
  },
  {
    name: "periods",
    title: "Period and cash-flow-row functions through the adapter (calls/s)",
    run: benchmarkPeriods,
    render: renderPeriods,
  },
  {
    name: "platforms",
    title: "Platform-choice functions through the adapter (calls/s)",
    run: benchmarkPlatforms,
    render: renderPlatforms,
  },
  {
    name: "decide",
    title:
      "Decision functions through the adapter: SIMULATE (trials/s), TORNADO and SOLVEFOR (calls/s)",
    run: benchmarkDecide,
    render: renderDecide,
  },
];

/**
 * @param {readonly string[]} argv
 * @returns {{ out: string, only: Set<string> | null }}
 */
function parseOptions(argv) {
  /** @type {{ out: string, only: Set<string> | null }} */
  const options = { out: path.join(__dirname, "results.json"), only: null };
  /** The value after an option, or a usage error. */
  const valueAfter = (/** @type {number} */ i) => {
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${argv[i]} needs a value`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") options.out = path.resolve(valueAfter(i++));
    else if (argv[i] === "--only") options.only = new Set(valueAfter(i++).split(","));
    else throw new Error(`unknown option ${argv[i]} (use --out <file>, --only <section,…>)`);
  }
  return options;
}

/**
 * Every figure as { key, value, unit, better }, the form compare.js reads.
 * @param {Results} results
 * @returns {Metric[]}
 */
function collectMetrics(results) {
  /** @type {Metric[]} */
  const metrics = [];
  /**
   * @param {string} key
   * @param {number | undefined} value
   * @param {string} unit
   * @param {Metric["better"]} better
   */
  const add = (key, value, unit, better) => {
    if (typeof value === "number" && Number.isFinite(value))
      metrics.push({ key, value, unit, better });
  };
  for (const r of results.functions?.ranges ?? []) {
    if (r.skipped === undefined)
      add(`${r.id} · ${r.label} · cells`, r.cellsPerSecond.median, "cells/s", "higher");
  }
  for (const c of results.functions?.cases ?? []) {
    if (c.skipped !== undefined) continue;
    add(`${c.id} · ${c.label} · adapter`, c.adapterCallsPerSecond.median, "calls/s", "higher");
    add(`${c.id} · ${c.label} · limit`, c.limitCallsPerSecond.median, "calls/s", "higher");
  }
  const irr = results.irr;
  if (irr) {
    add(
      "IRR · TOKENIRR adapter, 10 years",
      irr.tenYear.tokenIrrAdapter.median,
      "calls/s",
      "higher"
    );
    add("IRR · core irr, 10 years", irr.tenYear.coreIrr.median, "calls/s", "higher");
    add("IRR · formulajs IRR, 10 years", irr.tenYear.formulajsIrr.median, "calls/s", "higher");
    add(
      "IRR · core irr, hard cases",
      irr.hardSetCasesPerSecond.tokenomics.median,
      "cases/s",
      "higher"
    );
    add(
      "IRR · formulajs IRR, hard cases",
      irr.hardSetCasesPerSecond.formulajs.median,
      "cases/s",
      "higher"
    );
    add("IRR · hard cases solved, TOKENOMICS", irr.solved.tokenomics, "cases", "higher");
    add("IRR · hard cases solved, formulajs", irr.solved.formulajs, "cases", "higher");
  }
  const recalc = results.recalc;
  if (recalc) {
    for (const sheet of /** @type {const} */ (["tokenomics", "native"])) {
      add(`HyperFormula · ${sheet} · build`, recalc[sheet].buildMs.median, "ms", "lower");
      add(`HyperFormula · ${sheet} · recalc`, recalc[sheet].recalcMs.median, "ms", "lower");
      add(`HyperFormula · ${sheet} · total`, recalc[sheet].totalMs.median, "ms", "lower");
    }
    add("HyperFormula · TOKENOMICS ÷ native", recalc.timesNative, "x", "lower");
    add("HyperFormula · spilled recalc speed-up", recalc.spilledTimesFaster, "x", "higher");
  }
  for (const c of results.periods?.cases ?? []) {
    add(`periods · ${c.label}`, c.callsPerSecond.median, "calls/s", "higher");
  }
  for (const c of results.platforms?.cases ?? []) {
    add(`platforms · ${c.label}`, c.callsPerSecond.median, "calls/s", "higher");
  }
  for (const s of results.decide?.simulations ?? []) {
    add(`decide · ${s.label} · adapter`, s.adapterTrialsPerSecond.median, "trials/s", "higher");
    add(`decide · ${s.label} · plain loop`, s.plainTrialsPerSecond.median, "trials/s", "higher");
    add(`decide · ${s.label} · adapter ÷ loop`, s.timesPlainLoop, "x", "lower");
  }
  for (const c of results.decide?.calls ?? []) {
    add(`decide · ${c.label}`, c.callsPerSecond.median, "calls/s", "higher");
  }
  const bundle = results.bundle;
  if (bundle) {
    add("bundle · functions.js", bundle.functions.bytes, "B", "lower");
    add("bundle · functions.js gzipped", bundle.functions.gzipBytes, "B", "lower");
    add("bundle · task pane", bundle.pane.bytes, "B", "lower");
    add("bundle · task pane gzipped", bundle.pane.gzipBytes, "B", "lower");
  }
  if (results.taskpane?.available) {
    add("task pane · ready (in page)", results.taskpane.inPageMs.median, "ms", "lower");
    add("task pane · ready (driver)", results.taskpane.outsideMs.median, "ms", "lower");
    add("task pane · static floor page", results.taskpane.floorInPageMs.median, "ms", "lower");
  }
  return metrics;
}

/**
 * @typedef {object} Target
 * @property {string} target
 * @property {string} figure
 * @property {boolean | null} pass - null: not measured
 */

/**
 * Every issue target with its figure, PASS / MISS, or "not measured".
 * @param {Results} results
 * @returns {Target[]}
 */
function collectTargets(results) {
  /** @type {Target[]} */
  const targets = [];
  for (const c of results.functions?.cases ?? []) {
    if (!c.target) continue;
    targets.push(
      c.skipped !== undefined
        ? {
            target: `${c.id} (${c.schedule}) ${c.target}`,
            figure: `skipped: ${c.skipped}`,
            pass: false,
          }
        : {
            target: `${c.id} (${c.schedule}) ${c.target}`,
            figure: `${format.compact(c.adapterCallsPerSecond.median)}/s, ${format.ratio(c.timesSlowerThanLimit)} limit`,
            pass: c.pass ?? null,
          }
    );
  }
  for (const r of results.functions?.ranges ?? []) {
    targets.push({
      target: `${r.id} (${r.label}) ${r.target}`,
      figure:
        r.skipped !== undefined
          ? `skipped: ${r.skipped}`
          : `${format.compact(r.cellsPerSecond.median)} cells/s, single ${format.compact(r.singleCallsPerSecond.median)}/s`,
      pass: r.skipped !== undefined ? false : r.pass,
    });
  }
  if (results.irr) {
    const t = results.irr.target;
    const s = results.irr.solved;
    // TOKENIRR ≥ 20,000/s is judged once, in the functions table.
    targets.push({
      target: "TOKENIRR faster than formulajs IRR (same flows)",
      figure: `${format.compact(results.irr.tenYear.tokenIrrAdapter.median)}/s vs ${format.compact(results.irr.tenYear.formulajsIrr.median)}/s`,
      pass: t.fasterThanFormulajs,
    });
    targets.push({
      target: "TOKENIRR solves every hard case formulajs solves, and more",
      figure: `${s.tokenomics}/${s.total} vs ${s.formulajs}/${s.total}`,
      pass: t.solvesSupersetAndMore,
    });
  }
  if (results.recalc) {
    targets.push({
      target: `HyperFormula sheet with TOKENOMICS ${results.recalc.target.text}`,
      figure: format.ratio(results.recalc.timesNative),
      pass: results.recalc.target.pass,
    });
    targets.push({
      target: `HyperFormula: ${results.recalc.spilledTarget.text}`,
      figure: `${format.ratio(results.recalc.spilledTimesFaster)}; adapter calls ${results.recalc.spilled.recalcAdapterCalls} vs ${results.recalc.tokenomics.recalcAdapterCalls}`,
      pass: results.recalc.spilledTarget.pass,
    });
  }
  for (const c of [...(results.periods?.cases ?? []), ...(results.platforms?.cases ?? [])]) {
    targets.push({
      target: `${c.label} ≥ ${format.compact(c.target)} calls/s`,
      figure: `${format.compact(c.callsPerSecond.median)}/s`,
      pass: c.pass,
    });
  }
  for (const s of results.decide?.simulations ?? []) {
    if (s.pass === null) continue;
    targets.push({
      target: `${s.label}, 10,000 trials, 8 inputs + correlations: ≥ 100k trials/s and ≤ 2x a plain loop`,
      figure: `${format.compact(s.adapterTrialsPerSecond.median)} trials/s, ${format.ratio(s.timesPlainLoop)} the loop`,
      pass: s.pass,
    });
  }
  for (const c of results.decide?.calls ?? []) {
    if (c.target === null) continue;
    targets.push({
      target: `${c.label} ≥ ${format.compact(c.target)} calls/s`,
      figure: `${format.compact(c.callsPerSecond.median)}/s`,
      pass: c.pass,
    });
  }
  if (results.bundle) {
    targets.push({
      target: results.bundle.target.text,
      figure: `${results.bundle.functions.gzipBytes.toLocaleString("en-US")} B`,
      pass: results.bundle.target.pass,
    });
  }
  if (results.taskpane) {
    targets.push(
      results.taskpane.available
        ? {
            target: `task pane ready ${results.taskpane.target.text}`,
            figure: format.milliseconds(results.taskpane.inPageMs.median),
            pass: results.taskpane.target.pass,
          }
        : {
            target: "task pane ready < 1000 ms",
            figure: `unavailable: ${results.taskpane.reason}`,
            pass: null,
          }
    );
  }
  return targets;
}

/** @param {readonly Target[]} targets */
function renderTargets(targets) {
  return format.markdownTable(
    ["Target", "Figure", "Result"],
    targets.map((t) => [
      t.target,
      t.figure,
      t.pass === null ? "NOT MEASURED" : format.passOrMiss(t.pass),
    ])
  );
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const start = process.hrtime.bigint();
  const log = (/** @type {string} */ message) => void process.stderr.write(`${message}\n`);
  const machine = describeMachine();
  const loadAtStart = loadAverage1m();
  const context = {
    registered: loadRegisteredFunctions(),
    metadata: readFunctionMetadata(),
    coreFinance: loadCoreFinance(),
    log,
  };
  /** @type {Record<string, unknown>} */
  const results = {};
  /** @type {Record<string, number>} */
  const sectionWallMs = {};
  for (const section of SECTIONS) {
    if (options.only && !options.only.has(section.name)) continue;
    log(`${section.name}…`);
    const sectionStart = process.hrtime.bigint();
    results[section.name] = await section.run(context);
    sectionWallMs[section.name] = Number(process.hrtime.bigint() - sectionStart) / 1e6;
    process.stdout.write(`## ${section.title}\n\n${section.render(results[section.name])}\n\n`);
  }
  const targets = collectTargets(/** @type {Results} */ (results));
  const wallTimeMs = Number(process.hrtime.bigint() - start) / 1e6;
  const loadAtEnd = loadAverage1m();
  const summary =
    `## Targets\n\n${renderTargets(targets)}\n\n` +
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}, Node ${machine.node} (V8 ${machine.v8}), ${machine.platform}. ` +
    `Load average ${loadAtStart} at start, ${loadAtEnd} at end.\n` +
    `Wall time: ${(wallTimeMs / 1000).toFixed(1)} s (bench only; npm run bench builds first): ` +
    `${Object.entries(sectionWallMs)
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
      .join(", ")}. ` +
    `Sink: ${sinkValue().toExponential(6)}\n`;
  process.stdout.write(summary);
  const json = {
    schema: 1,
    startedAt: startedAt.toISOString(),
    machine,
    loadAverage1m: { start: loadAtStart, end: loadAtEnd },
    wallTimeMs,
    sectionWallMs,
    results,
    targets,
    metrics: collectMetrics(/** @type {Results} */ (results)),
  };
  fs.writeFileSync(options.out, `${JSON.stringify(json, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), options.out)}`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
