/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- Each function
   reads Excel's positional arguments through `arguments` against its parameter list; the named parameters
   exist for Excel's metadata, where `any[][]` makes each a matrix of any values, so Excel hands a whole
   range (error cells included) to one call. */
/**
 * Which platform, and what the measured history, the roofline estimate and API prices say: PLATFORMRANK,
 * CHEAPESTPLATFORM, PLATFORMWINNERS, SOFTWAREGAIN, ESTIMATETHROUGHPUT, ESTIMATEINFO and APIPRICE. Each is
 * its JSDoc (Excel's help, shared parameter text from parameterHelp.ts) and one call into src/presets. The
 * single-value ones broadcast over ranges; PLATFORMRANK and PLATFORMWINNERS return tables and take one value
 * per argument (PLATFORMWINNERS' workloads and interactivityLevels are lists: a range is read as one list).
 */
import "./runtimeGuard";
import { describeValue, MESSAGES, TokenomicsInputError } from "../core";
import {
  apiBlendedUsdPerMillionTokens,
  cheapestPlatform,
  estimateInfo,
  estimatedTokensPerSecondPerGpu,
  platformRankTable,
  platformWinnersTable,
  softwareGain,
} from "../presets";
import { excelNumbers, excelTable, excelTexts } from "./call";
import { EXCEL_MESSAGES, MAX_RESULT_CELLS } from "./messages";
import { type ParameterName, type Signature, signature } from "./parameters";

/**
 * A signature whose named shared parameters are optional here (the function's own help gives the default):
 * they read as undefined when blank, which the presets take as "omitted".
 */
function withOptional<Names extends ParameterName[]>(
  base: Signature<Names>,
  ...optional: ParameterName[]
): Signature<Names> {
  return {
    names: base.names,
    parameters: base.parameters.map((p) =>
      optional.includes(p.name) ? { ...p, optional: true } : p
    ),
  };
}

const RANK = withOptional(
  signature("model", "workload", "tokensPerSecondPerUser", "costBasis", "precision"),
  "tokensPerSecondPerUser"
);

/**
 * Returns a table (spills) ranking every platform by USD per million tokens on a model and workload, cheapest first: platform, interactivity read at, tokens/s per GPU, USD per GPU-hour, USD per million tokens (COSTPERTOKEN at utilization 1: owned GPUs busy all the time), tokens/s per MW and J/token (allInPowerKwPerGpu at PUE 1), and a note. Only platforms measured at that interactivity are ranked, never extrapolated; the others follow with the reason. Each argument takes one value, not a range.
 * @customfunction PLATFORMRANK
 * @param model Model measured, e.g. "DeepSeek-R1".
 * @param workload Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).
 * @param [tokensPerSecondPerUser] Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0. If omitted, each platform is read at its peak-throughput point (the only reading for models measured at single points), and the interactivity column says so.
 * @param [costBasis] GPU-hour cost to price at, a preset field in USD per GPU-hour: "tcoUsdPerGpuHourOwner" (owner), "tcoUsdPerGpuHourNeocloud", "tcoUsdPerGpuHourRental", "tcoUsdPerGpuHourRentalRetail" or "usdPerGpuHourOnDemand"; the short name in brackets also works. If omitted, "tcoUsdPerGpuHourOwner".
 * @param [precision] "FP4" or "FP8". If omitted, the best measured frontier across precisions.
 * @returns Table with a header row: USD per million tokens and the figures behind it, cheapest first.
 */
export function platformRank(
  model: any[][],
  workload: any[][],
  tokensPerSecondPerUser?: any[][],
  costBasis?: any[][],
  precision?: any[][]
): any[][] {
  return excelTable(
    RANK,
    arguments,
    (input) =>
      platformRankTable(
        input.model,
        input.workload,
        input.tokensPerSecondPerUser,
        input.costBasis,
        input.precision
      ),
    "PLATFORMRANK"
  );
}

/**
 * Returns the id of the cheapest platform (as text) on a model and workload, as PLATFORMRANK ranks them, for use inside formulas; #N/A with the reason when no platform is measured there. Any argument may be a range: the result spills one value per cell.
 * @customfunction CHEAPESTPLATFORM
 * @param model Model measured, e.g. "DeepSeek-R1".
 * @param workload Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).
 * @param [tokensPerSecondPerUser] Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0. If omitted, each platform is read at its peak-throughput point (the only reading for models measured at single points).
 * @param [costBasis] GPU-hour cost to price at, a preset field in USD per GPU-hour: "tcoUsdPerGpuHourOwner" (owner), "tcoUsdPerGpuHourNeocloud", "tcoUsdPerGpuHourRental", "tcoUsdPerGpuHourRentalRetail" or "usdPerGpuHourOnDemand"; the short name in brackets also works. If omitted, "tcoUsdPerGpuHourOwner".
 * @param [precision] "FP4" or "FP8". If omitted, the best measured frontier across precisions.
 * @returns Platform id, e.g. "B200".
 */
