/**
 * The task pane's calculator: the same core as the cells, fed from a platform preset and the user's inputs.
 * Pure (no DOM, no Office), so the pane, the inserted model and the tests agree on every number.
 */
import {
  breakEvenUsdPerMillionTokens,
  gpuHourCostBreakdown,
  GpuHourCostBreakdown,
  HOURS_PER_YEAR,
  MONTHS_PER_YEAR,
  paybackMonths,
  roiMultiple,
  tokenIrr,
  TokenInvestmentInput,
  tokenNpvUsd,
  TokenomicsInputError,
  tokenRevenueUsd,
  usdPerMillionTokens,
} from "../../core";
import {
  PresetFieldName,
  presetValue,
  ThroughputCombination,
  throughputAt,
  throughputOptions,
} from "../../presets";
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
  /** The user's own preset values, which take precedence over the shipped preset. */
  readonly overrides?: Partial<Record<PresetFieldName, number>>;
}

/** A figure the calculator shows: a number, or the reason there is none. */
export type Figure =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

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

const ok = (value: number): Figure => ({ ok: true, value });
const missing = (reason: string): Figure => ({ ok: false, reason });

/** Runs a model call; invalid input becomes the figure's reason instead of an exception. */
function attempt(compute: () => number | Figure): Figure {
  try {
    const result = compute();
    return typeof result === "number" ? ok(result) : result;
  } catch (error) {
    if (error instanceof TokenomicsInputError) return missing(error.message);
    throw error;
  }
}

function chain(figure: Figure, next: (value: number) => Figure): Figure {
  return figure.ok ? next(figure.value) : figure;
}

