/**
 * The native build-out sheet's output formulas (see nativeBuildOut.ts for the contract): each an ordinary
 * Excel formula over the named inputs and the quarter table, with the core's value as its cached result.
 */
import { MESSAGES } from "../../core";
import type { Unit } from "../units";
import { PERIODS_PER_YEAR } from "./buildOutRows";
import type { BuildOutCoreResults } from "./nativeBuildOutRows";
import { IRR_FALLBACK_GUESSES } from "./nativeOutputs";
import { excelNumber } from "./nativeRows";

/** The outputs' names in sheet order. */
export const BUILDOUT_OUTPUT_NAMES = [
  "NpvUsd",
  "Irr",
  "PaybackMonths",
  "FleetGpus",
  "InvestmentUsd",
  "TotalMillionTokens",
  "TotalRevenueUsd",
  "CumulativeNetCashUsd",
  "FleetTokensPerSecond",
  "AnnualOperatingCostUsd",
  "Years",
] as const;

export type BuildOutOutputName = (typeof BUILDOUT_OUTPUT_NAMES)[number];

/** Absolute ranges of the quarter table: "From0" ranges start at the time-0 row, the rest at Q1. */
export interface BuildOutTableRefs {
  readonly time0Net: string;
  readonly netFrom0: string;
  readonly net: string;
  readonly cumulativeFrom0: string;
  readonly lastCumulative: string;
  readonly belowFrom0: string;
  readonly quarters: string;
  readonly deliveries: string;
  readonly tokens: string;
  readonly revenue: string;
  readonly capex: string;
}

export interface BuildOutOutputFormula {
  readonly label: string;
  readonly formula: string;
  readonly result?: number | string;
  readonly unit: Unit;
  readonly note: string;
}

/** A year's rate as the per-quarter rate that compounds to it. */
const perQuarter = (annual: number): number => Math.pow(1 + annual, 1 / PERIODS_PER_YEAR) - 1;

/**
 * IRR per quarter compounded to a year: started at the add-in's own solution, then at the lifecycle
 * sheet's fallback guesses (annual rates, as quarterly ones), else the core's reason in words.
 */
function irrFormula(flows: string, annualGuess: number | undefined, noIrr: string): string {
  const guesses = [...(annualGuess === undefined ? [] : [annualGuess]), ...IRR_FALLBACK_GUESSES]
    .map(perQuarter)
    .filter((g, i, all) => Number.isFinite(g) && all.indexOf(g) === i);
  return guesses.reduceRight(
    (otherwise, g) =>
      `IFERROR(POWER(1+IRR(${flows},${excelNumber(g)}),${PERIODS_PER_YEAR})-1,${otherwise})`,
    `"${noIrr}"`
  );
}

/** A column's total, added in order as a spreadsheet's SUM adds it. */
const total = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const sum = (values: readonly number[] | undefined): number | undefined =>
  values === undefined ? undefined : total(values);

/** Each output's formula over the named inputs and the quarter table, with the core's value. */
export function buildOutOutputFormulas(
  refs: BuildOutTableRefs,
  core: BuildOutCoreResults,
  named: Readonly<Record<string, number>>,
  deliveries: readonly number[]
): Record<BuildOutOutputName, BuildOutOutputFormula> {
  const quarters = named.Quarters as number;
  const lines = core.lines;
  const fleetGpus = lines && total(deliveries.slice(0, quarters));
  const noIrr = typeof core.irr === "string" ? core.irr : MESSAGES.noIrr();
  const last = `MAX(${refs.belowFrom0})`;
  const time0 = named.Time0CashUsd as number;
  const lastCumulative = lines?.cumulativeNetCashUsd[quarters - 1];
  return {
    NpvUsd: {
      label: "NPV",
      formula: `=${refs.time0Net}+NPV(POWER(1+DiscountRate,1/${PERIODS_PER_YEAR})-1,${refs.net})`,
      result: core.npvUsd,
      unit: "usd",
      note: "Time 0 undiscounted, then Excel's NPV at the quarterly equivalent of DiscountRate (as CASHFLOWNPV)",
    },
    Irr: {
      label: "IRR",
      formula: `=${irrFormula(refs.netFrom0, typeof core.irr === "number" ? core.irr : undefined, noIrr)}`,
      result: core.irr,
      unit: "fraction",
      note: "Excel's IRR per quarter, compounded to a year; started at the add-in's solution at insert (then 10%, 100%, 1000%, −50%, −90% a year once inputs change)",
    },
    PaybackMonths: {
      label: "Payback",
      formula:
        `=IF(COUNT(${refs.belowFrom0})=0,0,IF(${last}>=Quarters,"${MESSAGES.cashFlowNeverPaysBack()}",` +
        `(${last}+(-INDEX(${refs.cumulativeFrom0},${last}+1))/INDEX(${refs.netFrom0},${last}+2))*12/${PERIODS_PER_YEAR}))`,
      result: core.paybackMonths,
      unit: "months",
      note: "From time 0 until cumulative cash stays at or above 0, interpolated in the quarter it does (as CASHFLOWPAYBACK)",
    },
    FleetGpus: {
      label: "GPUs delivered",
      formula: `=SUMIFS(${refs.deliveries},${refs.quarters},"<="&Quarters)`,
      result: fleetGpus,
      unit: "count",
      note: "Deliveries within the horizon",
    },
    InvestmentUsd: {
      label: "Investment (USD)",
      formula: `=SUM(${refs.capex})`,
      result: sum(lines?.capexUsd),
      unit: "usd",
      note: "Sum of the capex column, undiscounted",
    },
    TotalMillionTokens: {
      label: "Million tokens",
      formula: `=SUM(${refs.tokens})`,
      result: sum(lines?.millionTokens),
      unit: "count",
      note: "Sum of the million tokens column",
    },
    TotalRevenueUsd: {
      label: "Revenue (USD)",
      formula: `=SUM(${refs.revenue})`,
      result: sum(lines?.revenueUsd),
      unit: "usd",
      note: "Sum of the revenue column, undiscounted",
    },
    CumulativeNetCashUsd: {
      label: "Cumulative net cash at the horizon (USD)",
      formula: `=${refs.lastCumulative}`,
      result: lastCumulative === undefined ? undefined : time0 + lastCumulative,
      unit: "usd",
      note: "Time 0 plus every quarter's net cash flow",
    },
    FleetTokensPerSecond: {
      label: "Fleet throughput (tokens/s)",
      formula: "=FleetGpus*TokensPerSecondPerGpu",
      result:
        fleetGpus === undefined ? undefined : fleetGpus * (named.TokensPerSecondPerGpu ?? NaN),
      unit: "count",
      note: "All GPUs delivered × tokens/s per GPU",
    },
    AnnualOperatingCostUsd: {
      label: "Operating cost (USD per year)",
      formula: "=FleetGpus*(PowerKwPerGpu*Pue*UsdPerKwh*8760+OpexPerGpuYear)",
      result:
        fleetGpus === undefined
          ? undefined
          : fleetGpus *
            ((named.PowerKwPerGpu ?? NaN) * (named.Pue ?? NaN) * (named.UsdPerKwh ?? NaN) * 8760 +
              (named.OpexPerGpuYear ?? NaN)),
      unit: "usd",
      note: "Power at 8,760 h a year plus hosting, whole fleet",
    },
    Years: {
      label: "Horizon (years)",
      formula: `=Quarters/${PERIODS_PER_YEAR}`,
      result: quarters / PERIODS_PER_YEAR,
      unit: "plain",
      note: "Quarters ÷ 4",
    },
  };
}
