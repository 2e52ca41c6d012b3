import fc from "fast-check";

import type { PerPeriod } from "../../src/core";
import { gpusInService, MAX_ROW_PERIODS, periodMillionTokens } from "../../src/core";
import { correctlyRoundedSum } from "../../src/core/exactSum";
import { expectInputError } from "../support/errors";
import { expectClose } from "../support/tolerance";

// Quarterly: 8760 / 4 = 2190 hours = 7,884,000 s, so one GPU at 1,000 tokens/s makes 7,884 million tokens
// a quarter, and 10 GPUs 78,840. Hand-checked figures below are multiples of these.

/** The adapter hands text and booleans inside a range through as they are; the core must name them. */
const cells = (...values: unknown[]): PerPeriod => values as PerPeriod;

describe("gpusInService", () => {
  describe("results", () => {
    it("adds each period's deliveries from that period on when there is no lag and no retirement", () => {
      expect(gpusInService({ gpusAdded: [8, 0, 4, 2] })).toEqual([8, 8, 12, 14]);
    });

    it("starts deliveries after the commissioning lag", () => {
      expect(gpusInService({ gpusAdded: [8, 0, 4, 0], commissioningPeriods: 1 })).toEqual([
        0, 8, 8, 12,
      ]);
    });

    it("retires each delivery after lifePeriods periods", () => {
      expect(gpusInService({ gpusAdded: [8, 0, 4, 0, 0], lifePeriods: 2 })).toEqual([
        8, 8, 4, 4, 0,
      ]);
    });

    it("combines lag and retirement: produce from q + lag for lifePeriods periods", () => {
      expect(
        gpusInService({ gpusAdded: [8, 0, 4, 0, 0], commissioningPeriods: 1, lifePeriods: 3 })
      ).toEqual([0, 8, 8, 12, 4]);
    });

    it("counts a blank delivery cell as 0 GPUs", () => {
      expect(gpusInService({ gpusAdded: [4, null, undefined, 1] })).toEqual([4, 4, 4, 5]);
    });

    it("gives 0 in service when the lag runs past the schedule", () => {
      expect(gpusInService({ gpusAdded: [5, 5], commissioningPeriods: 2 })).toEqual([0, 0]);
    });

    it("reads a single value as a one-period schedule", () => {
      expect(gpusInService({ gpusAdded: 7 })).toEqual([7]);
      expect(gpusInService({ gpusAdded: [7] })).toEqual([7]);
    });

    it("returns fractional GPUs that enter and retire to exactly 0, not a residue", () => {
      const inService = gpusInService({ gpusAdded: [0.1, 0.2, 0.7, 0, 0, 0], lifePeriods: 3 });
      expect(inService[5]).toBe(0);
      expect(inService[2]).toBe(1);
    });
  });

  describe("argument validation", () => {
    it("rejects an empty gpusAdded", () => {
      expectInputError(
        () => gpusInService({ gpusAdded: [] }),
        "gpusAdded",
        "gpusAdded is empty: give at least one value",
        "required"
      );
    });

    it(`rejects more than ${MAX_ROW_PERIODS} periods`, () => {
      expectInputError(
        () => gpusInService({ gpusAdded: new Array<number>(MAX_ROW_PERIODS + 1).fill(1) }),
        "gpusAdded",
        "gpusAdded has 100001 values; at most 100000 are allowed"
      );
    });

    it("rejects a negative delivery, naming the period", () => {
      expectInputError(
        () => gpusInService({ gpusAdded: [1, -2, 3] }),
        "gpusAdded",
        "period 2: gpusAdded must be at least 0 and at most 1e9"
      );
    });

    it("rejects text, NaN and Infinity inside the range, naming the period", () => {
      expectInputError(
        () => gpusInService({ gpusAdded: cells(1, "ten") }),
        "gpusAdded",
        /^period 2: gpusAdded must be a number \(got text "ten"\)/,
        "notANumber"
      );
      expectInputError(
        () => gpusInService({ gpusAdded: [NaN] }),
        "gpusAdded",
        /^period 1: gpusAdded must be a number/,
        "notANumber"
      );
      expectInputError(
        () => gpusInService({ gpusAdded: [1, 2, Infinity] }),
        "gpusAdded",
        "period 3: gpusAdded must be a finite number",
        "notFinite"
      );
    });

    it("requires whole numbers of periods for the lag and the life", () => {
      expectInputError(
        () => gpusInService({ gpusAdded: [1], commissioningPeriods: 1.5 }),
        "commissioningPeriods",
        "commissioningPeriods must be a whole number from 0 to 100000"
      );
      expectInputError(
        () => gpusInService({ gpusAdded: [1], lifePeriods: 0 }),
        "lifePeriods",
        /^lifePeriods must be a whole number from 1 to 100000/
      );
    });

    it("rejects a range where commissioningPeriods takes one number", () => {
      expectInputError(
        () => gpusInService({ gpusAdded: [1], commissioningPeriods: [1, 2] as unknown as number }),
        "commissioningPeriods",
        /^commissioningPeriods must be a number \(got a list\)/,
        "notANumber"
      );
    });
  });

  describe("laws", () => {
    const deliveries = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true })),
      { minLength: 1, maxLength: 60 }
    );

    it("law: GPU-periods in service = Σ gpusAdded[q] × the periods of its life inside the schedule", () => {
      fc.assert(
        fc.property(
          deliveries,
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 1, max: 70 }),
          (gpusAdded, lag, life) => {
            const n = gpusAdded.length;
            const inService = gpusInService({
              gpusAdded,
              commissioningPeriods: lag,
              lifePeriods: life,
            });
            const expected = gpusAdded.map((a, q) => a * Math.min(life, Math.max(0, n - q - lag)));
            expectClose(correctlyRoundedSum(inService), correctlyRoundedSum(expected), 1e-12, 1e-9);
          }
        )
      );
    });

    it("law: each period's count is the exact sum of the deliveries producing in it", () => {
      fc.assert(
        fc.property(
          deliveries,
          fc.integer({ min: 0, max: 5 }),
          fc.integer({ min: 1, max: 20 }),
          (gpusAdded, lag, life) => {
            const inService = gpusInService({
              gpusAdded,
              commissioningPeriods: lag,
              lifePeriods: life,
            });
            inService.forEach((count, p) => {
              const producing = gpusAdded.filter((_, q) => q + lag <= p && p < q + lag + life);
              expect(count).toBe(correctlyRoundedSum(producing));
            });
          }
        )
      );
    });
  });
});

