/**
 * What the calculator starts from: its inputs, the cost bases it offers, and a platform's defaults (preset
 * price and power, the rest from ASSUMPTIONS, a measured workload). Pure: no DOM, no Office.
 */
import { MONTHS_PER_YEAR } from "../../core";
import type { GpuHourCostInput } from "../../core";
import { presetValue, throughputOptions } from "../../presets";
import type { PresetFieldName, ThroughputCombination } from "../../presets";
import { ASSUMPTIONS } from "./assumptions";

/** Where the cost of a GPU-hour comes from: built up from capex, power and opex, or a preset tier. */
export type CostBasis =
  | "build"
  | "tcoUsdPerGpuHourOwner"
  | "tcoUsdPerGpuHourNeocloud"
  | "tcoUsdPerGpuHourRental"
  | "usdPerGpuHourOnDemand";

export const COST_BASES: readonly { id: CostBasis; label: string }[] = [
  { id: "build", label: "Build up from capex, power and hosting" },
  { id: "tcoUsdPerGpuHourOwner", label: "Preset TCO: owner (hyperscaler)" },
  { id: "tcoUsdPerGpuHourNeocloud", label: "Preset TCO: neocloud owner" },
  { id: "tcoUsdPerGpuHourRental", label: "Preset TCO: 3-year rental" },
  { id: "usdPerGpuHourOnDemand", label: "Preset: cloud on-demand price" },
];

/** The user's own preset values, which take precedence over the shipped preset. */
export type PresetOverrides = Partial<Record<PresetFieldName, number>>;

export interface CalculatorInputs {
  readonly platformId: string;
  readonly model: string;
  readonly workload: string;
  /** "FP4", "FP8", or "" for the best frontier across precisions. */
  readonly precision: string;
  readonly tokensPerSecondPerUser: number;
  readonly gpuCount: number;
  readonly usdPerMillionTokens: number;
  readonly utilization: number;
  readonly years: number;
  readonly costBasis: CostBasis;
  /** NaN when the user has not entered one and no price is published. */
  readonly capexPerGpu: number;
  readonly lifeYears: number;
  readonly costOfCapital: number;
  readonly powerKwPerGpu: number;
  readonly usdPerKwh: number;
  readonly pue: number;
  readonly opexPerGpuYear: number;
  readonly annualPriceChange: number;
  readonly annualThroughputGain: number;
  readonly discountRate: number;
  readonly overrides?: PresetOverrides;
}

/** The user's value for a field if set, else the published value of the shipped preset, else undefined. */
export function presetNumber(
  platformId: string,
  field: PresetFieldName,
  overrides?: PresetOverrides
): number | undefined {
  const own = overrides?.[field];
  if (own !== undefined) return own;
  const found = presetValue(platformId, field);
  return found.ok ? found.value : undefined;
}

/**
 * Calculator inputs for a platform: its price and power from the preset, the rest from ASSUMPTIONS, a
 * measured workload and an interactivity inside its measured range. Colocation is charged per all-in kW.
 */
export function defaultInputs(platformId: string, overrides?: PresetOverrides): CalculatorInputs {
  // Nothing is invented: a value nobody publishes starts empty (NaN) and the pane asks for it.
  const powerKwPerGpu = presetNumber(platformId, "allInPowerKwPerGpu", overrides) ?? NaN;
  const capexPerGpu = presetNumber(platformId, "priceUsdPerGpu", overrides) ?? NaN;
  const combination = firstCombination(platformId);
  return {
    platformId,
    model: combination?.model ?? "DeepSeek-R1",
    workload: combination?.workload ?? "1k/1k",
    precision: "",
    tokensPerSecondPerUser: combination?.tokensPerSecondPerUser ?? 50,
    gpuCount: 72,
    usdPerMillionTokens: 1.1,
    utilization: ASSUMPTIONS.utilization.value,
    years: 3,
    costBasis:
      Number.isNaN(capexPerGpu) &&
      presetNumber(platformId, "tcoUsdPerGpuHourOwner", overrides) !== undefined
        ? "tcoUsdPerGpuHourOwner"
        : "build",
    capexPerGpu,
    lifeYears: ASSUMPTIONS.lifeYears.value,
    costOfCapital: ASSUMPTIONS.costOfCapital.value,
    powerKwPerGpu,
    usdPerKwh: ASSUMPTIONS.usdPerKwh.value,
    pue: ASSUMPTIONS.pue.value,
    opexPerGpuYear: Number.isFinite(powerKwPerGpu)
      ? Math.round(ASSUMPTIONS.colocationUsdPerKwMonth.value * powerKwPerGpu * MONTHS_PER_YEAR)
      : NaN,
    annualPriceChange: ASSUMPTIONS.annualPriceChange.value,
    annualThroughputGain: 0,
    discountRate: ASSUMPTIONS.discountRate.value,
    overrides,
  };
}

