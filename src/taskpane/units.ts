/**
 * The pane's one vocabulary: every unit it shows or writes (how the pane displays a value, which Excel
 * number format a workbook cell gets) and the label of every preset field. The pane, the preset block and
 * the model sheet all read these tables, so a figure looks the same in the pane and in the workbook.
 * Display only: the model itself never rounds.
 */
import type { Answer } from "../core";
import type { PresetFieldName } from "../presets";

const usd0 = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const usd2 = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const number0 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const number1 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const number4 = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

/** Three significant figures below $1 ($0.0412, $0.534): cents alone would hide the differences that matter. */
const smallUsd = (value: number): string =>
  Math.abs(value) < 1 ? `$${value.toPrecision(3)}` : usd2.format(value);

export interface UnitDefinition {
  /** The unit as the preset data and the workbook's Unit column spell it. */
  readonly label: string;
  /** How the pane shows a value in this unit. */
  readonly display: (value: number) => string;
  /** The Excel number format of a workbook cell in this unit. */
  readonly excelFormat: string;
}

export const UNITS = {
  usd: { label: "USD", display: (v) => usd0.format(v), excelFormat: "$#,##0" },
  usdPerGpuHour: {
    label: "USD/GPU-hour",
    display: (v) => `${usd2.format(v)}/h`,
    excelFormat: "$#,##0.00",
  },
  usdPerMillionTokens: {
    label: "USD per million tokens",
    display: smallUsd,
    excelFormat: "$#,##0.0000",
  },
  usdPerKwh: { label: "USD per kWh", display: smallUsd, excelFormat: "$0.0000" },
  multiple: { label: "x investment", display: (v) => `${v.toFixed(2)}x`, excelFormat: '0.00"x"' },
  months: {
    label: "months",
    display: (v) => `${v.toFixed(1)} months`,
    excelFormat: '0.0" months"',
  },
  /** A 0-1 fraction shown as a percent (utilization, rates, margins). */
  fraction: {
    label: "fraction",
    display: (v) => `${(v * 100).toFixed(1)}%`,
    excelFormat: "0.0%",
  },
  count: { label: "count", display: (v) => number0.format(v), excelFormat: "#,##0" },
  tokensPerSecond: {
    label: "tokens/s",
    display: (v) => number1.format(v),
    excelFormat: "#,##0.0",
  },
  tokensPerSecondPerUser: {
    label: "tokens/s per user",
    display: (v) => number1.format(v),
    excelFormat: "#,##0.0",
  },
  gb: { label: "GB", display: (v) => number4.format(v), excelFormat: "#,##0" },
  tbPerSecond: { label: "TB/s", display: (v) => number4.format(v), excelFormat: "0.00" },
  tflops: { label: "TFLOPS", display: (v) => number4.format(v), excelFormat: "#,##0" },
  watts: { label: "W", display: (v) => number4.format(v), excelFormat: "#,##0" },
  kw: { label: "kW", display: (v) => number4.format(v), excelFormat: "0.00" },
  /** A period number: 1 → Q1, and 0 is the time-0 column before the first quarter. */
  quarter: {
    label: "quarter",
    display: (v) => (v === 0 ? "Time 0" : `Q${number0.format(v)}`),
    excelFormat: '"Q"0;;"Time 0"',
  },
  /** A number with no unit of its own (years, PUE): four significant figures, two decimals in Excel. */
  plain: { label: "", display: (v) => number4.format(v), excelFormat: "0.00" },
} as const satisfies Record<string, UnitDefinition>;

export type Unit = keyof typeof UNITS;

export function formatValue(value: number, unit: Unit): string {
  return UNITS[unit].display(value);
}

/** A value as the pane shows it, or a dash whose title says why there is none. */
export function formatFigure(
  figure: Answer<number>,
  unit: Unit
): { text: string; missing: boolean; title?: string } {
  return figure.ok
    ? { text: formatValue(figure.value, unit), missing: false }
    : { text: "—", missing: true, title: figure.reason };
}

/** The Excel number format for a unit the preset data spells out ("USD/GPU-hour"); General if unknown. */
export function excelFormatForLabel(label: string): string {
  const unit = (Object.values(UNITS) as readonly UnitDefinition[]).find((u) => u.label === label);
  return unit?.excelFormat ?? "General";
}

/** How a person reads each preset field, in the pane and in the preset block's Parameter column. */
export const FIELD_LABELS: Record<PresetFieldName, string> = {
  hbmGb: "HBM capacity",
  hbmBandwidthTbPerSecond: "HBM bandwidth",
  fp8DenseTflops: "FP8 dense compute",
  fp4DenseTflops: "FP4 dense compute",
  boardPowerW: "Board power",
  allInPowerKwPerGpu: "All-in power per GPU",
  priceUsdPerGpu: "Price per GPU",
  tcoUsdPerGpuHourOwner: "TCO per GPU-hour, owner (hyperscaler)",
  tcoUsdPerGpuHourNeocloud: "TCO per GPU-hour, neocloud owner",
  tcoUsdPerGpuHourRental: "TCO per GPU-hour, 3-year rental",
  usdPerGpuHourOnDemand: "Cloud on-demand price per GPU-hour",
  tcoUsdPerGpuHourRentalRetail: "TCO per GPU-hour, retail rental (later registry)",
};
