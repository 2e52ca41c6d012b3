/**
 * The Compare view: pick platforms, see them side by side on the calculator's workload, price, utilization
 * and horizon. Renders when it is the open tab, so typing in the calculator does not pay for it.
 */
import { listPlatforms } from "../../presets";
import { append, clear, el } from "../dom";
import { COMPARE_COLUMNS, compareRows, compareScope } from "../model/compare";
import type { Services } from "../services";
import type { PaneState } from "../state";
import { figureCell } from "./figures";

export function mountCompare(root: HTMLElement, state: PaneState, _services: Services): void {
  const scope = el("p", { id: "compare-scope", className: "muted" });
  const picker = el(
    "fieldset",
    { id: "compare-picker", className: "checks" },
    el("legend", { className: "visually-hidden" }, "Platforms to compare")
  );
  const body = el("tbody", {});
  const table = el(
    "table",
    { id: "compare-table", className: "grid", "data-testid": "compare-table" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["Platform", ...COMPARE_COLUMNS.map((c) => c.label)].map((h) =>
          el("th", { scope: "col" }, h)
        )
      )
    ),
    body
  );
  append(root, scope, picker, el("div", { className: "table-scroll" }, table));

  for (const platform of listPlatforms()) {
    const box = el("input", {
      type: "checkbox",
      value: platform.id,
      checked: state.current.compareIds.has(platform.id),
      "data-testid": `compare-${platform.id}`,
    });
    box.addEventListener("change", () => {
      const ids = new Set(state.current.compareIds);
      if (box.checked) ids.add(platform.id);
      else ids.delete(platform.id);
      state.update({ compareIds: ids });
    });
    append(picker, el("label", { className: "check" }, box, platform.id));
  }

  const render = (): void => {
    const { inputs, compareIds } = state.current;
    clear(scope);
    append(scope, compareScope(inputs));
    clear(body);
    for (const row of compareRows(inputs, compareIds)) {
      append(
        body,
        el(
          "tr",
          { "data-testid": "compare-row", "data-platform": row.platformId },
          el("th", { scope: "row" }, row.platformId),
          ...row.figures.map((figure, i) => figureCell(figure, COMPARE_COLUMNS[i]?.unit ?? "plain"))
        )
      );
    }
  };
  let stale = true;
  state.subscribe((changed, data) => {
    if (changed.has("inputs") || changed.has("compareIds")) stale = true;
    if (stale && data.tab === "compare") {
      render();
      stale = false;
    }
  });
  if (state.current.tab === "compare") {
    render();
    stale = false;
  }
}
