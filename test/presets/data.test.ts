import { API_PRICES } from "../../src/presets/data/apiPrices";
import { PRESET_DATASET } from "../../src/presets/data/dataset";
import { HISTORY_ENGINES, HISTORY_WINDOW } from "../../src/presets/data/history";
import { dsr1History } from "../../src/presets/historyCodec";
import { ARCHITECTURES } from "../../src/presets/data/architectures";
import { PRESET_FIELDS, type PresetFieldName } from "../../src/presets/data/fields";
import { MODELS } from "../../src/presets/data/models";
import { PLATFORMS } from "../../src/presets/data/platforms";
import { SOURCES, type SourceId } from "../../src/presets/data/sources";
import { THROUGHPUT_POINTS, type ThroughputRecord } from "../../src/presets/data/throughput";
import { PRECISIONS, WORKLOADS } from "../../src/presets/data/workloads";
import { normalizeName } from "../../src/presets/match";
import type { FieldValue } from "../../src/presets/types";
import { REQUIRED_PLATFORM_IDS } from "../support/fixtures";

/** The history as the lookups read it: unpacked from data/history.ts. */
const DSR1_HISTORY = dsr1History();

const EXPECTED_FIELDS: readonly PresetFieldName[] = [
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
  "tcoUsdPerGpuHourRentalRetail",
];

/** Plausible bounds per field; a value outside is a typo or a unit slip (W for kW, GB for TB). */
const SANE_RANGE: Record<PresetFieldName, readonly [number, number]> = {
  hbmGb: [16, 1000],
  hbmBandwidthTbPerSecond: [0.5, 20],
  fp8DenseTflops: [100, 20000],
  fp4DenseTflops: [1000, 50000],
  boardPowerW: [100, 3000],
  allInPowerKwPerGpu: [0.2, 5],
  priceUsdPerGpu: [1000, 200000],
  tcoUsdPerGpuHourOwner: [0.2, 20],
  tcoUsdPerGpuHourNeocloud: [0.2, 20],
  tcoUsdPerGpuHourRental: [0.2, 20],
  usdPerGpuHourOnDemand: [0.2, 20],
  tcoUsdPerGpuHourRentalRetail: [0.2, 20],
};

