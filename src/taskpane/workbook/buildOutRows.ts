/**
 * The rows of the "Quarterly build-out" worksheet as data: how many quarters, how the calculator's GPUs
 * are delivered by default, the inputs block (the lifecycle sheet's rows the schedule reads, plus the
 * quarterly ones), and the axes of the sensitivity grid. buildOutSheet lays them out.
 */
import type { CalculatorInputs } from "../model/inputs";
import { UNITS } from "../units";
import type { Unit } from "../units";
import { modelInputRows } from "./modelRows";
import type { InputRow, ModelContext } from "./modelRows";

/** The sheet's columns are quarters: four periods a year. */
export const PERIODS_PER_YEAR = 4;

/** At least a year of quarters, so a whole delivery year fits. */
export const MIN_QUARTERS = 4;
/** At most ten years of quarters: a sheet an analyst can still read across. */
export const MAX_QUARTERS = 40;
/** Deliveries are phased over the first year: large clusters arrive rack by rack, not on one day. */
export const DELIVERY_QUARTERS = 4;
/** GPUs delivered in a quarter serve from the next one: installation and burn-in take weeks. */
export const DEFAULT_COMMISSIONING_QUARTERS = 1;

/** The calculator's horizon in whole quarters, within MIN_QUARTERS..MAX_QUARTERS (3 years → 12). */
export function quarterCount(years: number): number {
  const quarters = Number.isFinite(years) ? Math.ceil(years * PERIODS_PER_YEAR) : MIN_QUARTERS;
  return Math.min(MAX_QUARTERS, Math.max(MIN_QUARTERS, quarters));
}

/**
 * The calculator's GPUs spread over the first DELIVERY_QUARTERS quarters, then zeros: whole GPUs when the
 * count is whole (the remainder goes to the earliest quarters: 10 → 3, 3, 2, 2), equal shares otherwise.
 * The deliveries always add up to the count.
 */
export function defaultDeliveries(gpuCount: number, quarters: number): number[] {
  const spread = Math.min(DELIVERY_QUARTERS, quarters);
  const count = Number.isFinite(gpuCount) && gpuCount > 0 ? gpuCount : 0;
  const whole = Number.isInteger(count);
  const base = whole ? Math.floor(count / spread) : count / spread;
  const remainder = whole ? count - base * spread : 0;
  return Array.from({ length: quarters }, (_, q) =>
    q < spread ? base + (q < remainder ? 1 : 0) : 0
  );
}

/** A row of the inputs block: a constant (an input the analyst edits) or a formula over other names. */
export interface BuildOutInputRow extends InputRow {
  readonly formula?: string;
}

/** The lifecycle inputs the build-out reads, in the order the sheet shows them. */
const SHARED_INPUT_NAMES = [
  "GpuCount",
  "TokensPerSecondPerUser",
  "TokensPerSecondPerGpu",
  "Utilization",
  "UsdPerMillionTokens",
  "AnnualPriceChange",
  "AnnualThroughputGain",
  "CapexPerGpu",
  "LifeYears",
  "PowerKwPerGpu",
  "UsdPerKwh",
  "Pue",
  "OpexPerGpuYear",
  "DiscountRate",
] as const;

/** The inputs block: the lifecycle sheet's rows with their sources, then the quarterly ones. */
export function buildOutInputRows(
  inputs: CalculatorInputs,
  context: ModelContext
): BuildOutInputRow[] {
  const lifecycle = new Map(modelInputRows(inputs, context).map((row) => [row.name, row]));
  const shared = SHARED_INPUT_NAMES.flatMap((name) => {
    const row = lifecycle.get(name);
    if (!row) return [];
    if (name === "GpuCount")
      return [{ ...row, label: "GPUs (the deliveries' default)", source: "Your deployment" }];
    if (name === "UsdPerMillionTokens")
      return [{ ...row, label: "Token price (Q1)", source: `${row.source}; sets the price row` }];
    if (name === "AnnualPriceChange")
      return [{ ...row, source: `${row.source}; applied in the price row, not again by SCHEDULE` }];
    if (name === "Utilization") return [{ ...row, source: `${row.source}; sets the row` }];
    return [row];
  });
  return [
    ...shared,
    {
      name: "CommissioningQuarters",
      label: "Commissioning lag",
      value: DEFAULT_COMMISSIONING_QUARTERS,
      unit: "quarters",
      format: UNITS.count.excelFormat,
      source: "Your assumption: GPUs delivered in a quarter serve from the next one",
    },
    {
      name: "PeriodsPerYear",
      label: "Periods per year",
      value: PERIODS_PER_YEAR,
      unit: "periods",
      format: UNITS.count.excelFormat,
      source: "The columns are quarters",
    },
    {
      name: "LifeQuarters",
      label: "Economic life in quarters",
      value: "",
      formula: "=ROUND(LifeYears * PeriodsPerYear, 0)",
      unit: "quarters",
      format: UNITS.count.excelFormat,
      source: "GPUs retire this many quarters after they start serving",
    },
  ];
}