export function cheapestPlatformId(
  model: any[][],
  workload: any[][],
  tokensPerSecondPerUser?: any[][],
  costBasis?: any[][],
  precision?: any[][]
): any[][] {
  return excelTexts(RANK, arguments, (input) =>
    cheapestPlatform(
      input.model,
      input.workload,
      input.tokensPerSecondPerUser,
      input.costBasis,
      input.precision
    )
  );
}

/** PLATFORMWINNERS' one-value arguments; its two lists are read by `texts` and `numbers`. */
const WINNERS_SINGLE = signature("model", "costBasis");

/**
 * Returns a table (spills) of the cheapest platform for each workload and interactivity level, with its USD per million tokens (utilization 1) and its margin over the runner-up as a decimal (0.25 = the runner-up costs 25% more; blank without a runner-up): where one platform dominates and where the winner changes. model and costBasis take one value each.
 * @customfunction PLATFORMWINNERS
 * @param model Model measured, e.g. "DeepSeek-R1".
 * @param [workloads] Workloads to compare: a range of names, or one name, e.g. "1k/1k", "8k/1k". If omitted, every workload the model is measured on.
 * @param [interactivityLevels] Interactivity levels to compare, output tokens/s per user: a row or column of values, or one value, each greater than 0 (at most 1000 values). If omitted, 25, 50, 75, 100 and 150; for a model measured only at peak points, each platform's peak.
 * @param [costBasis] GPU-hour cost to price at, a preset field in USD per GPU-hour: "tcoUsdPerGpuHourOwner" (owner), "tcoUsdPerGpuHourNeocloud", "tcoUsdPerGpuHourRental", "tcoUsdPerGpuHourRentalRetail" or "usdPerGpuHourOnDemand"; the short name in brackets also works. If omitted, "tcoUsdPerGpuHourOwner".
 * @returns Table with a header row: workload, interactivity, cheapest platform, USD per million tokens, runner-up, margin, note.
 */
export function platformWinners(
  model: any[][],
  workloads?: any[][],
  interactivityLevels?: any[][],
  costBasis?: any[][]
): any[][] {
  return excelTable(
    WINNERS_SINGLE,
    [model, costBasis],
    (input) =>
      platformWinnersTable(
        input.model,
        texts(workloads, "workloads"),
        numbers(interactivityLevels, "interactivityLevels"),
        input.costBasis
      ),
    "PLATFORMWINNERS"
  );
}

/** The non-blank cells of a list argument (one value, or a range read row by row); undefined when none. */
function cells(value: unknown, parameter: string): unknown[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value)) return isBlankCell(value) ? undefined : [value];
  let count = 0;
  const out: unknown[] = [];
  for (const row of value) {
    const items: unknown[] = Array.isArray(row) ? row : [row];
    count += items.length;
    if (count > MAX_RESULT_CELLS)
      throw new TokenomicsInputError(
        "outOfRange",
        parameter,
        `${parameter} is a range of more than ${MAX_RESULT_CELLS} cells: select fewer`
      );
    for (const item of items) {
      if (item instanceof CustomFunctions.Error)
        throw new TokenomicsInputError(
          "notANumber",
          parameter,
          EXCEL_MESSAGES.errorInRange(parameter, item.code)
        );
      if (!isBlankCell(item)) out.push(item);
    }
  }
  return out.length > 0 ? out : undefined;
}

