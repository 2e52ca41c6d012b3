import fc from "fast-check";

import {
  MODEL_PARAMETERS,
  decisionModel,
  paybackMonths,
  roiMultiple,
  tokenIrr,
  tokenNpvUsd,
} from "../../../src/core";

const terms = fc.record({
  investmentUsd: fc.double({ min: 1e3, max: 1e9, noNaN: true }),
  years: fc.oneof(fc.integer({ min: 1, max: 15 }), fc.double({ min: 0.1, max: 12, noNaN: true })),
  tokensPerSecond: fc.double({ min: 1, max: 1e7, noNaN: true }),
  usdPerMillionTokens: fc.double({ min: 0.01, max: 50, noNaN: true }),
  utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
  annualOperatingCostUsd: fc.double({ min: 0, max: 1e8, noNaN: true }),
  annualPriceChange: fc.double({ min: -0.9, max: 1, noNaN: true }),
  annualThroughputGain: fc.double({ min: -0.5, max: 1, noNaN: true }),
  discountRate: fc.double({ min: -0.5, max: 1, noNaN: true }),
});

const answerValue = (a: { ok: boolean; value?: number }): number | undefined =>
  a.ok ? a.value : undefined;

describe("the table model's fast evaluator", () => {
  it("equals ROIMULTIPLE, TOKENNPV, TOKENIRR and PAYBACKMONTHS bit for bit (law)", () => {
    fc.assert(
      fc.property(terms, (t) => {
        const { discountRate, ...input } = t;
        const model = decisionModel(Object.entries(t));
        expect(model.evaluate("roiMultiple")).toEqual({ ok: true, value: roiMultiple(input) });
        expect(model.evaluate("npvUsd")).toEqual({
          ok: true,
          value: tokenNpvUsd(discountRate, input),
        });
        expect(answerValue(model.evaluate("irr"))).toBe(answerValue(tokenIrr(input)));
        expect(answerValue(model.evaluate("paybackMonths"))).toBe(
          answerValue(paybackMonths(input))
        );
      }),
      { numRuns: 300 }
    );
  });

  it("derives investment, throughput and operating cost from the build-up as the model sheet does", () => {
    const model = decisionModel([
      ["gpuCount", 72],
      ["capexPerGpu", 50000],
      ["tokensPerSecondPerGpu", 10000],
      ["powerKwPerGpu", 1.4],
      ["usdPerKwh", 0.08],
      ["pue", 1.3],
      ["opexPerGpuYear", 2000],
      ["years", 5],
      ["usdPerMillionTokens", 1.1],
    ]);
    expect(model.evaluate("roiMultiple")).toEqual({
      ok: true,
      value: roiMultiple({
        investmentUsd: 72 * 50000,
        years: 5,
        tokensPerSecond: 72 * 10000,
        usdPerMillionTokens: 1.1,
        annualOperatingCostUsd: 72 * (1.4 * 1.3 * 0.08 * 8760 + 2000),
      }),
    });
  });

  it("throws the engine's own error for a derived term that breaks its rule", () => {
    const model = decisionModel([
      ["gpuCount", 72],
      ["capexPerGpu", 0],
      ["tokensPerSecond", 1000],
      ["years", 5],
      ["usdPerMillionTokens", 1.1],
    ]);
    expect(() => model.evaluate("roiMultiple")).toThrow(/investmentUsd must be greater than 0/);
  });
});

describe("MODEL_PARAMETERS", () => {
  it.each(MODEL_PARAMETERS.map((p) => [p.name, p] as const))(
    "holds the bounds of %s's rule",
    (_name, p) => {
      const span = p.high - p.low;
      expect(p.rule.test(p.low + span * 1e-6)).toBe(true);
      expect(p.rule.test(p.high - span * 1e-6)).toBe(true);
      expect(p.rule.test(p.low - span * 1e-6)).toBe(false);
      expect(p.rule.test(p.high + span * 1e-6)).toBe(false);
    }
  );
});
