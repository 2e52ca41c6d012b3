import * as core from "../../src/core";
import { PARAMETERS } from "../../src/functions/parameters";
import * as presets from "../../src/presets";
import type { FunctionMetadata } from "../support/builtBundle";
import { builtFile, builtMetadata, loadBuiltFunctions } from "../support/builtBundle";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";
import { thrownBy } from "../support/errors";

// Each registered ID called as Excel calls it: every declared parameter present, omitted ones as null.
const claim = { investmentUsd: 5e6, years: 3, tokensPerSecond: 720000, usdPerMillionTokens: 1.1 };
const lifecycle = {
  ...claim,
  utilization: 0.8,
  annualOperatingCostUsd: 2e6,
  annualPriceChange: -0.3,
  annualThroughputGain: 0.25,
};
const lifecycleArgs = [5e6, 3, 720000, 1.1, 0.8, 2e6, -0.3, 0.25];
/** The claim as the decision functions' inputs table, with a scenario table and two uncertain inputs. */
const claimTable = Object.entries(claim);
const halfPrice = [
  ["", "Base", "Half price"],
  ["usdPerMillionTokens", null, 0.55],
];
const twoUncertain = [
  ["usdPerMillionTokens", "triangular", 0.5, 1.1, 2],
  ["utilization", "uniform", 0.5, 1],
];

