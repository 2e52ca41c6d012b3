import { frontierTokensPerSecondPerGpu, paretoFrontier } from "../../src/core/frontier";
import { PLATFORMS } from "../../src/presets/data/platforms";
import { THROUGHPUT_POINTS } from "../../src/presets/data/throughput";
import {
  preparedSeries,
  readPreparedSeries,
  throughputAt,
  throughputOptions,
  throughputSeries,
} from "../../src/presets/throughput";
import type { ThroughputCombination } from "../../src/presets/throughput";
import { throughputPoints } from "../../src/presets/throughputCodec";
import { expectInputError } from "../support/errors";

/** Every measured platform × model × workload × precision, from the options the task pane offers. */
const COMBINATIONS: readonly (ThroughputCombination & { readonly platformId: string })[] =
  PLATFORMS.flatMap((p) => {
    const options = throughputOptions(p.id);
    if (!options.ok) throw new Error(`no options for ${p.id}`);
    return options.value.combinations.map((c) => ({ ...c, platformId: p.id }));
  });

describe("throughputAt", () => {
  describe("results", () => {
    it("returns a measured B200 DeepSeek-R1 1k/1k point exactly (12,515.7 tokens/s per GPU at 21.34)", () => {
      const read = throughputAt("B200", "DeepSeek-R1", "1k/1k", 21.34);
      expect(read).toMatchObject({
        ok: true,
        value: {
          platformId: "B200",
          model: "DeepSeek-R1",
          workload: "1k/1k",
          precision: "any",
          tokensPerSecondPerGpu: 12515.7,
        },
      });
      // The point read is the table's row from the GB200 blog (the lookups carry its row, not its source).
      const row = throughputPoints().findIndex((p) => read.ok && p === read.value.lower);
      expect(THROUGHPUT_POINTS[row]).toMatchObject({ source: "IX-blog-gb200" });
    });

    it.each(COMBINATIONS.map((c) => [c.platformId, c.model, c.workload, c.precision, c] as const))(
      "reproduces every frontier point of %s %s %s %s",
      (platformId, model, workload, precision) => {
        const series = throughputSeries(platformId, model, workload, precision);
        if (!series.ok) throw new Error(series.reason);
        for (const point of series.value.frontier) {
          const result = throughputAt(
            platformId,
            model,
            workload,
            point.tokensPerSecondPerUser,
            precision
          );
          expect(result).toMatchObject({
            ok: true,
            value: { tokensPerSecondPerGpu: point.tokensPerSecondPerGpu },
          });
        }
      }
    );

    it.each(COMBINATIONS.map((c) => [c.platformId, c.model, c.workload, c.precision, c] as const))(
      "returns a finite value between the neighbouring points inside the range of %s %s %s %s",
      (platformId, model, workload, precision, combination) => {
        const middle =
          (combination.minTokensPerSecondPerUser + combination.maxTokensPerSecondPerUser) / 2;
        const result = throughputAt(platformId, model, workload, middle, precision);
        if (!result.ok) throw new Error(result.reason);
        const { tokensPerSecondPerGpu, lower, upper } = result.value;
        expect(Number.isFinite(tokensPerSecondPerGpu)).toBe(true);
        expect(tokensPerSecondPerGpu).toBeLessThanOrEqual(lower.tokensPerSecondPerGpu);
        expect(tokensPerSecondPerGpu).toBeGreaterThanOrEqual(upper.tokensPerSecondPerGpu);
      }
    );

    it("accepts 1k/1k, 1K/1K, 1024/1024 and chat for the same workload", () => {
      const expected = throughputAt("B200", "DeepSeek-R1", "1k/1k", 100);
      for (const spelling of ["1K/1K", "1024/1024", "1k / 1k", "chat"]) {
        expect(throughputAt("B200", "DeepSeek-R1", spelling, 100)).toEqual(expected);
      }
    });

    it("accepts model and platform aliases", () => {
      const expected = throughputAt("GB200", "DeepSeek-R1", "8k/1k", 50);
      expect(throughputAt("gb200 nvl72", "DeepSeek-R1-0528", "8K/1K", 50)).toEqual(expected);
      expect(throughputAt("GB200-NVL72", "dsr1", "8192/1024", 50)).toEqual(expected);
    });

    it("pools every precision when omitted: never below any measurement of either precision", () => {
      for (const c of COMBINATIONS) {
        const measured = THROUGHPUT_POINTS.filter(
          (p) => p.platformId === c.platformId && p.model === c.model && p.workload === c.workload
        );
        for (const point of measured) {
          const pooled = throughputAt(
            c.platformId,
            c.model,
            c.workload,
            point.tokensPerSecondPerUser
          );
          // A dominated point left of the max-throughput point is outside the frontier's range: skip it.
          if (!pooled.ok && pooled.kind === "outOfRange") continue;
          if (!pooled.ok) throw new Error(pooled.reason);
          expect(pooled.value.tokensPerSecondPerGpu).toBeGreaterThanOrEqual(
            point.tokensPerSecondPerGpu
          );
        }
      }
    });

    it("pools points, not curves: between far-apart knots the pooled curve can sit below one precision's curve", () => {
      // GB300 1k/1k: FP8 knots at 84.1 and 172.9; FP4 adds a measured knot at 93.9 (682.6) that the pooled
      // curve must pass through, so at 90 it reads lower than the FP8-only curve.
      const pooled = throughputAt("GB300", "DeepSeek-R1", "1k/1k", 90);
      const fp8 = throughputAt("GB300", "DeepSeek-R1", "1k/1k", 90, "FP8");
      if (!pooled.ok || !fp8.ok) throw new Error("expected values");
      expect(pooled.value.lower.precision).toBe("FP8");
      expect(pooled.value.upper).toMatchObject({ precision: "FP4", tokensPerSecondPerUser: 93.9 });
      expect(pooled.value.tokensPerSecondPerGpu).toBeLessThan(fp8.value.tokensPerSecondPerGpu);
    });

    it("treats a null or blank precision as omitted, and accepts NVFP4 as FP4", () => {
      const omitted = throughputAt("B200", "DeepSeek-R1", "8k/1k", 60);
      expect(throughputAt("B200", "DeepSeek-R1", "8k/1k", 60, null)).toEqual(omitted);
      expect(throughputAt("B200", "DeepSeek-R1", "8k/1k", 60, " ")).toEqual(omitted);
      expect(throughputAt("B200", "DeepSeek-R1", "8k/1k", 60, "nvfp4")).toEqual(
        throughputAt("B200", "DeepSeek-R1", "8k/1k", 60, "FP4")
      );
    });

    it("reads DeepSeek-V4-Pro on GB300 NVL72 from the measured knot at 25.91 tokens/s per user", () => {
      expect(throughputAt("GB300", "DeepSeek-V4-Pro", "8k/1k", 25.91)).toMatchObject({
        ok: true,
        value: { tokensPerSecondPerGpu: 6812 },
      });
    });
  });

  describe("out of range", () => {
    it("says the measured range instead of extrapolating above it", () => {
      expect(throughputAt("B200", "DeepSeek-R1", "1k/1k", 400)).toEqual({
        ok: false,
        kind: "outOfRange",
        minTokensPerSecondPerUser: 21.34,
        maxTokensPerSecondPerUser: 309.17,
        reason:
          "B200 DeepSeek-R1 1k/1k was measured from 21.3 to 309.2 tokens/s per user; 400 is outside that range",
      });
    });

    it("names the precision when one was asked for", () => {
      const result = throughputAt("MI300X", "DeepSeek-R1", "1k/1k", 5, "FP8");
      expect(result).toMatchObject({ ok: false, kind: "outOfRange" });
      if (!result.ok)
        expect(result.reason).toMatch(/^MI300X DeepSeek-R1 1k\/1k FP8 was measured from 24\.6 to /);
    });

    it("shows enough decimals to tell the request from the bound", () => {
      const result = throughputAt("B200", "DeepSeek-R1", "1k/1k", 309.2);
      if (result.ok) throw new Error("expected outOfRange");
      expect(result.reason).toBe(
        "B200 DeepSeek-R1 1k/1k was measured from 21.34 to 309.17 tokens/s per user; 309.2 is outside that range"
      );
    });
  });

  describe("not found", () => {
    it("suggests close platform names", () => {
      const result = throughputAt("B20", "DeepSeek-R1", "1k/1k", 50);
      expect(result).toMatchObject({ ok: false, kind: "notFound", subject: "platform" });
    });

    it("suggests close model names and lists the models", () => {
      const result = throughputAt("B200", "DeepSeek-R2", "1k/1k", 50);
      expect(result).toMatchObject({
        ok: false,
        kind: "notFound",
        subject: "model",
        suggestions: ["DeepSeek-R1", "DeepSeek-V4-Pro"],
        options: ["DeepSeek-R1", "DeepSeek-V4-Pro", "gpt-oss-120b", "Llama-3.3-70B"],
      });
    });

    it("says which models a platform has when the model is known but not measured there", () => {
      const result = throughputAt("H100", "DeepSeek-V4-Pro", "8k/1k", 20);
      if (result.ok) throw new Error("expected notFound");
      expect(result.reason).toBe(
        'model "DeepSeek-V4-Pro" has no measurements for H100; available: DeepSeek-R1, gpt-oss-120b, Llama-3.3-70B'
      );
    });

    it("says which workloads a platform has for the model", () => {
      const result = throughputAt("B300", "DeepSeek-R1", "1k/8k", 50);
      if (result.ok) throw new Error("expected notFound");
      expect(result.reason).toBe(
        'workload "1k/8k" has no measurements for B300 DeepSeek-R1; available: 1k/1k, 8k/1k'
      );
    });

    it("says which precisions were measured", () => {
      const result = throughputAt("MI300X", "DeepSeek-R1", "1k/1k", 30, "FP4");
      if (result.ok) throw new Error("expected notFound");
      expect(result.reason).toBe(
        'precision "FP4" has no measurements for MI300X DeepSeek-R1 1k/1k; available: FP8'
      );
    });

    it("suggests a workload for a typo", () => {
      expect(throughputAt("B200", "DeepSeek-R1", "1k/2k", 50)).toMatchObject({
        ok: false,
        subject: "workload",
        suggestions: expect.arrayContaining(["1k/1k"]) as unknown,
      });
    });

    it("says a platform without measurements has none, and which platforms do", () => {
      const result = throughputAt("TPU7x", "DeepSeek-R1", "1k/1k", 50);
      if (result.ok) throw new Error("expected notFound");
      expect(result.reason).toBe(
        "TPU7x has no throughput measurements in this dataset; measured: H100, H200, B200, B300, GB200, GB300, MI300X, MI325X, MI355X"
      );
    });
  });

  describe("argument validation", () => {
    it("throws naming tokensPerSecondPerUser when it is negative", () => {
      expectInputError(
        () => throughputAt("B200", "DeepSeek-R1", "1k/1k", -5),
        "tokensPerSecondPerUser",
        /greater than 0/
      );
    });
  });
});