function isBlankCell(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

function texts(value: unknown, parameter: string): string[] | undefined {
  return cells(value, parameter)?.map((cell) => {
    if (typeof cell === "string") return cell.trim();
    if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
    throw new TokenomicsInputError("notANumber", parameter, MESSAGES.notText(parameter));
  });
}

function numbers(value: unknown, parameter: string): number[] | undefined {
  return cells(value, parameter)?.map((cell) => {
    if (typeof cell === "number") return cell;
    throw new TokenomicsInputError(
      "notANumber",
      parameter,
      MESSAGES.notANumber(
        parameter,
        Array.isArray(cell) ? EXCEL_MESSAGES.range : describeValue(cell)
      )
    );
  });
}

const SOFTWAREGAIN = signature(
  "platform",
  "model",
  "workload",
  "tokensPerSecondPerUser",
  "fromDate",
  "toDate"
);

/**
 * Returns the measured software gain on one platform as a decimal per year (0.3 = +30% a year), usable as annualThroughputGain: (throughput at toDate ÷ throughput at fromDate)^(365.25 / days) − 1, each date's throughput read off the frontier of the latest runs on or before it, every precision and engine pooled. #N/A with the reason for a window under 90 days (a jump over two months would read as a huge yearly rate), a date before the first run, or a model without dated history. Any argument may be a range: the result spills one value per cell.
 * @customfunction SOFTWAREGAIN
 * @param platform Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.
 * @param model Model measured, e.g. "DeepSeek-R1".
 * @param workload Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).
 * @param tokensPerSecondPerUser Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0.
 * @param fromDate Start of the window: a date cell or text "2025-12-15". The throughput there is the latest run on or before it.
 * @param toDate End of the window: a date cell or text "2026-06-11", at least 90 days after fromDate.
 * @returns Annualized throughput gain, decimal per year.
 */
export function softwareGainPerYear(
  platform: any[][],
  model: any[][],
  workload: any[][],
  tokensPerSecondPerUser: any[][],
  fromDate: any[][],
  toDate: any[][]
): any[][] {
  return excelNumbers(SOFTWAREGAIN, arguments, (input) => {
    const gain = softwareGain(
      input.platform,
      input.model,
      input.workload,
      input.tokensPerSecondPerUser,
      input.fromDate,
      input.toDate
    );
    return gain.ok ? gain.value.annualGain : gain;
  });
}

const ESTIMATETHROUGHPUT = signature(
  "platform",
  "model",
  "workload",
  "tokensPerSecondPerUser",
  "efficiency",
  "precision"
);

/**
 * Returns an ESTIMATE of total tokens per second per GPU (input plus output) at an interactivity, from a roofline of memory bandwidth, compute, active parameters and KV-cache bytes, for combinations nobody measured (TPUs, Trainium, Gaudi); not a measurement: its default efficiency is calibrated on the measured points, which scatter widely around it (see ESTIMATEINFO). Any argument may be a range: the result spills one value per cell.
 * @customfunction ESTIMATETHROUGHPUT
 * @param platform Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.
 * @param model Model measured, e.g. "DeepSeek-R1". Here any model with architecture facts: DeepSeek-R1, gpt-oss-120b, Llama-3.3-70B.
 * @param workload Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).
 * @param tokensPerSecondPerUser Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0.
 * @param [efficiency] Share of the roofline bound a serving stack reaches, greater than 0 and at most 1. If omitted, the default calibrated on the measured points (see ESTIMATEINFO).
 * @param [precision] "FP4" or "FP8". If omitted, the best measured frontier across precisions. Here: if omitted, the precision the model is published in.
 * @returns Estimated tokens per second per GPU (input plus output).
 */
export function estimatedThroughput(
  platform: any[][],
  model: any[][],
  workload: any[][],
  tokensPerSecondPerUser: any[][],
  efficiency?: any[][],
  precision?: any[][]
): any[][] {
  return excelNumbers(ESTIMATETHROUGHPUT, arguments, (input) => {
    return estimatedTokensPerSecondPerGpu(
      input.platform,
      input.model,
      input.workload,
      input.tokensPerSecondPerUser,
      input.efficiency,
      input.precision
    );
  });
}

const ESTIMATEINFO = withOptional(signature("model"), "model");

/**
 * Returns how ESTIMATETHROUGHPUT estimates throughput, as text: the roofline, what it leaves out, its calibrated defaults; with a model, also the model facts it uses. Any argument may be a range: the result spills one value per cell.
 * @customfunction ESTIMATEINFO
 * @param [model] Model measured, e.g. "DeepSeek-R1". If omitted, the method alone.
 * @returns Method and calibration text.
 */
export function estimateMethod(model?: any[][]): any[][] {
  return excelTexts(ESTIMATEINFO, arguments, (input) => estimateInfo(input.model));
}

const APIPRICE = withOptional(
  signature("model", "provider", "inputTokensPerOutputToken", "cachedInputShare", "workload"),
  "inputTokensPerOutputToken",
  "workload"
);

/**
 * Returns a model's blended API price in USD per million total tokens (input and output): BLENDEDPRICE of the provider's list prices (input, cached input, output) for the traffic mix. Compare with PLATFORMRANK's cost at a realistic utilization, not at 1. #N/A with the reason when no price is recorded, or when cachedInputShare > 0 and the provider publishes no cached price. Any argument may be a range: the result spills one value per cell.
 * @customfunction APIPRICE
 * @param model Model measured, e.g. "DeepSeek-R1".
 * @param [provider] API provider, e.g. "DeepSeek", "KeepRouter"; its leading words are enough. If omitted, the first recorded (the model maker's own price where one is recorded).
 * @param [inputTokensPerOutputToken] Input tokens sent for each output token (3 for a 3:1 mix). At least 0. If omitted, the workload's mix (8k/1k is 8), or 1 (1k/1k) without a workload.
 * @param [cachedInputShare] Share of input tokens served from the prompt cache, 0 to 1. If omitted, 0.
 * @param [workload] Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning). Sets the mix when inputTokensPerOutputToken is omitted. If omitted, 1:1.
 * @returns Blended price in USD per million tokens.
 */
export function apiBlendedPrice(
  model: any[][],
  provider?: any[][],
  inputTokensPerOutputToken?: any[][],
  cachedInputShare?: any[][],
  workload?: any[][]
): any[][] {
  return excelNumbers(APIPRICE, arguments, (input) =>
    apiBlendedUsdPerMillionTokens(
      input.model,
      input.provider,
      input.inputTokensPerOutputToken,
      input.cachedInputShare,
      input.workload
    )
  );
}
