/**
 * Units and conventions shared by the whole model. Every constant says its convention in one line.
 */

/** Hours in a model year: 365 days × 24 h; leap days are ignored, as in most capex models. */
export const HOURS_PER_YEAR = 8760;

/** Seconds in one hour. */
export const SECONDS_PER_HOUR = 3600;

/** Seconds in a model year: HOURS_PER_YEAR × SECONDS_PER_HOUR = 31,536,000. */
export const SECONDS_PER_YEAR = HOURS_PER_YEAR * SECONDS_PER_HOUR;

/** Months in a year; PAYBACKMONTHS runs the cash-flow engine on monthly periods. */
export const MONTHS_PER_YEAR = 12;

/** Token prices are quoted in USD per million tokens. */
export const TOKENS_PER_MILLION = 1_000_000;

/** Joules in one kilowatt-second: 1 kW for 1 s = 1,000 J. */
export const JOULES_PER_KILOWATT_SECOND = 1000;

/** Kilowatts in one megawatt. */
export const KILOWATTS_PER_MEGAWATT = 1000;

/** The most periods one cash-flow schedule may hold (years × periodsPerYear); keeps spills and loops bounded. */
export const MAX_SCHEDULE_PERIODS = 10_000;
