import { initialData, PaneState } from "../../src/taskpane/state";

describe("PaneState", () => {
  it("tells subscribers which keys changed, and only when something did", () => {
    const state = new PaneState(initialData());
    const calls: string[][] = [];
    const stop = state.subscribe((changed) => calls.push([...changed]));
    state.update({ tab: "compare", selectedKey: "B200" });
    state.update({ tab: "compare" });
    stop();
    state.update({ tab: "mine" });
    expect(calls).toEqual([["tab", "selectedKey"]]);
    expect(state.current.tab).toBe("mine");
  });
});
