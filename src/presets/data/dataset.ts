/**
 * Version of the preset dataset. Bump `version` (year.month.n) whenever any value, source or throughput row
 * changes; `asOf` is the date the dataset was last checked. No value in the dataset is dated after `asOf`.
 */
export const PRESET_DATASET = {
  version: "2026.11.2",
  asOf: "2026-11-29",
} as const satisfies { readonly version: string; readonly asOf: `${number}-${number}-${number}` };
