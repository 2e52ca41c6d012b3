/** @jest-environment jsdom */
import { NUMBER_FIELDS } from "../../../src/taskpane/model/fields";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { mountCalculator } from "../../../src/taskpane/views/calculator";
import { byTestId, fakeServices, mountView, settle, type } from "../fakes";

/** Everything a person can read or hear in the view: its text and every title and aria-label. */
function everythingShown(root: HTMLElement): string {
  const attributes = [...root.querySelectorAll("[title], [aria-label]")].map(
    (node) => `${node.getAttribute("title") ?? ""} ${node.getAttribute("aria-label") ?? ""}`
  );
  return [root.textContent ?? "", ...attributes].join(" ");
}

describe("calculator view", () => {
  it("shows the calculator's figures for the platform in the state", () => {
    const { root } = mountView(mountCalculator, { inputs: defaultInputs("B200") });
    expect(byTestId(root, "result-cost").textContent).toMatch(/^\$\d/);
    expect(byTestId(root, "result-opex").textContent).toMatch(/^\$[\d,]+$/);
    expect(byTestId(root, "breakdown").textContent).toMatch(/Capital .*Power .*Operating/);
    expect(byTestId(root, "calculator-waiting").hidden).toBe(true);
  });

  it("keeps focus in a field while the results follow what is typed", () => {
    const { root } = mountView(mountCalculator);
    const gpus = byTestId<HTMLInputElement>(root, "calc-gpuCount");
    gpus.focus();
    const before = byTestId(root, "result-investment").textContent;
    type(gpus, "144");
    expect(document.activeElement).toBe(gpus);
    expect(byTestId(root, "result-investment").textContent).not.toBe(before);
  });

  it("rebuilds the form when the platform changes", () => {
    const { root, state } = mountView(mountCalculator);
    const select = byTestId<HTMLSelectElement>(root, "calc-platform");
    select.value = "MI355X";
    select.dispatchEvent(new Event("change"));
    expect(state.current.inputs.platformId).toBe("MI355X");
    expect(byTestId<HTMLSelectElement>(root, "calc-platform").value).toBe("MI355X");
  });

  describe("field messages", () => {
    // What each field's rule allows of 0; negative (-1), text and huge values are refused everywhere.
    const zeroAllowed = new Set([
      "costOfCapital",
      "usdPerKwh",
      "opexPerGpuYear",
      "annualPriceChange",
      "annualThroughputGain",
      "discountRate",
    ]);
    const cases = NUMBER_FIELDS.flatMap((field) =>
      ["", "0", "-1", "abc", "1e400", "1e16"].map((text) => [field.key, text] as const)
    );

    it.each(cases)("%s typed as %p", (key, text) => {
      const { root } = mountView(mountCalculator, { inputs: defaultInputs("GB200") });
      const input = byTestId<HTMLInputElement>(root, `calc-${key}`);
      const message = byTestId(root, `calc-${key}-message`);
      type(input, text);
      const allowed = text === "0" && zeroAllowed.has(key);
      expect(everythingShown(root)).not.toMatch(/NaN|Infinity/);
      // The pane speaks of fields, not of a host: no "Excel", no "cell" in what it says is wrong.
      const explanations = [
        message.textContent ?? "",
        byTestId(root, "calculator-waiting").textContent ?? "",
        ...[...root.querySelectorAll("[title]")].map((node) => node.getAttribute("title") ?? ""),
      ].join(" ");
      expect(explanations).not.toMatch(/Excel|cell/i);
      if (allowed) {
        expect(message.hidden).toBe(true);
        expect(input.hasAttribute("aria-invalid")).toBe(false);
        return;
      }
      expect(message.hidden).toBe(false);
      expect(message.textContent).toMatch(/^(Required: enter a number|Must be|Enter a number)/);
      expect(input.getAttribute("aria-invalid")).toBe("true");
      expect(input.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
      const label = NUMBER_FIELDS.find((f) => f.key === key)?.label ?? "";
      const waiting = byTestId(root, "calculator-waiting");
      expect(waiting.hidden).toBe(false);
      expect(waiting.textContent).toContain(label);
      expect(root.querySelector('[title^="waits on"]')?.getAttribute("title")).toContain(label);
    });

    it.each([
      ["annualPriceChange", "-0.5"],
      ["opexPerGpuYear", "0"],
      ["costOfCapital", "0"],
      ["utilization", "1"],
    ])("shows no message for %s = %s, which the rule allows", (key, text) => {
      const { root } = mountView(mountCalculator, { inputs: defaultInputs("GB200") });
      type(byTestId<HTMLInputElement>(root, `calc-${key}`), text);
      expect(byTestId(root, `calc-${key}-message`).hidden).toBe(true);
      expect(byTestId(root, "calculator-waiting").hidden).toBe(true);
      expect(byTestId(root, "result-roi").textContent).toMatch(/x$/);
    });

    it("clears the message once the value is fixed", () => {
      const { root } = mountView(mountCalculator);
      const input = byTestId<HTMLInputElement>(root, "calc-utilization");
      type(input, "0");
      type(input, "0.6");
      expect(byTestId(root, "calc-utilization-message").hidden).toBe(true);
      expect(input.hasAttribute("aria-invalid")).toBe(false);
      expect(byTestId(root, "result-cost").textContent).toMatch(/^\$/);
    });
  });

  it("inserts the model on a new sheet named for the platform", async () => {
    const { root, services } = mountView(mountCalculator, { inputs: defaultInputs("B200") });
    byTestId(root, "insert-model").click();
    await settle();
    expect(services.inserted[0]?.sheet).toBe("Tokenomics B200");
    expect(services.toasts).toEqual([
      ["Insert model as a new sheet: written to Sheet1!A1:F16.", undefined],
    ]);
  });

  it("outside Excel disables insert and says once what it needs", () => {
    const { root } = mountView(mountCalculator, {}, fakeServices({ inExcel: false }));
    expect(byTestId<HTMLButtonElement>(root, "insert-model").disabled).toBe(true);
    expect(root.querySelector(".insert-row .hint")?.textContent).toMatch(/^Insert needs Excel/);
  });
});
