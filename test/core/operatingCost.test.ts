import { annualOperatingCostUsd } from "../../src/core";
import { expectInputError } from "../support/errors";
import { expectClose } from "../support/tolerance";

describe("annualOperatingCostUsd", () => {
  const fleet = { gpuCount: 72, powerKwPerGpu: 1, usdPerKwh: 0.1, pue: 1.25, opexPerGpuYear: 1000 };

  describe("results", () => {
    it("returns power at 8,760 hours a year plus opex, times the fleet, in USD per year", () => {
      expectClose(annualOperatingCostUsd(fleet), 72 * (1 * 1.25 * 0.1 * 8760 + 1000));
    });

    it("takes a PUE of 1 and no other opex when they are omitted", () => {
      expectClose(
        annualOperatingCostUsd({ gpuCount: 2, powerKwPerGpu: 1.5, usdPerKwh: 0.1 }),
        2628
      );
    });

    it("allows free power and zero opex", () => {
      expect(annualOperatingCostUsd({ ...fleet, usdPerKwh: 0, opexPerGpuYear: 0 })).toBe(0);
    });

    it("stays finite at the largest valid inputs", () => {
      const largest = {
        gpuCount: 1e9,
        powerKwPerGpu: 1e4,
        usdPerKwh: 100,
        pue: 5,
        opexPerGpuYear: 1e15,
      };
      expect(Number.isFinite(annualOperatingCostUsd(largest))).toBe(true);
    });
  });

  describe("argument validation", () => {
    it.each([
      ["gpuCount", { ...fleet, gpuCount: -1 }, "outOfRange"],
      ["gpuCount", { ...fleet, gpuCount: NaN }, "notANumber"],
      ["powerKwPerGpu", { ...fleet, powerKwPerGpu: 0 }, "outOfRange"],
      ["usdPerKwh", { ...fleet, usdPerKwh: Infinity }, "notFinite"],
      ["pue", { ...fleet, pue: 0.9 }, "outOfRange"],
      ["opexPerGpuYear", { ...fleet, opexPerGpuYear: -1 }, "outOfRange"],
    ] as const)("rejects an invalid %s", (parameter, input, code) => {
      expectInputError(
        () => annualOperatingCostUsd(input),
        parameter,
        new RegExp(`^${parameter} must be`),
        code
      );
    });
  });
});
