/**
 * The Platforms view: a filterable list of shipped platforms and the user's own presets, and the detail
 * of the selected one below it. Reads the selection and the user's presets from the pane state.
 */
import { append, clear, el } from "../dom";
import { entryMeta, entryName, listEntries, matchesFilter, vendors } from "../model/platforms";
import type { Services } from "../services";
import type { PaneState } from "../state";
import { renderPlatformDetail } from "./platformDetail";

export function mountPlatforms(root: HTMLElement, state: PaneState, services: Services): void {
  const filter = el("input", {
    id: "platform-filter",
    "data-testid": "platform-filter",
    type: "search",
    placeholder: "Filter: B200, AMD, TPU…",
    "aria-label": "Filter platforms",
  });
  const vendor = el(
    "select",
    { id: "vendor-filter", "data-testid": "vendor-filter", "aria-label": "Vendor" },
    el("option", { value: "" }, "All vendors"),
    ...vendors().map((v) => el("option", { value: v }, v))
  );
  const list = el("ul", {
    id: "platform-list",
    className: "platform-list",
    "data-testid": "platform-list",
    "aria-label": "Platforms",
  });
  const detail = el("article", {
    id: "platform-detail",
    className: "detail",
    "data-testid": "platform-detail",
    "aria-label": "Platform detail",
    hidden: true,
  });
  append(root, el("div", { className: "toolbar" }, filter, vendor), list, detail);

  const renderList = (): void => {
    clear(list);
    const { userPresets, selectedKey } = state.current;
    const visible = listEntries(userPresets).filter((entry) =>
      matchesFilter(entry, filter.value, vendor.value)
    );
    for (const entry of visible) {
      const button = el(
        "button",
        {
          type: "button",
          className: `platform-item${entry.key === selectedKey ? " selected" : ""}`,
          "data-testid": "platform-item",
          "data-platform": entry.key,
          "aria-pressed": String(entry.key === selectedKey),
        },
        el("span", { className: "name" }, entryName(entry)),
        entry.user ? el("span", { className: "badge" }, "Yours") : null,
        el("span", { className: "meta" }, entryMeta(entry))
      );
      button.addEventListener("click", () => state.update({ selectedKey: entry.key }));
      list.appendChild(el("li", {}, button));
    }
    if (visible.length === 0)
      list.appendChild(el("li", { className: "empty" }, "No platform matches the filter."));
  };

  const renderDetail = (): void => {
    const { userPresets, selectedKey } = state.current;
    const entry = listEntries(userPresets).find((e) => e.key === selectedKey);
    clear(detail);
    detail.hidden = entry === undefined;
    if (entry) renderPlatformDetail(detail, entry, state, services);
  };

  filter.addEventListener("input", renderList);
  vendor.addEventListener("change", renderList);
  state.subscribe((changed) => {
    if (changed.has("selectedKey") || changed.has("userPresets")) {
      renderList();
      renderDetail();
    }
  });
  renderList();
  renderDetail();
}
