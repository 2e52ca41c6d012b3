import { HOURS_PER_YEAR } from "./constants";
import { checked, checkedOr } from "./errors";
import { pmt } from "./finance";
import { RULES } from "./rules";

/** Inputs to the all-in cost of one GPU-hour. Field names are the Excel argument names. */
export interface GpuHourCostInput {
  /**
   * Purchase price of one GPU with its share of servers, networking and install, USD. 0 is allowed: a fleet
   * already owned (sunk capex) or a power-only view.
   */
  readonly capexPerGpu: number;
  /** Economic life over which capex is recovered, years. */
  readonly lifeYears: number;
  /** All-in IT power per GPU (chip plus its share of host, NICs, switches), kW. */
  readonly powerKwPerGpu: number;
  /** Electricity price, USD per kWh. */
  readonly usdPerKwh: number;
  /** Power usage effectiveness (facility ÷ IT power); 1 if omitted. */
  readonly pue?: number;
  /** Other operating cost per GPU per year (colocation, software, staff), USD; 0 if omitted. */
  readonly opexPerGpuYear?: number;
  /** Annual cost of capital as a decimal (0.08 = 8%); 0 (straight line) if omitted. */
  readonly costOfCapital?: number;
  /** Value left at the end of life as a fraction of capex (0-1); 0 if omitted. */
  readonly residualFraction?: number;
}

/** The all-in cost of one GPU-hour and its parts, USD per GPU-hour. */
export interface GpuHourCostBreakdown {
  readonly capitalUsdPerGpuHour: number;
  readonly powerUsdPerGpuHour: number;
  readonly operatingUsdPerGpuHour: number;
  readonly totalUsdPerGpuHour: number;
}

/**
 * All-in cost of one GPU-hour, split into capital, power and other operating cost, USD per GPU-hour.
 *
 * Formula: (capital charge + powerKwPerGpu × pue × 8760 × usdPerKwh + opexPerGpuYear) / 8760, where the
 * annual capital charge is −PMT(costOfCapital, lifeYears, capexPerGpu, −residualFraction × capexPerGpu):
 * the level annuity that recovers capex less the discounted residual value (straight line when the cost of
 * capital is 0).
 *
 * @example gpuHourCostBreakdown({ capexPerGpu: 35040, lifeYears: 4, powerKwPerGpu: 1, usdPerKwh: 0.1 })
 *   // { capitalUsdPerGpuHour: 1, powerUsdPerGpuHour: 0.1, operatingUsdPerGpuHour: 0, totalUsdPerGpuHour: 1.1 }
 */
export function gpuHourCostBreakdown(input: GpuHourCostInput): GpuHourCostBreakdown {
  const capexPerGpu = checked(input.capexPerGpu, "capexPerGpu", RULES.nonNegativeUsd);
  const lifeYears = checked(input.lifeYears, "lifeYears", RULES.lifeYears);
  const powerKwPerGpu = checked(input.powerKwPerGpu, "powerKwPerGpu", RULES.powerKw);
  const usdPerKwh = checked(input.usdPerKwh, "usdPerKwh", RULES.usdPerKwh);
  const pue = checkedOr(input.pue, 1, "pue", RULES.pue);
  const opexPerGpuYear = checkedOr(input.opexPerGpuYear, 0, "opexPerGpuYear", RULES.nonNegativeUsd);
  const costOfCapital = checkedOr(input.costOfCapital, 0, "costOfCapital", RULES.costOfCapital);
  const residualFraction = checkedOr(input.residualFraction, 0, "residualFraction", RULES.fraction);

  const capitalUsdPerYear = -pmt(
    costOfCapital,
    lifeYears,
    capexPerGpu,
    -residualFraction * capexPerGpu
  );
  const capitalUsdPerGpuHour = capitalUsdPerYear / HOURS_PER_YEAR;
  const powerUsdPerGpuHour = powerKwPerGpu * pue * usdPerKwh;
  const operatingUsdPerGpuHour = opexPerGpuYear / HOURS_PER_YEAR;
  return {
    capitalUsdPerGpuHour,
    powerUsdPerGpuHour,
    operatingUsdPerGpuHour,
    totalUsdPerGpuHour: capitalUsdPerGpuHour + powerUsdPerGpuHour + operatingUsdPerGpuHour,
  };
}

/**
 * All-in cost of one GPU-hour, USD per GPU-hour. See `gpuHourCostBreakdown` for the formula.
 *
 * @example tcoUsdPerGpuHour({ capexPerGpu: 35040, lifeYears: 4, powerKwPerGpu: 1, usdPerKwh: 0.1 }) // 1.1
 * @example tcoUsdPerGpuHour({ capexPerGpu: 0, lifeYears: 4, powerKwPerGpu: 1, usdPerKwh: 0.1 }) // 0.1 (a fleet already owned: power only)
 */
export function tcoUsdPerGpuHour(input: GpuHourCostInput): number {
  return gpuHourCostBreakdown(input).totalUsdPerGpuHour;
}
