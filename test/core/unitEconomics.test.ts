import fc from "fast-check";

import {
  blendedUsdPerMillionTokens,
  breakEvenUsdPerMillionTokens,
  joulesPerToken,
  tokensPerSecondPerMegawatt,
  usdPerMillionTokens,
} from "../../src/core";
import { expectInputError } from "../support/errors";
import { expectClose, expectRounded } from "../support/tolerance";

describe("usdPerMillionTokens", () => {
  describe("results", () => {
    it.each`
      platform         | usdPerGpuHour | tokensPerSecondPerGpu | published
      ${"GB200 NVL72"} | ${2.21}       | ${1149.1}             | ${0.53}
      ${"GB200 NVL72"} | ${2.21}       | ${363.3}              | ${1.69}
      ${"B200"}        | ${1.95}       | ${577.3}              | ${0.94}
      ${"B200"}        | ${1.95}       | ${49.3}               | ${10.99}
    `(
      "reproduces InferenceX's published $/M for $platform at $tokensPerSecondPerGpu tokens/s ($published)",
      ({ usdPerGpuHour, tokensPerSecondPerGpu, published }) => {
        expectRounded(usdPerMillionTokens({ usdPerGpuHour, tokensPerSecondPerGpu }), published, 2);
      }
    );

    it("returns USD per million tokens at full utilization (3.6 $/h at 1,000 tokens/s = $1)", () => {
      expectClose(usdPerMillionTokens({ usdPerGpuHour: 3.6, tokensPerSecondPerGpu: 1000 }), 1);
    });

    it("divides by utilization", () => {
      expectClose(
        usdPerMillionTokens({ usdPerGpuHour: 3.6, tokensPerSecondPerGpu: 1000, utilization: 0.5 }),
        2
      );
    });

    it("prices per tokensPerUnit tokens (per thousand)", () => {
      expectClose(
        usdPerMillionTokens({
          usdPerGpuHour: 3.6,
          tokensPerSecondPerGpu: 1000,
          tokensPerUnit: 1000,
        }),
        0.001
      );
    });
  });

  describe("laws", () => {
    const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
    it("law: cost scales linearly with usdPerGpuHour", () => {
      fc.assert(
        fc.property(
          positive,
          positive,
          fc.double({ min: 0.01, max: 100, noNaN: true }),
          (usdPerGpuHour, tokensPerSecondPerGpu, k) => {
            const one = usdPerMillionTokens({ usdPerGpuHour, tokensPerSecondPerGpu });
            expectClose(
              usdPerMillionTokens({ usdPerGpuHour: usdPerGpuHour * k, tokensPerSecondPerGpu }),
              one * k,
              1e-12
            );
          }
        )
      );
    });

    it("law: doubling throughput halves the cost", () => {
      fc.assert(
        fc.property(positive, positive, (usdPerGpuHour, tokensPerSecondPerGpu) => {
          const one = usdPerMillionTokens({ usdPerGpuHour, tokensPerSecondPerGpu });
          expectClose(
            usdPerMillionTokens({
              usdPerGpuHour,
              tokensPerSecondPerGpu: tokensPerSecondPerGpu * 2,
            }),
            one / 2,
            1e-12
          );
        })
      );
    });
  });

  describe("argument validation", () => {
    it("names utilization when it is above 1", () => {
      expectInputError(
        () =>
          usdPerMillionTokens({ usdPerGpuHour: 2, tokensPerSecondPerGpu: 100, utilization: 1.2 }),
        "utilization",
        "utilization must be greater than 0 and at most 1"
      );
    });

    it("names tokensPerSecondPerGpu when it is 0", () => {
      expectInputError(
        () => usdPerMillionTokens({ usdPerGpuHour: 2, tokensPerSecondPerGpu: 0 }),
        "tokensPerSecondPerGpu",
        /^tokensPerSecondPerGpu must be greater than 0/
      );
    });

    it("names usdPerGpuHour when it is negative", () => {
      expectInputError(
        () => usdPerMillionTokens({ usdPerGpuHour: -1, tokensPerSecondPerGpu: 100 }),
        "usdPerGpuHour",
        /^usdPerGpuHour must be greater than 0/
      );
    });
  });
});