describe("throughputSeries", () => {
  it("returns the Pareto frontier, rising in interactivity and falling in throughput", () => {
    const series = throughputSeries("B200", "DeepSeek-R1", "1k/1k", "FP4");
    if (!series.ok) throw new Error(series.reason);
    const frontier = series.value.frontier;
    expect(frontier.length).toBeGreaterThan(5);
    for (let i = 1; i < frontier.length; i++) {
      expect(frontier[i]?.tokensPerSecondPerUser).toBeGreaterThan(
        frontier[i - 1]?.tokensPerSecondPerUser ?? Infinity
      );
      expect(frontier[i]?.tokensPerSecondPerGpu).toBeLessThan(
        frontier[i - 1]?.tokensPerSecondPerGpu ?? -Infinity
      );
    }
  });

  it("drops dominated measurements (SGLang 0.5.5 rows are beaten by 0.5.6 and Dynamo)", () => {
    const series = throughputSeries("B200", "DeepSeek-R1", "8k/1k", "FP4");
    if (!series.ok) throw new Error(series.reason);
    const all = THROUGHPUT_POINTS.filter(
      (p) =>
        p.platformId === "B200" &&
        p.model === "DeepSeek-R1" &&
        p.workload === "8k/1k" &&
        p.precision === "FP4"
    );
    expect(series.value.frontier.length).toBeLessThan(all.length);
    expect(series.value.frontier.map((p) => THROUGHPUT_POINTS[p.row])).toEqual(paretoFrontier(all));
  });
});