/** The price axis of the sensitivity grid, as multiples of the Q1 price (formulas follow the input). */
export const GRID_PRICE_MULTIPLES = [0.5, 0.75, 1, 1.25, 1.5] as const;

/** The utilization axis of the sensitivity grid (fractions; every one a valid utilization). */
export const GRID_UTILIZATIONS = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

/** A row of the results block: a live formula; named when other formulas (the grid) read it. */
export interface BuildOutResultRow {
  readonly label: string;
  readonly formula: string;
  readonly unit: Unit;
  readonly note: string;
  readonly name?: string;
}

/** Absolute references to the sheet's rows, as the results block reads them. */
export interface BuildOutRanges {
  /** The net cash flow row from its time-0 cell through the last quarter. */
  readonly netFromTime0: string;
  readonly netTime0: string;
  readonly netQuarters: string;
  readonly deliveries: string;
  readonly capex: string;
  readonly quarters: string;
}

/**
 * NPV, IRR and payback on the net row (time 0 first), Excel's own NPV and IRR on the same cells as a
 * cross-check, and the fleet totals the sensitivity grid reads.
 */
export function buildOutResultRows(ranges: BuildOutRanges): BuildOutResultRow[] {
  const net = ranges.netFromTime0;
  return [
    {
      label: "NPV",
      formula: `=TOKENOMICS.CASHFLOWNPV(DiscountRate, ${net}, PeriodsPerYear)`,
      unit: "usd",
      note: "Time 0 undiscounted, Q1 at 0.25 years",
      name: "NpvUsd",
    },
    {
      label: "NPV (Excel's NPV)",
      formula: `=${ranges.netTime0} + NPV((1 + DiscountRate) ^ (1 / PeriodsPerYear) - 1, ${ranges.netQuarters})`,
      unit: "usd",
      note: "Cross-check: equals CASHFLOWNPV",
    },
    {
      label: "IRR",
      formula: `=TOKENOMICS.CASHFLOWIRR(${net}, PeriodsPerYear)`,
      unit: "fraction",
      note: "Annual effective rate; bracketed solver, no guess needed",
      name: "Irr",
    },
    {
      label: "IRR (Excel's IRR)",
      formula: `=(1 + IRR(${net})) ^ PeriodsPerYear - 1`,
      unit: "fraction",
      note: "Cross-check: equals CASHFLOWIRR where Excel's IRR converges",
    },
    {
      label: "Payback",
      formula: `=TOKENOMICS.CASHFLOWPAYBACK(${net}, PeriodsPerYear)`,
      unit: "months",
      note: "From time 0 until cumulative cash stays at or above 0",
      name: "PaybackMonths",
    },
    {
      label: "GPUs delivered",
      formula: `=SUM(${ranges.deliveries})`,
      unit: "count",
      note: "Sum of the deliveries row",
      name: "FleetGpus",
    },
    {
      label: "Investment (USD)",
      formula: `=SUM(${ranges.capex})`,
      unit: "usd",
      note: "Sum of the capex row, undiscounted",
      name: "InvestmentUsd",
    },
    {
      label: "Fleet throughput (tokens/s)",
      formula: "=FleetGpus * TokensPerSecondPerGpu",
      unit: "count",
      note: "All GPUs delivered × tokens/s per GPU",
      name: "FleetTokensPerSecond",
    },
    {
      label: "Operating cost (USD per year)",
      formula: "=FleetGpus * (PowerKwPerGpu * Pue * UsdPerKwh * 8760 + OpexPerGpuYear)",
      unit: "usd",
      note: "Power at 8,760 h a year plus hosting, whole fleet",
      name: "AnnualOperatingCostUsd",
    },
    {
      label: "Horizon (years)",
      formula: `=COUNT(${ranges.quarters}) / PeriodsPerYear`,
      unit: "plain",
      note: "Quarters ÷ 4",
      name: "Years",
    },
  ];
}
