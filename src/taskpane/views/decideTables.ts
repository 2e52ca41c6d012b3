/**
 * The tables of the "Decide" view: each chart's numbers (its alternative for screen readers, in a
 * disclosure as the other charts have), the break-evens and the scenarios. Text only, every figure
 * through the unit table; a missing figure is a dash whose title says why.
 */
import { found } from "../../core";
import type { Answer } from "../../core";
import { el } from "../dom";
import type { BreakEven, DecideFigures, TornadoBar } from "../model/decide";
import { parameterUnit } from "../model/decideTables";
import type { Unit } from "../units";
import { formatValue } from "../units";
import { figureCell } from "./figures";

function table(
  testId: string,
  caption: string,
  headers: readonly string[],
  rows: readonly HTMLElement[][],
  captionVisible = false
): HTMLElement {
  return el(
    "div",
    { className: "table-scroll" },
    el(
      "table",
      { className: "grid", "data-testid": testId },
      el("caption", { className: captionVisible ? "" : "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells)))
    )
  );
}

const rowHeader = (text: string): HTMLElement => el("th", { scope: "row" }, text);
const cell = (value: number, unit: Unit): HTMLElement => figureCell(found(value), unit);

function disclosure(testId: string, content: HTMLElement): HTMLElement {
  return el(
    "details",
    { className: "chart-data", "data-testid": testId },
    el("summary", {}, "The chart's numbers as a table"),
    content
  );
}

/** The tornado's bars as rows, largest swing first. */
export function tornadoTable(bars: readonly TornadoBar[]): HTMLElement {
  return disclosure(
    "decide-tornado-data",
    table(
      "decide-tornado-table",
      "ROI multiple at each driver's low and high value",
      ["Driver", "Low", "High", "ROI at low", "ROI at high", "Swing"],
      bars.map((bar) => [
        rowHeader(bar.label),
        cell(bar.low, parameterUnit(bar.parameter)),
        cell(bar.high, parameterUnit(bar.parameter)),
        figureCell(bar.atLow, "multiple"),
        figureCell(bar.atHigh, "multiple"),
        cell(bar.swing, "multiple"),
      ])
    )
  );
}

/** The histogram's bins as rows, with the percentiles and the loss probability above them. */
export function histogramTable(figures: DecideFigures): HTMLElement {
  const s = figures.simulation;
  return disclosure(
    "decide-histogram-data",
    table(
      "decide-histogram-table",
      "Simulated trials by ROI multiple",
      ["ROI from", "ROI to", "Trials"],
      s.bins.map((bin) => [
        rowHeader(formatValue(bin.from, "multiple")),
        cell(bin.to, "multiple"),
        cell(bin.count, "count"),
      ])
    )
  );
}

/** P10, P50, P90, the mean and the probability of a loss, as the figures under the histogram. */
export function simulationSummary(figures: DecideFigures): HTMLElement {
  const s = figures.simulation;
  const rows: [string, Answer<number>, Unit][] = [
    ["P10", s.p10, "multiple"],
    ["P50 (median)", s.p50, "multiple"],
    ["P90", s.p90, "multiple"],
    ["Mean", s.mean, "multiple"],
    ["Probability of a loss (ROI below 1x)", s.lossProbability, "fraction"],
  ];
  return table(
    "decide-simulation",
    `Simulated ROI: ${s.trials.toLocaleString("en-US")} trials, Latin hypercube, seed ${s.seed}`,
    ["Statistic", "Value"],
    rows.map(([label, value, unit]) => [rowHeader(label), figureCell(value, unit)]),
    true
  );
}

/** Each break-even beside the driver's current value. */
export function breakEvenTable(breakEvens: readonly BreakEven[], target: number): HTMLElement {
  return table(
    "decide-break-even",
    `Break-even: the value of each driver that makes ROI ${formatValue(target, "multiple")}, the others at their values`,
    ["Driver", "Now", "Break-even"],
    breakEvens.map((b) => [
      rowHeader(b.label),
      cell(b.base, parameterUnit(b.parameter)),
      figureCell(b.value, parameterUnit(b.parameter), `decide-break-even-${b.parameter}`),
    ]),
    true
  );
}

/** One column per scenario. */
export function scenariosTable(figures: DecideFigures): HTMLElement {
  return table(
    "decide-scenarios",
    "ROI multiple by scenario",
    figures.scenarios.map((s) => s.name),
    [figures.scenarios.map((s) => figureCell(s.value, "multiple", `decide-scenario-${s.name}`))],
    true
  );
}