/** The user's value for a field if set, else the published value of the shipped preset, else undefined. */
export function presetNumber(
  platformId: string,
  field: PresetFieldName,
  overrides?: Partial<Record<PresetFieldName, number>>
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
export function defaultInputs(
  platformId: string,
  overrides?: Partial<Record<PresetFieldName, number>>
): CalculatorInputs {
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

/** The platform's first measured combination, with an interactivity in the middle of its range. */
function firstCombination(
  platformId: string
): { model: string; workload: string; tokensPerSecondPerUser: number } | undefined {
  const options = throughputOptionsFor(platformId);
  const first = options[0];
  if (!first) return undefined;
  const middle = Math.sqrt(first.minTokensPerSecondPerUser * first.maxTokensPerSecondPerUser);
  return {
    model: first.model,
    workload: first.workload,
    tokensPerSecondPerUser: Math.round(middle),
  };
}

function throughputOptionsFor(platformId: string): readonly ThroughputCombination[] {
  const options = throughputOptions(platformId);
  if (!options.ok) return [];
  // Prefer the chat workload on DeepSeek-R1: the most widely measured.
  return [...options.value.combinations].sort(
    (a, b) =>
      Number(b.workload === "1k/1k") - Number(a.workload === "1k/1k") ||
      Number(b.model === "DeepSeek-R1") - Number(a.model === "DeepSeek-R1")
  );
}

/** Every figure the calculator shows, from one set of inputs. */
export function calculate(inputs: CalculatorInputs): CalculatorResults {
  const throughput = throughputAt(
    inputs.platformId,
    inputs.model,
    inputs.workload,
    inputs.tokensPerSecondPerUser,
    inputs.precision || null
  );
  const tokensPerSecondPerGpu: Figure = throughput.ok
    ? ok(throughput.value.tokensPerSecondPerGpu)
    : missing(throughput.reason);

  let breakdown: GpuHourCostBreakdown | undefined;
  const built = attempt(() => {
    breakdown = gpuHourCostBreakdown({
      capexPerGpu: inputs.capexPerGpu,
      lifeYears: inputs.lifeYears,
      powerKwPerGpu: inputs.powerKwPerGpu,
      usdPerKwh: inputs.usdPerKwh,
      pue: inputs.pue,
      opexPerGpuYear: inputs.opexPerGpuYear,
      costOfCapital: inputs.costOfCapital,
    });
    return breakdown.totalUsdPerGpuHour;
  });
  const usdPerGpuHour: Figure =
    inputs.costBasis === "build"
      ? built
      : (() => {
          const value = presetNumber(inputs.platformId, inputs.costBasis, inputs.overrides);
          return value === undefined
            ? missing(`${inputs.costBasis} is not published for ${inputs.platformId}`)
            : ok(value);
        })();

  const costUsdPerMillionTokens = chain(usdPerGpuHour, (hourly) =>
    chain(tokensPerSecondPerGpu, (tps) =>
      attempt(() =>
        usdPerMillionTokens({
          usdPerGpuHour: hourly,
          tokensPerSecondPerGpu: tps,
          utilization: inputs.utilization,
        })
      )
    )
  );
  const breakEven = chain(usdPerGpuHour, (hourly) =>
    chain(tokensPerSecondPerGpu, (tps) =>
      attempt(() =>
        breakEvenUsdPerMillionTokens({
          usdPerGpuHour: hourly,
          tokensPerSecondPerGpu: tps,
          utilization: inputs.utilization,
        })
      )
    )
  );
  const grossMarginAtPrice = chain(costUsdPerMillionTokens, (cost) =>
    ok(1 - cost / inputs.usdPerMillionTokens)
  );

  // The investment view needs capex: the operating cost is power and hosting, the capital is the investment.
  const investmentUsd: Figure =
    Number.isFinite(inputs.capexPerGpu) && inputs.capexPerGpu > 0
      ? ok(inputs.gpuCount * inputs.capexPerGpu)
      : missing(`enter capexPerGpu: no price is published for ${inputs.platformId}`);
  const operatingTerms = [
    inputs.powerKwPerGpu,
    inputs.pue,
    inputs.usdPerKwh,
    inputs.opexPerGpuYear,
  ];
  const annualOperatingCostUsd: Figure = operatingTerms.every(Number.isFinite)
    ? ok(
        inputs.gpuCount *
          (inputs.powerKwPerGpu * inputs.pue * inputs.usdPerKwh * HOURS_PER_YEAR +
            inputs.opexPerGpuYear)
      )
    : missing(`enter powerKwPerGpu and opexPerGpuYear: not published for ${inputs.platformId}`);

  const investmentInput = (investment: number, tps: number): TokenInvestmentInput => ({
    investmentUsd: investment,
    years: inputs.years,
    tokensPerSecond: tps * inputs.gpuCount,
    usdPerMillionTokens: inputs.usdPerMillionTokens,
    utilization: inputs.utilization,
    annualOperatingCostUsd: annualOperatingCostUsd.ok ? annualOperatingCostUsd.value : 0,
    annualPriceChange: inputs.annualPriceChange,
    annualThroughputGain: inputs.annualThroughputGain,
  });
  const withInvestment = (compute: (input: TokenInvestmentInput) => Figure): Figure =>
    chain(investmentUsd, (investment) =>
      chain(annualOperatingCostUsd, () =>
        chain(tokensPerSecondPerGpu, (tps) => compute(investmentInput(investment, tps)))
      )
    );

  return {
    tokensPerSecondPerGpu,
    usdPerGpuHour,
    breakdown,
    costUsdPerMillionTokens,
    breakEvenUsdPerMillionTokens: breakEven,
    grossMarginAtPrice,
    investmentUsd,
    annualOperatingCostUsd,
    tokenRevenueUsd: chain(tokensPerSecondPerGpu, (tps) =>
      attempt(() =>
        tokenRevenueUsd({
          years: inputs.years,
          tokensPerSecond: tps * inputs.gpuCount,
          usdPerMillionTokens: inputs.usdPerMillionTokens,
          utilization: inputs.utilization,
          annualPriceChange: inputs.annualPriceChange,
          annualThroughputGain: inputs.annualThroughputGain,
        })
      )
    ),
    roiMultiple: withInvestment((input) => attempt(() => roiMultiple(input))),
    paybackMonths: withInvestment((input) =>
      attempt(() => {
        const result = paybackMonths(input);
        return result.ok ? result.value : missing(`never pays back within ${inputs.years} years`);
      })
    ),
    npvUsd: withInvestment((input) => attempt(() => tokenNpvUsd(inputs.discountRate, input))),
    irr: withInvestment((input) =>
      attempt(() => {
        const result = tokenIrr(input);
        return result.ok ? result.value : missing("no rate of return solves these cash flows");
      })
    ),
  };
}
