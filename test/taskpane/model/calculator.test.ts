import * as core from "../../../src/core";
import { calculate } from "../../../src/taskpane/model/calculator";
import { NUMBER_FIELDS } from "../../../src/taskpane/model/fields";
import { defaultInputs, presetNumber } from "../../../src/taskpane/model/inputs";
import { listPlatforms, throughputAt } from "../../../src/presets";
import { expectClose } from "../../support/tolerance";

describe("defaultInputs", () => {
  it("starts every platform from its preset price and power and a measured interactivity", () => {
    const inputs = defaultInputs("B200");
    expect(inputs.capexPerGpu).toBe(presetNumber("B200", "priceUsdPerGpu"));
    expect(inputs.powerKwPerGpu).toBe(presetNumber("B200", "allInPowerKwPerGpu"));
    expect(
      throughputAt("B200", inputs.model, inputs.workload, inputs.tokensPerSecondPerUser).ok
    ).toBe(true);
  });

  it("falls back to a preset TCO tier where no price is published", () => {
    const inputs = defaultInputs("MI300X");
    expect(Number.isNaN(inputs.capexPerGpu)).toBe(true);
    expect(inputs.costBasis).toBe("tcoUsdPerGpuHourOwner");
  });

  it("never invents power or hosting for a platform that publishes no power figure", () => {
    const inputs = defaultInputs("Gaudi3");
    expect(Number.isNaN(inputs.powerKwPerGpu)).toBe(true);
    expect(Number.isNaN(inputs.opexPerGpuYear)).toBe(true);
    const results = calculate(inputs);
    expect(results.annualOperatingCostUsd).toEqual({
      ok: false,
      reason: "enter powerKwPerGpu and opexPerGpuYear: not published for Gaudi3",
    });
    expect(results.roiMultiple.ok).toBe(false);
  });

  it("lets the user's own values win over the shipped preset", () => {
    expect(defaultInputs("B200", { priceUsdPerGpu: 1234 }).capexPerGpu).toBe(1234);
  });
});

describe("calculate", () => {
  it("gives the same numbers as the core functions the cells use", () => {
    const inputs = { ...defaultInputs("GB200"), gpuCount: 72, usdPerMillionTokens: 1.1 };
    const results = calculate(inputs);
    if (
      !results.tokensPerSecondPerGpu.ok ||
      !results.usdPerGpuHour.ok ||
      !results.costUsdPerMillionTokens.ok ||
      !results.roiMultiple.ok
    ) {
      throw new Error("expected figures");
    }
    const hourly = core.tcoUsdPerGpuHour({
      capexPerGpu: inputs.capexPerGpu,
      lifeYears: inputs.lifeYears,
      powerKwPerGpu: inputs.powerKwPerGpu,
      usdPerKwh: inputs.usdPerKwh,
      pue: inputs.pue,
      opexPerGpuYear: inputs.opexPerGpuYear,
      costOfCapital: inputs.costOfCapital,
    });
    expectClose(results.usdPerGpuHour.value, hourly);
    expectClose(
      results.costUsdPerMillionTokens.value,
      core.usdPerMillionTokens({
        usdPerGpuHour: hourly,
        tokensPerSecondPerGpu: results.tokensPerSecondPerGpu.value,
        utilization: inputs.utilization,
      })
    );
    const annualOperatingCostUsd =
      72 * (inputs.powerKwPerGpu * inputs.pue * inputs.usdPerKwh * 8760 + inputs.opexPerGpuYear);
    expectClose(
      results.roiMultiple.value,
      core.roiMultiple({
        investmentUsd: 72 * inputs.capexPerGpu,
        years: inputs.years,
        tokensPerSecond: 72 * results.tokensPerSecondPerGpu.value,
        usdPerMillionTokens: 1.1,
        utilization: inputs.utilization,
        annualOperatingCostUsd,
        annualPriceChange: inputs.annualPriceChange,
      })
    );
    expect(results.breakdown?.totalUsdPerGpuHour).toBe(hourly);
  });

  it("says why a figure is missing instead of showing a wrong number", () => {
    const results = calculate({ ...defaultInputs("MI300X") });
    expect(results.investmentUsd).toEqual({
      ok: false,
      reason: "enter capexPerGpu: no price is published for MI300X",
    });
    expect(results.roiMultiple.ok).toBe(false);
    const outOfRange = calculate({ ...defaultInputs("B200"), tokensPerSecondPerUser: 100000 });
    expect(outOfRange.tokensPerSecondPerGpu.ok).toBe(false);
    expect(outOfRange.costUsdPerMillionTokens.ok).toBe(false);
    const badUtilization = calculate({ ...defaultInputs("B200"), utilization: 2 });
    expect(badUtilization.costUsdPerMillionTokens).toEqual({
      ok: false,
      reason: "utilization must be greater than 0 and at most 1",
    });
  });

  it("never throws and never shows NaN or Infinity for any platform's defaults", () => {
    for (const platform of listPlatforms()) {
      const results = calculate(defaultInputs(platform.id));
      for (const figure of Object.values(results)) {
        if (figure && typeof figure === "object" && "ok" in figure && figure.ok)
          expect(Number.isFinite(figure.value)).toBe(true);
      }
    }
  });

  it("never throws and never returns NaN or Infinity when any field is blank, zero, negative or huge", () => {
    for (const { key } of NUMBER_FIELDS) {
      for (const value of [NaN, 0, -1, Infinity, 1e300]) {
        const results = calculate({ ...defaultInputs("GB200"), [key]: value });
        for (const figure of Object.values(results)) {
          if (figure && typeof figure === "object" && "ok" in figure && figure.ok)
            expect(Number.isFinite(figure.value)).toBe(true);
        }
      }
    }
  });

  it("computes the operating cost with core's annualOperatingCostUsd", () => {
    const inputs = defaultInputs("B200");
    expect(calculate(inputs).annualOperatingCostUsd).toEqual({
      ok: true,
      value: core.annualOperatingCostUsd(inputs),
    });
  });
});
