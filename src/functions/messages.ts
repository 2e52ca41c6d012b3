import { MESSAGES } from "../core";

/**
 * What Excel adds to the core's messages, in one table: the words that only make sense in a cell (blank
 * cells, quotes, ranges, older builds). The core's messages (src/core/messages.ts) stay host-neutral, so
 * the task pane never shows these.
 */
export const EXCEL_MESSAGES = {
  required: (parameter: string): string =>
    `${MESSAGES.required(parameter)} (the cell is blank or the argument is missing)`,
  textRequired: (parameter: string): string =>
    `${parameter} is required: enter a name in quotes or a cell holding it (the cell is blank or the argument is missing)`,
  /** Older desktop builds pass a blank cell as 0: said wherever 0 breaks a rule. */
  blankAsZero: (message: string): string =>
    `${message} (got 0: if the cell looks blank, older Excel builds pass blank cells as 0)`,
  /** How a range reads in "must be a number (got …)". */
  range: "a range",
} as const;
