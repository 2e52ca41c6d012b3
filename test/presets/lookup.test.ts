import {
  findField,
  findPlatform,
  listPlatforms,
  PRESET_FIELDS,
  presetEntry,
  presetInfo,
  presetTable,
  presetValue,
} from "../../src/presets/lookup";
import { REQUIRED_PLATFORM_IDS } from "../support/fixtures";

describe("listPlatforms", () => {
  it("returns the thirteen platforms in table order", () => {
    expect(listPlatforms().map((p) => p.id)).toEqual(REQUIRED_PLATFORM_IDS);
  });
});

describe("findPlatform", () => {
  describe("results", () => {
    it.each([
      ["B200", "B200"],
      ["GB200 NVL72", "GB200"],
      ["gb200-nvl72", "GB200"],
      ["h100-sxm", "H100"],
      ["H100_SXM5", "H100"],
      ["NVIDIA H100 SXM", "H100"],
      ["TPU v7", "TPU7x"],
      ["Ironwood", "TPU7x"],
      ["tpu v6e", "TPUv6e"],
      ["Trillium", "TPUv6e"],
      ["trn2", "Trainium2"],
      ["GAUDI 3", "Gaudi3"],
      ["mi355x", "MI355X"],
    ])("finds %s as %s, ignoring case, spaces, dashes and underscores", (name, id) => {
      expect(findPlatform(name)).toMatchObject({ ok: true, value: { id } });
    });
  });

  describe("not found", () => {
    it("suggests up to three close matches, closest first", () => {
      const result = findPlatform("B20");
      expect(result).toMatchObject({
        ok: false,
        kind: "notFound",
        subject: "platform",
        query: "B20",
        suggestions: ["B200", "GB200", "B300"],
        reason: 'platform "B20" not found; did you mean B200, GB200, B300?',
      });
    });

    it("suggests by prefix for a long alias typed short", () => {
      const result = findPlatform("GB300 NVL");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.suggestions[0]).toBe("GB300");
    });

    it("lists every platform when nothing is close", () => {
      const result = findPlatform("quantum toaster");
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.suggestions).toEqual([]);
      expect(result.options).toHaveLength(13);
      expect(result.reason).toBe(
        'platform "quantum toaster" not found; available: H100, H200, B200, B300, GB200, GB300, MI300X, MI325X, MI355X, TPUv6e, TPU7x, Trainium2, Gaudi3'
      );
    });

    it("treats a blank name as not found", () => {
      expect(findPlatform("  ")).toMatchObject({ ok: false, kind: "notFound" });
    });
  });
});

describe("findField", () => {
  it("finds a field ignoring case and separators", () => {
    expect(findField("HBM_GB")).toMatchObject({ ok: true, value: { name: "hbmGb", unit: "GB" } });
  });

  it("suggests the field a truncated name starts", () => {
    const result = findField("tcoUsdPerGpuHour");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.suggestions).toEqual([
        "tcoUsdPerGpuHourOwner",
        "tcoUsdPerGpuHourRental",
        "tcoUsdPerGpuHourNeocloud",
      ]);
      expect(result.reason).toMatch(
        /^field "tcoUsdPerGpuHour" not found; did you mean tcoUsdPerGpuHourOwner/
      );
    }
  });
});

describe("PRESET_FIELDS", () => {
  it("names each field with its unit and a description", () => {
    for (const field of PRESET_FIELDS) {
      expect(field.unit.length).toBeGreaterThan(0);
      expect(field.description.length).toBeGreaterThan(10);
    }
  });
});

describe("presetValue", () => {
  describe("results", () => {
    it("returns the SemiAnalysis July-2026 owner TCO of a GB200 NVL72 GPU, USD per GPU-hour", () => {
      expect(presetValue("GB200 NVL72", "tcoUsdPerGpuHourOwner")).toEqual({
        ok: true,
        value: 1.86,
      });
    });

    it("returns an H100's HBM in GB", () => {
      expect(presetValue("h100", "hbmgb")).toEqual({ ok: true, value: 80 });
    });

    it("returns a derived value, GB200 price per GPU from the rack price (3.3 M / 72)", () => {
      expect(presetValue("GB200", "priceUsdPerGpu")).toEqual({ ok: true, value: 45833 });
    });
  });

  describe("not published", () => {
    it("returns notPublished with the note for a TPU v6e's board power", () => {
      const result = presetValue("TPUv6e", "boardPowerW");
      expect(result).toMatchObject({
        ok: false,
        kind: "notPublished",
        platformId: "TPUv6e",
        field: "boardPowerW",
      });
      if (!result.ok)
        expect(result.reason).toBe(
          `boardPowerW for TPUv6e is not published: ${"note" in result ? result.note : ""}`
        );
    });

    it("says Hopper has no FP4 path", () => {
      const result = presetValue("H100", "fp4DenseTflops");
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.reason).toBe(
          "fp4DenseTflops for H100 is not published: Hopper has no FP4 tensor path"
        );
    });
  });

  describe("not found", () => {
    it("names the unknown platform first", () => {
      expect(presetValue("B20", "nonsense")).toMatchObject({
        ok: false,
        kind: "notFound",
        subject: "platform",
      });
    });

    it("names an unknown field with close matches", () => {
      const result = presetValue("B200", "hbm");
      expect(result).toMatchObject({ ok: false, kind: "notFound", subject: "field" });
      if (!result.ok) expect(result.reason).toMatch(/^field "hbm" not found; did you mean hbmGb/);
    });
  });
});

