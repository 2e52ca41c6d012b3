import * as core from "../../src/core";
import * as Functions from "../../src/functions/functions";
import * as presets from "../../src/presets";
import { expectExcelError } from "../support/errors";
import { scalar } from "../support/oneCell";
import { expectClose } from "../support/tolerance";

// Single-value calls, as every existing formula makes them: each broadcasting function's 1×1 spill read
// as its one value (ranges: ranges.test.ts).
const F = {
  gpuHourCost: scalar(Functions.gpuHourCost),
  costPerToken: scalar(Functions.costPerToken),
  tokenRevenue: scalar(Functions.tokenRevenue),
  roi: scalar(Functions.roi),
  payback: scalar(Functions.payback),
  tokenNpv: scalar(Functions.tokenNpv),
  tokenIrrRate: scalar(Functions.tokenIrrRate),
  blendedPrice: scalar(Functions.blendedPrice),
  breakEvenPrice: scalar(Functions.breakEvenPrice),
  energyPerToken: scalar(Functions.energyPerToken),
  tokensPerMw: scalar(Functions.tokensPerMw),
  preset: scalar(Functions.preset),
  presetProvenance: scalar<string>(Functions.presetProvenance),
  throughput: scalar(Functions.throughput),
  tokenCashFlows: Functions.tokenCashFlows as (...args: unknown[]) => unknown[][],
  presets: Functions.presets,
};

const VALUE = "#VALUE!";
const NA = "#N/A";
const NUM = "#NUM!";

// The vendor claim in Excel's argument order (ROIMULTIPLE and friends).
const claim = [5e6, 3, 720000, 1.1] as const;
const claimInput = {
  investmentUsd: 5e6,
  years: 3,
  tokensPerSecond: 720000,
  usdPerMillionTokens: 1.1,
};

describe("GPUHOURCOST", () => {
  it("returns USD per GPU-hour as the core computes it", () => {
    expect(F.gpuHourCost(35040, 4, 1, 0.1)).toBe(
      core.tcoUsdPerGpuHour({ capexPerGpu: 35040, lifeYears: 4, powerKwPerGpu: 1, usdPerKwh: 0.1 })
    );
    expectClose(
      F.gpuHourCost(35040, 4, 1, 0.1, 1.5, 8760, 0.1, 0.2),
      core.tcoUsdPerGpuHour({
        capexPerGpu: 35040,
        lifeYears: 4,
        powerKwPerGpu: 1,
        usdPerKwh: 0.1,
        pue: 1.5,
        opexPerGpuYear: 8760,
        costOfCapital: 0.1,
        residualFraction: 0.2,
      })
    );
  });

  it('treats omitted (null) and blank ("") optional arguments as their defaults', () => {
    const expected = F.gpuHourCost(35040, 4, 1, 0.1);
    expect(
      F.gpuHourCost(35040, 4, 1, 0.1, null as never, null as never, null as never, null as never)
    ).toBe(expected);
    expect(F.gpuHourCost(35040, 4, 1, 0.1, "" as never, undefined, "" as never, undefined)).toBe(
      expected
    );
  });

  it("shows #VALUE! naming capexPerGpu when it is blank", () => {
    expectExcelError(
      () => F.gpuHourCost(null as never, 4, 1, 0.1),
      VALUE,
      "capexPerGpu is required: enter a number (the cell is blank or the argument is missing)"
    );
  });

  it("shows #VALUE! naming pue when it is below 1", () => {
    expectExcelError(
      () => F.gpuHourCost(35040, 4, 1, 0.1, 0.5),
      VALUE,
      "pue must be at least 1 and at most 5"
    );
  });

  it("shows #VALUE! naming lifeYears when a blank cell arrives as 0 on older builds", () => {
    expectExcelError(
      () => F.gpuHourCost(35040, 0, 1, 0.1),
      VALUE,
      "lifeYears must be greater than 0 and at most 100 (got 0: if the cell looks blank, older Excel builds pass blank cells as 0)"
    );
  });

  it("returns the power cost alone when capexPerGpu is 0 (a fleet already owned)", () => {
    expect(F.gpuHourCost(0, 4, 1, 0.1)).toBe(0.1);
    expect(F.gpuHourCost(0, 4, 1, 0.1, 1.5, 8760, 0.1, 0.2)).toBeCloseTo(0.1 * 1.5 + 1, 12);
  });

  it("shows #VALUE! naming capexPerGpu when it is negative", () => {
    expectExcelError(
      () => F.gpuHourCost(-1, 4, 1, 0.1),
      VALUE,
      "capexPerGpu must be at least 0 and at most 1e15"
    );
  });

  it("adds the blank-cell hint only to an argument that is 0, not to other bad values", () => {
    expectExcelError(
      () => F.gpuHourCost(35040, 4, 0, 0.1),
      VALUE,
      "powerKwPerGpu must be greater than 0 and at most 10000 kW (got 0: if the cell looks blank, older Excel builds pass blank cells as 0)"
    );
    expectExcelError(
      () => F.gpuHourCost(35040, 4, -1, 0.1),
      VALUE,
      "powerKwPerGpu must be greater than 0 and at most 10000 kW"
    );
  });
});

