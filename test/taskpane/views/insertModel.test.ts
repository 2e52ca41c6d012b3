/** @jest-environment jsdom */
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { mountCalculator } from "../../../src/taskpane/views/calculator";
import { MODEL_VARIANTS } from "../../../src/taskpane/views/insertModel";
import { byTestId, fakeServices, mountView, settle } from "../fakes";

describe("insert model choice", () => {
  it("offers the lifecycle and the quarterly build-out as a labelled radio group, lifecycle first and chosen", () => {
    const { root } = mountView(mountCalculator, { inputs: defaultInputs("B200") });
    const group = byTestId(root, "model-variant");
    expect(group.tagName).toBe("FIELDSET");
    expect(group.querySelector("legend")?.textContent).toBe("Model sheet");
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.value)).toEqual(["lifecycle", "buildout"]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    for (const radio of radios) {
      const label = group.querySelector(`label[for="${radio.id}"]`);
      expect(label?.textContent).toBe(MODEL_VARIANTS.find((v) => v.id === radio.value)?.label);
      const hint = radio.getAttribute("aria-describedby") ?? "";
      expect(root.querySelector(`#${hint}`)?.textContent).not.toBe("");
    }
    expect(byTestId<HTMLInputElement>(root, "model-variant-lifecycle").checked).toBe(true);
    expect(byTestId<HTMLInputElement>(root, "model-variant-buildout").checked).toBe(false);
  });

  it("keeps the choice in the pane state and follows it when the state changes", () => {
    const { root, state } = mountView(mountCalculator);
    const buildout = byTestId<HTMLInputElement>(root, "model-variant-buildout");
    buildout.click();
    expect(state.current.modelVariant).toBe("buildout");
    state.update({ modelVariant: "lifecycle" });
    expect(buildout.checked).toBe(false);
    expect(byTestId<HTMLInputElement>(root, "model-variant-lifecycle").checked).toBe(true);
  });

  it("inserts the quarterly build-out on its own new sheet when chosen", async () => {
    const { root, services } = mountView(mountCalculator, { inputs: defaultInputs("B200") });
    byTestId(root, "model-variant-buildout").click();
    byTestId(root, "insert-model").click();
    await settle();
    expect(services.inserted).toHaveLength(1);
    expect(services.inserted[0]?.sheet).toBe("Tokenomics B200 build-out");
    const formulas = services.inserted[0]?.block.cells.map((c) => c.formula ?? "") ?? [];
    expect(formulas.some((f) => f.startsWith("=TOKENOMICS.SCHEDULE("))).toBe(true);
    expect(services.toasts[0]?.[0]).toMatch(/^Insert model as a new sheet: written to /);
  });

  it("still inserts the lifecycle model, unchanged, when it is chosen", async () => {
    const { root, services } = mountView(mountCalculator, {
      inputs: defaultInputs("B200"),
      modelVariant: "buildout",
    });
    byTestId(root, "model-variant-lifecycle").click();
    byTestId(root, "insert-model").click();
    await settle();
    expect(services.inserted[0]?.sheet).toBe("Tokenomics B200");
    const formulas = services.inserted[0]?.block.cells.map((c) => c.formula ?? "") ?? [];
    expect(formulas.some((f) => f.startsWith("=TOKENOMICS.TOKENCASHFLOWS("))).toBe(true);
    expect(formulas.some((f) => f.includes("SCHEDULE"))).toBe(false);
  });

  it("outside Excel keeps the choice usable and the insert button disabled", () => {
    const { root } = mountView(mountCalculator, {}, fakeServices({ inExcel: false }));
    expect(byTestId<HTMLInputElement>(root, "model-variant-buildout").disabled).toBe(false);
    expect(byTestId<HTMLButtonElement>(root, "insert-model").disabled).toBe(true);
  });
});
