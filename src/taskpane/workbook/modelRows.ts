/**
 * The rows of the "Insert model" worksheet as data: every input (value, unit, Excel number format, source)
 * and every output (a live TOKENOMICS formula over the inputs' names). modelSheet lays them out.
 */
import { UNITS } from "../units";
import { ASSUMPTIONS } from "../model/assumptions";
import { presetNumber } from "../model/inputs";
import type { CalculatorInputs } from "../model/inputs";

export interface InputRow {
  readonly name: string;
  readonly label: string;
  readonly value: number | string;
  readonly unit: string;
  readonly format: string;
  readonly source: string;
}

export interface OutputRow {
  readonly name: string;
  readonly label: string;
  readonly formula: string;
  readonly unit: string;
  readonly format: string;
  readonly note: string;
}

/** What the calculator knew when the model was inserted, beyond the inputs themselves. */
export interface ModelContext {
  readonly platformDisplayName: string;
  readonly tokensPerSecondPerGpu: number;
  readonly throughputSource: string;
  readonly insertedOn: string;
}

export const LIFECYCLE_ARGS =
  "InvestmentUsd, Years, FleetTokensPerSecond, UsdPerMillionTokens, Utilization, AnnualOperatingCostUsd, AnnualPriceChange, AnnualThroughputGain";

/** The preset tier used as the cost of a GPU-hour, or undefined when the model builds it up. */
export function presetTierUsdPerGpuHour(inputs: CalculatorInputs): number | undefined {
  return inputs.costBasis === "build"
    ? undefined
    : presetNumber(inputs.platformId, inputs.costBasis, inputs.overrides);
}

/** The inputs block: blue cells, each with its unit, source and worksheet name. */
export function modelInputRows(inputs: CalculatorInputs, context: ModelContext): InputRow[] {
  const tier = presetTierUsdPerGpuHour(inputs);
  const rows: InputRow[] = [
    {
      name: "GpuCount",
      label: "GPUs",
      value: inputs.gpuCount,
      unit: "GPUs",
      format: UNITS.count.excelFormat,
      source: "Your deployment",
    },
    {
      name: "TokensPerSecondPerUser",
      label: "Interactivity",
      value: inputs.tokensPerSecondPerUser,
      unit: "output tokens/s per user",
      format: UNITS.tokensPerSecond.excelFormat,
      source: "Your service level",
    },
    {
      name: "TokensPerSecondPerGpu",
      label: "Throughput per GPU at that interactivity",
      value: context.tokensPerSecondPerGpu,
      unit: "tokens/s",
      format: UNITS.tokensPerSecond.excelFormat,
      source: context.throughputSource,
    },
    {
      name: "Utilization",
      label: "Utilization",
      value: inputs.utilization,
      unit: "fraction of hours",
      format: UNITS.fraction.excelFormat,
      source: ASSUMPTIONS.utilization.source,
    },
    {
      name: "UsdPerMillionTokens",
      label: "Token price (first year)",
      value: inputs.usdPerMillionTokens,
      unit: "USD per million tokens",
      format: UNITS.usdPerMillionTokens.excelFormat,
      source: "Your price (blended input/output: see TOKENOMICS.BLENDEDPRICE)",
    },
    {
      name: "Years",
      label: "Horizon",
      value: inputs.years,
      unit: "years",
      format: UNITS.plain.excelFormat,
      source: "Your horizon",
    },
    {
      name: "CapexPerGpu",
      label: "Capex per GPU",
      value: Number.isFinite(inputs.capexPerGpu) ? inputs.capexPerGpu : "",
      unit: "USD",
      format: UNITS.usd.excelFormat,
      source: Number.isFinite(inputs.capexPerGpu)
        ? "Preset price or your figure"
        : "Not published: enter your price",
    },
    {
      name: "LifeYears",
      label: "Economic life",
      value: inputs.lifeYears,
      unit: "years",
      format: UNITS.plain.excelFormat,
      source: ASSUMPTIONS.lifeYears.source,
    },
    {
      name: "CostOfCapital",
      label: "Cost of capital",
      value: inputs.costOfCapital,
      unit: "per year",
      format: UNITS.fraction.excelFormat,
      source: ASSUMPTIONS.costOfCapital.source,
    },
    {
      name: "PowerKwPerGpu",
      label: "All-in power per GPU",
      value: inputs.powerKwPerGpu,
      unit: "kW",
      format: UNITS.kw.excelFormat,
      source: "Preset (SemiAnalysis all-in kW) or your figure",
    },
    {
      name: "UsdPerKwh",
      label: "Electricity price",
      value: inputs.usdPerKwh,
      unit: "USD per kWh",
      format: UNITS.usdPerKwh.excelFormat,
      source: ASSUMPTIONS.usdPerKwh.source,
    },
    {
      name: "Pue",
      label: "PUE",
      value: inputs.pue,
      unit: "facility ÷ IT power",
      format: UNITS.plain.excelFormat,
      source: ASSUMPTIONS.pue.source,
    },
    {
      name: "OpexPerGpuYear",
      label: "Hosting and other opex per GPU",
      value: inputs.opexPerGpuYear,
      unit: "USD per year",
      format: UNITS.usd.excelFormat,
      source: `${ASSUMPTIONS.colocationUsdPerKwMonth.source} × all-in kW × 12`,
    },
    {
      name: "AnnualPriceChange",
      label: "Token price change",
      value: inputs.annualPriceChange,
      unit: "per year",
      format: UNITS.fraction.excelFormat,
      source: ASSUMPTIONS.annualPriceChange.source,
    },
    {
      name: "AnnualThroughputGain",
      label: "Throughput gain from software",
      value: inputs.annualThroughputGain,
      unit: "per year",
      format: UNITS.fraction.excelFormat,
      source: "Your assumption",
    },
    {
      name: "DiscountRate",
      label: "Discount rate",
      value: inputs.discountRate,
      unit: "per year",
      format: UNITS.fraction.excelFormat,
      source: ASSUMPTIONS.discountRate.source,
    },
  ];
  if (tier !== undefined) {
    rows.push({
      name: "UsdPerGpuHour",
      label: "Cost per GPU-hour (preset tier)",
      value: tier,
      unit: "USD per GPU-hour",
      format: UNITS.usdPerGpuHour.excelFormat,
      source: `Preset ${inputs.costBasis}: see TOKENOMICS.PRESETINFO("${inputs.platformId}", "${inputs.costBasis}")`,
    });
  }
  return rows;
}

