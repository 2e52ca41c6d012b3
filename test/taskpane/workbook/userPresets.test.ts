import type { SettingsStore } from "../../../src/taskpane/workbook/userPresets";
import {
  browserSettings,
  deleteUserPreset,
  readUserPresets,
  recordDatasetVersion,
  recordedDatasetVersion,
  saveUserPreset,
  userPresetFromForm,
} from "../../../src/taskpane/workbook/userPresets";

function memoryStore(
  initial: Record<string, unknown> = {}
): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: (key) => data[key], set: async (key, value) => void (data[key] = value) };
}

describe("user presets", () => {
  it("saves, replaces by name (ignoring case) and deletes", async () => {
    const store = memoryStore();
    await saveUserPreset(store, {
      name: "Our B200",
      basedOn: "B200",
      values: { priceUsdPerGpu: 38000 },
      note: "",
      savedOn: "2026-11-26",
    });
    await saveUserPreset(store, {
      name: "our b200",
      basedOn: "B200",
      values: { priceUsdPerGpu: 36000 },
      note: "",
      savedOn: "2026-11-26",
    });
    expect(readUserPresets(store).map((p) => [p.name, p.values.priceUsdPerGpu])).toEqual([
      ["our b200", 36000],
    ]);
    await deleteUserPreset(store, "OUR B200");
    expect(readUserPresets(store)).toEqual([]);
  });

  it("ignores malformed saved data instead of breaking the pane", () => {
    const store = memoryStore({
      "tokenomics.userPresets": [
        null,
        5,
        { name: 3 },
        {
          name: "ok",
          basedOn: "H100",
          values: { priceUsdPerGpu: -1, hbmGb: "80", nope: 1, allInPowerKwPerGpu: 1.4 },
        },
      ],
    });
    expect(readUserPresets(store)).toEqual([
      { name: "ok", basedOn: "H100", values: { allInPowerKwPerGpu: 1.4 }, note: "", savedOn: "" },
    ]);
    expect(readUserPresets(memoryStore({ "tokenomics.userPresets": "oops" }))).toEqual([]);
  });

  it("records the dataset version the workbook's values came from", async () => {
    const store = memoryStore();
    expect(recordedDatasetVersion(store)).toBeUndefined();
    await recordDatasetVersion(store, "2026.11.1");
    expect(recordedDatasetVersion(store)).toBe("2026.11.1");
  });

  it("keeps presets in local storage outside Excel, and in memory where there is none", async () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as unknown as Storage;
    const store = browserSettings(storage);
    await store.set("k", { a: 1 });
    expect(items.get("k")).toBe('{"a":1}');
    expect(store.get("k")).toEqual({ a: 1 });
    const memory = browserSettings(undefined);
    await memory.set("k", 2);
    expect(memory.get("k")).toBe(2);
  });
});

describe("userPresetFromForm", () => {
  const form = { name: " Our B200 ", basedOn: "B200", note: " quote ", values: {} };

  it("keeps the typed values, trims name and note, and skips blank values", () => {
    expect(
      userPresetFromForm(
        { ...form, values: { priceUsdPerGpu: "38000", allInPowerKwPerGpu: " " } },
        "2026-11-26"
      )
    ).toEqual({
      ok: true,
      value: {
        name: "Our B200",
        basedOn: "B200",
        values: { priceUsdPerGpu: 38000 },
        note: "quote",
        savedOn: "2026-11-26",
      },
    });
  });

  it("asks for a name", () => {
    expect(userPresetFromForm({ ...form, name: "  " }, "x")).toEqual({
      ok: false,
      reason: "Give your preset a name.",
    });
  });

  it.each(["-1", "abc", "1e400"])("refuses %s as a value, naming the field", (text) => {
    expect(userPresetFromForm({ ...form, values: { priceUsdPerGpu: text } }, "x")).toEqual({
      ok: false,
      reason: "Price per GPU must be a number of at least 0.",
    });
  });
});