describe("COSTPERTOKEN", () => {
  it("returns USD per million tokens", () => {
    expectClose(F.costPerToken(3.6, 1000), 1);
    expectClose(F.costPerToken(3.6, 1000, 0.5, 1000), 0.002);
  });

  it("treats omitted and blank optional arguments as utilization 1 and a million tokens", () => {
    expect(F.costPerToken(3.6, 1000, null as never, null as never)).toBe(F.costPerToken(3.6, 1000));
    expect(F.costPerToken(3.6, 1000, "" as never)).toBe(F.costPerToken(3.6, 1000, 1, 1e6));
  });

  it("shows #VALUE! naming utilization when it is above 1", () => {
    expectExcelError(
      () => F.costPerToken(3.6, 1000, 1.5),
      VALUE,
      "utilization must be greater than 0 and at most 1"
    );
  });

  it("shows #VALUE! naming tokensPerSecondPerGpu when it is text", () => {
    expectExcelError(
      () => F.costPerToken(3.6, "fast" as never),
      VALUE,
      'tokensPerSecondPerGpu must be a number (got text "fast")'
    );
  });

  it("shows #VALUE! naming usdPerGpuHour when it is a boolean", () => {
    expectExcelError(
      () => F.costPerToken(true as never, 1000),
      VALUE,
      "usdPerGpuHour must be a number (got boolean)"
    );
  });
});

describe("TOKENREVENUE", () => {
  it("returns USD of token revenue", () => {
    expectClose(F.tokenRevenue(3, 720000, 1.1), 74929536);
    expectClose(
      F.tokenRevenue(3, 720000, 1.1, 0.5, -0.5, 0.2),
      core.tokenRevenueUsd({
        years: 3,
        tokensPerSecond: 720000,
        usdPerMillionTokens: 1.1,
        utilization: 0.5,
        annualPriceChange: -0.5,
        annualThroughputGain: 0.2,
      })
    );
  });

  it("treats omitted and blank optional arguments as their defaults", () => {
    expect(F.tokenRevenue(3, 720000, 1.1, null as never, "" as never, null as never)).toBe(
      F.tokenRevenue(3, 720000, 1.1)
    );
  });

  it("shows #VALUE! naming annualPriceChange when it is -1", () => {
    expectExcelError(
      () => F.tokenRevenue(3, 720000, 1.1, 1, -1),
      VALUE,
      /^annualPriceChange must be greater than -1/
    );
  });

  it("shows #VALUE! naming years when it is blank", () => {
    expectExcelError(() => F.tokenRevenue("" as never, 720000, 1.1), VALUE, /^years is required/);
  });
});

describe("ROIMULTIPLE", () => {
  it("reproduces the vendor claim ≈ 15x", () => {
    const multiple = F.roi(...claim);
    expect(multiple).toBe(core.roiMultiple(claimInput));
    expect(Math.round(multiple)).toBe(15);
  });

  it("treats omitted optional arguments as their defaults", () => {
    expect(F.roi(...claim, null as never, null as never, null as never, null as never)).toBe(
      F.roi(...claim)
    );
  });

  it("nets operating cost", () => {
    expectClose(F.roi(...claim, 1, 1e6), (74929536 - 3e6) / 5e6);
  });

  it("shows #VALUE! naming investmentUsd when it is negative", () => {
    expectExcelError(
      () => F.roi(-5e6, 3, 720000, 1.1),
      VALUE,
      "investmentUsd must be greater than 0 and at most 1e15"
    );
  });

  it("shows #VALUE! naming annualOperatingCostUsd when it is negative", () => {
    expectExcelError(
      () => F.roi(...claim, 1, -1),
      VALUE,
      "annualOperatingCostUsd must be at least 0 and at most 1e15"
    );
  });
});