const CASES: Record<string, { args: unknown[]; expected: () => unknown }> = {
  GPUHOURCOST: {
    args: [35040, 4, 1.2, 0.08, 1.3, 2000, 0.1, 0.1],
    expected: () =>
      core.tcoUsdPerGpuHour({
        capexPerGpu: 35040,
        lifeYears: 4,
        powerKwPerGpu: 1.2,
        usdPerKwh: 0.08,
        pue: 1.3,
        opexPerGpuYear: 2000,
        costOfCapital: 0.1,
        residualFraction: 0.1,
      }),
  },
  COSTPERTOKEN: {
    args: [2.21, 1149.1, null, null],
    expected: () =>
      core.usdPerMillionTokens({ usdPerGpuHour: 2.21, tokensPerSecondPerGpu: 1149.1 }),
  },
  TOKENREVENUE: {
    args: [3, 720000, 1.1, null, null, null],
    expected: () => core.tokenRevenueUsd(claim),
  },
  ROIMULTIPLE: {
    args: [5e6, 3, 720000, 1.1, null, null, null, null],
    expected: () => core.roiMultiple(claim),
  },
  PAYBACKMONTHS: {
    args: lifecycleArgs,
    expected: () => {
      const result = core.paybackMonths(lifecycle);
      return result.ok ? result.value : undefined;
    },
  },
  TOKENCASHFLOWS: {
    args: [...lifecycleArgs, 12],
    expected: () => [
      ["Period", "Million tokens", "Revenue (USD)", "Operating cost (USD)", "Net cash flow (USD)"],
      ...core
        .tokenCashFlowSchedule(lifecycle, 12)
        .rows.map((r) => [
          r.period,
          r.millionTokens,
          r.revenueUsd,
          r.operatingCostUsd,
          r.netCashFlowUsd,
        ]),
    ],
  },
  TOKENNPV: { args: [0.12, ...lifecycleArgs], expected: () => core.tokenNpvUsd(0.12, lifecycle) },
  TOKENIRR: {
    args: lifecycleArgs,
    expected: () => {
      const result = core.tokenIrr(lifecycle);
      return result.ok ? result.value : undefined;
    },
  },
  BLENDEDPRICE: {
    args: [0.55, 2.19, 3, 0.5, 0.14],
    expected: () =>
      core.blendedUsdPerMillionTokens({
        inputUsdPerMillion: 0.55,
        outputUsdPerMillion: 2.19,
        inputTokensPerOutputToken: 3,
        cachedInputShare: 0.5,
        cachedInputUsdPerMillion: 0.14,
      }),
  },
  BREAKEVENPRICE: {
    args: [2.21, 1149.1, 0.7, 0.4],
    expected: () =>
      core.breakEvenUsdPerMillionTokens({
        usdPerGpuHour: 2.21,
        tokensPerSecondPerGpu: 1149.1,
        utilization: 0.7,
        targetGrossMargin: 0.4,
      }),
  },
  ENERGYPERTOKEN: {
    args: [1.87, 1149.1, 1.2],
    expected: () =>
      core.joulesPerToken({ powerKwPerGpu: 1.87, tokensPerSecondPerGpu: 1149.1, pue: 1.2 }),
  },
  PRESET: {
    args: ["GB200 NVL72", "tcoUsdPerGpuHourOwner"],
    expected: () => presetNumber("GB200", "tcoUsdPerGpuHourOwner"),
  },
  PRESETS: {
    args: [["hbmGb", "allInPowerKwPerGpu"]],
    expected: () => {
      const table = presets.presetTable(["hbmGb", "allInPowerKwPerGpu"]);
      return table.ok
        ? table.value.map((row) => row.map((cell) => (cell === null ? "" : cell)))
        : undefined;
    },
  },
  THROUGHPUT: {
    args: ["B200", "DeepSeek-R1", "1k/1k", 100, null, null],
    expected: () => {
      const found = presets.throughputAt("B200", "DeepSeek-R1", "1k/1k", 100);
      return found.ok ? found.value.tokensPerSecondPerGpu : undefined;
    },
  },
  PRESETINFO: {
    args: ["b200", "allInPowerKwPerGpu"],
    expected: () => {
      const found = presets.presetInfo("B200", "allInPowerKwPerGpu");
      return found.ok ? found.value : undefined;
    },
  },
  TOKENSPERMW: {
    args: [1149.1, 1.87, null],
    expected: () =>
      core.tokensPerSecondPerMegawatt({ tokensPerSecondPerGpu: 1149.1, powerKwPerGpu: 1.87 }),
  },
  // Period functions: per-period arguments are one-row ranges; the result is laid out as the first argument.
  GPUSINSERVICE: {
    args: [[[8, 0, 4, 0, 0]], 1, 3],
    expected: () => [
      core.gpusInService({ gpusAdded: [8, 0, 4, 0, 0], commissioningPeriods: 1, lifePeriods: 3 }),
    ],
  },
  PERIODTOKENS: {
    args: [[[0, 10, 10]], 1000, [[1, 0.5, 1]], null, null],
    expected: () => [
      core.periodMillionTokens({
        gpusInService: [0, 10, 10],
        tokensPerSecondPerGpu: 1000,
        utilization: [1, 0.5, 1],
      }),
    ],
  },
  SCHEDULE: {
    args: [
      [[4, 0, 0, 0]],
      1000,
      [[2, 2, 3, 3]],
      null,
      4,
      [[1e5, 0, 0, 5e4]],
      1,
      0.1,
      1.5,
      8760,
      1,
      2,
      null,
      null,
    ],
    expected: () => {
      const lines = core.scheduleLines({
        gpusAdded: [4, 0, 0, 0],
        tokensPerSecondPerGpu: 1000,
        usdPerMillionTokens: [2, 2, 3, 3],
        periodsPerYear: 4,
        capexUsd: [1e5, 0, 0, 5e4],
        powerKwPerGpu: 1,
        usdPerKwh: 0.1,
        pue: 1.5,
        opexPerGpuYear: 8760,
        commissioningPeriods: 1,
        lifePeriods: 2,
      });
      return core.SCHEDULE_LINES.map((line) => [...lines[line.key]]);
    },
  },
  SCHEDULELABELS: {
    args: [null],
    expected: () => core.SCHEDULE_LINES.map((line) => [line.label]),
  },
  CASHFLOWNPV: {
    args: [0.08, [[-40000, 8000, 9200, 10000, 12000, 14500]], null],
    expected: () => core.cashFlowNpv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500]),
  },
  CASHFLOWIRR: {
    args: [[[-70000, 12000, 15000, 18000, 21000, 26000]], null],
    expected: () => {
      const found = core.cashFlowIrr([-70000, 12000, 15000, 18000, 21000, 26000]);
      return found.ok ? found.value : undefined;
    },
  },
  // 1.2.0: which platform, measured history, roofline estimate, API prices.
  PLATFORMRANK: {
    args: ["gpt-oss-120b", "8k/1k", null, "rental", null],
    expected: () => {
      const table = presets.platformRankTable("gpt-oss-120b", "8k/1k", null, "rental");
      return table.ok
        ? table.value.map((row) => row.map((cell) => (cell === null ? "" : cell)))
        : undefined;
    },
  },
  CHEAPESTPLATFORM: {
    args: ["DeepSeek-R1", "8k/1k", 75, null, null],
    expected: () => {
      const found = presets.cheapestPlatform("DeepSeek-R1", "8k/1k", 75);
      return found.ok ? found.value : undefined;
    },
  },
  PLATFORMWINNERS: {
    args: ["DeepSeek-R1", [["1k/1k"], ["8k/1k"]], [[25, 100]], null],
    expected: () => {
      const table = presets.platformWinnersTable("DeepSeek-R1", ["1k/1k", "8k/1k"], [25, 100]);
      return table.ok
        ? table.value.map((row) => row.map((cell) => (cell === null ? "" : cell)))
        : undefined;
    },
  },
  SOFTWAREGAIN: {
    // 46006 is the Excel date serial of 2025-12-15.
    args: ["B200", "DeepSeek-R1", "8k/1k", 50, 46006, "2026-06-11"],
    expected: () => {
      const found = presets.softwareGain(
        "B200",
        "DeepSeek-R1",
        "8k/1k",
        50,
        "2025-12-15",
        "2026-06-11"
      );
      return found.ok ? found.value.annualGain : undefined;
    },
  },
  ESTIMATETHROUGHPUT: {
    args: ["TPU7x", "Llama-3.3-70B", "1k/1k", 50, null, null],
    expected: () => {
      const found = presets.estimateThroughput("TPU7x", "Llama-3.3-70B", "1k/1k", 50);
      return found.ok ? found.value.tokensPerSecondPerGpu : undefined;
    },
  },
  ESTIMATEINFO: {
    args: [null],
    expected: () => {
      const found = presets.estimateInfo();
      return found.ok ? found.value : undefined;
    },
  },
  APIPRICE: {
    args: ["DeepSeek-R1", "DeepSeek", null, 0.5, "8k/1k"],
    expected: () =>
      core.blendedUsdPerMillionTokens({
        inputUsdPerMillion: 0.55,
        outputUsdPerMillion: 2.19,
        inputTokensPerOutputToken: 8,
        cachedInputShare: 0.5,
        cachedInputUsdPerMillion: 0.14,
      }),
  },
  // 1.3.0: decisions under uncertainty; tables as ranges, the vendor claim as the model.
  TORNADO: {
    args: ["roiMultiple", claimTable, [["utilization", 0.5, 1]]],
    expected: () => {
      const [row] = core.tornado({
        metric: "roiMultiple",
        inputs: claimTable,
        lowHigh: [["utilization", 0.5, 1]],
      });
      if (!row?.metricAtLow.ok || !row.metricAtHigh.ok) return undefined;
      return [
        ["parameter", "low", "high", "roiMultiple at low", "roiMultiple at high", "swing"],
        ["utilization", 0.5, 1, row.metricAtLow.value, row.metricAtHigh.value, row.swing],
      ];
    },
  },
  SOLVEFOR: {
    args: ["roiMultiple", 15, "usdPerMillionTokens", claimTable, null, null],
    expected: () => {
      const found = core.solveFor({
        metric: "roiMultiple",
        target: 15,
        parameter: "usdPerMillionTokens",
        inputs: claimTable,
      });
      return found.ok ? [[found.value]] : undefined;
    },
  },
  SCENARIOS: {
    args: ["roiMultiple", claimTable, halfPrice],
    expected: () => {
      const results = core.scenarios({
        metric: "roiMultiple",
        inputs: claimTable,
        scenarios: halfPrice,
      });
      const values = results.map((s) => ("ok" in s.result && s.result.ok ? s.result.value : NaN));
      return [
        ["scenario", ...results.map((s) => s.name)],
        ["roiMultiple", ...values],
      ];
    },
  },
  SIMULATE: {
    args: [
      "roiMultiple",
      claimTable,
      twoUncertain,
      1000,
      5,
      [
        [1, 0.5],
        [0.5, 1],
      ],
      null,
    ],
    expected: () => {
      const summary = core.simulate({
        metric: "roiMultiple",
        inputs: claimTable,
        uncertain: twoUncertain,
        trials: 1000,
        seed: 5,
        correlations: [
          [1, 0.5],
          [0.5, 1],
        ],
      });
      return core
        .summaryRows(summary)
        .map(([label, value]) => [label, value.ok ? value.value : NaN]);
    },
  },
  CASHFLOWPAYBACK: {
    args: [[[-100, 60, 60, -50, 60]], 4],
    expected: () => {
      const found = core.cashFlowPaybackMonths([-100, 60, 60, -50, 60], 4);
      return found.ok ? found.value : undefined;
    },
  },
};