describe("presetEntry", () => {
  it("returns the full record behind a cell: unit, basis, source, date", () => {
    expect(presetEntry("B200", "boardPowerW")).toMatchObject({
      ok: true,
      value: {
        platform: { id: "B200" },
        field: { name: "boardPowerW", unit: "W" },
        value: {
          value: 1000,
          unit: "W",
          basis: "vendor-claimed",
          source: "IX-power-0714",
          asOf: "2026-07-14",
        },
      },
    });
  });
});

describe("presetInfo", () => {
  it("returns publisher, source, date, basis and URL as one line", () => {
    const result = presetInfo("B200", "tcoUsdPerGpuHourOwner");
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toMatch(/^SemiAnalysis, InferenceX hardware registry/);
      expect(result.value).toContain("(2026-07-31), estimated");
      expect(result.value).toMatch(/ — https:\/\/github\.com\/SemiAnalysisAI\/InferenceX-app$/);
    }
  });

  it("includes the arithmetic of a derived value", () => {
    const result = presetInfo("GB200", "priceUsdPerGpu");
    expect(result.ok && result.value).toMatch(
      /derived; 3,300,000 USD per NVL72 rack \/ 72 GPUs = 45,833/
    );
  });

  it("explains a value nobody publishes, with where it was looked for", () => {
    const result = presetInfo("Trainium2", "boardPowerW");
    expect(result.ok && result.value).toMatch(
      /^not published: AWS does not publish Trainium2 power/
    );
    expect(result.ok && result.value).toContain("https://github.com/stas00/ml-engineering");
  });

  it("returns notFound for an unknown platform", () => {
    expect(presetInfo("H300", "hbmGb")).toMatchObject({
      ok: false,
      kind: "notFound",
      subject: "platform",
    });
  });
});

describe("presetTable", () => {
  it("returns a header row, then one row per platform with every first-release field", () => {
    const result = presetTable();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [header, ...rows] = result.value;
    // Written out: a default table that grows would #SPILL! in existing sheets.
    expect(header).toEqual([
      "id",
      "displayName",
      "vendor",
      "hbmGb",
      "hbmBandwidthTbPerSecond",
      "fp8DenseTflops",
      "fp4DenseTflops",
      "boardPowerW",
      "allInPowerKwPerGpu",
      "priceUsdPerGpu",
      "tcoUsdPerGpuHourOwner",
      "tcoUsdPerGpuHourNeocloud",
      "tcoUsdPerGpuHourRental",
      "usdPerGpuHourOnDemand",
    ]);
    expect(rows).toHaveLength(13);
    for (const row of rows) expect(row).toHaveLength(14);
    expect(PRESET_FIELDS.filter((f) => "since" in f).map((f) => f.name)).toEqual([
      "tcoUsdPerGpuHourRentalRetail",
    ]);
  });

  it("shows a field added later only when asked for by name", () => {
    const result = presetTable(["tcoUsdPerGpuHourRentalRetail", "tcoUsdPerGpuHourRental"]);
    if (!result.ok) throw new Error(result.reason);
    const b200 = result.value.find((row) => row[0] === "B200");
    expect(b200?.slice(3)).toEqual([3.7, 2.6]);
    const tpu = result.value.find((row) => row[0] === "TPU7x");
    expect(tpu?.slice(3)).toEqual([2, null]);
  });

  it("returns only the requested fields, in the requested order, resolving names loosely", () => {
    const result = presetTable(["priceUsdPerGpu", "HBM GB"]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]).toEqual(["id", "displayName", "vendor", "priceUsdPerGpu", "hbmGb"]);
    expect(result.value[1]).toEqual(["H100", "NVIDIA H100 SXM", "NVIDIA", 30678, 80]);
  });

  it("returns null where a value is not published", () => {
    const result = presetTable(["priceUsdPerGpu"]);
    if (!result.ok) throw new Error("expected a table");
    const tpu = result.value.find((row) => row[0] === "TPU7x");
    expect(tpu?.[3]).toBeNull();
  });

  it("treats null and an empty list as every field", () => {
    const all = presetTable();
    expect(presetTable(null)).toEqual(all);
    expect(presetTable([])).toEqual(all);
  });

  it("returns notFound for an unknown field", () => {
    expect(presetTable(["hbmGb", "speed"])).toMatchObject({
      ok: false,
      kind: "notFound",
      subject: "field",
      query: "speed",
    });
  });
});