describe("PAYBACKMONTHS", () => {
  it("returns months, interpolated within the month", () => {
    const result = core.paybackMonths(claimInput);
    if (!result.ok) throw new Error("expected payback");
    expect(F.payback(...claim)).toBe(result.value);
  });

  it("shows #N/A with a message when it never pays back within the horizon", () => {
    expectExcelError(
      () => F.payback(5e9, 3, 720000, 1.1),
      NA,
      "never pays back within the 3-year horizon: cumulative net cash stays below the investment"
    );
  });

  it("treats omitted optional arguments as their defaults", () => {
    expect(F.payback(...claim, null as never, "" as never, null as never, undefined)).toBe(
      F.payback(...claim)
    );
  });

  it("shows #VALUE! naming utilization when it is 0", () => {
    expectExcelError(
      () => F.payback(...claim, 0),
      VALUE,
      /^utilization must be greater than 0 and at most 1 \(got 0/
    );
  });
});

describe("TOKENCASHFLOWS", () => {
  it("spills a header row, period 0 as −investment, then one row per year", () => {
    const table = F.tokenCashFlows(...claim);
    expect(table[0]).toEqual([
      "Period",
      "Million tokens",
      "Revenue (USD)",
      "Operating cost (USD)",
      "Net cash flow (USD)",
    ]);
    expect(table[1]).toEqual([0, 0, 0, 0, -5e6]);
    expect(table).toHaveLength(5);
    const schedule = core.tokenCashFlowSchedule(claimInput);
    expect(table.slice(1)).toEqual(
      schedule.rows.map((r) => [
        r.period,
        r.millionTokens,
        r.revenueUsd,
        r.operatingCostUsd,
        r.netCashFlowUsd,
      ])
    );
  });

  it("spills monthly rows when periodsPerYear is 12", () => {
    expect(
      F.tokenCashFlows(...claim, null as never, null as never, null as never, null as never, 12)
    ).toHaveLength(2 + 36);
  });

  it("treats an omitted periodsPerYear as annual", () => {
    expect(
      F.tokenCashFlows(
        ...claim,
        null as never,
        null as never,
        null as never,
        null as never,
        null as never
      )
    ).toEqual(F.tokenCashFlows(...claim));
  });

  it("shows #VALUE! naming periodsPerYear when it is not a whole number", () => {
    expectExcelError(
      () => F.tokenCashFlows(...claim, 1, 0, 0, 0, 1.5),
      VALUE,
      /^periodsPerYear must be a whole number from 1 to 365/
    );
  });
});

describe("TOKENNPV", () => {
  it("returns the NPV with period 0 undiscounted", () => {
    expect(F.tokenNpv(0.1, ...claim)).toBe(core.tokenNpvUsd(0.1, claimInput));
    expectClose(F.tokenNpv(0, ...claim), 74929536 - 5e6);
  });

  it("shows #VALUE! naming discountRate when it is blank", () => {
    expectExcelError(() => F.tokenNpv(null as never, ...claim), VALUE, /^discountRate is required/);
  });

  it("treats omitted optional arguments as their defaults", () => {
    expect(
      F.tokenNpv(0.1, ...claim, null as never, null as never, null as never, null as never)
    ).toBe(F.tokenNpv(0.1, ...claim));
  });
});

describe("TOKENIRR", () => {
  it("returns the rate that makes TOKENNPV 0", () => {
    const rate = F.tokenIrrRate(...claim);
    expect(Math.abs(F.tokenNpv(rate, ...claim))).toBeLessThan(1e-3);
  });

  it("shows #NUM! when no rate solves (cash never turns positive)", () => {
    expectExcelError(() => F.tokenIrrRate(1000, 3, 1, 0.001, 1, 1e6), NUM);
  });

  it("treats omitted optional arguments as their defaults", () => {
    expect(F.tokenIrrRate(...claim, null as never, "" as never, null as never, null as never)).toBe(
      F.tokenIrrRate(...claim)
    );
  });

  it("shows #VALUE! naming annualThroughputGain when it is text", () => {
    expectExcelError(
      () => F.tokenIrrRate(...claim, 1, 0, 0, "fast" as never),
      VALUE,
      /^annualThroughputGain must be a number/
    );
  });
});

describe("BLENDEDPRICE", () => {
  it("returns USD per million total tokens", () => {
    expectClose(F.blendedPrice(0.15, 0.6, 3), 0.2625);
    expectClose(F.blendedPrice(0.55, 2.19, 3, 0.5, 0.14), 0.80625);
  });

  it("treats omitted and blank cache arguments as no caching", () => {
    expect(F.blendedPrice(0.15, 0.6, 3, null as never, "" as never)).toBe(
      F.blendedPrice(0.15, 0.6, 3)
    );
  });

  it("shows #VALUE! naming cachedInputShare when it is above 1", () => {
    expectExcelError(
      () => F.blendedPrice(0.15, 0.6, 3, 1.5),
      VALUE,
      "cachedInputShare must be at least 0 and at most 1"
    );
  });

  it("shows #VALUE! naming inputTokensPerOutputToken when it is blank", () => {
    expectExcelError(
      () => F.blendedPrice(0.15, 0.6, null as never),
      VALUE,
      /^inputTokensPerOutputToken is required/
    );
  });
});

describe("BREAKEVENPRICE", () => {
  it("returns the price in USD per million tokens for the margin", () => {
    expectClose(F.breakEvenPrice(3.6, 1000), 1);
    expectClose(F.breakEvenPrice(3.6, 1000, 0.5, 0.5), 4);
  });

  it("treats omitted and blank optional arguments as full utilization and no margin", () => {
    expect(F.breakEvenPrice(3.6, 1000, null as never, "" as never)).toBe(
      F.breakEvenPrice(3.6, 1000)
    );
  });

  it("shows #VALUE! naming targetGrossMargin when it is 1", () => {
    expectExcelError(
      () => F.breakEvenPrice(3.6, 1000, 1, 1),
      VALUE,
      "targetGrossMargin must be at least 0 and less than 1"
    );
  });
});

describe("ENERGYPERTOKEN", () => {
  it("returns joules per token", () => {
    expectClose(F.energyPerToken(2, 1000, 1.25), 2.5);
  });

  it("treats an omitted or blank pue as 1", () => {
    expect(F.energyPerToken(2, 1000, null as never)).toBe(F.energyPerToken(2, 1000, 1));
    expect(F.energyPerToken(2, 1000, "" as never)).toBe(F.energyPerToken(2, 1000, 1));
  });

  it("shows #VALUE! naming powerKwPerGpu when it is negative", () => {
    expectExcelError(
      () => F.energyPerToken(-2, 1000),
      VALUE,
      /^powerKwPerGpu must be greater than 0/
    );
  });
});

describe("TOKENSPERMW", () => {
  it("returns tokens/s per MW", () => {
    expectClose(F.tokensPerMw(1000, 2), 500000);
    expectClose(F.tokensPerMw(1000, 2, 1.25), 400000);
  });

  it("treats an omitted pue as 1", () => {
    expect(F.tokensPerMw(1000, 2, null as never)).toBe(F.tokensPerMw(1000, 2));
  });

  it("shows #VALUE! naming tokensPerSecondPerGpu when it is infinite", () => {
    expectExcelError(
      () => F.tokensPerMw(Infinity, 2),
      VALUE,
      "tokensPerSecondPerGpu must be a finite number"
    );
  });
});

describe("PRESET", () => {
  it("returns the preset value in the field's unit, matching aliases and any case", () => {
    const expected = presets.presetValue("GB200", "tcoUsdPerGpuHourOwner");
    if (!expected.ok) throw new Error("fixture");
    expect(F.preset("gb200 nvl72", "tcoUsdPerGpuHourOwner")).toBe(expected.value);
  });

  it("shows #N/A listing close matches for an unknown platform", () => {
    expectExcelError(
      () => F.preset("B20", "hbmGb"),
      NA,
      /^platform "B20" not found; did you mean .*B200/
    );
  });

  it("shows #N/A listing close matches for an unknown field", () => {
    expectExcelError(
      () => F.preset("B200", "hbmGB2"),
      NA,
      /^field "hbmGB2" not found; did you mean .*hbmGb/
    );
  });

  it("shows #N/A saying why when nobody publishes the value", () => {
    expectExcelError(
      () => F.preset("TPUv6e", "boardPowerW"),
      NA,
      /^boardPowerW for TPUv6e is not published: /
    );
  });

  it("shows #VALUE! naming platform when it is blank", () => {
    expectExcelError(() => F.preset(null as never, "hbmGb"), VALUE, /^platform is required/);
    expectExcelError(() => F.preset("  ", "hbmGb"), VALUE, /^platform is required/);
  });

  it("shows #VALUE! naming field when it is a boolean", () => {
    expectExcelError(
      () => F.preset("B200", true as never),
      VALUE,
      'field must be text, such as "B200"'
    );
  });
});

describe("PRESETS", () => {
  it("spills every platform with the chosen fields, blank where unpublished (never 0)", () => {
    const table = F.presets("boardPowerW");
    expect(table[0]).toEqual(["id", "displayName", "vendor", "boardPowerW"]);
    expect(table).toHaveLength(1 + presets.listPlatforms().length);
    const tpu = table.find((row) => row[0] === "TPUv6e");
    expect(tpu?.[3]).toBe("");
  });

  it("shows every first-release field when none is given (later fields only by name)", () => {
    // 11 fields: a default table that grew would #SPILL! in existing sheets.
    expect(F.presets()[0]).toHaveLength(3 + 11);
    expect(F.presets(null as never)[0]).toHaveLength(3 + 11);
    expect(F.presets("tcoUsdPerGpuHourRentalRetail")[0]).toEqual([
      "id",
      "displayName",
      "vendor",
      "tcoUsdPerGpuHourRentalRetail",
    ]);
  });

  it("accepts fields from a range (a nested array)", () => {
    expect(F.presets([["hbmGb"], ["fp8DenseTflops"]] as never)[0]).toEqual([
      "id",
      "displayName",
      "vendor",
      "hbmGb",
      "fp8DenseTflops",
    ]);
  });

  it("shows #N/A for an unknown field", () => {
    expectExcelError(() => F.presets("nope"), NA, /^field "nope" not found/);
  });
});

describe("THROUGHPUT", () => {
  it("returns tokens/s per GPU read from the measured frontier", () => {
    const expected = presets.throughputAt("B200", "DeepSeek-R1", "1k/1k", 100);
    if (!expected.ok) throw new Error("fixture");
    expect(F.throughput("B200", "DeepSeek-R1", "1k/1k", 100)).toBe(
      expected.value.tokensPerSecondPerGpu
    );
    expect(F.throughput("B200", "DeepSeek-R1", "1k/1k", 100, null as never)).toBe(
      expected.value.tokensPerSecondPerGpu
    );
    expect(F.throughput("B200", "DeepSeek-R1", "1k/1k", 100, "" as never)).toBe(
      expected.value.tokensPerSecondPerGpu
    );
  });

  it("shows #N/A with the measured range outside it", () => {
    expectExcelError(
      () => F.throughput("B200", "DeepSeek-R1", "1k/1k", 5000),
      NA,
      /was measured from .* tokens\/s per user; 5000 is outside that range$/
    );
  });

  it("shows #VALUE! naming tokensPerSecondPerUser when it is 0", () => {
    expectExcelError(
      () => F.throughput("B200", "DeepSeek-R1", "1k/1k", 0),
      VALUE,
      /^tokensPerSecondPerUser must be greater than 0/
    );
  });

  it("shows #N/A for a platform with no measurements", () => {
    expectExcelError(() => F.throughput("Gaudi3", "DeepSeek-R1", "1k/1k", 50), NA, /Gaudi3/);
  });
});

describe("PRESETINFO", () => {
  it("returns the source text of a value", () => {
    const expected = presets.presetInfo("B200", "tcoUsdPerGpuHourOwner");
    if (!expected.ok) throw new Error("fixture");
    expect(F.presetProvenance("B200", "tcoUsdPerGpuHourOwner")).toBe(expected.value);
    expect(expected.value).toMatch(/\d{4}-\d{2}-\d{2}.*https:\/\//);
  });

  it("explains an unpublished value instead of failing", () => {
    expect(F.presetProvenance("TPUv6e", "boardPowerW")).toMatch(/not published/);
  });

  it("shows #N/A for an unknown platform", () => {
    expectExcelError(() => F.presetProvenance("Z9", "hbmGb"), NA, /^platform "Z9" not found/);
  });
});
