/**
 * The pane's tabs, from one list, following the WAI-ARIA tabs pattern: a tablist of tabs, each controlling
 * one tabpanel; only the selected tab is in the Tab order (roving tabindex) and Left/Right/Home/End move
 * between tabs, selecting as they go. The open tab lives in the pane state.
 */
import { el } from "../dom";
import type { PaneState, TabId } from "../state";

export const TABS: readonly { readonly id: TabId; readonly label: string }[] = [
  { id: "platforms", label: "Platforms" },
  { id: "calculator", label: "Calculator" },
  { id: "compare", label: "Compare" },
  { id: "which", label: "Which platform" },
  { id: "decide", label: "Decide" },
  { id: "mine", label: "My presets" },
  { id: "share", label: "Share" },
];

/** The tab a key press moves to from `index`, or undefined for a key the tabs do not handle. */
export function tabAfterKey(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/** Builds the tabs into `tablist` and one panel per tab into `panels`; returns the panels by tab. */
export function mountTabs(
  tablist: HTMLElement,
  panels: HTMLElement,
  state: PaneState
): Record<TabId, HTMLElement> {
  tablist.setAttribute("role", "tablist");
  const tabs = TABS.map(({ id, label }) =>
    el(
      "button",
      {
        id: `tab-${id}`,
        type: "button",
        role: "tab",
        "aria-controls": `panel-${id}`,
        "data-testid": `tab-${id}`,
      },
      label
    )
  );
  const sections = TABS.map(({ id }) =>
    el("section", {
      id: `panel-${id}`,
      className: `panel panel-${id}`,
      role: "tabpanel",
      "aria-labelledby": `tab-${id}`,
      tabindex: "0",
    })
  );
  tabs.forEach((tab, index) => {
    const id = TABS[index]?.id ?? "platforms";
    tab.addEventListener("click", () => state.update({ tab: id }));
    tab.addEventListener("keydown", (event) => {
      const next = tabAfterKey(event.key, index, TABS.length);
      if (next === undefined) return;
      event.preventDefault();
      state.update({ tab: TABS[next]?.id ?? id });
      tabs[next]?.focus();
    });
  });
  tablist.append(...tabs);
  panels.append(...sections);

  const show = (selected: TabId): void => {
    TABS.forEach(({ id }, index) => {
      const isSelected = id === selected;
      tabs[index]?.setAttribute("aria-selected", String(isSelected));
      tabs[index]?.setAttribute("tabindex", isSelected ? "0" : "-1");
      const section = sections[index];
      if (section) section.hidden = !isSelected;
    });
  };
  show(state.current.tab);
  state.subscribe((changed, data) => {
    if (changed.has("tab")) show(data.tab);
  });
  return Object.fromEntries(TABS.map(({ id }, index) => [id, sections[index]])) as Record<
    TabId,
    HTMLElement
  >;
}
