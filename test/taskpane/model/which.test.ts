import { usdPerMillionTokens } from "../../../src/core";
import { presetValue, throughputAt, throughputSeries } from "../../../src/presets";
import { ownRentApi, workloadMix } from "../../../src/taskpane/model/ownRentApi";
import {
  bandWinners,
  CURVE_SAMPLES,
  evenlySpaced,
  measuredModels,
  measuredPlatforms,
  measuredWorkloads,
  whichCurves,
} from "../../../src/taskpane/model/which";
import type { WhichChoice } from "../../../src/taskpane/model/which";
import { initialData } from "../../../src/taskpane/state";

const base: WhichChoice = initialData().which;
const choice = (patch: Partial<WhichChoice> = {}): WhichChoice => ({ ...base, ...patch });

function cost(platform: string, field: string, at: number, utilization: number): number {
  const price = presetValue(platform, field);
  const read = throughputAt(platform, base.model, "8k/1k", at);
  if (!price.ok || !read.ok) throw new Error("no reference figure");
  return usdPerMillionTokens({
    usdPerGpuHour: price.value,
    tokensPerSecondPerGpu: read.value.tokensPerSecondPerGpu,
    utilization,
  });
}

describe("which platform view model", () => {
  describe("choices", () => {
    it("offers the measured models, their workloads and the platforms measured for them", () => {
      expect(measuredModels()).toEqual(
        expect.arrayContaining(["DeepSeek-R1", "gpt-oss-120b", "Llama-3.3-70B"])
      );
      expect(measuredWorkloads("DeepSeek-V4-Pro")).toEqual(["8k/1k"]);
      expect(measuredPlatforms("DeepSeek-V4-Pro", "8k/1k")).toEqual(["GB200", "GB300"]);
      expect(measuredPlatforms("DeepSeek-R1", "8k/1k")).not.toContain("TPU7x");
    });

    it("spaces interactivity levels evenly from the first to the last", () => {
      expect(evenlySpaced(10, 40, 4)).toEqual([10, 20, 30, 40]);
      expect(evenlySpaced(5, 5, 4)).toEqual([5]);
    });
  });

  describe("curve points", () => {
    it("costs each platform's frontier across its measured range at the stated utilization", () => {
      const { curves, missing } = whichCurves(choice({ platformIds: new Set(["B200", "H100"]) }));
      expect(missing).toEqual([]);
      expect(curves.map((c) => c.platformId)).toEqual(["H100", "B200"]);
      const b200 = curves[1];
      expect(b200?.singlePoint).toBe(false);
      expect(b200?.points).toHaveLength(CURVE_SAMPLES);
      const first = b200?.points[0];
      // The pooled frontier starts where FP4 does (31.7): FP8's 27.1 point is dominated.
      const series = throughputSeries("B200", base.model, "8k/1k");
      const start = series.ok ? series.value.frontier[0]?.tokensPerSecondPerUser : undefined;
      expect(first?.tokensPerSecondPerUser).toBe(start);
      expect(first?.usdPerMillionTokens).toBeCloseTo(
        cost("B200", "tcoUsdPerGpuHourOwner", start ?? 0, base.utilization),
        10
      );
      // Cost rises with interactivity along a frontier: fewer tokens per GPU.
      const costs = (b200?.points ?? []).map((p) => p.usdPerMillionTokens);
      expect([...costs].sort((a, b) => a - b)).toEqual(costs);
    });

    it("draws single published points as points at their own interactivity", () => {
      const { curves } = whichCurves(choice({ model: "gpt-oss-120b", workload: "1k/1k" }));
      const b200 = curves.find((c) => c.platformId === "B200");
      expect(b200?.singlePoint).toBe(true);
      expect(b200?.points.map((p) => p.tokensPerSecondPerUser)).toEqual([55.87]);
      expect(b200?.points[0]?.tokensPerSecondPerGpu).toBe(28012.9);
    });

    it("halving utilization doubles every cost", () => {
      const full = whichCurves(choice({ utilization: 1 })).curves;
      const half = whichCurves(choice({ utilization: 0.5 })).curves;
      full.forEach((curve, i) =>
        curve.points.forEach((p, j) =>
          expect(half[i]?.points[j]?.usdPerMillionTokens).toBeCloseTo(2 * p.usdPerMillionTokens, 9)
        )
      );
    });

    it("never gives NaN or Infinity", () => {
      for (const model of measuredModels())
        for (const workload of measuredWorkloads(model))
          for (const curve of whichCurves(choice({ model, workload })).curves)
            for (const p of curve.points)
              expect(Number.isFinite(p.usdPerMillionTokens) && p.usdPerMillionTokens > 0).toBe(
                true
              );
    });
  });

  describe("winners per band", () => {
    it("names the cheapest platform in each band, read at the band's middle, with its margin", () => {
      const c = choice({ platformIds: new Set(["H200", "B200", "MI355X"]) });
      const { curves } = whichCurves(c);
      const bands = bandWinners(curves, c, 4);
      expect(bands).toHaveLength(4);
      for (const band of bands) {
        if (band.platformId === undefined) continue;
        const middle = (band.fromTokensPerSecondPerUser + band.toTokensPerSecondPerUser) / 2;
        expect(band.readAtTokensPerSecondPerUser).toBeCloseTo(middle, 9);
        const others = curves
          .map((curve) => curve.platformId)
          .filter((id) => throughputAt(id, c.model, c.workload, middle).ok)
          .map((id) => cost(id, c.costBasis, middle, c.utilization));
        expect(band.usdPerMillionTokens).toBeCloseTo(Math.min(...others), 9);
        expect(band.contenders).toBe(others.length);
        if (band.marginOverRunnerUp !== undefined)
          expect(band.marginOverRunnerUp).toBeGreaterThanOrEqual(0);
      }
      expect(bands[0]?.fromTokensPerSecondPerUser).toBeLessThan(
        bands[3]?.toTokensPerSecondPerUser ?? 0
      );
    });

    it("puts each single point in the band that contains it", () => {
      const c = choice({ model: "gpt-oss-120b", workload: "1k/1k" });
      const bands = bandWinners(whichCurves(c).curves, c, 2);
      for (const band of bands) {
        if (band.readAtTokensPerSecondPerUser === undefined) continue;
        expect(band.readAtTokensPerSecondPerUser).toBeGreaterThanOrEqual(
          band.fromTokensPerSecondPerUser
        );
        expect(band.readAtTokensPerSecondPerUser).toBeLessThanOrEqual(
          band.toTokensPerSecondPerUser
        );
      }
      expect(bands.reduce((n, b) => n + b.contenders, 0)).toBe(whichCurves(c).curves.length);
    });

    it("gives no band without a curve", () => {
      expect(bandWinners([], base)).toEqual([]);
    });
  });

  describe("own vs rent vs API", () => {
    it("costs each platform's peak point under every tier and blends the API price for the workload mix", () => {
      const c = choice({ model: "DeepSeek-R1", workload: "8k/1k", utilization: 0.6 });
      const figures = ownRentApi(c, ["B200"]);
      expect(figures.inputTokensPerOutputToken).toBe(8);
      expect(figures.mixText).toBe("8:1 input:output (8k/1k, no cached input)");
      const row = figures.rows[0];
      expect(row?.platformId).toBe("B200");
      const at = row?.tokensPerSecondPerUser ?? 0;
      expect(row?.usdPerMillionTokens.tcoUsdPerGpuHourOwner).toBeCloseTo(
        cost("B200", "tcoUsdPerGpuHourOwner", at, 0.6),
        10
      );
      expect(row?.usdPerMillionTokens.tcoUsdPerGpuHourRental).toBeCloseTo(
        cost("B200", "tcoUsdPerGpuHourRental", at, 0.6),
        10
      );
      // DeepSeek's own price: (8 × 0.55 + 2.19) / 9.
      expect(figures.api[0]?.provider).toBe("DeepSeek");
      expect(figures.api[0]?.blendedUsdPerMillionTokens).toBeCloseTo((8 * 0.55 + 2.19) / 9, 12);
    });

    it("reads the workload's mix from its sequence lengths", () => {
      expect(workloadMix("1k/1k")).toBe(1);
      expect(workloadMix("1k/8k")).toBe(0.125);
      expect(ownRentApi(choice({ workload: "1k/8k" }), []).mixText).toMatch(/^1:8 /);
    });

    it("says when a model has no API price", () => {
      const figures = ownRentApi(choice({ model: "DeepSeek-V4-Pro" }), ["GB200"]);
      expect(figures.api).toEqual([]);
      expect(figures.apiMissing).toBe("No API list price is recorded for DeepSeek-V4-Pro.");
    });
  });
});