describe("readPreparedSeries", () => {
  // What PLATFORMRANK reads at every call: it checks the measured range before the core does, so it must
  // agree with the core everywhere, at the bounds and just outside them included.
  it("reads every frontier as the core does, in and out of the measured range", () => {
    let reads = 0;
    for (const platform of PLATFORMS) {
      for (const workload of ["1k/1k", "8k/1k", "1k/8k"]) {
        const resolved = preparedSeries(platform.id, "DeepSeek-R1", workload, null);
        if (!resolved.ok) continue;
        const frontier = resolved.value.series.frontier;
        const xs = frontier.map((p) => p.tokensPerSecondPerUser);
        const min = Math.min(...xs);
        const max = Math.max(...xs);
        for (const x of [
          min * 0.5,
          min - 1e-9,
          min,
          (min + max) / 3,
          ...xs,
          max,
          max + 1e-9,
          max * 2,
        ]) {
          const core = frontierTokensPerSecondPerGpu(frontier, x);
          const read = readPreparedSeries(resolved.value, x);
          expect(read).toEqual(throughputAt(platform.id, "DeepSeek-R1", workload, x));
          if (core.ok)
            expect(read.ok && read.value.tokensPerSecondPerGpu).toBe(
              core.value.tokensPerSecondPerGpu
            );
          else
            expect(read).toMatchObject({
              ok: false,
              kind: "outOfRange",
              minTokensPerSecondPerUser: min,
              maxTokensPerSecondPerUser: max,
            });
          reads++;
        }
      }
    }
    expect(reads).toBeGreaterThan(100);
  });

  it("throws naming tokensPerSecondPerUser when it is not a number above 0, in range or not", () => {
    const resolved = preparedSeries("B200", "DeepSeek-R1", "1k/1k", null);
    if (!resolved.ok) throw new Error(resolved.reason);
    expectInputError(
      () => readPreparedSeries(resolved.value, -5),
      "tokensPerSecondPerUser",
      /greater than 0/
    );
    expectInputError(
      () => readPreparedSeries(resolved.value, Number.NaN),
      "tokensPerSecondPerUser",
      /number/,
      "notANumber"
    );
  });
});

