/**
 * The task pane's calculator: the same core as the cells, fed from a platform preset and the user's inputs.
 * Pure (no DOM, no Office), so the pane, the inserted model and the tests agree on every number.
 */
import {
  annualOperatingCostUsd,
  breakEvenUsdPerMillionTokens,
  checked,
  found,
  gpuHourCostBreakdown,
  noAnswer,
  paybackMonths,
  roiMultiple,
  RULES,
  tokenIrr,
  tokenNpvUsd,
  TokenomicsInputError,
  tokenRevenueUsd,
  usdPerMillionTokens,
} from "../../core";
import type { Answer, GpuHourCostBreakdown, TokenInvestmentInput } from "../../core";
import { throughputAt } from "../../presets";
import { irrAnswer, lookupAnswer, paybackAnswer } from "./answers";
import { gpuHourCostInput, presetNumber } from "./inputs";
import type { CalculatorInputs, CostBasis } from "./inputs";

/** A figure the calculator shows: a number, or the reason there is none. */
export type Figure = Answer<number>;

export interface CalculatorResults {
  readonly tokensPerSecondPerGpu: Figure;
  readonly usdPerGpuHour: Figure;
  readonly breakdown: GpuHourCostBreakdown | undefined;
  readonly costUsdPerMillionTokens: Figure;
  readonly breakEvenUsdPerMillionTokens: Figure;
  readonly grossMarginAtPrice: Figure;
  readonly investmentUsd: Figure;
  readonly annualOperatingCostUsd: Figure;
  readonly tokenRevenueUsd: Figure;
  readonly roiMultiple: Figure;
  readonly paybackMonths: Figure;
  readonly npvUsd: Figure;
  readonly irr: Figure;
}

/** The results that are figures (all but the breakdown). */
export type FigureKey = Exclude<keyof CalculatorResults, "breakdown">;

/** Runs a model call; invalid input becomes the figure's reason instead of an exception. */
function attempt(compute: () => number | Figure): Figure {
  try {
    const result = compute();
    return typeof result === "number" ? found(result) : result;
  } catch (error) {
    if (error instanceof TokenomicsInputError) return noAnswer(error.message);
    throw error;
  }
}

function chain(figure: Figure, next: (value: number) => Figure): Figure {
  return figure.ok ? next(figure.value) : figure;
}

/** Every figure the calculator shows, from one set of inputs. Never NaN or Infinity: those become reasons. */
export function calculate(inputs: CalculatorInputs): CalculatorResults {
  // throughputAt throws on an interactivity that is no positive number, and answers "outside the measured
  // range" for one the data does not cover.
  const tokensPerSecondPerGpu = attempt(() => {
    const throughput = lookupAnswer(
      throughputAt(
        inputs.platformId,
        inputs.model,
        inputs.workload,
        inputs.tokensPerSecondPerUser,
        inputs.precision || null
      )
    );
    return throughput.ok ? throughput.value.tokensPerSecondPerGpu : throughput;
  });

  let breakdown: GpuHourCostBreakdown | undefined;
  const built = attempt(() => {
    breakdown = gpuHourCostBreakdown(gpuHourCostInput(inputs));
    return breakdown.totalUsdPerGpuHour;
  });
  const usdPerGpuHour = inputs.costBasis === "build" ? built : presetTier(inputs, inputs.costBasis);

  const perToken = (
    compute: typeof usdPerMillionTokens | typeof breakEvenUsdPerMillionTokens
  ): Figure =>
    chain(usdPerGpuHour, (hourly) =>
      chain(tokensPerSecondPerGpu, (tps) =>
        attempt(() =>
          compute({
            usdPerGpuHour: hourly,
            tokensPerSecondPerGpu: tps,
            utilization: inputs.utilization,
          })
        )
      )
    );
  const costUsdPerMillionTokens = perToken(usdPerMillionTokens);
  const grossMarginAtPrice = chain(costUsdPerMillionTokens, (cost) =>
    attempt(
      () =>
        1 - cost / checked(inputs.usdPerMillionTokens, "usdPerMillionTokens", RULES.positivePrice)
    )
  );

  // The investment view needs capex: the operating cost is power and hosting, the capital is the investment.
  const investmentUsd: Figure =
    Number.isFinite(inputs.capexPerGpu) && inputs.capexPerGpu > 0
      ? attempt(
          () => checked(inputs.gpuCount, "gpuCount", RULES.fleetGpuCount) * inputs.capexPerGpu
        )
      : noAnswer(`enter capexPerGpu: no price is published for ${inputs.platformId}`);
  const operatingCost: Figure = [inputs.powerKwPerGpu, inputs.opexPerGpuYear].every(Number.isFinite)
    ? attempt(() => annualOperatingCostUsd(inputs))
    : noAnswer(`enter powerKwPerGpu and opexPerGpuYear: not published for ${inputs.platformId}`);

  const revenueTerms = (tps: number) => ({
    years: inputs.years,
    tokensPerSecond: tps * inputs.gpuCount,
    usdPerMillionTokens: inputs.usdPerMillionTokens,
    utilization: inputs.utilization,
    annualPriceChange: inputs.annualPriceChange,
    annualThroughputGain: inputs.annualThroughputGain,
  });
  const withInvestment = (compute: (input: TokenInvestmentInput) => number | Figure): Figure =>
    chain(investmentUsd, (investment) =>
      chain(operatingCost, (operating) =>
        chain(tokensPerSecondPerGpu, (tps) =>
          attempt(() =>
            compute({
              ...revenueTerms(tps),
              investmentUsd: investment,
              annualOperatingCostUsd: operating,
            })
          )
        )
      )
    );

  return {
    tokensPerSecondPerGpu,
    usdPerGpuHour,
    breakdown,
    costUsdPerMillionTokens,
    breakEvenUsdPerMillionTokens: perToken(breakEvenUsdPerMillionTokens),
    grossMarginAtPrice,
    investmentUsd,
    annualOperatingCostUsd: operatingCost,
    tokenRevenueUsd: chain(tokensPerSecondPerGpu, (tps) =>
      attempt(() => tokenRevenueUsd(revenueTerms(tps)))
    ),
    roiMultiple: withInvestment((input) => roiMultiple(input)),
    paybackMonths: withInvestment((input) => paybackAnswer(paybackMonths(input), inputs.years)),
    npvUsd: withInvestment((input) => tokenNpvUsd(inputs.discountRate, input)),
    irr: withInvestment((input) => irrAnswer(tokenIrr(input))),
  };
}

/** The preset tier the user picked as the cost of a GPU-hour, or why there is none. */
function presetTier(inputs: CalculatorInputs, tier: Exclude<CostBasis, "build">): Figure {
  const value = presetNumber(inputs.platformId, tier, inputs.overrides);
  return value === undefined
    ? noAnswer(`${tier} is not published for ${inputs.platformId}`)
    : found(value);
}
