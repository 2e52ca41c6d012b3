/**
 * The "Decide" view: on the calculator's inputs, what drives the ROI (a tornado), what must be true for
 * it to pay (the break-even of price, utilization and price decline, at an ROI target the user sets), the
 * base, bear and bull scenarios, and how likely a loss is (a seeded simulation's histogram with P10, P50
 * and P90). Every chart has its numbers in a table. Recomputed when the inputs change while it is the
 * open tab (or when it opens after they changed); the last recompute's duration is on the root as
 * data-recompute-ms. "Insert" writes the same tables and live formulas to a new sheet.
 */
import { append, clear, el, field, hint } from "../dom";
import { DEFAULT_BREAK_EVEN_TARGET, decideFigures } from "../model/decide";
import type { DecideFigures } from "../model/decide";
import { SCENARIO_NOTE, UNCERTAIN_NOTE, DRIVERS } from "../model/decideTables";
import type { Services } from "../services";
import { insertButton } from "../shell/needsExcel";
import type { PaneState } from "../state";
import { formatValue } from "../units";
import type { InsertResult } from "../workbook/excelWriter";
import { decideSheet, decideSheetBaseName } from "../workbook/decideSheet";
import { histogramChart, tornadoChart } from "./decideCharts";
import {
  breakEvenTable,
  histogramTable,
  scenariosTable,
  simulationSummary,
  tornadoTable,
} from "./decideTables";

/** The break-even target's rule: an ROI multiple the solver can aim at. */
const TARGET_RULE_TEXT = "a number from 0 to 1000 (an ROI multiple, such as 1 or 3)";

export function targetProblem(text: string): string | undefined {
  const value = text.trim() === "" ? NaN : Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1000
    ? undefined
    : `Must be ${TARGET_RULE_TEXT}.`;
}

const DRIVER_RANGES = DRIVERS.map((d) => `${d.label} ${d.range}`).join("; ");

function section(title: string, ...content: (HTMLElement | SVGElement)[]): HTMLElement {
  return el("section", { className: "decide-section" }, el("h2", {}, title), ...content);
}

/** The view's sections for one set of figures. */
function render(figures: DecideFigures): HTMLElement[] {
  const base = figures.base.ok ? figures.base.value : 0;
  const s = figures.simulation;
  return [
    el(
      "p",
      { className: "muted", "data-testid": "decide-base" },
      `Base ROI ${figures.base.ok ? formatValue(figures.base.value, "multiple") : "—"} on the calculator's inputs.`
    ),
    section(
      "What drives the ROI",
      tornadoChart(figures.tornado, base),
      hint(`Ranges: ${DRIVER_RANGES}.`),
      tornadoTable(figures.tornado)
    ),
    section("What must be true", breakEvenTable(figures.breakEvens, figures.target)),
    section("Scenarios", scenariosTable(figures), hint(SCENARIO_NOTE)),
    section(
      "How likely",
      histogramChart(s),
      simulationSummary(figures),
      hint(`Uncertain inputs: ${UNCERTAIN_NOTE}`),
      histogramTable(figures)
    ),
  ];
}

export function mountDecide(root: HTMLElement, state: PaneState, services: Services): void {
  const targetInput = el("input", {
    id: "decide-target",
    type: "number",
    inputmode: "decimal",
    step: "any",
    value: String(DEFAULT_BREAK_EVEN_TARGET),
    "data-testid": "decide-target",
    "aria-describedby": "decide-target-hint",
  });
  const targetMessage = el("span", {
    className: "field-message",
    id: "decide-target-error",
    "data-testid": "decide-target-error",
    hidden: true,
  });
  const reason = el("p", { role: "status", "data-testid": "decide-reason", hidden: true });
  const output = el("div", { className: "decide-output", "aria-live": "polite" });
  let figures: DecideFigures | undefined;
  let target = DEFAULT_BREAK_EVEN_TARGET;

  append(
    root,
    el(
      "p",
      { className: "muted" },
      "What drives the return on the calculator's inputs, what must be true for it to pay, and how likely a loss is: the TORNADO, SOLVEFOR, SCENARIOS and SIMULATE functions, run here."
    ),
    field(
      "Break-even ROI target",
      targetInput,
      hint("x investment; 1 is paying back the investment", "decide-target-hint"),
      targetMessage
    ),
    reason,
    output,
    insertButton(services, "Insert decision sheet", "insert-decide", () => insertDecide())
  );

  const recompute = (): void => {
    const started = performance.now();
    const answer = decideFigures(state.current.inputs, target);
    clear(output);
    figures = answer.ok ? answer.value : undefined;
    reason.hidden = answer.ok;
    reason.textContent = answer.ok ? "" : answer.reason;
    if (answer.ok) append(output, ...render(answer.value));
    root.dataset.recomputeMs = (performance.now() - started).toFixed(1);
  };

  const insertDecide = (): Promise<InsertResult> => {
    if (figures === undefined)
      return Promise.resolve({ ok: false, reason: reason.textContent ?? "Nothing to insert." });
    const { inputs } = state.current;
    return services.insertOnNewSheet(
      decideSheet(figures, inputs, services.today),
      decideSheetBaseName(inputs)
    );
  };

  targetInput.addEventListener("input", () => {
    const problem = targetProblem(targetInput.value);
    targetMessage.textContent = problem ?? "";
    targetMessage.hidden = problem === undefined;
    if (problem) {
      targetInput.setAttribute("aria-invalid", "true");
      targetInput.setAttribute("aria-describedby", "decide-target-hint decide-target-error");
      return;
    }
    targetInput.removeAttribute("aria-invalid");
    targetInput.setAttribute("aria-describedby", "decide-target-hint");
    target = Number(targetInput.value);
    recompute();
  });

  let stale = true;
  const refresh = (): void => {
    if (stale && state.current.tab === "decide") {
      recompute();
      stale = false;
    }
  };
  state.subscribe((changed) => {
    if (changed.has("inputs")) stale = true;
    refresh();
  });
  refresh();
}
