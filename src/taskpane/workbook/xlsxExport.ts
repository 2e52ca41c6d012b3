/**
 * The standalone workbook: the calculator's inputs → the native-formula model sheet → .xlsx bytes. The pane's
 * "Download as standalone workbook" and `npm run export` both come through here, so they write the same file.
 */
import { findPlatform } from "../../presets";
import { found, noAnswer } from "../../core";
import type { Answer } from "../../core";
import { calculate } from "../model/calculator";
import { throughputFormula } from "../model/inputs";
import type { CalculatorInputs } from "../model/inputs";
import { uniqueSheetName } from "./block";
import type { ModelContext } from "./modelRows";
import { nativeModelSheet, nativeModelSheetBaseName } from "./nativeModel";
import { xlsxBytes } from "./xlsxWriter";
import type { XlsxOptions, XlsxSheet } from "./xlsxWriter";

export interface StandaloneWorkbook {
  /** A file name to offer: "Tokenomics GB200 2026-11-29.xlsx". */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** What the model sheet records beside the inputs, as Insert model does; no answer without a throughput. */
export function exportContext(inputs: CalculatorInputs, today: string): Answer<ModelContext> {
  const throughput = calculate(inputs).tokensPerSecondPerGpu;
  if (!throughput.ok) return noAnswer(throughput.reason);
  const platform = findPlatform(inputs.platformId);
  return found({
    platformDisplayName: platform.ok ? platform.value.displayName : inputs.platformId,
    tokensPerSecondPerGpu: throughput.value,
    throughputSource: `InferenceX measurements, interpolated: ${throughputFormula(inputs)} at export`,
    insertedOn: today,
  });
}

/** The sheet the standalone workbook holds: the model in native formulas. */
export function standaloneSheets(inputs: CalculatorInputs, context: ModelContext): XlsxSheet[] {
  return [
    {
      name: uniqueSheetName(nativeModelSheetBaseName(inputs), []),
      block: nativeModelSheet(inputs, context),
    },
  ];
}

export function standaloneFileName(inputs: CalculatorInputs, today: string): string {
  return `Tokenomics ${inputs.platformId.replace(/[^A-Za-z0-9._-]+/g, "-")} ${today}.xlsx`;
}

/** The standalone workbook for `inputs`, or the reason there is none (no throughput figure). */
export async function standaloneWorkbook(
  inputs: CalculatorInputs,
  today: string,
  options: XlsxOptions = {}
): Promise<Answer<StandaloneWorkbook>> {
  const context = exportContext(inputs, today);
  if (!context.ok) return context;
  const bytes = await xlsxBytes(standaloneSheets(inputs, context.value), {
    title: `Tokenomics model: ${context.value.platformDisplayName}`,
    ...options,
  });
  return found({ fileName: standaloneFileName(inputs, today), bytes });
}
