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

/**
 * The period and cash-flow-row functions of issue 8, registered on their own branches: the quarterly
 * build-out sheet calls them. Written out for the same reason as RELEASED_FUNCTION_IDS; they join that
 * list when they are released.
 */
export const BUILD_OUT_FUNCTION_IDS = [
  "GPUSINSERVICE",
  "PERIODTOKENS",
  "SCHEDULE",
  "SCHEDULELABELS",
  "CASHFLOWNPV",
  "CASHFLOWIRR",
  "CASHFLOWPAYBACK",
] as const;

/** The functions the quarterly build-out sheet writes as live formulas. */
export const BUILD_OUT_SHEET_FUNCTION_IDS: readonly string[] = [
  "SCHEDULE",
  "SCHEDULELABELS",
  "CASHFLOWNPV",
  "CASHFLOWIRR",
  "CASHFLOWPAYBACK",
  "ROIMULTIPLE",
];

/**
 * Every platform id, in table order, read from the preset table itself: tests of lookups and views follow
 * the data. Only the data-integrity test (test/presets/data.test.ts) spells out which platforms must exist.
 */
export const PLATFORM_IDS: readonly string[] = PLATFORMS.map((platform) => platform.id);
