import { TokenomicsInputError } from "../../src/core";
import {
  API_PRICES,
  apiBlendedUsdPerMillionTokens,
  cheapestPlatform,
  DEFAULT_INTERACTIVITY_LEVELS,
  estimateInfo,
  findCostBasis,
  PLATFORMS,
  platformRankHeader,
  platformRanking,
  platformRankTable,
  platformWinners,
  platformWinnersTable,
  THROUGHPUT_POINTS,
} from "../../src/presets";
import { expectInputError } from "../support/errors";
import { expectClose } from "../support/tolerance";

// Expected figures come from the data tables directly (a platform's row, the measured points), computed
// here by hand with the formulas the help states, never through the ranking code.
const SECONDS_PER_HOUR = 3600;

function presetNumber(platformId: string, field: string): number {
  const platform = PLATFORMS.find((p) => p.id === platformId);
  const value = (platform?.values as Record<string, { value: number | null }> | undefined)?.[field]
    ?.value;
  if (typeof value !== "number") throw new Error(`${platformId} ${field} is not published`);
  return value;
}

/** The measured point of highest tokens/s per GPU of a platform, model and workload (any precision). */
function peakPoint(platformId: string, model: string, workload: string) {
  const points = THROUGHPUT_POINTS.filter(
    (p) => p.platformId === platformId && p.model === model && p.workload === workload
  );
  const peak = points.reduce((a, b) => (b.tokensPerSecondPerGpu > a.tokensPerSecondPerGpu ? b : a));
  return peak;
}

describe("findCostBasis", () => {
  it("takes the field names and their short names, and the owner TCO when blank", () => {
    expect(findCostBasis(undefined)).toBe("tcoUsdPerGpuHourOwner");
    expect(findCostBasis("  ")).toBe("tcoUsdPerGpuHourOwner");
    expect(findCostBasis("rental")).toBe("tcoUsdPerGpuHourRental");
    expect(findCostBasis("TCO usd per gpu hour neocloud")).toBe("tcoUsdPerGpuHourNeocloud");
    expect(findCostBasis("retail")).toBe("tcoUsdPerGpuHourRentalRetail");
  });

  it("throws naming costBasis for anything else", () => {
    expectInputError(
      () => findCostBasis("hbmGb"),
      "costBasis",
      /^costBasis "hbmGb" is not a GPU-hour cost; use one of tcoUsdPerGpuHourOwner, /
    );
  });
});

