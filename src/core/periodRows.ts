import type { Rule } from "./errors";
import { TokenomicsInputError, checked } from "./errors";
import { MESSAGES } from "./messages";

/**
 * Reading a row of periods: the one place the period functions (GPUSINSERVICE, PERIODTOKENS, SCHEDULE)
 * and the cash-flow-row functions (CASHFLOWNPV, CASHFLOWIRR, CASHFLOWPAYBACK) turn a value-or-range into
 * one checked number per period. The adapter flattens a one-row or one-column range to a plain array and
 * passes `null` for a blank cell; a single value may come as a number or as a one-element array.
 */

/** One cell of a row: a number, or blank (`null`, or `undefined` when the argument is omitted). */
export type PeriodCell = number | null | undefined;

/** A per-period argument: one value for every period, or one value per period. */
export type PerPeriod = PeriodCell | readonly PeriodCell[];

/** The most periods one row may hold (400 years of quarters, 270 years of days); keeps loops and spills bounded. */
export const MAX_ROW_PERIODS = 100_000;

/** The longest horizon a period schedule may span, years: growth compounded over it stays finite (as RULES.years). */
export const MAX_ROW_YEARS = 100;

/** How one row's cells are read. */
export interface RowReading {
  /** The Excel name of the argument, for messages. */
  readonly parameter: string;
  readonly rule: Rule;
  /** What a blank cell or an omitted argument means; blank is an error when there is none. */
  readonly blank?: number;
  /** The number of the row's first cell in messages: 1 for schedules (period 1), 0 for cash flows (time 0). */
  readonly firstPeriod: number;
}

/**
 * The number of periods a row's first argument sets: its length, or 1 for a single value.
 * Throws when it is empty or longer than MAX_ROW_PERIODS.
 *
 * @example rowLength([5, 0, 3], "gpusAdded") // 3
 */
export function rowLength(row: PerPeriod, parameter: string): number {
  const length = isRow(row) ? row.length : 1;
  if (length === 0)
    throw new TokenomicsInputError("required", parameter, MESSAGES.emptyRow(parameter));
  if (length > MAX_ROW_PERIODS) {
    throw new TokenomicsInputError(
      "outOfRange",
      parameter,
      MESSAGES.rowTooLong(parameter, length, MAX_ROW_PERIODS)
    );
  }
  return length;
}

/**
 * True when a per-period argument is one value for every period: a number, a blank, or a one-element
 * array in a schedule of more than one period (a one-cell range is a single value, as in Excel).
 *
 * @example isSingleValue([2], 4) // true (a one-cell range beside a four-period schedule)
 */
export function isSingleValue(value: PerPeriod, periods: number): boolean {
  return !isRow(value) || (value.length === 1 && periods > 1);
}

/**
 * One checked number per period. A single value is checked once and repeated; a row must have `periods`
 * values (else an error naming the argument, its length and `lengthOf`'s), each checked, a blank cell
 * taking `reading.blank`. An error inside a row names the period.
 *
 * @example perPeriodNumbers([0.5, null, 1], { parameter: "utilization", rule: RULES.fraction, blank: 1, firstPeriod: 1 }, 3, "gpusAdded") // [0.5, 1, 1]
 */
export function perPeriodNumbers(
  value: PerPeriod,
  reading: RowReading,
  periods: number,
  lengthOf: string
): number[] {
  const { parameter } = reading;
  if (isSingleValue(value, periods)) {
    const single = isRow(value) ? value[0] : value;
    const number = isBlank(single) ? blankValue(reading) : checked(single, parameter, reading.rule);
    return new Array<number>(periods).fill(number);
  }
  const row = value as readonly PeriodCell[];
  if (row.length !== periods) {
    throw new TokenomicsInputError(
      "outOfRange",
      parameter,
      MESSAGES.wrongPeriodCount(parameter, row.length, periods, lengthOf)
    );
  }
  const numbers = new Array<number>(periods);
  const rule = reading.rule;
  for (let i = 0; i < periods; i++) {
    const cell = row[i];
    // The usual cell, a number within the rule, takes no call; the rest are read for their message.
    if (typeof cell === "number" && rule.test(cell)) numbers[i] = cell;
    else if (isBlank(cell)) numbers[i] = blankCellValue(reading, i);
    else numbers[i] = checkedCell(cell, reading, reading.firstPeriod + i);
  }
  return numbers;
}

/**
 * A row argument that sets the length: its length checked, then read as `perPeriodNumbers` reads it.
 *
 * @example leadingRow([4, null, 2], { parameter: "gpusAdded", rule: RULES.gpuCount, blank: 0, firstPeriod: 1 }) // [4, 0, 2]
 */
export function leadingRow(value: PerPeriod, reading: RowReading): number[] {
  return perPeriodNumbers(value, reading, rowLength(value, reading.parameter), reading.parameter);
}

function isRow(value: PerPeriod): value is readonly PeriodCell[] {
  return Array.isArray(value);
}

function isBlank(value: PeriodCell): value is null | undefined {
  return value === null || value === undefined;
}

function blankValue(reading: RowReading): number {
  if (reading.blank === undefined) {
    throw new TokenomicsInputError(
      "required",
      reading.parameter,
      MESSAGES.required(reading.parameter)
    );
  }
  return reading.blank;
}

function blankCellValue(reading: RowReading, index: number): number {
  if (reading.blank === undefined) {
    throw new TokenomicsInputError(
      "required",
      reading.parameter,
      MESSAGES.missingInPeriod(reading.parameter, reading.firstPeriod + index)
    );
  }
  return reading.blank;
}

function checkedCell(cell: number, reading: RowReading, period: number): number {
  try {
    return checked(cell, reading.parameter, reading.rule);
  } catch (error) {
    // The rule's own message, told which cell it is about.
    if (!(error instanceof TokenomicsInputError)) throw error;
    throw new TokenomicsInputError(
      error.code,
      error.parameter,
      MESSAGES.inPeriod(period, error.message)
    );
  }
}