/**
 * The outputs block. AnnualOperatingCostUsd is core's annualOperatingCostUsd written as a formula (a test
 * evaluates it against the core function).
 */
export function modelOutputRows(inputs: CalculatorInputs): OutputRow[] {
  const tier = presetTierUsdPerGpuHour(inputs);
  return [
    ...(tier === undefined
      ? [
          {
            name: "UsdPerGpuHour",
            label: "Cost per GPU-hour (built up)",
            formula:
              "=TOKENOMICS.GPUHOURCOST(CapexPerGpu, LifeYears, PowerKwPerGpu, UsdPerKwh, Pue, OpexPerGpuYear, CostOfCapital)",
            unit: "USD per GPU-hour",
            format: UNITS.usdPerGpuHour.excelFormat,
            note: "Capital annuity + power + opex, per hour",
          },
        ]
      : []),
    {
      name: "CostPerMillionTokens",
      label: "Cost per million tokens",
      formula: "=TOKENOMICS.COSTPERTOKEN(UsdPerGpuHour, TokensPerSecondPerGpu, Utilization)",
      unit: "USD per million tokens",
      format: UNITS.usdPerMillionTokens.excelFormat,
      note: "Serving cost at this utilization",
    },
    {
      name: "BreakEvenPrice",
      label: "Break-even token price",
      formula: "=TOKENOMICS.BREAKEVENPRICE(UsdPerGpuHour, TokensPerSecondPerGpu, Utilization)",
      unit: "USD per million tokens",
      format: UNITS.usdPerMillionTokens.excelFormat,
      note: "Price at zero gross margin",
    },
    {
      name: "FleetTokensPerSecond",
      label: "Fleet throughput",
      formula: "=GpuCount * TokensPerSecondPerGpu",
      unit: "tokens/s",
      format: UNITS.count.excelFormat,
      note: "GPUs × tokens/s per GPU",
    },
    {
      name: "InvestmentUsd",
      label: "Investment",
      formula: "=GpuCount * CapexPerGpu",
      unit: "USD",
      format: UNITS.usd.excelFormat,
      note: "GPUs × capex per GPU",
    },
    {
      name: "AnnualOperatingCostUsd",
      label: "Operating cost",
      formula: "=GpuCount * (PowerKwPerGpu * Pue * UsdPerKwh * 8760 + OpexPerGpuYear)",
      unit: "USD per year",
      format: UNITS.usd.excelFormat,
      note: "Power at 8,760 h a year plus hosting",
    },
    {
      name: "TokenRevenueUsd",
      label: "Token revenue",
      formula:
        "=TOKENOMICS.TOKENREVENUE(Years, FleetTokensPerSecond, UsdPerMillionTokens, Utilization, AnnualPriceChange, AnnualThroughputGain)",
      unit: "USD over the horizon",
      format: UNITS.usd.excelFormat,
      note: "Annual periods",
    },
    {
      name: "RoiMultiple",
      label: "ROI multiple",
      formula: `=TOKENOMICS.ROIMULTIPLE(${LIFECYCLE_ARGS})`,
      unit: "x investment",
      format: UNITS.multiple.excelFormat,
      note: "(Revenue − operating cost) ÷ investment",
    },
    {
      name: "PaybackMonths",
      label: "Payback",
      formula: `=TOKENOMICS.PAYBACKMONTHS(${LIFECYCLE_ARGS})`,
      unit: "months",
      format: UNITS.months.excelFormat,
      note: "Monthly periods, interpolated",
    },
    {
      name: "NpvUsd",
      label: "NPV (TOKENNPV)",
      formula: `=TOKENOMICS.TOKENNPV(DiscountRate, ${LIFECYCLE_ARGS})`,
      unit: "USD",
      format: UNITS.usd.excelFormat,
      note: "Period 0 undiscounted",
    },
    {
      name: "Irr",
      label: "IRR (TOKENIRR)",
      formula: `=TOKENOMICS.TOKENIRR(${LIFECYCLE_ARGS})`,
      unit: "per year",
      format: UNITS.fraction.excelFormat,
      note: "Bracketed solver, no guess needed",
    },
  ];
}
