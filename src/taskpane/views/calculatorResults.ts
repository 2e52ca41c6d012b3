/** The calculator's results: headline tiles, the figures table, what they wait on, the cost breakdown. */
import { append, clear, el } from "../dom";
import { breakdownView, HEADLINE, RESULT_ROWS, waitingText } from "../model/results";
import type { CalculatorView } from "../model/results";
import { formatValue } from "../units";
import { figureCell, figureTile } from "./figures";

export interface ResultNodes {
  readonly headline: HTMLElement;
  readonly waiting: HTMLElement;
  readonly table: HTMLElement;
  readonly breakdown: HTMLElement;
}

export function resultNodes(): ResultNodes {
  return {
    headline: el("div", {
      id: "calculator-headline",
      className: "headline",
      "aria-live": "polite",
    }),
    waiting: el("p", {
      id: "calculator-waiting",
      className: "waiting",
      "data-testid": "calculator-waiting",
      role: "status",
      hidden: true,
    }),
    table: el("tbody", { id: "calculator-results", "data-testid": "calculator-results" }),
    breakdown: el("div", { id: "calculator-breakdown" }),
  };
}

export function renderResults(nodes: ResultNodes, view: CalculatorView): void {
  const { results } = view;
  clear(nodes.headline);
  append(
    nodes.headline,
    ...HEADLINE.map((row) => figureTile(row.label, results[row.key], row.unit, row.testId))
  );

  const waiting = waitingText(view);
  clear(nodes.waiting);
  append(nodes.waiting, waiting);
  nodes.waiting.hidden = waiting === undefined;

  clear(nodes.table);
  append(
    nodes.table,
    ...RESULT_ROWS.map((row) =>
      el(
        "tr",
        {},
        el("th", { scope: "row" }, row.label),
        figureCell(results[row.key], row.unit, row.testId)
      )
    )
  );

  clear(nodes.breakdown);
  const breakdown = breakdownView(view);
  if (!breakdown.ok) {
    append(nodes.breakdown, el("p", { className: "muted" }, breakdown.reason));
    return;
  }
  const { title, segments } = breakdown.value;
  append(
    nodes.breakdown,
    el("h3", {}, title),
    el(
      "div",
      { className: "bar", role: "img", "aria-label": "Cost breakdown" },
      ...segments.map((s) =>
        el("span", { className: s.className, style: `width:${s.percent.toFixed(1)}%` })
      )
    ),
    el(
      "ul",
      { className: "legend", "data-testid": "breakdown" },
      ...segments.map((s) =>
        el(
          "li",
          {},
          el("span", { className: `swatch ${s.className}` }),
          `${s.label} ${formatValue(s.usdPerGpuHour, "usdPerGpuHour")} (${s.percent.toFixed(0)}%)`
        )
      )
    )
  );
}
