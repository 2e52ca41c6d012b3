import fc from "fast-check";

import {
  ROOFLINE_DEFAULT_EFFICIENCY,
  type RooflineInput,
  rooflineTokensPerSecondPerGpu,
} from "../../src/core/roofline";
import { expectInputError } from "../support/errors";
import { expectClose } from "../support/tolerance";

/** A Llama-70B-shaped dense FP8 model on 8 B200 (8 TB/s, 4,500 TFLOPS, 180 GB), 1k/1k at 50 tok/s/user. */
const DENSE: RooflineInput = {
  hbmBandwidthTbPerSecond: 8,
  denseTflops: 4500,
  hbmGb: 180,
  gpusPerReplica: 8,
  activeParamsBillions: 70,
  totalParamsBillions: 70,
  bytesPerWeight: 1,
  kvCacheElementsPerToken: 163840,
  inputTokens: 1024,
  outputTokens: 1024,
  tokensPerSecondPerUser: 50,
  efficiency: 1,
};

/** A DeepSeek-R1-shaped MoE (MLA, 256 experts, 8 per token) in FP8 on 16 B200. */
const MOE: RooflineInput = {
  ...DENSE,
  gpusPerReplica: 16,
  activeParamsBillions: 37,
  totalParamsBillions: 671,
  routedExpertParamsBillions: 653.9,
  expertCount: 256,
  expertsPerToken: 8,
  kvCacheElementsPerToken: 61 * 576,
};

function bound(input: RooflineInput): number {
  const result = rooflineTokensPerSecondPerGpu(input);
  if (!result.ok) throw new Error(result.reason);
  return result.value.boundTokensPerSecondPerGpu;
}

