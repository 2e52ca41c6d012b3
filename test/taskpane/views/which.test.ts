/**
 * @jest-environment jsdom
 */
import { mountWhich } from "../../../src/taskpane/views/which";
import { byTestId, fakeServices, mountView, settle, type } from "../fakes";

function open() {
  return mountView(mountWhich, { tab: "which" });
}

describe("Which platform view", () => {
  it("draws one line per platform as an image with a title, a description and a legend", () => {
    const { root } = open();
    const chart = byTestId(root, "which-chart");
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-labelledby")).toBe("which-chart-title which-chart-desc");
    expect(chart.querySelector("desc")?.textContent).toMatch(
      /DeepSeek-R1 8k\/1k, utilization 70\.0%/
    );
    const series = chart.querySelectorAll("g.series");
    const legend = byTestId(root, "which-legend").querySelectorAll("li");
    expect(series.length).toBeGreaterThan(3);
    expect(legend).toHaveLength(series.length);
    expect(chart.querySelectorAll("polyline")).toHaveLength(series.length);
    expect(chart.textContent).toMatch(/Interactivity, tokens\/s per user/);
    expect(chart.textContent).toMatch(/USD per million tokens/);
  });

  it("gives the chart's numbers as a table, winners per band and own vs rent vs API", () => {
    const { root } = open();
    const rows = byTestId(root, "which-chart-table").querySelectorAll("tbody tr");
    expect(rows.length).toBeGreaterThan(10);
    expect(byTestId(root, "which-winners").querySelectorAll("tbody tr")).toHaveLength(5);
    expect(byTestId(root, "which-own-rent").textContent).toMatch(/B200/);
    expect(byTestId(root, "which-api").textContent).toMatch(/DeepSeek/);
    expect(byTestId(root, "which-api").textContent).toMatch(/8:1 input:output/);
    expect(root.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("shows a chosen subset of platforms, and single published points as points", () => {
    const { root, state } = open();
    const box = byTestId<HTMLInputElement>(root, "which-platform-H100");
    box.checked = false;
    box.dispatchEvent(new Event("change"));
    expect(state.current.which.platformIds?.has("H100")).toBe(false);
    expect(byTestId(root, "which-chart").querySelector('[data-platform="H100"]')).toBeNull();

    const model = byTestId<HTMLSelectElement>(root, "which-model");
    model.value = "gpt-oss-120b";
    model.dispatchEvent(new Event("change"));
    expect(state.current.which.workload).toBe("8k/1k");
    const chart = byTestId(root, "which-chart");
    expect(chart.querySelectorAll("polyline")).toHaveLength(0);
    expect(chart.querySelectorAll("circle").length).toBeGreaterThan(3);
    expect(byTestId(root, "which-legend").textContent).toMatch(/B200 \(measured point\)/);
  });

  it("recalculates at an edited utilization and says why a wrong one is not used", () => {
    const { root, state } = open();
    const input = byTestId<HTMLInputElement>(root, "which-utilization");
    type(input, "0.5");
    expect(state.current.which.utilization).toBe(0.5);
    expect(byTestId(root, "which-own-rent-scope").textContent).toMatch(/utilization 50\.0%/);
    type(input, "1.5");
    expect(byTestId(root, "which-utilization-message").textContent).toBe(
      "Must be greater than 0 and at most 1."
    );
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(state.current.which.utilization).toBe(0.5);
  });

  it("says when no platform is chosen", () => {
    const { root } = mountView(mountWhich, {
      tab: "which",
      which: { ...open().state.current.which, platformIds: new Set() },
    });
    expect(byTestId(root, "which-empty").textContent).toBe(
      "Choose at least one measured platform."
    );
  });

  it("inserts the curve block with its chart at the selection", async () => {
    const services = fakeServices();
    const { root } = mountView(mountWhich, { tab: "which" }, services);
    byTestId(root, "which-insert").click();
    await settle();
    expect(services.inserted).toHaveLength(1);
    const block = services.inserted[0]?.block;
    expect(block?.charts?.[0]?.type).toBe("XYScatterLines");
    expect(services.toasts[0]?.[0]).toMatch(/^Insert curve and chart: written to/);
  });
});
