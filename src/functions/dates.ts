import { TokenomicsInputError } from "../core";
import { EXCEL_MESSAGES } from "./messages";

/**
 * Dates as Excel cells hold them: a date serial number in the 1900 date system (what a date cell is), or
 * text written YYYY-MM-DD. Both become the ISO text the presets read. Serial 1 is 1900-01-01; Excel counts a
 * 29 February 1900 that never was (serial 60, kept for Lotus 1-2-3 compatibility), so from serial 61
 * (1900-03-01) on, the day is serial days after 1899-12-30, and before it serial days after 1899-12-31.
 * A time of day (the fraction) is dropped.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, the day before serial 1 counting Excel's phantom 1900-02-29: the base from serial 61 on. */
const EPOCH_FROM_MARCH_1900_MS = Date.UTC(1899, 11, 30);
/** 1899-12-31, serial 0: the base for serials 1 to 59. */
const EPOCH_BEFORE_MARCH_1900_MS = Date.UTC(1899, 11, 31);
/** Excel's phantom 1900-02-29. */
const PHANTOM_LEAP_DAY_SERIAL = 60;
/** 9999-12-31, the last date Excel shows. */
const LAST_EXCEL_SERIAL = 2_958_465;

/**
 * An Excel date serial as `YYYY-MM-DD`, or undefined when it is no date Excel shows (below 1, above
 * 9999-12-31, not finite, or the phantom 1900-02-29).
 *
 * @example isoDateOfExcelSerial(45658) // "2025-01-01"
 * @example isoDateOfExcelSerial(59) // "1900-02-28"
 * @example isoDateOfExcelSerial(61) // "1900-03-01"
 */
export function isoDateOfExcelSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_EXCEL_SERIAL + 1) return undefined;
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY_SERIAL) return undefined;
  const epoch =
    day < PHANTOM_LEAP_DAY_SERIAL ? EPOCH_BEFORE_MARCH_1900_MS : EPOCH_FROM_MARCH_1900_MS;
  return new Date(epoch + day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True for text `YYYY-MM-DD` naming a day that exists. */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/**
 * A date argument (serial number or ISO text; blank handled by the caller) as `YYYY-MM-DD`; anything else
 * throws TokenomicsInputError naming the parameter.
 */
export function readExcelDate(value: unknown, parameter: string): string {
  if (typeof value === "number") {
    const iso = isoDateOfExcelSerial(value);
    if (iso !== undefined) return iso;
    throw new TokenomicsInputError(
      "outOfRange",
      parameter,
      EXCEL_MESSAGES.notADate(parameter, String(value))
    );
  }
  if (typeof value === "string" && isIsoDate(value.trim())) return value.trim();
  const shown =
    typeof value === "string" ? `"${value}"` : Array.isArray(value) ? "a range" : String(value);
  throw new TokenomicsInputError(
    "notANumber",
    parameter,
    EXCEL_MESSAGES.notADate(parameter, shown)
  );
}
