/** @jest-environment jsdom */
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { mountCompare } from "../../../src/taskpane/views/compare";
import { byTestId, mountView } from "../fakes";

const rows = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLElement>('[data-testid="compare-row"]')].map(
    (row) => row.dataset.platform
  );

describe("compare view", () => {
  it("shows one row per compared platform, in table order", () => {
    const { root } = mountView(mountCompare, { tab: "compare" });
    expect(rows(root)).toEqual(["H200", "B200", "GB200", "MI355X"]);
    expect(root.querySelector('[data-platform="GB200"] td:nth-of-type(3)')?.textContent).toMatch(
      /^\$/
    );
  });

  it("adds and removes platforms with the checkboxes", () => {
    const { root, state } = mountView(mountCompare, { tab: "compare" });
    byTestId<HTMLInputElement>(root, "compare-MI300X").click();
    expect(rows(root)).toContain("MI300X");
    expect(state.current.compareIds.has("MI300X")).toBe(true);
    byTestId<HTMLInputElement>(root, "compare-H200").click();
    expect(rows(root)).not.toContain("H200");
  });

  it("follows the calculator's workload, price and horizon", () => {
    const { root, state } = mountView(mountCompare, { tab: "compare" });
    state.update({ inputs: { ...defaultInputs("GB200"), years: 5, usdPerMillionTokens: 2 } });
    expect(root.querySelector("#compare-scope")?.textContent).toMatch(/\$2\.00\/M · 5 years/);
  });

  it("says a row waits on the calculator field that is not allowed, with no NaN and no host wording", () => {
    const { root, state } = mountView(mountCompare, { tab: "compare" });
    state.update({ inputs: { ...defaultInputs("GB200"), utilization: 0 } });
    const titles = [...root.querySelectorAll("[title]")].map((n) => n.getAttribute("title"));
    expect(titles).toContain("waits on Utilization");
    expect(`${root.textContent} ${titles.join(" ")}`).not.toMatch(/NaN|Infinity|Excel|cell/);
  });
});
