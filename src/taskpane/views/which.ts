/**
 * The "Which platform" view: pick a model, workload, precision, cost basis, utilization and platforms; see
 * USD per million tokens against interactivity as a chart (with its numbers as a table), the cheapest
 * platform per interactivity band, and own vs rent vs API; insert the curve as live formulas and a native
 * chart. Renders when it is the open tab.
 */
import { append, clear, el, field, hint } from "../dom";
import { ASSUMPTIONS } from "../model/assumptions";
import { fieldProblem, parseFieldText } from "../model/fields";
import { ownRentApi } from "../model/ownRentApi";
import {
  bandWinners,
  COST_BASES,
  measuredModels,
  measuredPlatforms,
  measuredWorkloads,
  whichCurves,
} from "../model/which";
import type { CostBasis, PlatformCurve, WhichChoice } from "../model/which";
import type { Services } from "../services";
import { insertButton } from "../shell/needsExcel";
import type { PaneState } from "../state";
import { formatValue } from "../units";
import { curveBlock } from "../workbook/curveBlock";
import type { InsertResult } from "../workbook/excelWriter";
import { costChart } from "./costChart";
import { chartDataTable, ownRentApiTables, winnersTable } from "./whichTables";

const PRECISION_OPTIONS = [
  { value: "", label: "Best of any precision" },
  { value: "FP4", label: "FP4" },
  { value: "FP8", label: "FP8" },
];

function select(
  id: string,
  options: readonly { value: string; label: string }[],
  value: string
): HTMLSelectElement {
  const node = el("select", { id, "data-testid": id });
  setOptions(node, options, value);
  return node;
}

function setOptions(
  node: HTMLSelectElement,
  options: readonly { value: string; label: string }[],
  value: string
): void {
  clear(node);
  for (const option of options)
    append(
      node,
      el("option", { value: option.value, selected: option.value === value }, option.label)
    );
  node.value = value;
}

/** A choice whose workload and precision exist for its model; the first measured ones otherwise. */
export function coherentChoice(choice: WhichChoice): WhichChoice {
  const workloads = measuredWorkloads(choice.model);
  const workload = workloads.includes(choice.workload)
    ? choice.workload
    : (workloads[0] ?? choice.workload);
  const precision =
    measuredPlatforms(choice.model, workload, choice.precision).length > 0 ? choice.precision : "";
  return { ...choice, workload, precision };
}

function chartDescription(curves: readonly PlatformCurve[], choice: WhichChoice): string {
  const costs = curves.flatMap((c) => c.points.map((p) => p.usdPerMillionTokens));
  return (
    `${curves.length} platforms on ${choice.model} ${choice.workload}, utilization ` +
    `${formatValue(choice.utilization, "fraction")}: from ${formatValue(Math.min(...costs), "usdPerMillionTokens")} ` +
    `to ${formatValue(Math.max(...costs), "usdPerMillionTokens")} per million tokens. ` +
    "The table under the chart lists every point."
  );
}

