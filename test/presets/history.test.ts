import { TokenomicsInputError } from "../../src/core/errors";
import {
  apiPrice,
  apiPrices,
  historySeries,
  MIN_SOFTWARE_GAIN_DAYS,
  softwareGain,
  throughputAt,
  throughputOptions,
} from "../../src/presets";

describe("throughputAt at single measured points", () => {
  describe("results", () => {
    it("answers gpt-oss-120b on B200 1k/1k at its published point (TPOT 17.9 ms)", () => {
      const result = throughputAt("B200", "gpt-oss-120b", "1k/1k", 1000 / 17.9);
      expect(result).toMatchObject({ ok: true, value: { tokensPerSecondPerGpu: 28012.9 } });
    });

    it("matches an interactivity to the precision the TPOT is published with", () => {
      // 55.8 → 17.92 ms and 55.9 → 17.89 ms both round to 17.9 ms; 55.6 → 17.99 ms does not.
      expect(throughputAt("B200", "gptoss120b", "chat", 55.8).ok).toBe(true);
      expect(throughputAt("B200", "gptoss120b", "chat", 55.9).ok).toBe(true);
      expect(throughputAt("B200", "gptoss120b", "chat", 55.6).ok).toBe(false);
    });

    it("answers at the stored interactivity even where its TPOT rounds to a neighbour", () => {
      // 1000 / 141.5 ms = 7.067; stored 7.07 reads 141.4 ms.
      const result = throughputAt("MI300X", "Llama-3.3-70B", "8k/1k", 7.07);
      expect(result).toMatchObject({ ok: true, value: { tokensPerSecondPerGpu: 3519.8 } });
    });

    it("reads Llama 3.3 70B by precision", () => {
      expect(throughputAt("H100", "Llama 3.3 70B", "1k/1k", 1000 / 29.1, "FP8")).toMatchObject({
        ok: true,
        value: { tokensPerSecondPerGpu: 2123.1, precision: "FP8" },
      });
    });
  });

  describe("no answer", () => {
    it("names the one point when asked elsewhere", () => {
      const result = throughputAt("B200", "gpt-oss-120b", "1k/1k", 100);
      expect(result).toMatchObject({
        ok: false,
        kind: "singlePoint",
        tokensPerSecondPerGpu: 28012.9,
      });
      if (result.ok) return;
      expect(result.reason).toBe(
        "gpt-oss-120b on B200 1k/1k is measured at one point only: 55.87 tokens/s per user (median TPOT 17.9 ms) → 28012.9 tokens/s per GPU"
      );
    });

    it("still throws naming tokensPerSecondPerUser when it is not positive", () => {
      expect(() => throughputAt("B200", "gpt-oss-120b", "1k/1k", 0)).toThrow(TokenomicsInputError);
    });
  });
});

describe("throughputAt as of a date", () => {
  it("keeps today's values when asOf is omitted (GB200 DeepSeek-R1 1k/1k FP4 at 125 → 4,130)", () => {
    const today = throughputAt("GB200", "DeepSeek-R1", "1k/1k", 125, "FP4");
    if (!today.ok) throw new Error(today.reason);
    expect(Math.round(today.value.tokensPerSecondPerGpu)).toBe(4130);
    expect(throughputAt("GB200", "DeepSeek-R1", "1k/1k", 125, "FP4", null)).toEqual(today);
    expect(throughputAt("GB200", "DeepSeek-R1", "1k/1k", 125, "FP4", " ")).toEqual(today);
  });

  it("reads each configuration's latest run on or before the date", () => {
    const series = historySeries("B200", "DeepSeek-R1", "8k/1k", "FP4", "2026-01-15");
    if (!series.ok) throw new Error(series.reason);
    expect(series.value.frontierDate <= "2026-01-15").toBe(true);
    for (const point of series.value.frontier) expect(point.measuredOn <= "2026-01-15").toBe(true);
  });

  it("answers from the history and says the date it read", () => {
    const result = throughputAt("B200", "DeepSeek-R1", "8k/1k", 50, "FP4", "2026-06-11");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect("frontierDate" in result.value).toBe(true);
  });

  it("has no answer before the history starts, naming the first run", () => {
    const result = throughputAt("B200", "DeepSeek-R1", "8k/1k", 50, "FP4", "2025-11-01");
    expect(result).toMatchObject({ ok: false, kind: "noHistory" });
    if (!result.ok)
      expect(result.reason).toMatch(/no run on or before 2025-11-01; its history starts 2025-12-/);
  });

  it("has no answer for a model without dated history", () => {
    const result = throughputAt("B200", "gpt-oss-120b", "1k/1k", 55.87, null, "2026-03-01");
    expect(result).toMatchObject({ ok: false, kind: "noHistory" });
    if (!result.ok)
      expect(result.reason).toBe(
        "gpt-oss-120b has no dated history in this dataset; history: DeepSeek-R1 (runs 2025-12-05 to 2026-06-11)"
      );
  });

  it("throws naming asOf when it is no date", () => {
    expect(() => throughputAt("B200", "DeepSeek-R1", "8k/1k", 50, "FP4", "2026-02-30")).toThrow(
      expect.objectContaining({ parameter: "asOf", code: "outOfRange" })
    );
  });
});