describe("platformRanking", () => {
  describe("argument validation", () => {
    it("throws naming tokensPerSecondPerUser when it is not greater than 0", () => {
      const error = (() => {
        try {
          platformRanking("DeepSeek-R1", "1k/1k", 0);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(TokenomicsInputError);
      expect((error as TokenomicsInputError).parameter).toBe("tokensPerSecondPerUser");
    });

    it("has no answer for an unknown model or workload, with close matches", () => {
      const model = platformRanking("gpt-oss-12b", "1k/1k");
      expect(model.ok).toBe(false);
      if (!model.ok) expect(model.reason).toMatch(/^model "gpt-oss-12b" not found; did you mean/);
      const workload = platformRanking("DeepSeek-R1", "2k/1k");
      expect(workload.ok).toBe(false);
    });
  });

  describe("results", () => {
    it("reads each platform at its peak-throughput point when the interactivity is omitted (gpt-oss-120b 1k/1k)", () => {
      const ranking = platformRanking("gpt-oss-120b", "1k/1k");
      if (!ranking.ok) throw new Error(ranking.reason);
      const b200 = ranking.value.ranked.find((p) => p.platformId === "B200");
      const peak = peakPoint("B200", "gpt-oss-120b", "1k/1k");
      expect(b200?.tokensPerSecondPerGpu).toBe(28012.9);
      expect(b200?.tokensPerSecondPerUser).toBe(peak.tokensPerSecondPerUser);
      // 1.73 USD per GPU-hour ÷ (28,012.9 tokens/s × 3600 s) × 1e6 = 0.017155 USD per million tokens.
      const usdPerGpuHour = presetNumber("B200", "tcoUsdPerGpuHourOwner");
      expectClose(
        b200?.usdPerMillionTokens ?? NaN,
        (usdPerGpuHour / (28012.9 * SECONDS_PER_HOUR)) * 1e6
      );
      const kw = presetNumber("B200", "allInPowerKwPerGpu");
      expectClose(b200?.joulesPerToken ?? NaN, (kw * 1000) / 28012.9);
      expectClose(b200?.tokensPerSecondPerMegawatt ?? NaN, (28012.9 * 1000) / kw);
      expect(b200?.note).toMatch(/^peak-throughput point: FP4, /);
    });

    it("ranks cheapest first and lists every other platform after, with the reason", () => {
      const ranking = platformRanking("gpt-oss-120b", "1k/1k");
      if (!ranking.ok) throw new Error(ranking.reason);
      const costs = ranking.value.ranked.map((p) => p.usdPerMillionTokens);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
      const all = [...ranking.value.ranked, ...ranking.value.unranked].map((p) => p.platformId);
      expect([...all].sort()).toEqual(PLATFORMS.map((p) => p.id).sort());
      const measured = new Set(
        THROUGHPUT_POINTS.filter((p) => p.model === "gpt-oss-120b" && p.workload === "1k/1k").map(
          (p) => p.platformId
        )
      );
      expect(new Set(ranking.value.ranked.map((p) => p.platformId))).toEqual(measured);
      const tpu = ranking.value.unranked.find((p) => p.platformId === "TPU7x");
      expect(tpu?.reason).toMatch(/^TPU7x has no throughput measurements in this dataset/);
    });

    it("ranks only platforms measured at the interactivity asked, never extrapolating", () => {
      const ranking = platformRanking("DeepSeek-R1", "8k/1k", 200);
      if (!ranking.ok) throw new Error(ranking.reason);
      // MI300X's DeepSeek-R1 8k/1k frontier ends near 51.5 tokens/s per user.
      const mi300x = ranking.value.unranked.find((p) => p.platformId === "MI300X");
      expect(mi300x?.reason).toMatch(/was measured from .* tokens\/s per user; 200 is outside/);
      for (const p of ranking.value.ranked) expect(p.tokensPerSecondPerUser).toBe(200);
    });

    it("does not rank single-point models at an interactivity other than their points", () => {
      const ranking = platformRanking("gpt-oss-120b", "1k/1k", 50);
      if (!ranking.ok) throw new Error(ranking.reason);
      expect(ranking.value.ranked).toEqual([]);
      const found = cheapestPlatform("gpt-oss-120b", "1k/1k", 50);
      expect(found.ok).toBe(false);
      if (!found.ok)
        expect(found.reason).toMatch(
          /^no platform is measured for gpt-oss-120b 1k\/1k at 50 tokens\/s per user; first: /
        );
    });

    it("lists a platform without a cost in the chosen tier, with the note saying why", () => {
      const ranking = platformRanking("DeepSeek-R1", "1k/1k", 50, "neocloud");
      if (!ranking.ok) throw new Error(ranking.reason);
      const unpriced = PLATFORMS.filter(
        (p) =>
          (p.values as Record<string, { value: unknown }>).tcoUsdPerGpuHourNeocloud?.value === null
      ).map((p) => p.id);
      for (const p of ranking.value.ranked) expect(unpriced).not.toContain(p.platformId);
    });

    it("prices at the rental tier when asked", () => {
      const owner = platformRanking("gpt-oss-120b", "8k/1k");
      const rental = platformRanking("gpt-oss-120b", "8k/1k", null, "rental");
      if (!owner.ok || !rental.ok) throw new Error("no ranking");
      const b200 = rental.value.ranked.find((p) => p.platformId === "B200");
      expect(b200?.usdPerGpuHour).toBe(presetNumber("B200", "tcoUsdPerGpuHourRental"));
    });
  });
});

describe("platformRankTable", () => {
  it("has a header saying when the interactivity is each platform's peak, and blank cells for unranked rows", () => {
    const table = platformRankTable("gpt-oss-120b", "1k/1k");
    if (!table.ok) throw new Error(table.reason);
    expect(table.value[0]).toEqual(platformRankHeader(true));
    expect(table.value[0]?.[1]).toBe("Interactivity at peak throughput (tokens/s per user)");
    const tpu = table.value.find((row) => row[0] === "TPU7x");
    expect(tpu?.slice(1, 7)).toEqual([null, null, null, null, null, null]);
    expect(table.value.every((row) => row.length === 8)).toBe(true);
  });
});

describe("cheapestPlatform", () => {
  it("is the first ranked platform", () => {
    const ranking = platformRanking("DeepSeek-R1", "8k/1k", 50);
    if (!ranking.ok) throw new Error(ranking.reason);
    expect(cheapestPlatform("DeepSeek-R1", "8k/1k", 50)).toEqual({
      ok: true,
      value: ranking.value.ranked[0]?.platformId,
    });
  });
});

describe("platformWinners", () => {
  it("gives for each workload and level the cheapest, its cost and its margin over the runner-up", () => {
    const winners = platformWinners("DeepSeek-R1", ["8k/1k"], [50, 100]);
    if (!winners.ok) throw new Error(winners.reason);
    expect(winners.value.map((w) => w.tokensPerSecondPerUser)).toEqual([50, 100]);
    for (const w of winners.value) {
      const ranking = platformRanking("DeepSeek-R1", "8k/1k", w.tokensPerSecondPerUser);
      if (!ranking.ok) throw new Error(ranking.reason);
      const [first, second] = ranking.value.ranked;
      expect(w.platformId).toBe(first?.platformId);
      expect(w.runnerUpId).toBe(second?.platformId);
      expectClose(
        w.marginOverRunnerUp ?? NaN,
        (second?.usdPerMillionTokens ?? NaN) / (first?.usdPerMillionTokens ?? NaN) - 1
      );
    }
  });

  it("defaults to every measured workload and the documented levels; single-point models at peak", () => {
    const r1 = platformWinners("DeepSeek-R1");
    if (!r1.ok) throw new Error(r1.reason);
    expect(r1.value).toHaveLength(3 * DEFAULT_INTERACTIVITY_LEVELS.length);
    const oss = platformWinnersTable("gpt-oss-120b");
    if (!oss.ok) throw new Error(oss.reason);
    expect(oss.value.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ["1k/1k", "peak"],
      ["8k/1k", "peak"],
    ]);
  });

  it("throws naming interactivityLevels for a level that is not greater than 0", () => {
    expectInputError(
      () => platformWinners("DeepSeek-R1", null, [50, -1]),
      "interactivityLevels",
      "interactivityLevels must be greater than 0 and at most 1e12"
    );
  });
});

describe("apiBlendedUsdPerMillionTokens", () => {
  const deepseek = API_PRICES.find((r) => r.model === "DeepSeek-R1" && r.provider === "DeepSeek");

  it("blends the provider's prices at the workload's mix (8k/1k is 8:1)", () => {
    if (!deepseek) throw new Error("no DeepSeek price");
    const expected =
      (8 * deepseek.inputUsdPerMillionTokens + deepseek.outputUsdPerMillionTokens) / 9;
    expect(apiBlendedUsdPerMillionTokens("DeepSeek-R1", "DeepSeek", null, null, "8k/1k")).toEqual({
      ok: true,
      value: expected,
    });
  });

  it("uses 1:1 without a ratio or a workload, and the ratio over the workload", () => {
    if (!deepseek) throw new Error("no DeepSeek price");
    const oneToOne = (deepseek.inputUsdPerMillionTokens + deepseek.outputUsdPerMillionTokens) / 2;
    const result = apiBlendedUsdPerMillionTokens("DeepSeek-R1");
    expect(result.ok && result.value).toBeCloseTo(oneToOne, 12);
    const ratio = apiBlendedUsdPerMillionTokens("DeepSeek-R1", null, 3, null, "8k/1k");
    expect(ratio.ok && ratio.value).toBeCloseTo(
      (3 * deepseek.inputUsdPerMillionTokens + deepseek.outputUsdPerMillionTokens) / 4,
      12
    );
  });

  it("has no answer when a cached share meets a provider with no cached price", () => {
    const uncached = API_PRICES.find((r) => r.cachedInputUsdPerMillionTokens === null);
    if (!uncached) throw new Error("every price has a cached price");
    const result = apiBlendedUsdPerMillionTokens(uncached.model, uncached.provider, 3, 0.5);
    expect(result).toEqual({
      ok: false,
      reason: `${uncached.provider} publishes no cached-input price for ${uncached.model}; set cachedInputShare to 0 or choose another provider`,
    });
    expect(apiBlendedUsdPerMillionTokens(uncached.model, uncached.provider, 3, 0).ok).toBe(true);
  });
});

describe("estimateInfo", () => {
  it("says it is an estimate and names the calibrated defaults; with a model, its facts", () => {
    const method = estimateInfo();
    expect(method.ok && method.value).toMatch(/^Roofline estimate, not a measurement/);
    expect(method.ok && method.value).toMatch(/efficiency \(default 0\.1\)/);
    const oss = estimateInfo("gpt-oss-120b");
    expect(oss.ok && oss.value).toMatch(/gpt-oss-120b: [\d.]+B active of [\d.]+B parameters/);
    expect(estimateInfo("nope").ok).toBe(false);
  });
});
