/** The Compare view as data: the shared scope line and one row of figures per compared platform. */
import { listPlatforms } from "../../presets";
import type { Unit } from "../units";
import { formatValue } from "../units";
import type { Figure, FigureKey } from "./calculator";
import type { NumberFieldKey } from "./fields";
import { compareInputs, scopeText } from "./inputs";
import type { CalculatorInputs } from "./inputs";
import { calculatorView } from "./results";

export const COMPARE_COLUMNS: readonly { label: string; key: FigureKey; unit: Unit }[] = [
  { label: "tok/s/GPU", key: "tokensPerSecondPerGpu", unit: "tokensPerSecond" },
  { label: "$/GPU-h", key: "usdPerGpuHour", unit: "usdPerGpuHour" },
  { label: "$/M tokens", key: "costUsdPerMillionTokens", unit: "usdPerMillionTokens" },
  { label: "ROI per GPU", key: "roiMultiple", unit: "multiple" },
];

export function compareScope(inputs: CalculatorInputs): string {
  return (
    `${scopeText(inputs)} · ${formatValue(inputs.usdPerMillionTokens, "usdPerMillionTokens")}/M · ` +
    `${inputs.years} years · utilization ${formatValue(inputs.utilization, "fraction")} · owner TCO · ` +
    "change these in the calculator"
  );
}

export interface CompareRow {
  readonly platformId: string;
  readonly figures: readonly Figure[];
}

/** The calculator fields every compare row shares; the rest comes from each platform's preset. */
const SHARED_FIELDS: ReadonlySet<NumberFieldKey> = new Set([
  "tokensPerSecondPerUser",
  "usdPerMillionTokens",
  "utilization",
  "years",
]);

/** One row per compared platform, in table order, each calculated on the calculator's scope. */
export function compareRows(inputs: CalculatorInputs, ids: ReadonlySet<string>): CompareRow[] {
  return listPlatforms()
    .filter((platform) => ids.has(platform.id))
    .map((platform) => {
      const { results } = calculatorView(
        compareInputs(platform.id, inputs),
        new Set(),
        SHARED_FIELDS
      );
      return {
        platformId: platform.id,
        figures: COMPARE_COLUMNS.map((column) => results[column.key]),
      };
    });
}
