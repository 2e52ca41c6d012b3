import { HOURS_PER_YEAR } from "./constants";
import { checked, checkedOr } from "./errors";
import { RULES } from "./rules";

/** Inputs to a fleet's annual operating cost. Field names are the Excel argument names. */
export interface OperatingCostInput {
  /** GPUs in the fleet. */
  readonly gpuCount: number;
  /** All-in IT power per GPU (chip plus its share of host, NICs, switches), kW. */
  readonly powerKwPerGpu: number;
  /** Electricity price, USD per kWh. */
  readonly usdPerKwh: number;
  /** Power usage effectiveness (facility ÷ IT power); 1 if omitted. */
  readonly pue?: number;
  /** Other operating cost per GPU per year (colocation, software, staff), USD; 0 if omitted. */
  readonly opexPerGpuYear?: number;
}

/**
 * Annual operating cost of a fleet: power drawn every hour of the year plus other opex, USD per year. The
 * task pane's calculator shows it and the inserted model sheet computes it with the same formula.
 *
 * Formula: gpuCount × (powerKwPerGpu × pue × usdPerKwh × 8760 + opexPerGpuYear)
 *
 * @param input.gpuCount - greater than 0 and at most 1e9
 * @param input.powerKwPerGpu - kW, greater than 0 and at most 10000
 * @param input.usdPerKwh - USD per kWh, at least 0 and at most 100
 * @param input.pue - at least 1 and at most 5; 1 if omitted
 * @param input.opexPerGpuYear - USD per GPU-year, at least 0 and at most 1e15; 0 if omitted
 * @example annualOperatingCostUsd({ gpuCount: 72, powerKwPerGpu: 1, usdPerKwh: 0.1, pue: 1.25, opexPerGpuYear: 1000 }) // 150,840 (72 GPUs × $2,095 a year)
 */
export function annualOperatingCostUsd(input: OperatingCostInput): number {
  const gpuCount = checked(input.gpuCount, "gpuCount", RULES.fleetGpuCount);
  const powerKwPerGpu = checked(input.powerKwPerGpu, "powerKwPerGpu", RULES.powerKw);
  const usdPerKwh = checked(input.usdPerKwh, "usdPerKwh", RULES.usdPerKwh);
  const pue = checkedOr(input.pue, 1, "pue", RULES.pue);
  const opexPerGpuYear = checkedOr(input.opexPerGpuYear, 0, "opexPerGpuYear", RULES.nonNegativeUsd);
  return gpuCount * (powerKwPerGpu * pue * usdPerKwh * HOURS_PER_YEAR + opexPerGpuYear);
}
