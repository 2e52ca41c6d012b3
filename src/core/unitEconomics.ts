import {
  JOULES_PER_KILOWATT_SECOND,
  KILOWATTS_PER_MEGAWATT,
  SECONDS_PER_HOUR,
  TOKENS_PER_MILLION,
} from "./constants";
import { checked, checkedOr } from "./errors";
import { RULES } from "./rules";

/** Inputs to the serving cost of tokens on one GPU. */
export interface CostPerTokenInput {
  /** All-in cost of one GPU-hour, USD. */
  readonly usdPerGpuHour: number;
  /** Tokens produced per second by one GPU at the chosen interactivity. */
  readonly tokensPerSecondPerGpu: number;
  /** Share of hours the GPU is busy serving, 0-1; 1 if omitted. */
  readonly utilization?: number;
  /** Tokens in one pricing unit; 1,000,000 (a million tokens) if omitted. */
  readonly tokensPerUnit?: number;
}

/**
 * Serving cost per million tokens (or per `tokensPerUnit` tokens), USD.
 *
 * Formula: usdPerGpuHour / (tokensPerSecondPerGpu × 3600 × utilization) × tokensPerUnit
 *
 * @example usdPerMillionTokens({ usdPerGpuHour: 2.21, tokensPerSecondPerGpu: 1149.1 }) // 0.5342 (InferenceX, GB200 NVL72, DeepSeek-R1 FP4 1k/1k)
 * @see SemiAnalysis InferenceX, "GB200 NVL72 vs B200 on DeepSeek R1 670B" (2026-05-23), which prints this
 *   formula and the 2.21 USD/GPU-hour and 1149.1 tokens/s of the example; the same formula is in the
 *   dashboard's code (useThroughputData.ts): https://github.com/SemiAnalysisAI/InferenceX-app
 */
export function usdPerMillionTokens(input: CostPerTokenInput): number {
  const usdPerGpuHour = checked(input.usdPerGpuHour, "usdPerGpuHour", RULES.positivePrice);
  const tokensPerSecondPerGpu = checked(
    input.tokensPerSecondPerGpu,
    "tokensPerSecondPerGpu",
    RULES.tokensPerSecond
  );
  const utilization = checkedOr(input.utilization, 1, "utilization", RULES.utilization);
  const tokensPerUnit = checkedOr(
    input.tokensPerUnit,
    TOKENS_PER_MILLION,
    "tokensPerUnit",
    RULES.tokensPerUnit
  );
  return (usdPerGpuHour / (tokensPerSecondPerGpu * SECONDS_PER_HOUR * utilization)) * tokensPerUnit;
}

/** Inputs to the break-even token price. */
export interface BreakEvenPriceInput {
  readonly usdPerGpuHour: number;
  readonly tokensPerSecondPerGpu: number;
  /** 0-1; 1 if omitted. */
  readonly utilization?: number;
  /** Gross margin to earn on the price, 0 to below 1; 0 (break even) if omitted. */
  readonly targetGrossMargin?: number;
}

/**
 * Token price that earns the target gross margin over serving cost, USD per million tokens.
 *
 * Formula: cost per million tokens / (1 − targetGrossMargin)
 *
 * @example breakEvenUsdPerMillionTokens({ usdPerGpuHour: 3.6, tokensPerSecondPerGpu: 1000, targetGrossMargin: 0.5 }) // 2
 */
export function breakEvenUsdPerMillionTokens(input: BreakEvenPriceInput): number {
  const targetGrossMargin = checkedOr(
    input.targetGrossMargin,
    0,
    "targetGrossMargin",
    RULES.grossMargin
  );
  const cost = usdPerMillionTokens({
    usdPerGpuHour: input.usdPerGpuHour,
    tokensPerSecondPerGpu: input.tokensPerSecondPerGpu,
    utilization: input.utilization,
  });
  return cost / (1 - targetGrossMargin);
}

