/** @jest-environment jsdom */
import { listPlatforms, presetValue } from "../../../src/presets";
import { mountPlatforms } from "../../../src/taskpane/views/platforms";
import { byTestId, fakeServices, mountView, settle, type } from "../fakes";

const items = (root: HTMLElement) => [...root.querySelectorAll('[data-testid="platform-item"]')];
const teamH200 = {
  name: "Team H200",
  basedOn: "H200",
  values: { priceUsdPerGpu: 31000 },
  note: "Q3 quote",
  savedOn: "2026-10-01",
};

describe("platforms view", () => {
  it("lists the user's presets first, then every shipped platform", () => {
    const { root } = mountView(mountPlatforms, { userPresets: [teamH200] });
    expect(items(root)).toHaveLength(listPlatforms().length + 1);
    expect(items(root)[0]?.textContent).toMatch(/^Team H200Yours/);
  });

  it("filters by text and by vendor", () => {
    const { root } = mountView(mountPlatforms);
    type(byTestId<HTMLInputElement>(root, "platform-filter"), "mi3");
    expect(items(root)).toHaveLength(3);
    type(byTestId<HTMLInputElement>(root, "platform-filter"), "no such chip");
    expect(root.querySelector(".empty")?.textContent).toBe("No platform matches the filter.");
    type(byTestId<HTMLInputElement>(root, "platform-filter"), "");
    const vendor = byTestId<HTMLSelectElement>(root, "vendor-filter");
    vendor.value = "Google";
    vendor.dispatchEvent(new Event("change"));
    expect(items(root)).toHaveLength(2);
  });

  it("shows the selected platform's specs with their sources", () => {
    const { root, state } = mountView(mountPlatforms);
    expect(byTestId(root, "platform-detail").hidden).toBe(true);
    (root.querySelector('[data-platform="B200"]') as HTMLElement).click();
    expect(state.current.selectedKey).toBe("B200");
    const tco = presetValue("B200", "tcoUsdPerGpuHourOwner");
    if (!tco.ok) throw new Error("fixture");
    expect(
      root.querySelector('[data-testid="spec-table"] tr[data-field="tcoUsdPerGpuHourOwner"]')
        ?.textContent
    ).toContain(String(tco.value));
    expect(
      root.querySelectorAll('[data-testid="throughput-table"] tbody tr').length
    ).toBeGreaterThan(10);
    for (const link of root.querySelectorAll<HTMLAnchorElement>(".sources a"))
      expect(link.href).toMatch(/^https:\/\//);
  });

  it("marks the user's own values as theirs", () => {
    const { root } = mountView(mountPlatforms, {
      userPresets: [teamH200],
      selectedKey: "user:Team H200",
    });
    expect(byTestId(root, "detail-title").textContent).toMatch(/^Team H200 \(based on /);
    expect(root.querySelector('tr[data-field="priceUsdPerGpu"]')?.textContent).toMatch(
      /31,000.*Yours: Q3 quote/
    );
  });

  it("hands the platform to the calculator and opens it", () => {
    const { root, state } = mountView(mountPlatforms, { selectedKey: "MI355X" });
    byTestId(root, "use-in-calculator").click();
    expect(state.current.inputs.platformId).toBe("MI355X");
    expect(state.current.tab).toBe("calculator");
  });

  it("inserts the preset block at the selection and says where it went", async () => {
    const { root, services } = mountView(mountPlatforms, { selectedKey: "B200" });
    byTestId(root, "insert-preset").click();
    await settle();
    expect(services.inserted[0]?.block.names.map((n) => n.name)).toContain("B200_UsdPerGpuHour");
    expect(services.toasts).toEqual([
      ["Insert preset at selection: written to Sheet1!A1:F16.", undefined],
    ]);
    expect(services.settings.data["tokenomics.datasetVersion"]).toBeDefined();
  });

  it("renders names as text, never as HTML", () => {
    const name = '<img src=x onerror="window.__xss=1">';
    const { root } = mountView(mountPlatforms, { userPresets: [{ ...teamH200, name }] });
    expect(items(root)[0]?.textContent).toContain(name);
    expect(root.querySelector("img")).toBeNull();
  });

  it("outside Excel disables insert with the one needs-Excel hint", () => {
    const { root } = mountView(
      mountPlatforms,
      { selectedKey: "GB200" },
      fakeServices({ inExcel: false })
    );
    expect(byTestId<HTMLButtonElement>(root, "insert-preset").disabled).toBe(true);
    expect(root.querySelector(".insert-row .hint")?.textContent).toMatch(/^Insert needs Excel/);
  });
});
