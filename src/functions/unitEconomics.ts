/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- Each function
   reads Excel's positional arguments through `arguments` against its parameter list; the named parameters
   exist for Excel's metadata, where `any[][]` makes each a matrix of any values, so Excel hands a whole
   range (error cells included) to one call. */
/**
 * GPU-hour cost, serving cost and price of tokens, and power: the unit-economics functions. Each is its
 * JSDoc (Excel's help, shared parameter text from parameterHelp.ts) and one call into src/core.
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
import { excelNumbers } from "./call";
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
 * Returns the all-in cost of one GPU-hour in USD: capital charge, power and other operating cost. Any argument may be a range: the result spills one value per cell.
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
  capexPerGpu: any[][],
  lifeYears: any[][],
  powerKwPerGpu: any[][],
  usdPerKwh: any[][],
  pue?: any[][],
  opexPerGpuYear?: any[][],
  costOfCapital?: any[][],
  residualFraction?: any[][]
): any[][] {
  return excelNumbers(GPUHOURCOST, arguments, tcoUsdPerGpuHour);
}

const COSTPERTOKEN = signature(
  "usdPerGpuHour",
  "tokensPerSecondPerGpu",
  "utilization",
  "tokensPerUnit"
);

/**
 * Returns the serving cost in USD per million tokens (or per tokensPerUnit tokens). Any argument may be a range: the result spills one value per cell.
 * @customfunction COSTPERTOKEN
 * @param usdPerGpuHour All-in cost of one GPU-hour, in USD (see GPUHOURCOST). Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [tokensPerUnit] Tokens in one pricing unit. Greater than 0. If omitted, 1000000 (USD per million tokens).
 * @returns USD per million tokens.
 */
export function costPerToken(
  usdPerGpuHour: any[][],
  tokensPerSecondPerGpu: any[][],
  utilization?: any[][],
  tokensPerUnit?: any[][]
): any[][] {
  return excelNumbers(COSTPERTOKEN, arguments, usdPerMillionTokens);
}

const BLENDEDPRICE = signature(
  "inputUsdPerMillion",
  "outputUsdPerMillion",
  "inputTokensPerOutputToken",
  "cachedInputShare",
  "cachedInputUsdPerMillion"
);

/**
 * Returns the average price of all tokens in a traffic mix, in USD per million total tokens (input plus output). Any argument may be a range: the result spills one value per cell.
 * @customfunction BLENDEDPRICE
 * @param inputUsdPerMillion Price of uncached input tokens, in USD per million. At least 0.
 * @param outputUsdPerMillion Price of output tokens, in USD per million. At least 0.
 * @param inputTokensPerOutputToken Input tokens sent for each output token (3 for a 3:1 mix). At least 0.
 * @param [cachedInputShare] Share of input tokens served from the prompt cache, 0 to 1. If omitted, 0.
 * @param [cachedInputUsdPerMillion] Price of cached input tokens, in USD per million. At least 0. If omitted, 0.
 * @returns USD per million tokens.
 */
export function blendedPrice(
  inputUsdPerMillion: any[][],
  outputUsdPerMillion: any[][],
  inputTokensPerOutputToken: any[][],
  cachedInputShare?: any[][],
  cachedInputUsdPerMillion?: any[][]
): any[][] {
  return excelNumbers(BLENDEDPRICE, arguments, blendedUsdPerMillionTokens);
}

const BREAKEVENPRICE = signature(
  "usdPerGpuHour",
  "tokensPerSecondPerGpu",
  "utilization",
  "targetGrossMargin"
);

/**
 * Returns the token price in USD per million tokens that earns the target gross margin over serving cost. Any argument may be a range: the result spills one value per cell.
 * @customfunction BREAKEVENPRICE
 * @param usdPerGpuHour All-in cost of one GPU-hour, in USD (see GPUHOURCOST). Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [targetGrossMargin] Gross margin on the price as a decimal (0.4 = 40%). At least 0, less than 1. If omitted, 0 (break even).
 * @returns USD per million tokens.
 */
export function breakEvenPrice(
  usdPerGpuHour: any[][],
  tokensPerSecondPerGpu: any[][],
  utilization?: any[][],
  targetGrossMargin?: any[][]
): any[][] {
  return excelNumbers(BREAKEVENPRICE, arguments, breakEvenUsdPerMillionTokens);
}

const ENERGYPERTOKEN = signature("powerKwPerGpu", "tokensPerSecondPerGpu", "pue");

/**
 * Returns the facility energy per token in joules (J/token). Any argument may be a range: the result spills one value per cell.
 * @customfunction ENERGYPERTOKEN
 * @param powerKwPerGpu All-in IT power per GPU (chip plus its share of host and network), in kW. Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @returns Joules per token.
 */
export function energyPerToken(
  powerKwPerGpu: any[][],
  tokensPerSecondPerGpu: any[][],
  pue?: any[][]
): any[][] {
  return excelNumbers(ENERGYPERTOKEN, arguments, joulesPerToken);
}

const TOKENSPERMW = signature("tokensPerSecondPerGpu", "powerKwPerGpu", "pue");

/**
 * Returns the tokens per second that one megawatt of facility power produces (tokens/s per MW). Any argument may be a range: the result spills one value per cell.
 * @customfunction TOKENSPERMW
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0.
 * @param powerKwPerGpu All-in IT power per GPU (chip plus its share of host and network), in kW. Greater than 0.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @returns Tokens per second per MW.
 */
export function tokensPerMw(
  tokensPerSecondPerGpu: any[][],
  powerKwPerGpu: any[][],
  pue?: any[][]
): any[][] {
  return excelNumbers(TOKENSPERMW, arguments, tokensPerSecondPerMegawatt);
}
