/**
 * Lists that several tests need, written once. A test that restates one of these drifts from the others
 * the day the list changes; import it from here instead.
 */
import { PLATFORMS } from "../../src/presets/data/platforms";

/**
 * Every released custom-function ID, in release order. The IDs are the product's public API: this list
 * only grows (see CHANGELOG.md). It is written out rather than read from dist/functions.json so that a
 * function dropped or renamed by mistake fails the tests that check the build against it.
 */
export const RELEASED_FUNCTION_IDS = [
  "GPUHOURCOST",
  "COSTPERTOKEN",
  "TOKENREVENUE",
  "ROIMULTIPLE",
  "PAYBACKMONTHS",
  "TOKENCASHFLOWS",
  "TOKENNPV",
  "TOKENIRR",
  "BLENDEDPRICE",
  "BREAKEVENPRICE",
  "ENERGYPERTOKEN",
  "TOKENSPERMW",
  "PRESET",
  "PRESETS",
  "THROUGHPUT",
  "PRESETINFO",
  // 1.1.0: period functions and cash-flow-row finance
  "GPUSINSERVICE",
  "PERIODTOKENS",
  "SCHEDULE",
  "SCHEDULELABELS",
  "CASHFLOWNPV",
  "CASHFLOWIRR",
  "CASHFLOWPAYBACK",
  // 1.2.0: which platform, measured history, roofline estimate, API prices
  "PLATFORMRANK",
  "CHEAPESTPLATFORM",
  "PLATFORMWINNERS",
  "SOFTWAREGAIN",
  "ESTIMATETHROUGHPUT",
  "ESTIMATEINFO",
  "APIPRICE",
  // 1.3.0: decisions under uncertainty
  "TORNADO",
  "SOLVEFOR",
  "SCENARIOS",
  "SIMULATE",
] as const;

export type ReleasedFunctionId = (typeof RELEASED_FUNCTION_IDS)[number];

/** The functions "Insert model" writes as live formulas on the model sheet. */
export const MODEL_SHEET_FUNCTION_IDS: readonly ReleasedFunctionId[] = [
  "GPUHOURCOST",
  "COSTPERTOKEN",
  "TOKENREVENUE",
  "ROIMULTIPLE",
  "PAYBACKMONTHS",
  "TOKENNPV",
  "TOKENIRR",
  "TOKENCASHFLOWS",
];

/** The functions the quarterly build-out sheet writes as live formulas. */
export const BUILD_OUT_SHEET_FUNCTION_IDS: readonly ReleasedFunctionId[] = [
  "SCHEDULE",
  "SCHEDULELABELS",
  "CASHFLOWNPV",
  "CASHFLOWIRR",
  "CASHFLOWPAYBACK",
  "ROIMULTIPLE",
];

/**
 * The platforms the preset table must hold, in table order: written out, so that a platform dropped from the
 * data fails the data-integrity and lookup tests.
 */
export const REQUIRED_PLATFORM_IDS = [
  "H100",
  "H200",
  "B200",
  "B300",
  "GB200",
  "GB300",
  "MI300X",
  "MI325X",
  "MI355X",
  "TPUv6e",
  "TPU7x",
  "Trainium2",
  "Gaudi3",
] as const;

/** Every platform id, in table order, read from the preset table itself: tests of views follow the data. */
export const PLATFORM_IDS: readonly string[] = PLATFORMS.map((platform) => platform.id);
