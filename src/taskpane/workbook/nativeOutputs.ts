/**
 * The native model sheet's output formulas (see nativeModel.ts for the contract): each an ordinary Excel
 * formula over the named inputs and the period tables (nativeTables.ts), with the core's value as its
 * cached result.
 */
import { MESSAGES } from "../../core";
import type { CoreResults } from "./nativeRows";
import { excelNumber } from "./nativeRows";
import type { NativeOutputName, TableRefs } from "./nativeTables";

/**
 * Starting rates for IRR after the add-in's own solution: when a colleague edits the inputs the root moves,
 * and LibreOffice's Newton stops after 20 steps, so a root far from the first guess needs a nearer one.
 */
export const IRR_FALLBACK_GUESSES = [0.1, 1, 10, -0.5, -0.9] as const;

/** IRR from the add-in's solution (if any), then each fallback guess in turn, else the core's reason. */
function irrFormula(flows: string, guess: number | undefined, noIrr: string): string {
  const guesses = [...(guess === undefined ? [] : [guess]), ...IRR_FALLBACK_GUESSES].filter(
    (g, i, all) => all.indexOf(g) === i
  );
  return guesses.reduceRight(
    (otherwise, g) => `IFERROR(IRR(${flows},${excelNumber(g)}),${otherwise})`,
    `"${noIrr}"`
  );
}

export interface OutputFormula {
  readonly formula: string;
  readonly result?: number | string;
  readonly note: string;
  readonly label?: string;
}

const finite = (value: number): number | undefined => (Number.isFinite(value) ? value : undefined);

/** Each output's formula over the named inputs and the tables, with the core's value as its result. */
export function nativeOutputFormulas(
  refs: TableRefs,
  results: CoreResults,
  named: Record<string, number>
): Record<NativeOutputName, OutputFormula> {
  const noIrr = MESSAGES.noIrr();
  const irrGuess = typeof results.irr === "number" ? results.irr : undefined;
  const firstMonth = `MIN(${refs.monthMark})`;
  return {
    UsdPerGpuHour: {
      formula:
        "=IF(ABS(CostOfCapital*LifeYears)<0.000000001,CapexPerGpu/LifeYears,-PMT(CostOfCapital,LifeYears,CapexPerGpu,0))/8760" +
        "+PowerKwPerGpu*Pue*UsdPerKwh+OpexPerGpuYear/8760",
      result: results.usdPerGpuHour,
      note: "Capital annuity (−PMT over the life) ÷ 8,760 h + power × PUE × price + opex ÷ 8,760 h",
    },
    CostPerMillionTokens: {
      formula: "=UsdPerGpuHour/(TokensPerSecondPerGpu*3600*Utilization)*1000000",
      result: results.costPerMillionTokens,
      note: "Cost per GPU-hour ÷ tokens per busy hour × 1,000,000",
    },
    BreakEvenPrice: {
      formula: "=UsdPerGpuHour/(TokensPerSecondPerGpu*3600*Utilization)*1000000",
      result: results.costPerMillionTokens,
      note: "Price at zero gross margin: the cost per million tokens",
    },
    FleetTokensPerSecond: {
      formula: "=GpuCount*TokensPerSecondPerGpu",
      result: finite(named.FleetTokensPerSecond ?? NaN),
      note: "GPUs × tokens/s per GPU",
    },
    InvestmentUsd: {
      formula: "=GpuCount*CapexPerGpu",
      result: finite(named.InvestmentUsd ?? NaN),
      note: "GPUs × capex per GPU",
    },
    AnnualOperatingCostUsd: {
      formula: "=GpuCount*(PowerKwPerGpu*Pue*UsdPerKwh*8760+OpexPerGpuYear)",
      result: results.annualOperatingCostUsd,
      note: "Power at 8,760 h a year plus hosting",
    },
    TokenRevenueUsd: {
      formula: `=SUM(${refs.annualRevenue})`,
      result: results.tokenRevenueUsd,
      note: "Sum of the annual table's revenue",
    },
    RoiMultiple: {
      formula: `=SUM(${refs.annualNet})/InvestmentUsd`,
      result: results.roiMultiple,
      note: "(Revenue − operating cost) ÷ investment",
    },
    PaybackMonths: {
      formula:
        `=IF(COUNT(${refs.monthMark})=0,"never pays back within the "&Years&"-year horizon: cumulative net cash stays below the investment",` +
        `${firstMonth}-1+(-INDEX(${refs.cumulativeFrom0},${firstMonth}))/INDEX(${refs.monthNet},${firstMonth})*INDEX(${refs.monthLength},${firstMonth}))`,
      result: results.paybackMonths,
      note: "First month the cumulative turns non-negative, interpolated within it",
    },
    NpvUsd: {
      formula: `=${refs.annualNet0}+NPV(DiscountRate,${refs.annualNet})`,
      result: results.npvUsd,
      label: "NPV",
      note: "Period 0 undiscounted, then Excel's NPV of the annual table",
    },
    Irr: {
      formula: `=${irrFormula(`${refs.annualNet0}:${refs.annualNet.split(":")[1]}`, irrGuess, noIrr)}`,
      result: results.irr,
      label: "IRR",
      note: "Excel's IRR, started at the add-in's own solution at insert (then 10%, 100%, 1000%, −50%, −90% once inputs change)",
    },
  };
}