describe("rooflineTokensPerSecondPerGpu", () => {
  describe("argument validation", () => {
    it.each([
      ["hbmBandwidthTbPerSecond", 0, "greater than 0 and at most 1e12"],
      ["denseTflops", -1, "greater than 0 and at most 1e12"],
      ["hbmGb", 0, "greater than 0 and at most 1e12"],
      ["activeParamsBillions", 0, "greater than 0 and at most 1e12"],
      ["outputTokens", 0, "greater than 0 and at most 1e12"],
      ["inputTokens", -1, "at least 0 and at most 1e12"],
      ["tokensPerSecondPerUser", 0, "greater than 0 and at most 1e12"],
      ["efficiency", 1.5, "greater than 0 and at most 1"],
      ["efficiency", 0, "greater than 0 and at most 1"],
      ["tokensPerDecodeStep", 0.5, "at least 1 and at most 100"],
      ["stepLatencySeconds", -0.001, "at least 0 and at most 1e12"],
    ] as const)("rejects %s = %s", (parameter, value, rule) => {
      expectInputError(
        () => rooflineTokensPerSecondPerGpu({ ...DENSE, [parameter]: value }),
        parameter,
        `${parameter} must be ${rule}`
      );
    });

    it("rejects a replica of 1.5 GPUs", () => {
      expectInputError(
        () => rooflineTokensPerSecondPerGpu({ ...DENSE, gpusPerReplica: 1.5 }),
        "gpusPerReplica",
        "gpusPerReplica must be a whole number from 1 to 1000000"
      );
    });

    it("rejects more active than total parameters", () => {
      expectInputError(
        () => rooflineTokensPerSecondPerGpu({ ...DENSE, activeParamsBillions: 71 }),
        "activeParamsBillions",
        "activeParamsBillions must be at most totalParamsBillions"
      );
    });

    it("requires the expert counts when there are routed experts", () => {
      expectInputError(
        () => rooflineTokensPerSecondPerGpu({ ...MOE, expertCount: undefined }),
        "expertCount",
        "expertCount is required: enter a number",
        "required"
      );
      expectInputError(
        () => rooflineTokensPerSecondPerGpu({ ...MOE, expertsPerToken: 300 }),
        "expertsPerToken",
        "expertsPerToken must be at most expertCount"
      );
    });

    it("requires the window when there are sliding-window layers", () => {
      expectInputError(
        () => rooflineTokensPerSecondPerGpu({ ...DENSE, slidingKvCacheElementsPerToken: 1024 }),
        "slidingWindowTokens",
        "slidingWindowTokens is required: enter a number",
        "required"
      );
    });

    it("rejects NaN with the parameter's name", () => {
      expectInputError(
        () => rooflineTokensPerSecondPerGpu({ ...DENSE, hbmGb: NaN }),
        "hbmGb",
        "hbmGb must be a number (got NaN)",
        "notANumber"
      );
    });
  });

  describe("results", () => {
    it("returns the hand-checked bound of a dense model limited by bandwidth (31,061.6 tokens/s per GPU)", () => {
      // KV per sequence 163,840 × (1,024 + 512) = 251,658,240 B; a 20 ms step reads 160 GB: (160e9 − 8.75e9)
      // ÷ 251,658,240 = 601.01 sequences; prefill 2 × 70e9 × 1,024 ÷ 4.5e15 = 31.86 ms, decode 1,024 ÷
      // (601.01 × 50) = 34.08 ms; 2,048 ÷ 65.93 ms.
      const result = rooflineTokensPerSecondPerGpu(DENSE);
      expect(result).toMatchObject({ ok: true, value: { limitedBy: "memoryBandwidth" } });
      if (!result.ok) return;
      expectClose(result.value.sequencesPerGpu, 601.0135014851888, 1e-12);
      expectClose(result.value.boundTokensPerSecondPerGpu, 31061.57574669815, 1e-12);
      expectClose(result.value.tokensPerSecondPerGpu, 31061.57574669815, 1e-12);
    });

    it("takes the step latency off the decode budget for the estimate, not for the bound", () => {
      // 8 ms of a 20 ms step is fixed: (0.012 × 8e12 − 8.75e9) ÷ 251,658,240 = 346.70 sequences.
      const result = rooflineTokensPerSecondPerGpu({
        ...DENSE,
        stepLatencySeconds: 0.008,
        efficiency: 0.1,
      });
      if (!result.ok) throw new Error(result.reason);
      expectClose(result.value.sequencesPerGpu, 346.70035044352215, 1e-12);
      expectClose(result.value.tokensPerSecondPerGpu, 2252.3077054399487, 1e-12);
      expectClose(result.value.boundTokensPerSecondPerGpu, 31061.57574669815, 1e-12);
    });

    it("applies the calibrated default efficiency when it is omitted", () => {
      const result = rooflineTokensPerSecondPerGpu({ ...DENSE, efficiency: undefined });
      if (!result.ok) throw new Error(result.reason);
      expectClose(
        result.value.tokensPerSecondPerGpu,
        result.value.boundTokensPerSecondPerGpu * ROOFLINE_DEFAULT_EFFICIENCY
      );
    });

    it("says the weights do not fit when one GPU cannot hold its share", () => {
      expect(rooflineTokensPerSecondPerGpu({ ...MOE, gpusPerReplica: 2 })).toEqual({
        ok: false,
        reason: "the weights (671 GB) do not fit in 2 × 180 GB of HBM: use more GPUs per replica",
      });
    });

    it("says an interactivity is out of reach when reading the active weights takes longer than a step", () => {
      // 8.75 GB per GPU at 8 TB/s takes 1.09 ms: at most 914 tokens/s per user.
      expect(rooflineTokensPerSecondPerGpu({ ...DENSE, tokensPerSecondPerUser: 1000 })).toEqual({
        ok: false,
        reason:
          "1000 tokens/s per user is out of reach: reading the active weights once per step allows at most 914 tokens/s per user",
      });
      expect(
        rooflineTokensPerSecondPerGpu({
          ...DENSE,
          tokensPerSecondPerUser: 100,
          stepLatencySeconds: 0.01,
        })
      ).toMatchObject({ ok: false, reason: expect.stringContaining("out of reach in practice") });
    });

    it("is capped by compute at low interactivity when capacity allows", () => {
      const result = rooflineTokensPerSecondPerGpu({ ...MOE, tokensPerSecondPerUser: 5 });
      expect(result).toMatchObject({ ok: true, value: { limitedBy: "memoryCapacity" } });
    });

    it("reads MLA's compressed cache: 57 times less KV than plain heads gives a higher bound", () => {
      const plainHeads = { ...MOE, kvCacheElementsPerToken: 61 * 2 * 128 * 128 };
      expect(bound(MOE)).toBeGreaterThan(bound(plainHeads));
    });

    it("keeps only the window of a sliding-window layer", () => {
      const allFull = { ...DENSE, kvCacheElementsPerToken: 163840 };
      const halfSliding = {
        ...DENSE,
        kvCacheElementsPerToken: 81920,
        slidingKvCacheElementsPerToken: 81920,
        slidingWindowTokens: 128,
      };
      expect(bound(halfSliding)).toBeGreaterThan(bound(allFull));
    });
  });

  describe("laws", () => {
    const interactivity = fc.double({ min: 5, max: 400, noNaN: true });
    const fastInteractivity = fc.double({ min: 60, max: 400, noNaN: true });

    it("law: where bandwidth sets the bound, it never rises with interactivity (capacity-bound batches speed up)", () => {
      fc.assert(
        fc.property(fastInteractivity, fastInteractivity, (a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          const slow = rooflineTokensPerSecondPerGpu({ ...MOE, tokensPerSecondPerUser: low });
          const fast = rooflineTokensPerSecondPerGpu({ ...MOE, tokensPerSecondPerUser: high });
          if (!fast.ok || !slow.ok) return true;
          if (fast.value.limitedBy !== "memoryBandwidth") return true;
          if (slow.value.limitedBy !== "memoryBandwidth") return true;
          return (
            fast.value.boundTokensPerSecondPerGpu <=
            slow.value.boundTokensPerSecondPerGpu * (1 + 1e-9)
          );
        })
      );
    });

    it("law: the estimate never exceeds the bound", () => {
      fc.assert(
        fc.property(
          interactivity,
          fc.double({ min: 0.01, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 0.01, noNaN: true }),
          (x, efficiency, stepLatencySeconds) => {
            const result = rooflineTokensPerSecondPerGpu({
              ...MOE,
              tokensPerSecondPerUser: x,
              efficiency,
              stepLatencySeconds,
            });
            return (
              !result.ok ||
              result.value.tokensPerSecondPerGpu <=
                result.value.boundTokensPerSecondPerGpu * (1 + 1e-12)
            );
          }
        )
      );
    });

    it("law: more bandwidth, more tokens per decode step or a smaller KV cache never lower the bound", () => {
      fc.assert(
        fc.property(interactivity, fc.double({ min: 1, max: 4, noNaN: true }), (x, factor) => {
          const base = rooflineTokensPerSecondPerGpu({ ...MOE, tokensPerSecondPerUser: x });
          if (!base.ok) return true;
          const b = base.value.boundTokensPerSecondPerGpu;
          const more = [
            { ...MOE, tokensPerSecondPerUser: x, hbmBandwidthTbPerSecond: 8 * factor },
            { ...MOE, tokensPerSecondPerUser: x, tokensPerDecodeStep: factor },
            { ...MOE, tokensPerSecondPerUser: x, kvCacheElementsPerToken: (61 * 576) / factor },
          ];
          return more.every((input) => bound(input) >= b * (1 - 1e-9));
        })
      );
    });

    it("law: the result is finite and positive whenever there is one", () => {
      fc.assert(
        fc.property(
          interactivity,
          fc.double({ min: 0.1, max: 20, noNaN: true }),
          fc.integer({ min: 1, max: 256 }),
          (x, bandwidth, gpus) => {
            const result = rooflineTokensPerSecondPerGpu({
              ...MOE,
              tokensPerSecondPerUser: x,
              hbmBandwidthTbPerSecond: bandwidth,
              gpusPerReplica: gpus,
            });
            if (!result.ok) return result.reason.length > 0;
            const v = result.value;
            return [v.tokensPerSecondPerGpu, v.boundTokensPerSecondPerGpu, v.sequencesPerGpu].every(
              (n) => Number.isFinite(n) && n > 0
            );
          }
        )
      );
    });
  });
});
