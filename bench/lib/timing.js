/**
 * Throughput measurement: a benchmark is a function `runBatch(callCount)` that makes `callCount` calls and
 * returns a number folded from their results (the sink, so the JIT cannot drop the calls). Batches are
 * sized so one lasts at least MIN_SAMPLE_MS; after a warm-up, SAMPLE_COUNT batches give the samples.
 * Side-by-side subjects are sampled in alternation (A, B, A, B, …) so drift on a shared machine hits both.
 */
"use strict";
const { summarize } = require("./stats");

/** A sample shorter than this is dominated by timer resolution and loop set-up. */
const MIN_SAMPLE_MS = 50;
/** Samples per subject after warm-up; the median and the spread are over these. */
const SAMPLE_COUNT = 9;
/** Warm-up time per subject: long enough for the optimizing compiler to finish with the loop. */
const WARM_UP_MS = 150;

const NS_PER_MS = 1e6;
const NS_PER_SECOND = 1e9;

/**
 * @typedef {(callCount: number) => number} RunBatch a batch of calls, returning their folded results
 * @typedef {import("./stats").Stats} Stats
 */

/**
 * Folds any result (number, text, table) into a number; keeps results alive.
 * @param {unknown} result
 * @returns {number}
 */
function foldResult(result) {
  if (typeof result === "number") return result;
  if (typeof result === "string") return result.length;
  if (Array.isArray(result)) return result.length;
  return 1;
}

let sink = 0;
/** The checksum of every result produced; run.js prints it so no benchmark loop is dead code. */
function sinkValue() {
  return sink;
}

/**
 * A batch runner that calls `fn` with each argument list in turn (cycling through `argumentSets`, whose
 * length is a power of two). Compiled afresh for every subject so each loop has its own call-site type
 * feedback: one subject's functions never make another's loop polymorphic.
 * @param {(...args: never[]) => unknown} fn
 * @param {readonly (readonly unknown[])[]} argumentSets
 * @returns {RunBatch}
 */
function callLoop(fn, argumentSets) {
  const setCount = argumentSets.length;
  if (setCount === 0 || (setCount & (setCount - 1)) !== 0)
    throw new Error("argumentSets length must be a power of two");
  const arity = argumentSets[0]?.length ?? 0;
  const argumentList = Array.from({ length: arity }, (_, i) => `args[${i}]`).join(", ");
  const source = `
    return function runBatch(callCount) {
      let folded = 0;
      for (let i = 0; i < callCount; i++) {
        const args = argumentSets[i & mask];
        const result = fn(${argumentList});
        folded += typeof result === "number" ? result : result.length;
      }
      return folded;
    };`;
  return new Function("fn", "argumentSets", "mask", source)(fn, argumentSets, setCount - 1);
}

/**
 * @param {RunBatch} runBatch
 * @param {number} callCount
 */
function elapsedNs(runBatch, callCount) {
  const start = process.hrtime.bigint();
  sink += runBatch(callCount);
  return Number(process.hrtime.bigint() - start);
}

/**
 * A batch size that lasts about `minMs`: doubled until a batch is long enough to time, then scaled.
 * @param {RunBatch} runBatch
 * @param {number} minMs
 */
function calibrateCallCount(runBatch, minMs) {
  const timeableNs = (minMs * NS_PER_MS) / 10;
  let callCount = 1;
  let ns = elapsedNs(runBatch, callCount);
  while (ns < timeableNs) {
    callCount *= 2;
    ns = elapsedNs(runBatch, callCount);
  }
  // 10% over, so a sample rarely falls short of minMs when the machine is quieter than during calibration.
  return Math.max(1, Math.ceil((callCount * minMs * NS_PER_MS * 1.1) / ns));
}

/**
 * @param {RunBatch} runBatch
 * @param {number} callCount
 */
function warmUp(runBatch, callCount) {
  const until = process.hrtime.bigint() + BigInt(WARM_UP_MS * NS_PER_MS);
  do sink += runBatch(callCount);
  while (process.hrtime.bigint() < until);
}

/**
 * Calls per second of each subject, measured side by side.
 * @template {string} Name
 * @param {Record<Name, RunBatch>} subjects - in display order
 * @param {{ sampleCount?: number, minSampleMs?: number }} [options]
 * @returns {Record<Name, Stats>} in calls per second
 */
function measureCallsPerSecond(
  subjects,
  { sampleCount = SAMPLE_COUNT, minSampleMs = MIN_SAMPLE_MS } = {}
) {
  const entries = /** @type {[Name, RunBatch][]} */ (Object.entries(subjects));
  const timed = entries.map(([name, runBatch]) => {
    warmUp(runBatch, calibrateCallCount(runBatch, minSampleMs / 4));
    const callCount = calibrateCallCount(runBatch, minSampleMs);
    return { name, runBatch, callCount, rates: /** @type {number[]} */ ([]) };
  });
  for (let sample = 0; sample < sampleCount; sample++) {
    for (const subject of timed) {
      const ns = elapsedNs(subject.runBatch, subject.callCount);
      subject.rates.push((subject.callCount * NS_PER_SECOND) / ns);
    }
  }
  return /** @type {Record<Name, Stats>} */ (
    Object.fromEntries(timed.map((subject) => [subject.name, summarize(subject.rates)]))
  );
}

/**
 * Wall time of operations too slow to batch (a whole-sheet build, a page load), in ms, side by side:
 * each subject runs `warmUpCount` times untimed, then the subjects take turns for `repeatCount` rounds.
 * @template {string} Name
 * @param {Record<Name, () => unknown>} subjects - an operation may be async and returns something to fold
 *   into the sink
 * @param {{ warmUpCount?: number, repeatCount?: number }} [options]
 * @returns {Promise<Record<Name, Stats>>} in ms
 */
async function measureDurationsMs(subjects, { warmUpCount = 1, repeatCount = 5 } = {}) {
  const timed = /** @type {[Name, () => unknown][]} */ (Object.entries(subjects)).map(
    ([name, operation]) => ({ name, operation, durationsMs: /** @type {number[]} */ ([]) })
  );
  for (const { operation } of timed) {
    for (let i = 0; i < warmUpCount; i++) sink += foldResult(await operation());
  }
  for (let round = 0; round < repeatCount; round++) {
    for (const subject of timed) {
      const start = process.hrtime.bigint();
      sink += foldResult(await subject.operation());
      subject.durationsMs.push(Number(process.hrtime.bigint() - start) / NS_PER_MS);
    }
  }
  return /** @type {Record<Name, Stats>} */ (
    Object.fromEntries(timed.map((subject) => [subject.name, summarize(subject.durationsMs)]))
  );
}

/**
 * Each measured rate against its calls-per-second floor, as a section's table rows.
 * @template {string} Key
 * @param {Record<Key, Stats>} rates - from measureCallsPerSecond
 * @param {Record<Key, number>} targets - calls per second each median must reach
 * @param {readonly (readonly [Key, string])[]} labels - key and row label, in display order
 * @returns {{ key: Key, label: string, callsPerSecond: Stats, target: number, pass: boolean }[]}
 */
function againstTargets(rates, targets, labels) {
  return labels.map(([key, label]) => ({
    key,
    label,
    callsPerSecond: rates[key],
    target: targets[key],
    pass: rates[key].median >= targets[key],
  }));
}

module.exports = {
  measureCallsPerSecond,
  measureDurationsMs,
  foldResult,
  sinkValue,
  callLoop,
  againstTargets,
};