describe("softwareGain", () => {
  it("annualizes the measured ratio: (to / from)^(365.25 / days) − 1", () => {
    const gain = softwareGain("B200", "DeepSeek-R1", "8k/1k", 40, "2025-12-15", "2026-06-11");
    if (!gain.ok) throw new Error(gain.reason);
    const { ratio, days, from, to, annualGain } = gain.value;
    expect(days).toBe(178);
    expect(ratio).toBeCloseTo(to.tokensPerSecondPerGpu / from.tokensPerSecondPerGpu, 12);
    expect(annualGain).toBeCloseTo(ratio ** (365.25 / 178) - 1, 12);
    expect(Number.isFinite(annualGain)).toBe(true);
  });

  it(`has no answer for a window under ${MIN_SOFTWARE_GAIN_DAYS} days`, () => {
    const gain = softwareGain("B200", "DeepSeek-R1", "8k/1k", 40, "2026-04-01", "2026-06-01");
    expect(gain).toMatchObject({ ok: false, kind: "noHistory" });
    if (!gain.ok) expect(gain.reason).toMatch(/^the window is 61 days/);
  });

  it("has no answer with no run on or before fromDate", () => {
    const gain = softwareGain("B200", "DeepSeek-R1", "8k/1k", 40, "2025-06-01", "2026-06-11");
    expect(gain).toMatchObject({ ok: false, kind: "noHistory" });
  });

  it("has no answer when toDate is not after fromDate", () => {
    const gain = softwareGain("B200", "DeepSeek-R1", "8k/1k", 40, "2026-06-11", "2026-01-01");
    expect(gain).toMatchObject({ ok: false, kind: "noHistory" });
  });
});

describe("apiPrice", () => {
  it("returns the model maker's price first when no provider is named", () => {
    expect(apiPrice("DeepSeek-R1")).toMatchObject({
      ok: true,
      value: {
        provider: "DeepSeek",
        inputUsdPerMillionTokens: 0.55,
        cachedInputUsdPerMillionTokens: 0.14,
        outputUsdPerMillionTokens: 2.19,
      },
    });
  });

  it("finds a provider by its leading words", () => {
    expect(apiPrice("dsr1", "crusoe")).toMatchObject({
      ok: true,
      value: { provider: "Crusoe (OpenRouter)", outputUsdPerMillionTokens: 5.4 },
    });
  });

  it("says which models are priced when a model has no price", () => {
    const result = apiPrice("DeepSeek-V4-Pro");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toBe(
        "no API price recorded for DeepSeek-V4-Pro; priced: DeepSeek-R1, gpt-oss-120b, Llama-3.3-70B"
      );
  });

  it("suggests providers for an unknown one", () => {
    expect(apiPrice("gpt-oss-120b", "KeepRoutr")).toMatchObject({
      ok: false,
      kind: "notFound",
      subject: "provider",
      suggestions: ["KeepRouter"],
    });
  });

  it("lists every provider of a model", () => {
    expect(apiPrices("gpt-oss-120b").map((r) => r.provider)).toEqual(["KeepRouter", "TheRouter"]);
  });
});

describe("throughputOptions for single points", () => {
  it("flags single-point combinations so a picker can offer their one interactivity", () => {
    const options = throughputOptions("B200");
    if (!options.ok) throw new Error(options.reason);
    const gptoss = options.value.combinations.find(
      (c) => c.model === "gpt-oss-120b" && c.workload === "1k/1k"
    );
    expect(gptoss).toMatchObject({ singlePoint: true, frontierPointCount: 1 });
    const dsr1 = options.value.combinations.find(
      (c) => c.model === "DeepSeek-R1" && c.workload === "1k/1k" && c.precision === "FP4"
    );
    expect(dsr1?.singlePoint).toBe(false);
  });
});
