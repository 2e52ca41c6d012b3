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
import {
  defaultBuildOutPlan,
  nativeBuildOutSheet,
  nativeBuildOutSheetBaseName,
} from "./nativeBuildOut";
import type { BuildOutPlan } from "./nativeBuildOut";
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

/** Which model the workbook holds: the annual lifecycle model, or the quarterly build-out with its plan. */
export type StandaloneVariant =
  { readonly kind: "lifecycle" } | { readonly kind: "buildout"; readonly plan?: BuildOutPlan };

/** The sheet the standalone workbook holds: the model (or the build-out) in native formulas. */
export function standaloneSheets(
  inputs: CalculatorInputs,
  context: ModelContext,
  variant: StandaloneVariant = { kind: "lifecycle" }
): XlsxSheet[] {
  if (variant.kind === "buildout")
    return [
      {
        name: uniqueSheetName(nativeBuildOutSheetBaseName(inputs), []),
        block: nativeBuildOutSheet(inputs, context, variant.plan ?? defaultBuildOutPlan(inputs)),
      },
    ];
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
  options: XlsxOptions = {},
  variant: StandaloneVariant = { kind: "lifecycle" }
): Promise<Answer<StandaloneWorkbook>> {
  const context = exportContext(inputs, today);
  if (!context.ok) return context;
  const bytes = await xlsxBytes(standaloneSheets(inputs, context.value, variant), {
    title: `Tokenomics model: ${context.value.platformDisplayName}`,
    ...options,
  });
  return found({ fileName: standaloneFileName(inputs, today), bytes });
}