/** Prices and traffic mix for a blended price. */
export interface BlendedPriceInput {
  /** Price of uncached input tokens, USD per million. */
  readonly inputUsdPerMillion: number;
  /** Price of output tokens, USD per million. */
  readonly outputUsdPerMillion: number;
  /** Input tokens sent for each output token produced (3 for a 3:1 mix). */
  readonly inputTokensPerOutputToken: number;
  /** Share of input tokens served from the prompt cache, 0-1; 0 if omitted. */
  readonly cachedInputShare?: number;
  /** Price of cached input tokens, USD per million; 0 if omitted. */
  readonly cachedInputUsdPerMillion?: number;
}

/**
 * Average price of all tokens (input and output) in a traffic mix, USD per million total tokens.
 *
 * Formula: (k × ((1 − h) × inputPrice + h × cachedPrice) + outputPrice) / (k + 1), with
 * k = inputTokensPerOutputToken and h = cachedInputShare
 *
 * @example blendedUsdPerMillionTokens({ inputUsdPerMillion: 0.15, outputUsdPerMillion: 0.6, inputTokensPerOutputToken: 3 }) // 0.2625
 */
export function blendedUsdPerMillionTokens(input: BlendedPriceInput): number {
  const inputPrice = checked(
    input.inputUsdPerMillion,
    "inputUsdPerMillion",
    RULES.nonNegativePrice
  );
  const outputPrice = checked(
    input.outputUsdPerMillion,
    "outputUsdPerMillion",
    RULES.nonNegativePrice
  );
  const ratio = checked(
    input.inputTokensPerOutputToken,
    "inputTokensPerOutputToken",
    RULES.tokenRatio
  );
  const cachedShare = checkedOr(input.cachedInputShare, 0, "cachedInputShare", RULES.fraction);
  const cachedPrice = checkedOr(
    input.cachedInputUsdPerMillion,
    0,
    "cachedInputUsdPerMillion",
    RULES.nonNegativePrice
  );
  const inputSidePrice = (1 - cachedShare) * inputPrice + cachedShare * cachedPrice;
  return (ratio * inputSidePrice + outputPrice) / (ratio + 1);
}

/** Inputs to energy and power-density figures. */
export interface PowerEfficiencyInput {
  readonly tokensPerSecondPerGpu: number;
  /** All-in IT power per GPU, kW. */
  readonly powerKwPerGpu: number;
  /** Facility power ÷ IT power, at least 1; 1 if omitted. */
  readonly pue?: number;
}

function facilityKwPerGpu(input: PowerEfficiencyInput): number {
  const powerKwPerGpu = checked(input.powerKwPerGpu, "powerKwPerGpu", RULES.powerKw);
  const pue = checkedOr(input.pue, 1, "pue", RULES.pue);
  return powerKwPerGpu * pue;
}

/**
 * Facility energy used per token, joules per token.
 *
 * Formula: powerKwPerGpu × pue × 1000 / tokensPerSecondPerGpu
 *
 * @example joulesPerToken({ tokensPerSecondPerGpu: 1000, powerKwPerGpu: 2, pue: 1.25 }) // 2.5
 */
export function joulesPerToken(input: PowerEfficiencyInput): number {
  const tokensPerSecondPerGpu = checked(
    input.tokensPerSecondPerGpu,
    "tokensPerSecondPerGpu",
    RULES.tokensPerSecond
  );
  return (facilityKwPerGpu(input) * JOULES_PER_KILOWATT_SECOND) / tokensPerSecondPerGpu;
}

/**
 * Tokens per second that one megawatt of facility power produces, tokens/s per MW.
 *
 * Formula: tokensPerSecondPerGpu × 1000 / (powerKwPerGpu × pue)
 *
 * @example tokensPerSecondPerMegawatt({ tokensPerSecondPerGpu: 1000, powerKwPerGpu: 2 }) // 500000
 */
export function tokensPerSecondPerMegawatt(input: PowerEfficiencyInput): number {
  const tokensPerSecondPerGpu = checked(
    input.tokensPerSecondPerGpu,
    "tokensPerSecondPerGpu",
    RULES.tokensPerSecond
  );
  return (tokensPerSecondPerGpu * KILOWATTS_PER_MEGAWATT) / facilityKwPerGpu(input);
}
