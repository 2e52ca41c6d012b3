/** @jest-environment jsdom */
import { decideFigures } from "../../../src/taskpane/model/decide";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { formatValue } from "../../../src/taskpane/units";
import { mountDecide } from "../../../src/taskpane/views/decide";
import { byTestId, mountView, settle, type } from "../fakes";

const inputs = { ...defaultInputs("B200"), gpuCount: 64, usdPerMillionTokens: 2 };

describe("decide view", () => {
  it("draws the tornado and the histogram as labelled images, each with its numbers in a table", () => {
    const { root } = mountView(mountDecide, { tab: "decide", inputs });
    for (const id of ["decide-tornado", "decide-histogram"]) {
      const chart = byTestId(root, id);
      expect(chart.getAttribute("role")).toBe("img");
      const labels = (chart.getAttribute("aria-labelledby") ?? "").split(" ");
      expect(labels).toHaveLength(2);
      for (const label of labels) expect(root.querySelector(`#${label}`)?.textContent).toBeTruthy();
      expect(byTestId(root, `${id}-table`).querySelectorAll("tbody tr").length).toBeGreaterThan(5);
    }
    expect(byTestId(root, "decide-histogram").querySelectorAll("[data-mark]")).toHaveLength(3);
  });

  it("shows finite numbers only: the base ROI, break-evens, scenarios and simulation figures", () => {
    const { root } = mountView(mountDecide, { tab: "decide", inputs });
    const text = root.textContent ?? "";
    expect(text).not.toMatch(/NaN|Infinity/);
    const expected = decideFigures(inputs);
    if (!expected.ok) throw new Error(expected.reason);
    const base = expected.value.base;
    expect(byTestId(root, "decide-base").textContent).toContain(
      formatValue(base.ok ? base.value : NaN, "multiple")
    );
    expect(byTestId(root, "decide-scenario-Bear").textContent).toMatch(/^-?\d+\.\d\dx$/);
    expect(byTestId(root, "decide-break-even-usdPerMillionTokens").textContent).toMatch(/^\$/);
    for (const node of root.querySelectorAll("svg [x], svg [y], svg [width]"))
      for (const name of ["x", "y", "width", "height"]) {
        const value = node.getAttribute(name);
        if (value !== null) expect(Number.isFinite(Number(value))).toBe(true);
      }
  });

  it("recomputes when the calculator's inputs change, and only while it is the open tab", () => {
    const { root, state } = mountView(mountDecide, { tab: "decide", inputs });
    const before = byTestId(root, "decide-base").textContent;
    state.update({ inputs: { ...inputs, usdPerMillionTokens: 3 } });
    const changed = byTestId(root, "decide-base").textContent;
    expect(changed).not.toBe(before);
    expect(Number(root.dataset.recomputeMs)).toBeGreaterThanOrEqual(0);
    state.update({ tab: "calculator" });
    state.update({ inputs: { ...inputs, usdPerMillionTokens: 4 } });
    const hidden = byTestId(root, "decide-base").textContent;
    expect(hidden).toBe(changed);
    state.update({ tab: "decide" });
    expect(byTestId(root, "decide-base").textContent).not.toBe(hidden);
  });

  it("shows the reason instead of figures when a calculator field is blank", () => {
    const { root } = mountView(mountDecide, { tab: "decide", inputs: { ...inputs, pue: NaN } });
    const reason = byTestId(root, "decide-reason");
    expect(reason.hidden).toBe(false);
    expect(reason.textContent).toBe("Enter PUE in the calculator: it is blank or not a number.");
    expect(root.querySelector('[data-testid="decide-tornado"]')).toBeNull();
    expect(root.textContent).not.toMatch(/NaN/);
  });

  it("solves for the ROI target the user sets, and says what is wrong with one it cannot use", () => {
    const { root } = mountView(mountDecide, { tab: "decide", inputs });
    const before = byTestId(root, "decide-break-even-utilization").textContent;
    const target = byTestId<HTMLInputElement>(root, "decide-target");
    type(target, "2");
    expect(byTestId(root, "decide-break-even-utilization").textContent).not.toBe(before);
    type(target, "");
    expect(target.getAttribute("aria-invalid")).toBe("true");
    expect(byTestId(root, "decide-target-error").textContent).toMatch(/^Must be a number/);
  });

  it("inserts the decision sheet on a new sheet named for the platform", async () => {
    const { root, services } = mountView(mountDecide, { tab: "decide", inputs });
    byTestId<HTMLButtonElement>(root, "insert-decide").click();
    await settle();
    expect(services.inserted).toHaveLength(1);
    expect(services.inserted[0]?.sheet).toBe("Decide B200");
    expect(services.inserted[0]?.block.charts?.map((c) => c.type)).toEqual([
      "BarClustered",
      "ColumnClustered",
      "Line",
    ]);
  });
});
