/** @jest-environment jsdom */
import { mountTabs, TABS } from "../../../src/taskpane/shell/tabs";
import { initialData, PaneState } from "../../../src/taskpane/state";

function setup() {
  document.body.innerHTML = '<div id="tabs"></div><main id="panels"></main>';
  const state = new PaneState(initialData());
  const panels = mountTabs(
    document.getElementById("tabs") as HTMLElement,
    document.getElementById("panels") as HTMLElement,
    state
  );
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  return { state, panels, tabs };
}

const press = (tab: HTMLElement, key: string) =>
  tab.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));

describe("tabs", () => {
  it("builds one tab and one panel per entry of the tab list, wired by ARIA", () => {
    const { tabs, panels } = setup();
    expect(document.getElementById("tabs")?.getAttribute("role")).toBe("tablist");
    expect(tabs.map((t) => t.textContent)).toEqual(TABS.map((t) => t.label));
    for (const { id } of TABS) {
      const panel = panels[id];
      expect(panel.getAttribute("role")).toBe("tabpanel");
      expect(
        document
          .getElementById(panel.getAttribute("aria-labelledby") ?? "")
          ?.getAttribute("aria-controls")
      ).toBe(panel.id);
    }
  });

  it("selects one tab at a time, keeping only it in the Tab order", () => {
    const { tabs, panels, state } = setup();
    tabs[2]?.click();
    expect(state.current.tab).toBe("compare");
    // Whatever the tab list holds, only the third tab is selected.
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(
      TABS.map((_, i) => String(i === 2))
    );
    expect(tabs.map((t) => t.tabIndex)).toEqual(TABS.map((_, i) => (i === 2 ? 0 : -1)));
    expect(TABS.map(({ id }) => panels[id].hidden)).toEqual(TABS.map((_, i) => i !== 2));
  });

  it("moves between tabs with Left, Right, Home and End, wrapping at the ends", () => {
    const { tabs, state } = setup();
    tabs[0]?.focus();
    press(tabs[0] as HTMLElement, "ArrowRight");
    expect(state.current.tab).toBe("calculator");
    expect(document.activeElement).toBe(tabs[1]);
    const last = TABS.length - 1;
    press(tabs[1] as HTMLElement, "End");
    expect(state.current.tab).toBe(TABS[last]?.id);
    press(tabs[last] as HTMLElement, "ArrowRight");
    expect(state.current.tab).toBe("platforms");
    press(tabs[0] as HTMLElement, "ArrowLeft");
    expect(state.current.tab).toBe(TABS[last]?.id);
    press(tabs[last] as HTMLElement, "Home");
    expect(state.current.tab).toBe("platforms");
    press(tabs[0] as HTMLElement, "a");
    expect(state.current.tab).toBe("platforms");
  });

  it("follows the state when a view opens another tab", () => {
    const { tabs, state } = setup();
    state.update({ tab: "calculator" });
    expect(tabs[1]?.getAttribute("aria-selected")).toBe("true");
  });
});