describe("periodMillionTokens", () => {
  describe("results", () => {
    it("returns million tokens per quarter: 10 GPUs × 1,000 tokens/s × 2,190 h × 3,600 s / 1e6 = 78,840", () => {
      expect(
        periodMillionTokens({ gpusInService: [10, 0, 10], tokensPerSecondPerGpu: 1000 })
      ).toEqual([78840, 0, 78840]);
    });

    it("follows a fractional utilization ramp period by period", () => {
      const tokens = periodMillionTokens({
        gpusInService: [10, 10, 10, 10],
        tokensPerSecondPerGpu: 1000,
        utilization: [0.25, 0.5, 0.75, 1],
      });
      [19710, 39420, 59130, 78840].forEach((expected, i) =>
        expectClose(tokens[i] as number, expected)
      );
    });

    it("takes per-period throughput and annual periods (8,760 h: 31.536 million tokens per token/s)", () => {
      const tokens = periodMillionTokens({
        gpusInService: [1, 2],
        tokensPerSecondPerGpu: [1000, 2000],
        periodsPerYear: 1,
      });
      expect(tokens).toEqual([31536, 126144]);
    });

    it("compounds annualThroughputGain by elapsed years: quarter 3 is half a year on, quarter 5 a year", () => {
      const tokens = periodMillionTokens({
        gpusInService: 10,
        tokensPerSecondPerGpu: 1000,
        annualThroughputGain: 0.21,
      });
      expect(tokens).toEqual([78840]);
      const five = periodMillionTokens({
        gpusInService: [10, 10, 10, 10, 10],
        tokensPerSecondPerGpu: 1000,
        annualThroughputGain: 0.21,
      });
      expectClose(five[0] as number, 78840);
      expectClose(five[2] as number, 78840 * 1.1, 1e-14);
      expectClose(five[4] as number, 78840 * 1.21, 1e-14);
    });

    it("allows an idle period (utilization 0) at the foot of a ramp", () => {
      expect(
        periodMillionTokens({
          gpusInService: [10, 10],
          tokensPerSecondPerGpu: 1000,
          utilization: [0, 1],
        })
      ).toEqual([0, 78840]);
    });
  });

  describe("argument validation", () => {
    it("names the argument, its length and the expected length when a row is the wrong length", () => {
      expectInputError(
        () =>
          periodMillionTokens({
            gpusInService: [1, 2, 3],
            tokensPerSecondPerGpu: [1000, 1000],
          }),
        "tokensPerSecondPerGpu",
        "tokensPerSecondPerGpu has 2 values but gpusInService has 3: give one value for every period, or a single value for all"
      );
    });

    it("rejects utilization above 1 in one period, naming the period", () => {
      expectInputError(
        () =>
          periodMillionTokens({
            gpusInService: [1, 2, 3],
            tokensPerSecondPerGpu: 1000,
            utilization: [1, 1.5, 1],
          }),
        "utilization",
        "period 2: utilization must be at least 0 and at most 1"
      );
    });

    it("rejects a schedule longer than 100 years at its periodsPerYear", () => {
      expectInputError(
        () =>
          periodMillionTokens({
            gpusInService: new Array<number>(101).fill(1),
            tokensPerSecondPerGpu: 1000,
            periodsPerYear: 1,
          }),
        "gpusInService",
        "gpusInService has 101 periods; at 1 periods per year at most 100 (100 years) are allowed"
      );
      expect(
        periodMillionTokens({
          gpusInService: new Array<number>(400).fill(1),
          tokensPerSecondPerGpu: 1000,
        })
      ).toHaveLength(400);
    });

    it("requires tokensPerSecondPerGpu", () => {
      expectInputError(
        () => periodMillionTokens({ gpusInService: [1, 2], tokensPerSecondPerGpu: null }),
        "tokensPerSecondPerGpu",
        /^tokensPerSecondPerGpu is required/,
        "required"
      );
    });
  });

  describe("laws", () => {
    it("law: the growth factors agree with Math.pow to within a few units in the last place", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 400 }),
          fc.constantFrom(1, 4, 12, 52),
          fc.double({ min: -0.95, max: 10, noNaN: true }),
          (n, periodsPerYear, gain) => {
            const periods = Math.min(n, 100 * periodsPerYear);
            const tokens = periodMillionTokens({
              gpusInService: new Array<number>(periods).fill(1),
              tokensPerSecondPerGpu: 1e6 / ((8760 / periodsPerYear) * 3600),
              periodsPerYear,
              annualThroughputGain: gain,
            });
            tokens.forEach((value, i) =>
              expectClose(value, Math.pow(1 + gain, i / periodsPerYear), 1e-13, 0)
            );
          }
        )
      );
    });
  });
});