describe("throughputOptions", () => {
  it("lists models, workloads and precisions measured on a platform", () => {
    expect(throughputOptions("MI300X")).toMatchObject({
      ok: true,
      value: {
        platformId: "MI300X",
        models: ["DeepSeek-R1", "gpt-oss-120b", "Llama-3.3-70B"],
        workloads: ["1k/1k", "1k/8k", "8k/1k"],
        precisions: ["FP4", "FP8"],
      },
    });
    expect(throughputOptions("GB200 NVL72")).toMatchObject({
      ok: true,
      value: {
        models: ["DeepSeek-R1", "DeepSeek-V4-Pro", "gpt-oss-120b"],
        precisions: ["FP4", "FP8"],
      },
    });
  });

  it("gives each combination's frontier size and interactivity range", () => {
    const options = throughputOptions("B200");
    if (!options.ok) throw new Error("expected options");
    const chat = options.value.combinations.find(
      (c) => c.workload === "1k/1k" && c.precision === "FP4"
    );
    expect(chat).toMatchObject({
      model: "DeepSeek-R1",
      minTokensPerSecondPerUser: 21.34,
      maxTokensPerSecondPerUser: 309.17,
    });
  });

  it("returns empty lists for a platform without measurements", () => {
    expect(throughputOptions("Gaudi3")).toEqual({
      ok: true,
      value: { platformId: "Gaudi3", models: [], workloads: [], precisions: [], combinations: [] },
    });
  });

  it("returns notFound for an unknown platform", () => {
    expect(throughputOptions("H1000")).toMatchObject({
      ok: false,
      kind: "notFound",
      subject: "platform",
    });
  });

  it("covers every platform that has rows", () => {
    const measured = new Set(THROUGHPUT_POINTS.map((p) => p.platformId));
    for (const id of measured) {
      const options = throughputOptions(id);
      expect(options.ok && options.value.combinations.length > 0).toBe(true);
    }
  });
});
