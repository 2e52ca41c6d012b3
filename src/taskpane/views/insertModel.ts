/**
 * "Insert model": a choice of sheet (the annual lifecycle model or the quarterly build-out), kept in the
 * one state, the "native formulas" option for either (ordinary Excel formulas a colleague
 * without the add-in can recalculate), and the button that writes the chosen sheet from the calculator's
 * inputs to a new worksheet. Mounted by the calculator view under its results.
 */
import { findPlatform } from "../../presets";
import { el } from "../dom";
import { calculate } from "../model/calculator";
import { throughputFormula } from "../model/inputs";
import type { Services } from "../services";
import { insertButton } from "../shell/needsExcel";
import type { ModelVariant, PaneState } from "../state";
import { buildOutSheet, buildOutSheetBaseName } from "../workbook/buildOutSheet";
import type { InsertResult } from "../workbook/excelWriter";
import { modelSheet, modelSheetBaseName } from "../workbook/modelSheet";
import type { ModelContext } from "../workbook/modelRows";
import { nativeBuildOutSheet, nativeBuildOutSheetBaseName } from "../workbook/nativeBuildOut";
import { nativeModelSheet, nativeModelSheetBaseName } from "../workbook/nativeModel";

/** What the "native formulas" option says it writes, for either sheet. */
export const NATIVE_OPTION = {
  label: "Native formulas (no add-in needed)",
  hint: "Ordinary Excel formulas (PMT, NPV, IRR, SUMIFS) over a 30-year table, or 40 quarters for the build-out, with the inputs' bounds: whoever opens the workbook without the add-in still sees live figures.",
} as const;

/** The variants in the order the pane offers them, each with the line that says what it writes. */
export const MODEL_VARIANTS: readonly { id: ModelVariant; label: string; hint: string }[] = [
  {
    id: "lifecycle",
    label: "Lifecycle (annual)",
    hint: "Every GPU from day one: outputs, TOKENCASHFLOWS and Excel's NPV/IRR cross-check.",
  },
  {
    id: "buildout",
    label: "Quarterly build-out",
    hint: "Deliveries, capex, utilization and price per quarter, SCHEDULE under them, NPV/IRR/payback and a price × utilization grid.",
  },
];

/** The variant choice and the insert button, as one element for the calculator view to place. */
export function insertModelControls(state: PaneState, services: Services): HTMLElement {
  const radios = MODEL_VARIANTS.map((variant) => {
    const input = el("input", {
      type: "radio",
      name: "model-variant",
      id: `model-variant-${variant.id}`,
      value: variant.id,
      "data-testid": `model-variant-${variant.id}`,
      checked: state.current.modelVariant === variant.id,
      "aria-describedby": `model-variant-${variant.id}-hint`,
    });
    input.addEventListener("change", () => {
      if (input.checked) state.update({ modelVariant: variant.id });
    });
    return { variant, input };
  });
  const native = el("input", {
    type: "checkbox",
    id: "model-native",
    "data-testid": "model-native",
    "aria-describedby": "model-native-hint",
  });
  state.subscribe((changed, data) => {
    if (!changed.has("modelVariant")) return;
    for (const { variant, input } of radios) input.checked = data.modelVariant === variant.id;
  });
  return el(
    "div",
    { className: "insert-model" },
    el(
      "fieldset",
      { className: "choice", "data-testid": "model-variant" },
      el("legend", {}, "Model sheet"),
      ...radios.map(({ variant, input }) =>
        el(
          "div",
          { className: "choice-option" },
          input,
          el("label", { for: input.id }, variant.label),
          el("span", { className: "hint", id: `model-variant-${variant.id}-hint` }, variant.hint)
        )
      ),
      el(
        "div",
        { className: "choice-option" },
        native,
        el("label", { for: native.id }, NATIVE_OPTION.label),
        el("span", { className: "hint", id: "model-native-hint" }, NATIVE_OPTION.hint)
      )
    ),
    insertButton(services, "Insert model as a new sheet", "insert-model", () =>
      insertModel(state, services, native.checked)
    )
  );
}

/**
 * The chosen sheet for the calculator's inputs, on a new worksheet; nothing without a throughput figure.
 * `native` writes the chosen sheet in ordinary Excel formulas instead of TOKENOMICS functions.
 */
export function insertModel(
  state: PaneState,
  services: Services,
  native = false
): Promise<InsertResult> {
  const { inputs, modelVariant } = state.current;
  const throughput = calculate(inputs).tokensPerSecondPerGpu;
  if (!throughput.ok) return Promise.resolve(throughput);
  const platform = findPlatform(inputs.platformId);
  const context: ModelContext = {
    platformDisplayName: platform.ok ? platform.value.displayName : inputs.platformId,
    tokensPerSecondPerGpu: throughput.value,
    throughputSource: `InferenceX measurements, interpolated: ${throughputFormula(inputs)} at insert`,
    insertedOn: services.today,
  };
  if (modelVariant === "buildout")
    return native
      ? services.insertOnNewSheet(
          nativeBuildOutSheet(inputs, context),
          nativeBuildOutSheetBaseName(inputs)
        )
      : services.insertOnNewSheet(buildOutSheet(inputs, context), buildOutSheetBaseName(inputs));
  return native
    ? services.insertOnNewSheet(nativeModelSheet(inputs, context), nativeModelSheetBaseName(inputs))
    : services.insertOnNewSheet(modelSheet(inputs, context), modelSheetBaseName(inputs));
}