describe("breakEvenUsdPerMillionTokens", () => {
  it("equals the serving cost at margin 0", () => {
    expectClose(
      breakEvenUsdPerMillionTokens({ usdPerGpuHour: 3.6, tokensPerSecondPerGpu: 1000 }),
      1
    );
  });

  it("grosses the cost up by 1 / (1 − margin)", () => {
    expectClose(
      breakEvenUsdPerMillionTokens({
        usdPerGpuHour: 3.6,
        tokensPerSecondPerGpu: 1000,
        targetGrossMargin: 0.75,
      }),
      4
    );
  });

  it("names targetGrossMargin when it is 1", () => {
    expectInputError(
      () =>
        breakEvenUsdPerMillionTokens({
          usdPerGpuHour: 3.6,
          tokensPerSecondPerGpu: 1000,
          targetGrossMargin: 1,
        }),
      "targetGrossMargin",
      "targetGrossMargin must be at least 0 and less than 1"
    );
  });
});

describe("blendedUsdPerMillionTokens", () => {
  it("weights a 3:1 input:output mix (gpt-oss-120b at $0.15 / $0.60 = $0.2625)", () => {
    expectClose(
      blendedUsdPerMillionTokens({
        inputUsdPerMillion: 0.15,
        outputUsdPerMillion: 0.6,
        inputTokensPerOutputToken: 3,
      }),
      0.2625
    );
  });

  it("prices cached input at the cached rate (DeepSeek-R1 launch prices, half the input cached)", () => {
    // (3 × (0.5 × 0.55 + 0.5 × 0.14) + 2.19) / 4 = 0.80625
    expectClose(
      blendedUsdPerMillionTokens({
        inputUsdPerMillion: 0.55,
        outputUsdPerMillion: 2.19,
        inputTokensPerOutputToken: 3,
        cachedInputShare: 0.5,
        cachedInputUsdPerMillion: 0.14,
      }),
      0.80625
    );
  });

  it("is the output price when there is no input", () => {
    expect(
      blendedUsdPerMillionTokens({
        inputUsdPerMillion: 5,
        outputUsdPerMillion: 2,
        inputTokensPerOutputToken: 0,
      })
    ).toBe(2);
  });

  it("names cachedInputShare when it is above 1", () => {
    expectInputError(
      () =>
        blendedUsdPerMillionTokens({
          inputUsdPerMillion: 1,
          outputUsdPerMillion: 2,
          inputTokensPerOutputToken: 3,
          cachedInputShare: 2,
        }),
      "cachedInputShare",
      "cachedInputShare must be at least 0 and at most 1"
    );
  });

  it("law: the blend lies between the cheapest and dearest price", () => {
    const price = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        price,
        price,
        price,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pin, pout, pc, k, h) => {
          const blend = blendedUsdPerMillionTokens({
            inputUsdPerMillion: pin,
            outputUsdPerMillion: pout,
            inputTokensPerOutputToken: k,
            cachedInputShare: h,
            cachedInputUsdPerMillion: pc,
          });
          expect(blend).toBeGreaterThanOrEqual(Math.min(pin, pout, pc) * (1 - 1e-12));
          expect(blend).toBeLessThanOrEqual(Math.max(pin, pout, pc) * (1 + 1e-12));
        }
      )
    );
  });
});

describe("joulesPerToken", () => {
  it("returns facility joules per token (2 kW × PUE 1.25 at 1,000 tokens/s = 2.5 J)", () => {
    expectClose(joulesPerToken({ tokensPerSecondPerGpu: 1000, powerKwPerGpu: 2, pue: 1.25 }), 2.5);
  });

  it("names pue when it is above 5", () => {
    expectInputError(
      () => joulesPerToken({ tokensPerSecondPerGpu: 1000, powerKwPerGpu: 2, pue: 6 }),
      "pue",
      "pue must be at least 1 and at most 5"
    );
  });
});

describe("tokensPerSecondPerMegawatt", () => {
  it("returns tokens/s per MW (1,000 tokens/s at 2 kW = 500,000)", () => {
    expectClose(
      tokensPerSecondPerMegawatt({ tokensPerSecondPerGpu: 1000, powerKwPerGpu: 2 }),
      500000
    );
  });

  it("law: tokens/s per MW × joules per token = 1e6 (one MW is 1e6 J/s)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (tps, kw, pue) => {
          const input = { tokensPerSecondPerGpu: tps, powerKwPerGpu: kw, pue };
          expectClose(tokensPerSecondPerMegawatt(input) * joulesPerToken(input), 1e6, 1e-12);
        }
      )
    );
  });
});