/** The platform's measured combinations, in the dataset's order; none for a platform nobody measured. */
export function throughputCombinations(platformId: string): readonly ThroughputCombination[] {
  const options = throughputOptions(platformId);
  return options.ok ? options.value.combinations : [];
}

/** The platform's first measured combination, with an interactivity in the middle of its range. */
function firstCombination(
  platformId: string
): { model: string; workload: string; tokensPerSecondPerUser: number } | undefined {
  // Prefer the chat workload on DeepSeek-R1: the most widely measured.
  const [first] = [...throughputCombinations(platformId)].sort(
    (a, b) =>
      Number(b.workload === "1k/1k") - Number(a.workload === "1k/1k") ||
      Number(b.model === "DeepSeek-R1") - Number(a.model === "DeepSeek-R1")
  );
  if (!first) return undefined;
  const middle = Math.sqrt(first.minTokensPerSecondPerUser * first.maxTokensPerSecondPerUser);
  return {
    model: first.model,
    workload: first.workload,
    tokensPerSecondPerUser: Math.round(middle),
  };
}

/** The workload a result was read at, as the pane, the compare view and the workbook blocks say it. */
export function scopeText(inputs: CalculatorInputs, withPrecision = false): string {
  const precision = withPrecision && inputs.precision ? ` ${inputs.precision}` : "";
  return `${inputs.model} ${inputs.workload}${precision} at ${inputs.tokensPerSecondPerUser} tokens/s per user`;
}

/** The THROUGHPUT formula that reads the same figure in a cell, for the source column of inserted blocks. */
export function throughputFormula(inputs: CalculatorInputs): string {
  return `TOKENOMICS.THROUGHPUT("${inputs.platformId}", "${inputs.model}", "${inputs.workload}", ${inputs.tokensPerSecondPerUser})`;
}

/**
 * The inputs one compare row is calculated from: that platform's own preset and one GPU at owner TCO, on
 * the workload, price, utilization and horizon the calculator is set to.
 */
export function compareInputs(platformId: string, calculator: CalculatorInputs): CalculatorInputs {
  return {
    ...defaultInputs(platformId),
    model: calculator.model,
    workload: calculator.workload,
    precision: calculator.precision,
    tokensPerSecondPerUser: calculator.tokensPerSecondPerUser,
    usdPerMillionTokens: calculator.usdPerMillionTokens,
    utilization: calculator.utilization,
    years: calculator.years,
    gpuCount: 1,
    costBasis: "tcoUsdPerGpuHourOwner",
  };
}

/** The calculator's build-up of a GPU-hour, as the core's GPU-hour cost takes it (pane figures, native sheet). */
export function gpuHourCostInput(inputs: CalculatorInputs): GpuHourCostInput {
  return {
    capexPerGpu: inputs.capexPerGpu,
    lifeYears: inputs.lifeYears,
    powerKwPerGpu: inputs.powerKwPerGpu,
    usdPerKwh: inputs.usdPerKwh,
    pue: inputs.pue,
    opexPerGpuYear: inputs.opexPerGpuYear,
    costOfCapital: inputs.costOfCapital,
  };
}
