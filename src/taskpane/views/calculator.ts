/**
 * The Calculator view: platform, workload and every model input, with a message next to any field whose
 * value is not allowed, and the results below. Editing a number re-renders the results only, so the field
 * keeps focus; choosing a platform or workload rebuilds the form.
 */
import { append, clear, el, field, hint } from "../dom";
import { NUMBER_FIELDS, parseFieldText } from "../model/fields";
import type { NumberField, NumberFieldKey } from "../model/fields";
import { COST_BASES, defaultInputs, throughputCombinations } from "../model/inputs";
import type { CostBasis } from "../model/inputs";
import { calculatorView } from "../model/results";
import { listPlatforms } from "../../presets";
import type { Services } from "../services";
import type { PaneState } from "../state";
import { formatValue } from "../units";
import { renderResults, resultNodes } from "./calculatorResults";
import { insertModelControls } from "./insertModel";

function select(
  key: string,
  options: readonly { value: string; label: string; selected: boolean }[]
): HTMLSelectElement {
  return el(
    "select",
    { id: `calc-${key}`, "data-testid": `calc-${key}` },
    ...options.map((o) => el("option", { value: o.value, selected: o.selected }, o.label))
  );
}

/** "measured 20–180" for the chosen model and workload, to keep interactivity inside the data. */
function measuredRange(platformId: string, model: string, workload: string): string {
  const range = throughputCombinations(platformId).filter(
    (c) => c.model === model && c.workload === workload
  );
  if (range.length === 0) return "";
  const low = Math.min(...range.map((c) => c.minTokensPerSecondPerUser));
  const high = Math.max(...range.map((c) => c.maxTokensPerSecondPerUser));
  return `measured ${formatValue(low, "tokensPerSecond")}–${formatValue(high, "tokensPerSecond")}`;
}

export function mountCalculator(root: HTMLElement, state: PaneState, services: Services): void {
  const form = el("div", { id: "calculator-form", className: "form" });
  const nodes = resultNodes();
  append(
    root,
    nodes.headline,
    form,
    el("h2", {}, "Results"),
    nodes.waiting,
    el("table", { className: "grid results" }, nodes.table),
    nodes.breakdown,
    insertModelControls(state, services),
    hint(
      "Same model as the TOKENOMICS functions in cells. Defaults and their sources: see the inserted model sheet."
    )
  );

  const notANumber = new Set<NumberFieldKey>();
  const fields = new Map<NumberFieldKey, { input: HTMLInputElement; message: HTMLElement }>();
  let editing = false;

  const renderFigures = (): void => {
    const view = calculatorView(state.current.inputs, notANumber);
    for (const [key, { input, message }] of fields) {
      const problem = view.problems.get(key);
      message.textContent = problem ?? "";
      message.hidden = problem === undefined;
      if (problem) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    renderResults(nodes, view);
  };

  const numberInput = ({ key, label, hint: unitHint }: NumberField, extra = ""): HTMLElement => {
    const current = state.current.inputs[key];
    const input = el("input", {
      id: `calc-${key}`,
      "data-testid": `calc-${key}`,
      type: "number",
      step: "any",
      inputmode: "decimal",
      value: Number.isFinite(current) ? String(current) : "",
      placeholder: Number.isFinite(current) ? undefined : "not published: enter yours",
      "aria-describedby": `calc-${key}-hint calc-${key}-message`,
    });
    input.addEventListener("input", () => {
      if (input.validity.badInput) notANumber.add(key);
      else notANumber.delete(key);
      editing = true;
      state.update({ inputs: { ...state.current.inputs, [key]: parseFieldText(input.value) } });
      editing = false;
    });
    const message = el("span", {
      className: "field-message",
      id: `calc-${key}-message`,
      "data-testid": `calc-${key}-message`,
      hidden: true,
    });
    fields.set(key, { input, message });
    return field(
      label,
      input,
      hint(extra ? `${unitHint} · ${extra}` : unitHint, `calc-${key}-hint`),
      message
    );
  };

  const renderForm = (): void => {
    const { inputs } = state.current;
    clear(form);
    fields.clear();
    notANumber.clear();
    const platform = select(
      "platform",
      listPlatforms().map((p) => ({
        value: p.id,
        label: p.displayName,
        selected: p.id === inputs.platformId,
      }))
    );
    platform.addEventListener("change", () =>
      state.update({ inputs: defaultInputs(platform.value) })
    );
    const keys = [
      ...new Set(throughputCombinations(inputs.platformId).map((c) => `${c.model}|${c.workload}`)),
    ];
    const workload = select(
      "workload",
      keys.length === 0
        ? [{ value: "", label: "No measurements for this platform", selected: true }]
        : keys.map((key) => {
            const [model = "", load = ""] = key.split("|");
            return {
              value: key,
              label: `${model} · ${load}`,
              selected: model === inputs.model && load === inputs.workload,
            };
          })
    );
    workload.addEventListener("change", () => {
      const [model = "", load = ""] = workload.value.split("|");
      state.update({ inputs: { ...state.current.inputs, model, workload: load } });
    });
    const basis = select(
      "costBasis",
      COST_BASES.map((b) => ({ value: b.id, label: b.label, selected: b.id === inputs.costBasis }))
    );
    basis.addEventListener("change", () => {
      editing = true;
      state.update({
        inputs: { ...state.current.inputs, costBasis: basis.value as CostBasis },
      });
      editing = false;
    });
    const range = measuredRange(inputs.platformId, inputs.model, inputs.workload);
    append(
      form,
      field("Platform", platform),
      field("Model · workload", workload),
      ...NUMBER_FIELDS.flatMap((f) => [
        ...(f.key === "capexPerGpu" ? [field("Cost of a GPU-hour", basis)] : []),
        numberInput(f, f.key === "tokensPerSecondPerUser" ? range : ""),
      ])
    );
    renderFigures();
  };

  state.subscribe((changed) => {
    if (!changed.has("inputs")) return;
    if (editing) renderFigures();
    else renderForm();
  });
  renderForm();
}