export function mountWhich(root: HTMLElement, state: PaneState, services: Services): void {
  const choice = (): WhichChoice => state.current.which;
  const set = (patch: Partial<WhichChoice>): void =>
    state.update({ which: coherentChoice({ ...choice(), ...patch }) });

  const model = select(
    "which-model",
    measuredModels().map((m) => ({ value: m, label: m })),
    choice().model
  );
  const workload = select("which-workload", [], choice().workload);
  const precision = select("which-precision", PRECISION_OPTIONS, choice().precision);
  const basis = select(
    "which-basis",
    COST_BASES.map((b) => ({ value: b.field, label: b.label })),
    choice().costBasis
  );
  const utilization = el("input", {
    id: "which-utilization",
    type: "number",
    step: "0.05",
    min: "0",
    max: "1",
    value: String(choice().utilization),
    "data-testid": "which-utilization",
    "aria-describedby": "which-utilization-hint which-utilization-message",
  });
  const utilizationMessage = el("span", {
    className: "field-message",
    id: "which-utilization-message",
    "data-testid": "which-utilization-message",
    hidden: true,
  });
  model.addEventListener("change", () => set({ model: model.value, platformIds: undefined }));
  workload.addEventListener("change", () => set({ workload: workload.value }));
  precision.addEventListener("change", () => set({ precision: precision.value }));
  basis.addEventListener("change", () => set({ costBasis: basis.value as CostBasis }));
  utilization.addEventListener("input", () => {
    const value = parseFieldText(utilization.value);
    const problem = fieldProblem("utilization", value, utilization.validity.badInput);
    utilizationMessage.textContent = problem ?? "";
    utilizationMessage.hidden = problem === undefined;
    utilization.setAttribute("aria-invalid", String(problem !== undefined));
    if (problem === undefined) set({ utilization: value });
  });

  const picker = el(
    "fieldset",
    { className: "checks", "data-testid": "which-platforms" },
    el("legend", {}, "Platforms")
  );
  let pickerIds = "";
  const renderPicker = (c: WhichChoice): void => {
    const ids = measuredPlatforms(c.model, c.workload, c.precision);
    if (ids.join() !== pickerIds) {
      pickerIds = ids.join();
      picker.querySelectorAll("label").forEach((label) => label.remove());
      for (const id of ids) {
        const box = el("input", {
          type: "checkbox",
          value: id,
          "data-testid": `which-platform-${id}`,
        });
        box.addEventListener("change", () => {
          const chosen = new Set(
            choice().platformIds ?? measuredPlatforms(c.model, c.workload, c.precision)
          );
          if (box.checked) chosen.add(id);
          else chosen.delete(id);
          set({ platformIds: chosen });
        });
        append(picker, el("label", { className: "check" }, box, id));
      }
    }
    picker.querySelectorAll<HTMLInputElement>("input[type=checkbox]").forEach((box) => {
      box.checked = c.platformIds === undefined || c.platformIds.has(box.value);
    });
  };

  const output = el("div", { className: "which-output", "aria-live": "polite" });
  append(
    root,
    el(
      "p",
      { className: "muted" },
      "Which platform is cheapest per token, measured (InferenceX), never extrapolated."
    ),
    el(
      "div",
      { className: "which-controls" },
      field("Model", model),
      field("Workload (input/output)", workload),
      field("Precision", precision),
      field("Cost basis (curve and winners)", basis),
      field(
        "Utilization",
        utilization,
        hint(
          `Share of owned or rented GPU-hours spent serving, 0–1; default ${formatValue(ASSUMPTIONS.utilization.value, "fraction")} (the calculator's assumption). 100% flatters owning.`,
          "which-utilization-hint"
        ),
        utilizationMessage
      ),
      picker
    ),
    output,
    insertButton(services, "Insert curve and chart", "which-insert", () =>
      insertCurve(state, services)
    )
  );

  const render = (): void => {
    const c = choice();
    setOptions(
      workload,
      measuredWorkloads(c.model).map((w) => ({ value: w, label: w })),
      c.workload
    );
    model.value = c.model;
    precision.value = c.precision;
    basis.value = c.costBasis;
    renderPicker(c);
    clear(output);
    const { curves, missing } = whichCurves(c);
    if (curves.length === 0) {
      append(
        output,
        el(
          "p",
          { className: "muted", "data-testid": "which-empty" },
          "Choose at least one measured platform."
        )
      );
    } else {
      append(
        output,
        el(
          "h2",
          {},
          `USD per million tokens against interactivity (${COST_BASES.find((b) => b.field === c.costBasis)?.label ?? ""})`
        ),
        costChart(curves, chartDescription(curves, c)),
        chartDataTable(curves),
        el("h2", {}, "Cheapest platform per interactivity band"),
        winnersTable(bandWinners(curves, c))
      );
    }
    for (const m of missing)
      append(
        output,
        el(
          "p",
          { className: "muted", "data-testid": "which-missing" },
          `${m.platformId}: ${m.reason}`
        )
      );
    const figures = ownRentApi(
      c,
      curves.map((curve) => curve.platformId)
    );
    append(
      output,
      el("h2", {}, "Own vs rent vs API"),
      el(
        "p",
        { className: "muted", "data-testid": "which-own-rent-scope" },
        `Each platform at its peak-throughput measured point (its lowest cost), at utilization ${formatValue(figures.utilization, "fraction")} of owned or rented GPU-hours; ` +
          `API list prices blended for ${figures.mixText}, paid per token whatever the utilization.`
      ),
      ...ownRentApiTables(figures)
    );
  };

  let stale = true;
  state.subscribe((changed, data) => {
    if (changed.has("which")) stale = true;
    if (stale && data.tab === "which") {
      render();
      stale = false;
    }
  });
  if (state.current.tab === "which") {
    render();
    stale = false;
  }
}

/** The curve block at the selection (asking before it overwrites anything), with its native chart. */
export function insertCurve(state: PaneState, services: Services): Promise<InsertResult> {
  const c = state.current.which;
  const block = curveBlock(c, whichCurves(c).curves, services.today);
  if (block === undefined)
    return Promise.resolve({
      ok: false,
      reason: "Nothing to insert: choose at least one measured platform.",
    });
  return services.insertAtSelection(block);
}
