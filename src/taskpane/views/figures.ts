/** How every view shows a figure: the number in its unit, or a dash whose title says why there is none. */
import type { Answer } from "../../core";
import { el } from "../dom";
import { formatFigure } from "../units";
import type { Unit } from "../units";

export function figureCell(figure: Answer<number>, unit: Unit, testId?: string): HTMLElement {
  const shown = formatFigure(figure, unit);
  return el(
    "td",
    { className: `num${shown.missing ? " muted" : ""}`, "data-testid": testId, title: shown.title },
    shown.text
  );
}

export function figureTile(
  label: string,
  figure: Answer<number>,
  unit: Unit,
  testId: string
): HTMLElement {
  const shown = formatFigure(figure, unit);
  return el(
    "div",
    { className: "tile", title: shown.title },
    el("span", { className: "tile-label" }, label),
    el("strong", { "data-testid": testId }, shown.text)
  );
}
