import fc from "fast-check";

import { gpuHourCostBreakdown, HOURS_PER_YEAR, pmt, tcoUsdPerGpuHour } from "../../src/core";
import { expectInputError } from "../support/errors";
import { expectClose } from "../support/tolerance";

const base = { capexPerGpu: 35040, lifeYears: 4, powerKwPerGpu: 1, usdPerKwh: 0.1 };

describe("gpuHourCostBreakdown", () => {
  describe("results", () => {
    it("recovers capex straight line at cost of capital 0 and adds power (the documented example: 1.1)", () => {
      expect(gpuHourCostBreakdown(base)).toEqual({
        capitalUsdPerGpuHour: 1,
        powerUsdPerGpuHour: 0.1,
        operatingUsdPerGpuHour: 0,
        totalUsdPerGpuHour: 1.1,
      });
    });

    it("charges power at facility level through PUE", () => {
      expectClose(gpuHourCostBreakdown({ ...base, pue: 1.5 }).powerUsdPerGpuHour, 0.15);
    });

    it("spreads annual opex over 8,760 hours", () => {
      expectClose(
        gpuHourCostBreakdown({ ...base, opexPerGpuYear: 8760 }).operatingUsdPerGpuHour,
        1
      );
    });

    it("uses the level annuity of Excel's PMT with a residual as future value", () => {
      const capitalPerYear = -pmt(0.1, 4, 35040, -0.2 * 35040);
      const result = gpuHourCostBreakdown({ ...base, costOfCapital: 0.1, residualFraction: 0.2 });
      expectClose(result.capitalUsdPerGpuHour, capitalPerYear / HOURS_PER_YEAR);
      // Hand check: (35040 − 7008/1.1^4) × 0.1 / (1 − 1.1^−4) = 9,544.0… per year.
      expectClose(
        capitalPerYear,
        (35040 - 7008 / Math.pow(1.1, 4)) * (0.1 / (1 - Math.pow(1.1, -4)))
      );
    });

    it("reproduces an InferenceX-scale owner cost for an H100 (about $1.3 per GPU-hour)", () => {
      // $30,000 per GPU plus 40% for servers and network, 4-year life, 10% capital, 1.37 kW at $0.08, PUE 1.3.
      const cost = tcoUsdPerGpuHour({
        capexPerGpu: 42000,
        lifeYears: 4,
        powerKwPerGpu: 1.37,
        usdPerKwh: 0.08,
        pue: 1.3,
        costOfCapital: 0.1,
      });
      expect(cost).toBeGreaterThan(1.2);
      expect(cost).toBeLessThan(1.8);
    });
  });

  describe("laws", () => {
    it("law: total is the sum of capital, power and operating parts", () => {
      fc.assert(
        fc.property(
          fc.double({ min: 1000, max: 1e6, noNaN: true }),
          fc.double({ min: 0.5, max: 10, noNaN: true }),
          fc.double({ min: 0, max: 0.3, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (capexPerGpu, lifeYears, costOfCapital, residualFraction) => {
            const r = gpuHourCostBreakdown({
              ...base,
              capexPerGpu,
              lifeYears,
              costOfCapital,
              residualFraction,
            });
            expectClose(
              r.totalUsdPerGpuHour,
              r.capitalUsdPerGpuHour + r.powerUsdPerGpuHour + r.operatingUsdPerGpuHour
            );
          }
        )
      );
    });

    it("law: a higher cost of capital never lowers the capital charge", () => {
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 0.5, noNaN: true }),
          fc.double({ min: 0, max: 0.5, noNaN: true }),
          (a, b) => {
            const [low, high] = a < b ? [a, b] : [b, a];
            const lowCost = gpuHourCostBreakdown({
              ...base,
              costOfCapital: low,
            }).capitalUsdPerGpuHour;
            const highCost = gpuHourCostBreakdown({
              ...base,
              costOfCapital: high,
            }).capitalUsdPerGpuHour;
            expect(highCost).toBeGreaterThanOrEqual(lowCost * (1 - 1e-12));
          }
        )
      );
    });
  });

  describe("argument validation", () => {
    it("accepts capexPerGpu of 0: a fleet already owned costs its power and opex only", () => {
      expect(tcoUsdPerGpuHour({ ...base, capexPerGpu: 0 })).toBe(
        tcoUsdPerGpuHour({ ...base, capexPerGpu: 0, costOfCapital: 0.1, residualFraction: 0.2 })
      );
      expect(
        gpuHourCostBreakdown({ capexPerGpu: 0, lifeYears: 4, powerKwPerGpu: 1, usdPerKwh: 0.1 })
      ).toEqual({
        capitalUsdPerGpuHour: 0,
        powerUsdPerGpuHour: 0.1,
        operatingUsdPerGpuHour: 0,
        totalUsdPerGpuHour: 0.1,
      });
    });

    it("names capexPerGpu when it is negative", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, capexPerGpu: -1 }),
        "capexPerGpu",
        "capexPerGpu must be at least 0 and at most 1e15"
      );
    });

    it("names lifeYears when it is 0, in plain words (no spreadsheet hint)", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, lifeYears: 0 }),
        "lifeYears",
        "lifeYears must be greater than 0 and at most 100"
      );
    });

    it("names lifeYears when it is negative", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, lifeYears: -4 }),
        "lifeYears",
        "lifeYears must be greater than 0 and at most 100"
      );
    });

    it("names pue when it is below 1", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, pue: 0.9 }),
        "pue",
        "pue must be at least 1 and at most 5"
      );
    });

    it("names residualFraction when it is above 1", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, residualFraction: 1.5 }),
        "residualFraction",
        "residualFraction must be at least 0 and at most 1"
      );
    });

    it("names costOfCapital when it is negative", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, costOfCapital: -0.1 }),
        "costOfCapital",
        /^costOfCapital must be at least 0/
      );
    });

    it("names powerKwPerGpu when it is NaN", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, powerKwPerGpu: NaN }),
        "powerKwPerGpu",
        "powerKwPerGpu must be a number (got NaN)",
        "notANumber"
      );
    });

    it("names usdPerKwh when it is infinite", () => {
      expectInputError(
        () => tcoUsdPerGpuHour({ ...base, usdPerKwh: Infinity }),
        "usdPerKwh",
        "usdPerKwh must be a finite number",
        "notFinite"
      );
    });
  });
});