/**
 * Functions that return one value per cell and broadcast over ranges (their help says so); the others
 * return a table or a row, or one value from a row of periods.
 */
const BROADCASTING = builtMetadata()
  .filter((f) => f.description?.includes("Any argument may be a range"))
  .map((f) => f.id);

/**
 * The arguments as Excel passes them: a value in a matrix parameter arrives as a 1×1 range (2-D array);
 * an omitted one as null; a repeating parameter as its array.
 */
function asExcelPasses(declared: FunctionMetadata, args: readonly unknown[]): unknown[] {
  return args.map((arg, i) =>
    declared.parameters[i]?.dimensionality === "matrix" && arg !== null && !Array.isArray(arg)
      ? [[arg]]
      : arg
  );
}

function presetNumber(platform: string, field: string): number | undefined {
  const found = presets.presetValue(platform, field);
  return found.ok ? found.value : undefined;
}

describe("the built functions bundle (dist/functions.js) in a stand-in custom-functions runtime", () => {
  const { runtime, byId } = loadBuiltFunctions();
  const metadata = builtMetadata();

  it("registers every ID in functions.json exactly once, and nothing else", () => {
    const registered = runtime.registrations.map((r) => r.id).sort();
    expect(registered).toEqual(metadata.map((f) => f.id).sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it("has a test case for every registered ID", () => {
    for (const id of byId.keys()) expect(Object.keys(CASES)).toContain(id);
  });

  it.each(Object.keys(CASES))(
    "%s returns what the core computes, called the way Excel calls it",
    (id) => {
      const fn = byId.get(id);
      const spec = CASES[id];
      if (!fn || !spec) throw new Error(`${id} is not registered`);
      const declared = metadata.find((f) => f.id === id);
      if (!declared) throw new Error(`${id} is not in functions.json`);
      expect(spec.args).toHaveLength(declared.parameters.length);
      const expected = spec.expected();
      expect(expected).toBeDefined();
      const spill = BROADCASTING.includes(id) ? [[expected]] : expected;
      expect(fn(...asExcelPasses(declared, spec.args))).toEqual(spill);
      // A JavaScript caller's plain values read as the one-cell ranges they stand for.
      expect(fn(...spec.args)).toEqual(spill);
    }
  );

  it.each(BROADCASTING)(
    "%s spills a column when its first argument is a column range, each cell the single-value result",
    (id) => {
      const fn = byId.get(id);
      const spec = CASES[id];
      const declared = metadata.find((f) => f.id === id);
      if (!fn || !spec || !declared) throw new Error(`${id} is not registered`);
      const args = asExcelPasses(declared, spec.args);
      const first = spec.args[0];
      const result = fn([[first], [first], [first]], ...args.slice(1));
      expect(result).toEqual([[spec.expected()], [spec.expected()], [spec.expected()]]);
    }
  );

  it("shows #VALUE! when TOKENCASHFLOWS gets a range of several cells where it takes one value", () => {
    const fn = byId.get("TOKENCASHFLOWS");
    const spec = CASES.TOKENCASHFLOWS;
    const declared = metadata.find((f) => f.id === "TOKENCASHFLOWS");
    if (!fn || !spec || !declared) throw new Error("TOKENCASHFLOWS is not registered");
    const args = asExcelPasses(declared, spec.args);
    args[1] = [[3, 4]];
    const thrown = thrownBy(() => fn(...args));
    expect(thrown).toBeInstanceOf(CustomFunctionsError);
    expect((thrown as CustomFunctionsError).code).toBe("#VALUE!");
    expect((thrown as CustomFunctionsError).message).toBe(
      "years must be a single value: TOKENCASHFLOWS returns a table"
    );
  });

  // Each function reads Excel's positional arguments against its own parameter list: a wrong value in any
  // position must be reported under the name functions.json gives that position.
  it.each(Object.keys(CASES))(
    "%s reads each argument position as the parameter functions.json declares there",
    (id) => {
      const fn = byId.get(id);
      const spec = CASES[id];
      const declared = metadata.find((f) => f.id === id);
      if (!fn || !spec || !declared) throw new Error(`${id} is not registered`);
      declared.parameters.forEach((parameter, position) => {
        const args = [...spec.args];
        const numeric = PARAMETERS[parameter.name as keyof typeof PARAMETERS].kind === "number";
        args[position] = numeric ? "not a number" : true;
        const thrown = thrownBy(() => fn(...args));
        expect(thrown).toBeInstanceOf(CustomFunctionsError);
        expect((thrown as CustomFunctionsError).code).toBe("#VALUE!");
        // A number parameter says so; a text one with a fixed set of words (orientation) names them instead.
        const message = (thrown as CustomFunctionsError).message;
        if (numeric)
          expect(message).toBe(`${parameter.name} must be a number (got text "not a number")`);
        else expect(message.startsWith(`${parameter.name} must be `)).toBe(true);
      });
    }
  );

  it("raises CustomFunctions.Error #VALUE! with the parameter's name from the bundle", () => {
    const costPerToken = byId.get("COSTPERTOKEN");
    expect(() => costPerToken?.(2.21, 1149.1, 2, null)).toThrow(
      new CustomFunctionsError("#VALUE!", "utilization must be greater than 0 and at most 1")
    );
    try {
      costPerToken?.(2.21, 1149.1, 2, null);
    } catch (error) {
      expect(error).toBeInstanceOf(CustomFunctionsError);
      expect((error as CustomFunctionsError).code).toBe("#VALUE!");
    }
  });

  it("keeps the task pane bundle free of function registrations (no double registration in the shared runtime)", () => {
    expect(builtFile("taskpane.js")).not.toContain("CustomFunctions.associate");
  });

  it("loads functions.js before taskpane.js in the shared-runtime page", () => {
    const html = builtFile("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts.filter((src) => src === "functions.js")).toHaveLength(1);
    expect(scripts.indexOf("taskpane.js")).toBeGreaterThan(scripts.indexOf("functions.js"));
  });
});
