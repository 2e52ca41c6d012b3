/** @jest-environment jsdom */
import { mountMyPresets } from "../../../src/taskpane/views/myPresets";
import { byTestId, fakeServices, mountView, settle, type } from "../fakes";

describe("my presets view", () => {
  it("saves a preset into the settings and the pane state, then clears the form", async () => {
    const { root, state, services } = mountView(mountMyPresets);
    expect(byTestId(root, "mine-list").textContent).toBe("No presets of your own yet.");
    type(byTestId(root, "mine-name"), "Our B200");
    const base = byTestId<HTMLSelectElement>(root, "mine-base");
    base.value = "B200";
    base.dispatchEvent(new Event("change"));
    type(byTestId(root, "mine-priceUsdPerGpu"), "38000");
    byTestId(root, "mine-save").click();
    await settle();
    expect(state.current.userPresets).toEqual([
      expect.objectContaining({
        name: "Our B200",
        basedOn: "B200",
        values: { priceUsdPerGpu: 38000 },
      }),
    ]);
    expect(services.settings.data["tokenomics.userPresets"]).toEqual(state.current.userPresets);
    expect(services.toasts).toEqual([['Saved "Our B200" (Our_B200).', undefined]]);
    expect(byTestId(root, "mine-item").textContent).toMatch(
      /Our B200 · based on B200 · Price per GPU 38,000/
    );
    expect(byTestId<HTMLInputElement>(root, "mine-name").value).toBe("");
  });

  it("says what to fix instead of saving a preset without a name or with a negative value", async () => {
    const { root, state, services } = mountView(mountMyPresets);
    byTestId(root, "mine-save").click();
    type(byTestId(root, "mine-name"), "x");
    type(byTestId(root, "mine-allInPowerKwPerGpu"), "-2");
    byTestId(root, "mine-save").click();
    await settle();
    expect(services.toasts).toEqual([
      ["Give your preset a name.", "error"],
      ["All-in power per GPU must be a number of at least 0.", "error"],
    ]);
    expect(state.current.userPresets).toEqual([]);
  });

  it("shows the base platform's values as placeholders", () => {
    const { root } = mountView(mountMyPresets);
    const base = byTestId<HTMLSelectElement>(root, "mine-base");
    base.value = "MI300X";
    base.dispatchEvent(new Event("change"));
    expect(byTestId<HTMLInputElement>(root, "mine-priceUsdPerGpu").placeholder).toBe(
      "not published"
    );
  });

  it("deletes a preset", async () => {
    const preset = { name: "Mine", basedOn: "B200", values: {}, note: "", savedOn: "" };
    const services = fakeServices();
    await services.settings.set("tokenomics.userPresets", [preset]);
    const { root, state } = mountView(mountMyPresets, { userPresets: [preset] }, services);
    root.querySelector<HTMLButtonElement>('[aria-label="Delete Mine"]')?.click();
    await settle();
    expect(state.current.userPresets).toEqual([]);
  });

  it("labels every field", () => {
    const { root } = mountView(mountMyPresets);
    for (const input of root.querySelectorAll("input, select"))
      expect(root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
  });
});
