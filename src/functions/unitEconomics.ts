/* eslint-disable @typescript-eslint/no-unused-vars -- Each function reads Excel's positional arguments
   through `arguments` against its parameter list; the named parameters exist for Excel's metadata. */
/**
 * GPU-hour cost, serving cost and price of tokens, and power: the unit-economics functions. Each is its
 * JSDoc (Excel's help, shared parameter text from parameters.ts) and one call into src/core.
 */
import "./runtimeGuard";
import {
  blendedUsdPerMillionTokens,
  breakEvenUsdPerMillionTokens,
  joulesPerToken,
  tcoUsdPerGpuHour,
  tokensPerSecondPerMegawatt,
  usdPerMillionTokens,
} from "../core";
import { excelNumber } from "./call";
import { signature } from "./parameters";

const GPUHOURCOST = signature(
  "capexPerGpu",
  "lifeYears",
  "powerKwPerGpu",
  "usdPerKwh",
  "pue",
  "opexPerGpuYear",
  "costOfCapital",
  "residualFraction"
);

/**
 * Returns the all-in cost of one GPU-hour in USD: capital charge, power and other operating cost.
 * @customfunction GPUHOURCOST
 * @param capexPerGpu Purchase cost of one GPU with its share of servers, network and installation, in USD; 0 for a fleet already owned. At least 0.
 * @param lifeYears Economic life over which the capex is recovered, in years. Greater than 0, at most 100.
 * @param powerKwPerGpu All-in IT power per GPU (chip plus its share of host and network), in kW. Greater than 0.
 * @param usdPerKwh Electricity price in USD per kWh. At least 0, at most 100.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @param [opexPerGpuYear] Other operating cost per GPU per year (hosting, software, staff), in USD. At least 0. If omitted, 0.
 * @param [costOfCapital] Annual cost of capital as a decimal (0.1 = 10%); the capital charge is then a level annuity like Excel's PMT. At least 0. If omitted, 0 (straight line).
 * @param [residualFraction] Value left at the end of life as a fraction of capex, 0 to 1. If omitted, 0.
 * @returns USD per GPU-hour.
 */
export function gpuHourCost(
  capexPerGpu: number,
  lifeYears: number,
  powerKwPerGpu: number,
  usdPerKwh: number,
  pue?: number,
  opexPerGpuYear?: number,
  costOfCapital?: number,
  residualFraction?: number
): number {
  return excelNumber(GPUHOURCOST, arguments, tcoUsdPerGpuHour);
}

const COSTPERTOKEN = signature(
  "usdPerGpuHour",
  "tokensPerSecondPerGpu",
  "utilization",
  "tokensPerUnit"
);

/**
 * Returns the serving cost in USD per million tokens (or per tokensPerUnit tokens).
 * @customfunction COSTPERTOKEN
 * @param usdPerGpuHour All-in cost of one GPU-hour, in USD (see GPUHOURCOST). Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [tokensPerUnit] Tokens in one pricing unit. Greater than 0. If omitted, 1000000 (USD per million tokens).
 * @returns USD per million tokens.
 */
export function costPerToken(
  usdPerGpuHour: number,
  tokensPerSecondPerGpu: number,
  utilization?: number,
  tokensPerUnit?: number
): number {
  return excelNumber(COSTPERTOKEN, arguments, usdPerMillionTokens);
}

const BLENDEDPRICE = signature(
  "inputUsdPerMillion",
  "outputUsdPerMillion",
  "inputTokensPerOutputToken",
  "cachedInputShare",
  "cachedInputUsdPerMillion"
);

/**
 * Returns the average price of all tokens in a traffic mix, in USD per million total tokens (input plus output).
 * @customfunction BLENDEDPRICE
 * @param inputUsdPerMillion Price of uncached input tokens, in USD per million. At least 0.
 * @param outputUsdPerMillion Price of output tokens, in USD per million. At least 0.
 * @param inputTokensPerOutputToken Input tokens sent for each output token (3 for a 3:1 mix). At least 0.
 * @param [cachedInputShare] Share of input tokens served from the prompt cache, 0 to 1. If omitted, 0.
 * @param [cachedInputUsdPerMillion] Price of cached input tokens, in USD per million. At least 0. If omitted, 0.
 * @returns USD per million tokens.
 */
export function blendedPrice(
  inputUsdPerMillion: number,
  outputUsdPerMillion: number,
  inputTokensPerOutputToken: number,
  cachedInputShare?: number,
  cachedInputUsdPerMillion?: number
): number {
  return excelNumber(BLENDEDPRICE, arguments, blendedUsdPerMillionTokens);
}

const BREAKEVENPRICE = signature(
  "usdPerGpuHour",
  "tokensPerSecondPerGpu",
  "utilization",
  "targetGrossMargin"
);

/**
 * Returns the token price in USD per million tokens that earns the target gross margin over serving cost.
 * @customfunction BREAKEVENPRICE
 * @param usdPerGpuHour All-in cost of one GPU-hour, in USD (see GPUHOURCOST). Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [targetGrossMargin] Gross margin on the price as a decimal (0.4 = 40%). At least 0, less than 1. If omitted, 0 (break even).
 * @returns USD per million tokens.
 */
export function breakEvenPrice(
  usdPerGpuHour: number,
  tokensPerSecondPerGpu: number,
  utilization?: number,
  targetGrossMargin?: number
): number {
  return excelNumber(BREAKEVENPRICE, arguments, breakEvenUsdPerMillionTokens);
}

const ENERGYPERTOKEN = signature("powerKwPerGpu", "tokensPerSecondPerGpu", "pue");

/**
 * Returns the facility energy per token in joules (J/token).
 * @customfunction ENERGYPERTOKEN
 * @param powerKwPerGpu All-in IT power per GPU (chip plus its share of host and network), in kW. Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @returns Joules per token.
 */
export function energyPerToken(
  powerKwPerGpu: number,
  tokensPerSecondPerGpu: number,
  pue?: number
): number {
  return excelNumber(ENERGYPERTOKEN, arguments, joulesPerToken);
}

const TOKENSPERMW = signature("tokensPerSecondPerGpu", "powerKwPerGpu", "pue");

/**
 * Returns the tokens per second that one megawatt of facility power produces (tokens/s per MW).
 * @customfunction TOKENSPERMW
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param powerKwPerGpu All-in IT power per GPU (chip plus its share of host and network), in kW. Greater than 0.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @returns Tokens per second per MW.
 */
export function tokensPerMw(
  tokensPerSecondPerGpu: number,
  powerKwPerGpu: number,
  pue?: number
): number {
  return excelNumber(TOKENSPERMW, arguments, tokensPerSecondPerMegawatt);
}
