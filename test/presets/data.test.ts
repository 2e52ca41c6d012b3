import { PRESET_DATASET } from "../../src/presets/data/dataset";
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
    expect(tpu?.values.tcoUsdPerGpuHourRental.value).toBe(2);
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
