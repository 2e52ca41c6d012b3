/* eslint-disable @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any -- Each function
   reads Excel's positional arguments through `arguments` against its parameter list; the named parameters
   exist for Excel's metadata, where `any[][]` makes each a matrix of any values, so Excel hands a whole
   range (error cells included) to one call. */
/**
 * Platform presets and measured throughput: the lookup functions. Each is its JSDoc (Excel's help, shared
 * parameter text from parameterHelp.ts) and one call into src/presets; a name that matches nothing, or a value
 * nobody publishes, is #N/A with the lookup's reason.
 */
import "./runtimeGuard";
import { presetInfo, presetTable, presetValue, throughputAt } from "../presets";
import { excelNumbers, excelTable, excelTexts } from "./call";
import { signature } from "./parameters";

const PRESET = signature("platform", "field");

/**
 * Returns one preset value for a GPU platform, in the field's unit (hbmGb in GB, allInPowerKwPerGpu in kW, tcoUsdPerGpuHourOwner in USD per GPU-hour, …); #N/A with a message when the platform or field is unknown or nobody publishes the value. Any argument may be a range: the result spills one value per cell.
 * @customfunction PRESET
 * @param platform Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.
 * @param field Field name, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu", "priceUsdPerGpu", "hbmGb". See TOKENOMICS.PRESETS for all.
 * @returns The value in the field's unit (USD, kW, GB, TFLOPS, …).
 */
export function preset(platform: any[][], field: any[][]): any[][] {
  return excelNumbers(PRESET, arguments, (input) => presetValue(input.platform, input.field));
}

const PRESETS = signature("fields");

/**
 * Returns a table (spills) of every platform preset: id, name, vendor, then one column per field in the field's unit; a blank cell where nobody publishes the value.
 * @customfunction PRESETS
 * @param [fields] Field names to show, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu". If omitted, every field.
 * @returns Table of preset values (USD, kW, GB, TFLOPS), header row first.
 */
export function presets(...fields: string[]): any[][] {
  return excelTable(PRESETS, arguments, (input) => presetTable(input.fields));
}

const THROUGHPUT = signature(
  "platform",
  "model",
  "workload",
  "tokensPerSecondPerUser",
  "precision",
  "asOfDate"
);

/**
 * Returns the measured throughput in total tokens per second per GPU at an interactivity (output tokens/s per user), interpolated monotonically along the measured frontier; #N/A outside the measured range. Any argument may be a range: the result spills one value per cell.
 * @customfunction THROUGHPUT
 * @param platform Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.
 * @param model Model measured, e.g. "DeepSeek-R1".
 * @param workload Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).
 * @param tokensPerSecondPerUser Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0.
 * @param [precision] "FP4" or "FP8". If omitted, the best measured frontier across precisions.
 * @param [asOfDate] Read the measured history as of this date (a date cell, or text "2026-03-01"): each configuration's latest run on or before it; models with a dated history only (DeepSeek-R1). If omitted, today's values.
 * @returns Tokens per second per GPU (input plus output).
 */
export function throughput(
  platform: any[][],
  model: any[][],
  workload: any[][],
  tokensPerSecondPerUser: any[][],
  precision?: any[][],
  asOfDate?: any[][]
): any[][] {
  return excelNumbers(THROUGHPUT, arguments, (input) => {
    const found = throughputAt(
      input.platform,
      input.model,
      input.workload,
      input.tokensPerSecondPerUser,
      input.precision,
      input.asOfDate
    );
    return found.ok ? found.value.tokensPerSecondPerGpu : found;
  });
}

/**
 * Returns where a preset value comes from, as text: publisher, source, as-of date, whether measured, vendor-claimed, estimated or derived, and a link. Put it next to TOKENOMICS.PRESET to show provenance. Any argument may be a range: the result spills one value per cell.
 * @customfunction PRESETINFO
 * @param platform Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.
 * @param field Field name, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu", "priceUsdPerGpu", "hbmGb". See TOKENOMICS.PRESETS for all.
 * @returns Source text (publisher, date, basis, URL).
 */
export function presetProvenance(platform: any[][], field: any[][]): any[][] {
  return excelTexts(PRESET, arguments, (input) => presetInfo(input.platform, input.field));
}