const isIsoDate = (date: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

const sourceIds = new Set<string>(Object.keys(SOURCES));

const allValues = (): {
  platformId: string;
  field: PresetFieldName;
  value: FieldValue<SourceId>;
}[] =>
  PLATFORMS.flatMap((platform) =>
    EXPECTED_FIELDS.map((field) => ({
      platformId: platform.id,
      field,
      value: platform.values[field] as FieldValue<SourceId>,
    }))
  );

describe("PRESET_DATASET", () => {
  it("has a year.month.n version and an ISO as-of date", () => {
    expect(PRESET_DATASET.version).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(isIsoDate(PRESET_DATASET.asOf)).toBe(true);
  });
});

describe("SOURCES", () => {
  it.each(Object.entries(SOURCES))(
    "%s has a title, publisher, https URL and an ISO date not after the dataset",
    (_, source) => {
      expect(source.title.length).toBeGreaterThan(0);
      expect(source.publisher.length).toBeGreaterThan(0);
      expect(source.url).toMatch(/^https:\/\/[^\s]+$/);
      expect(isIsoDate(source.date)).toBe(true);
      expect(source.date <= PRESET_DATASET.asOf).toBe(true);
    }
  );

  it("gives GitHub sources as https://github.com/<owner>/<repo>", () => {
    for (const source of Object.values(SOURCES)) {
      if (source.url.includes("github.com"))
        expect(source.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
    }
  });

  it("lists only sources that some value, row or definition cites", () => {
    const cited = new Set<string>([
      ...allValues().flatMap(({ value }) => (value.source === undefined ? [] : [value.source])),
      ...THROUGHPUT_POINTS.map((p) => p.source),
      ...API_PRICES.map((p) => p.source),
      ...DSR1_HISTORY.map((g) => g.source),
      ...ARCHITECTURES.flatMap((a) =>
        Object.values(a.values).flatMap((v: FieldValue) =>
          v.source === undefined ? [] : [v.source]
        )
      ),
      "SA-v1", // defines the workloads and TCO tiers (data/workloads.ts, data/fields.ts)
    ]);
    expect([...sourceIds].filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe("PLATFORMS", () => {
  it("lists every required platform, in table order", () => {
    expect(PLATFORMS.map((p) => p.id)).toEqual(REQUIRED_PLATFORM_IDS);
  });

  it("uses ids that are unique and safe in Excel formulas and workbook names", () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it("gives every id, display name and alias to one platform only, after normalization", () => {
    const owner = new Map<string, string>();
    for (const platform of PLATFORMS) {
      for (const name of [platform.id, platform.displayName, ...platform.aliases]) {
        const key = normalizeName(name);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== platform.id) {
          throw new Error(`"${name}" names both ${previous} and ${platform.id}`);
        }
        owner.set(key, platform.id);
      }
    }
  });

  it("has no alias that repeats its own id or another alias after normalization", () => {
    for (const platform of PLATFORMS) {
      const keys = [platform.id, ...platform.aliases].map(normalizeName);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("defines exactly the field list, in order", () => {
    expect(PRESET_FIELDS.map((f) => f.name)).toEqual(EXPECTED_FIELDS);
  });

  it.each(PLATFORMS.map((p) => [p.id, p] as const))(
    "%s has every field and no other",
    (_, platform) => {
      expect(Object.keys(platform.values).sort()).toEqual([...EXPECTED_FIELDS].sort());
    }
  );

  it("states every value in its field's unit", () => {
    for (const { field, value } of allValues()) {
      expect(value.unit).toBe(PRESET_FIELDS.find((f) => f.name === field)?.unit);
    }
  });

  it("keeps every published value finite and inside its field's sane range", () => {
    for (const { platformId, field, value } of allValues()) {
      if (value.value === null) continue;
      const [low, high] = SANE_RANGE[field];
      if (!(Number.isFinite(value.value) && value.value >= low && value.value <= high)) {
        throw new Error(`${platformId}.${field} = ${value.value} is outside ${low}-${high}`);
      }
    }
  });

  it("cites an existing source, a basis and an ISO date not after the dataset for every published value", () => {
    for (const { platformId, field, value } of allValues()) {
      if (value.value === null) continue;
      const where = `${platformId}.${field}`;
      expect([where, sourceIds.has(value.source)]).toEqual([where, true]);
      expect(["measured", "vendor-claimed", "estimated", "derived"]).toContain(value.basis);
      expect([where, isIsoDate(value.asOf) && value.asOf <= PRESET_DATASET.asOf]).toEqual([
        where,
        true,
      ]);
    }
  });

  it("shows the arithmetic of every derived value in its note", () => {
    for (const { value } of allValues()) {
      if (value.value === null || value.basis !== "derived") continue;
      expect(value.note).toMatch(/=/);
    }
  });

  it("explains every null value in a note, and cites only existing sources for it", () => {
    for (const { platformId, field, value } of allValues()) {
      if (value.value !== null) continue;
      expect([`${platformId}.${field}`, value.note.length > 10]).toEqual([
        `${platformId}.${field}`,
        true,
      ]);
      if (value.source !== undefined) expect(sourceIds.has(value.source)).toBe(true);
      if (value.asOf !== undefined)
        expect(isIsoDate(value.asOf) && value.asOf <= PRESET_DATASET.asOf).toBe(true);
    }
  });

  it("dates each value with the date its source gives", () => {
    for (const { value } of allValues()) {
      if (value.source === undefined || value.asOf === undefined) continue;
      expect(value.asOf).toBe(SOURCES[value.source].date);
    }
  });
});

describe("PLATFORMS against the research fact base", () => {
  // tokenomics-facts.md §1.4 Table A, columns "from 2026-07-31" (costh, costn, costr) and Table C (kW from 2026-07-14).
  const FACTS_JULY_2026: Record<string, readonly [number, number, number, number]> = {
    H100: [1.17, 1.55, 1.78, 1.37],
    H200: [1.22, 1.59, 2.05, 1.37],
    B200: [1.73, 2.07, 2.6, 1.71],
    B300: [2.26, 2.52, 3.0, 1.9],
    GB200: [1.86, 2.26, 2.6, 1.87],
    GB300: [2.31, 2.79, 3.3, 2.12],
    MI300X: [0.95, 1.16, 1.3, 1.39],
    MI325X: [1.1, 1.32, 1.6, 1.69],
    MI355X: [1.5, 2.09, 2.1, 2.09],
  };

  it.each(Object.entries(FACTS_JULY_2026))(
    "%s carries SemiAnalysis's July-2026 TCO tiers and all-in power",
    (id, expected) => {
      const platform = PLATFORMS.find((p) => p.id === id);
      if (platform === undefined) throw new Error(`missing ${id}`);
      const v = platform.values;
      expect([
        v.tcoUsdPerGpuHourOwner.value,
        v.tcoUsdPerGpuHourNeocloud.value,
        v.tcoUsdPerGpuHourRental.value,
        v.allInPowerKwPerGpu.value,
      ]).toEqual(expected);
    }
  );

  it("carries TPU7x's later SemiAnalysis owner and GCP-commit rates (1.21, 2.00 USD per chip-hour)", () => {
    const tpu = PLATFORMS.find((p) => p.id === "TPU7x");
    expect(tpu?.values.tcoUsdPerGpuHourOwner.value).toBe(1.21);
    // The GCP-commit rate belongs to the later registry: its own field, not the July rental tier.
    expect(tpu?.values.tcoUsdPerGpuHourRental.value).toBeNull();
    expect(tpu?.values.tcoUsdPerGpuHourRentalRetail.value).toBe(2);
  });
});

describe("THROUGHPUT_POINTS", () => {
  const rows: readonly ThroughputRecord[] = THROUGHPUT_POINTS;
  const platformIds = new Set<string>(PLATFORMS.map((p) => p.id));
  const modelIds = new Set<string>(MODELS.map((m) => m.id));
  const workloadIds = new Set<string>(WORKLOADS.map((w) => w.id));

  it("references existing platforms, models, workloads, precisions and sources", () => {
    for (const point of rows) {
      expect(platformIds.has(point.platformId)).toBe(true);
      expect(modelIds.has(point.model)).toBe(true);
      expect(workloadIds.has(point.workload)).toBe(true);
      expect(PRECISIONS).toContain(point.precision);
      expect(sourceIds.has(point.source)).toBe(true);
    }
  });

  it("holds only measurements with positive, finite numbers", () => {
    for (const point of rows) {
      expect(point.basis).toBe("measured");
      for (const n of [
        point.tokensPerSecondPerGpu,
        point.tokensPerSecondPerUser,
        point.concurrency,
      ]) {
        expect(Number.isFinite(n) && n > 0).toBe(true);
      }
      if (point.gpuCount !== undefined)
        expect(Number.isInteger(point.gpuCount) && point.gpuCount > 0).toBe(true);
    }
  });

  it("dates every measurement on or before the source that reports it", () => {
    for (const point of rows) {
      expect(isIsoDate(point.measuredOn)).toBe(true);
      expect(point.measuredOn <= SOURCES[point.source].date).toBe(true);
    }
  });

  it("links every API-snapshot row to its InferenceX GitHub Actions run", () => {
    for (const point of rows.filter((p) => p.source === "IX-fixture")) {
      expect(point.runUrl).toMatch(
        /^https:\/\/github\.com\/SemiAnalysisAI\/InferenceX\/actions\/runs\/\d+/
      );
    }
  });

  it("repeats no measurement", () => {
    const keys = rows.map((p) =>
      [
        p.platformId,
        p.model,
        p.workload,
        p.precision,
        p.tokensPerSecondPerUser,
        p.tokensPerSecondPerGpu,
      ].join("|")
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  // tokenomics-facts.md §1.5(a): IX-blog-gb200, DeepSeek-R1 FP4 1k/1k, rounded to 0.1 there.
  const FACTS_1_5_A: readonly [string, number, number][] = [
    ["GB200", 60.7, 286.4],
    ["GB200", 363.3, 207.3],
    ["GB200", 1149.1, 164.4],
    ["GB200", 7698.0, 91.0],
    ["GB200", 12659.7, 43.3],
    ["GB200", 14659.4, 17.8],
    ["B200", 49.3, 309.2],
    ["B200", 577.3, 150.6],
    ["B200", 2832.9, 101.8],
    ["B200", 7111.4, 74.0],
    ["B200", 12515.7, 21.3],
  ];

  it.each(FACTS_1_5_A)(
    "has the fact-base row %s %d tokens/s per GPU at %d tokens/s per user",
    (id, perGpu, perUser) => {
      const match = rows.find(
        (p) =>
          p.platformId === id &&
          p.model === "DeepSeek-R1" &&
          p.workload === "1k/1k" &&
          p.precision === "FP4" &&
          p.tokensPerSecondPerGpu === perGpu &&
          Math.abs(p.tokensPerSecondPerUser - perUser) <= 0.05
      );
      expect(match?.source).toBe("IX-blog-gb200");
    }
  );
});

// ---------------------------------------------------------------------------------------------------------
// Dataset 2026.11.2: registry tiers, corrected counts, single points, the dated history, API prices.
// ---------------------------------------------------------------------------------------------------------

// Transcribed from the two registry versions (IX-tco-0731 and IX-retail), USD per GPU-hour: the check that
// each tier's values come from one version. Platforms a version does not list are absent.
const REGISTRY_JULY: Record<string, { owner: number; neocloud: number; rental: number }> = {
  H100: { owner: 1.17, neocloud: 1.55, rental: 1.78 },
  H200: { owner: 1.22, neocloud: 1.59, rental: 2.05 },
  B200: { owner: 1.73, neocloud: 2.07, rental: 2.6 },
  B300: { owner: 2.26, neocloud: 2.52, rental: 3 },
  GB200: { owner: 1.86, neocloud: 2.26, rental: 2.6 },
  GB300: { owner: 2.31, neocloud: 2.79, rental: 3.3 },
  MI300X: { owner: 0.95, neocloud: 1.16, rental: 1.3 },
  MI325X: { owner: 1.1, neocloud: 1.32, rental: 1.6 },
  MI355X: { owner: 1.5, neocloud: 2.09, rental: 2.1 },
};
const REGISTRY_LATER: Record<string, { owner: number; retail: number }> = {
  H100: { owner: 1.17, retail: 2 },
  H200: { owner: 1.22, retail: 2.9 },
  B200: { owner: 1.73, retail: 3.7 },
  B300: { owner: 2.26, retail: 4.25 },
  GB200: { owner: 1.86, retail: 4 },
  GB300: { owner: 2.31, retail: 5 },
  MI300X: { owner: 0.95, retail: 1.3 },
  MI325X: { owner: 1.1, retail: 1.6 },
  MI355X: { owner: 1.5, retail: 2.9 },
  TPU7x: { owner: 1.21, retail: 2 },
};

describe("TCO tiers", () => {
  const tier = (field: PresetFieldName): Record<string, number> =>
    Object.fromEntries(
      PLATFORMS.flatMap((p) => {
        const value = p.values[field].value;
        return value === null ? [] : [[p.id, value]];
      })
    );
  const column = <K extends string>(
    registry: Record<string, Record<K, number>>,
    key: K
  ): Record<string, number> =>
    Object.fromEntries(Object.entries(registry).map(([id, rates]) => [id, rates[key]]));

  it("takes the neocloud and rental tiers whole from the July 2026 registry", () => {
    expect(tier("tcoUsdPerGpuHourNeocloud")).toEqual(column(REGISTRY_JULY, "neocloud"));
    expect(tier("tcoUsdPerGpuHourRental")).toEqual(column(REGISTRY_JULY, "rental"));
    for (const p of PLATFORMS) {
      const rental = p.values.tcoUsdPerGpuHourRental;
      if (rental.value !== null) expect(rental.source).toBe("IX-tco-0731");
    }
  });

  it("takes the retail tier whole from the later registry, which has no neocloud tier", () => {
    expect(tier("tcoUsdPerGpuHourRentalRetail")).toEqual(column(REGISTRY_LATER, "retail"));
    for (const p of PLATFORMS) {
      const retail = p.values.tcoUsdPerGpuHourRentalRetail;
      expect(retail.source).toBe("IX-retail");
      expect(retail.asOf).toBe(SOURCES["IX-retail"].date);
    }
    expect(REGISTRY_LATER).not.toHaveProperty("neocloud");
  });

  it("has an owner tier that one registry version states whole (the later one)", () => {
    expect(tier("tcoUsdPerGpuHourOwner")).toEqual(column(REGISTRY_LATER, "owner"));
  });
});

describe("gpuCount corrections", () => {
  const rows: readonly ThroughputRecord[] = THROUGHPUT_POINTS;
  const corrected = rows.filter((p) => p.note?.includes("gpuCount corrected") === true);

  it("corrects exactly the 15 single-node rows, to 8 or 4 GPUs", () => {
    expect(corrected).toHaveLength(15);
    const key = (p: ThroughputRecord): string =>
      `${p.platformId} ${p.precision} ${p.workload} ${p.engine} ${p.gpuCount ?? 0}`;
    const counts = new Map<string, number>();
    for (const p of corrected) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    expect(
      corrected.filter((p) => p.platformId === "H200" && p.engine === "trt + MTP")
    ).toHaveLength(6);
    expect(
      corrected.filter((p) => p.platformId === "B200" && p.precision === "FP8" && p.gpuCount === 8)
    ).toHaveLength(5);
    expect(counts.get("B200 FP4 1k/8k trt + MTP 4")).toBe(2);
    expect(counts.get("B300 FP4 1k/1k sglang 8")).toBe(1);
    expect(counts.get("B300 FP4 8k/1k sglang 4")).toBe(1);
    for (const p of corrected) expect([4, 8]).toContain(p.gpuCount);
  });

  it("leaves no single-node row above 8 GPUs", () => {
    for (const p of rows) {
      if (!p.engine.includes("disagg") && p.gpuCount !== undefined)
        expect(p.gpuCount).toBeLessThanOrEqual(8);
    }
  });
});

describe("single measured points", () => {
  const single = THROUGHPUT_POINTS.filter((p) => "singlePoint" in p);

  it("flags every gpt-oss-120b and Llama 3.3 70B row as a single point, with its TPOT", () => {
    expect(single).toHaveLength(26);
    for (const p of THROUGHPUT_POINTS) {
      const isSingle = "singlePoint" in p;
      expect(isSingle).toBe(p.model === "gpt-oss-120b" || p.model === "Llama-3.3-70B");
    }
    for (const p of single) {
      if (!("medianTpotMs" in p)) throw new Error("single point without TPOT");
      expect(p.tokensPerSecondPerUser).toBe(Math.round((1000 / p.medianTpotMs) * 100) / 100);
    }
  });

  it("has one point per platform, model and workload", () => {
    const keys = single.map((p) => `${p.platformId} ${p.model} ${p.workload}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("describes gpt-oss-120b as a mixture of experts, never as dense", () => {
    const model = MODELS.find((m) => m.id === "gpt-oss-120b");
    expect(model?.description).toMatch(/mixture-of-experts/);
    expect(model?.description).not.toMatch(/dense/);
  });
});

describe("DSR1_HISTORY", () => {
  it("covers the stated window, every date inside it and valid", () => {
    expect(HISTORY_WINDOW).toEqual({ first: "2025-12-05", last: "2026-06-11", rows: 1462 });
    expect(DSR1_HISTORY.reduce((n, g) => n + g.runs, 0)).toBe(HISTORY_WINDOW.rows);
    for (const group of DSR1_HISTORY) {
      for (const [date] of group.snapshots) {
        expect(isIsoDate(date)).toBe(true);
        expect(date >= HISTORY_WINDOW.first && date <= HISTORY_WINDOW.last).toBe(true);
      }
      for (const point of group.points) {
        expect(isIsoDate(point[5])).toBe(true);
        expect(point[5] >= HISTORY_WINDOW.first && point[5] <= HISTORY_WINDOW.last).toBe(true);
      }
    }
  });

  it("keeps snapshots sorted by date, each a frontier of points run on or before it", () => {
    for (const group of DSR1_HISTORY) {
      const dates = group.snapshots.map(([date]) => date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      for (const [date, indices] of group.snapshots) {
        const points = indices.map((i) => group.points[i]);
        for (const point of points) {
          if (point === undefined) throw new Error("snapshot index out of range");
          expect(point[5] <= date).toBe(true);
        }
        for (let i = 1; i < points.length; i++) {
          // Frontier order: interactivity rising, throughput falling.
          expect(points[i]?.[0] ?? 0).toBeGreaterThan(points[i - 1]?.[0] ?? 0);
          expect(points[i]?.[1] ?? 0).toBeLessThan(points[i - 1]?.[1] ?? 0);
        }
      }
    }
  });

  it("references known platforms, workloads, precisions and engines, with positive numbers", () => {
    const platformIds = new Set<string>(PLATFORMS.map((p) => p.id));
    const workloadIds = new Set<string>(WORKLOADS.map((w) => w.id));
    for (const group of DSR1_HISTORY) {
      expect(platformIds.has(group.platformId)).toBe(true);
      expect(workloadIds.has(group.workload)).toBe(true);
      expect(PRECISIONS).toContain(group.precision);
      for (const [user, gpu, concurrency, engine, gpuCount] of group.points) {
        expect(user > 0 && gpu > 0 && concurrency > 0).toBe(true);
        expect(HISTORY_ENGINES[engine]).toBeDefined();
        expect(Number.isInteger(gpuCount) && gpuCount > 0).toBe(true);
        if (!(HISTORY_ENGINES[engine] ?? "").includes("disagg"))
          expect(gpuCount).toBeLessThanOrEqual(8);
      }
    }
  });
});

describe("API_PRICES", () => {
  it("prices known models in USD per million tokens, each row sourced and dated", () => {
    const modelIds = new Set<string>(MODELS.map((m) => m.id));
    for (const row of API_PRICES) {
      expect(modelIds.has(row.model)).toBe(true);
      expect(sourceIds.has(row.source)).toBe(true);
      expect(isIsoDate(row.asOf)).toBe(true);
      expect(row.asOf <= PRESET_DATASET.asOf).toBe(true);
      for (const price of [row.inputUsdPerMillionTokens, row.outputUsdPerMillionTokens]) {
        expect(price > 0 && price < 100).toBe(true);
      }
      if (row.cachedInputUsdPerMillionTokens === null) {
        expect(row.note).toMatch(/no cached-input price/);
      } else {
        expect(row.cachedInputUsdPerMillionTokens).toBeLessThan(row.inputUsdPerMillionTokens);
      }
      expect(row.outputUsdPerMillionTokens).toBeGreaterThanOrEqual(row.inputUsdPerMillionTokens);
    }
  });
});
