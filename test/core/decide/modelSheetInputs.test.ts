/**
 * The inserted model sheet's inputs block is usable as the decision functions' `inputs` as it stands: fed
 * to decisionModel, its [name, value] rows give the metrics the sheet's own output formulas compute.
 */
import {
  decisionModel,
  HOURS_PER_YEAR,
  paybackMonths,
  roiMultiple,
  tcoUsdPerGpuHour,
  tokenIrr,
  tokenNpvUsd,
  usdPerMillionTokens,
} from "../../../src/core";
import type { MetricName, TableCell, TokenInvestmentInput } from "../../../src/core";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import type { CalculatorInputs } from "../../../src/taskpane/model/inputs";
import type { Block } from "../../../src/taskpane/workbook/block";
import { MODEL_INPUTS_NAME, modelSheet } from "../../../src/taskpane/workbook/modelSheet";
import { expectClose } from "../../support/tolerance";

const CONTEXT = {
  platformDisplayName: "NVIDIA B200",
  tokensPerSecondPerGpu: 4000,
  throughputSource: "InferenceX",
  insertedOn: "2026-11-29",
};

/** The [name, value] rows the sheet's ModelInputs range covers, as Excel would pass them. */
function inputsRange(block: Block): TableCell[][] {
  const range = block.names.find((n) => n.name === MODEL_INPUTS_NAME);
  if (range === undefined) throw new Error("no ModelInputs range");
  const at = (row: number, column: number): TableCell =>
    block.cells.find((c) => c.row === row && c.column === column)?.value;
  return Array.from({ length: range.rows ?? 1 }, (_, i) =>
    Array.from({ length: range.columns ?? 1 }, (_, j) => at(range.row + i, range.column + j))
  );
}

/** A named input's value on the sheet. */
function sheetValue(block: Block, name: string): number {
  const at = block.names.find((n) => n.name === name);
  const value = block.cells.find((c) => c.row === at?.row && c.column === at?.column)?.value;
  if (typeof value !== "number") throw new Error(`${name} is no number on the sheet`);
  return value;
}

/** The sheet's outputs, computed from the core the way its formulas compute them. */
function sheetOutputs(block: Block, tier: number | undefined): Record<MetricName, number> {
  const v = (name: string): number => sheetValue(block, name);
  const usdPerGpuHour =
    tier ??
    tcoUsdPerGpuHour({
      capexPerGpu: v("CapexPerGpu"),
      lifeYears: v("LifeYears"),
      powerKwPerGpu: v("PowerKwPerGpu"),
      usdPerKwh: v("UsdPerKwh"),
      pue: v("Pue"),
      opexPerGpuYear: v("OpexPerGpuYear"),
      costOfCapital: v("CostOfCapital"),
    });
  const lifecycle: TokenInvestmentInput = {
    investmentUsd: v("GpuCount") * v("CapexPerGpu"),
    years: v("Years"),
    tokensPerSecond: v("GpuCount") * v("TokensPerSecondPerGpu"),
    usdPerMillionTokens: v("UsdPerMillionTokens"),
    utilization: v("Utilization"),
    // =GpuCount * (PowerKwPerGpu * Pue * UsdPerKwh * 8760 + OpexPerGpuYear)
    annualOperatingCostUsd:
      v("GpuCount") *
      (v("PowerKwPerGpu") * v("Pue") * v("UsdPerKwh") * HOURS_PER_YEAR + v("OpexPerGpuYear")),
    annualPriceChange: v("AnnualPriceChange"),
    annualThroughputGain: v("AnnualThroughputGain"),
  };
  const irr = tokenIrr(lifecycle);
  const payback = paybackMonths(lifecycle);
  if (!irr.ok || !payback.ok) throw new Error("the fixture should have an IRR and a payback");
  return {
    roiMultiple: roiMultiple(lifecycle),
    npvUsd: tokenNpvUsd(v("DiscountRate"), lifecycle),
    irr: irr.value,
    paybackMonths: payback.value,
    revenueUsd: NaN,
    costPerMillionTokensUsd: usdPerMillionTokens({
      usdPerGpuHour,
      tokensPerSecondPerGpu: v("TokensPerSecondPerGpu"),
      utilization: v("Utilization"),
    }),
  };
}

const COMPARED: readonly MetricName[] = [
  "roiMultiple",
  "npvUsd",
  "irr",
  "paybackMonths",
  "costPerMillionTokensUsd",
];

describe("the model sheet's inputs block as decisionModel inputs", () => {
  const base: CalculatorInputs = {
    ...defaultInputs("B200"),
    gpuCount: 64,
    years: 4,
    usdPerMillionTokens: 2,
  };

  it("is a contiguous [name, value] range holding every input, names matching the model's", () => {
    const rows = inputsRange(modelSheet(base, CONTEXT));
    expect(rows.every((row) => row.length === 2 && typeof row[0] === "string")).toBe(true);
    expect(rows.map((row) => row[0])).toEqual(
      expect.arrayContaining(["GpuCount", "TokensPerSecondPerUser", "Years", "DiscountRate"])
    );
    expect(() => decisionModel(rows)).not.toThrow();
  });

  it("gives the sheet's ROI, NPV, IRR, payback and cost per million for a build-up sheet", () => {
    const block = modelSheet(base, CONTEXT);
    const model = decisionModel(inputsRange(block));
    const expected = sheetOutputs(block, undefined);
    for (const metric of COMPARED) {
      const answer = model.evaluate(metric);
      expect(answer.ok).toBe(true);
      if (answer.ok) expectClose(answer.value, expected[metric], 1e-9);
    }
  });

  it("gives the sheet's figures for a preset-tier sheet, its cost per million from UsdPerGpuHour", () => {
    const tiered: CalculatorInputs = { ...base, costBasis: "tcoUsdPerGpuHourRental" };
    const block = modelSheet(tiered, CONTEXT);
    const rows = inputsRange(block);
    expect(rows.map((row) => row[0])).toContain("UsdPerGpuHour");
    const tier = sheetValue(block, "UsdPerGpuHour");
    const model = decisionModel(rows);
    const expected = sheetOutputs(block, tier);
    for (const metric of COMPARED) {
      const answer = model.evaluate(metric);
      expect(answer.ok).toBe(true);
      if (answer.ok) expectClose(answer.value, expected[metric], 1e-9);
    }
    // The tier, not the build-up: a different hourly cost gives a different cost per million.
    const builtUp = decisionModel(rows.filter((row) => row[0] !== "UsdPerGpuHour"));
    expect(builtUp.evaluate("costPerMillionTokensUsd")).not.toEqual(
      model.evaluate("costPerMillionTokensUsd")
    );
  });

  it("accepts tokensPerSecondPerUser without any metric using it", () => {
    const rows = inputsRange(modelSheet(base, CONTEXT));
    const other = rows.map((row) =>
      String(row[0]).toLowerCase() === "tokenspersecondperuser" ? [row[0], 999] : row
    );
    for (const metric of COMPARED)
      expect(decisionModel(other).evaluate(metric)).toEqual(decisionModel(rows).evaluate(metric));
  });

  it("needs only usdPerGpuHour and tokensPerSecondPerGpu for the cost per million", () => {
    const answer = decisionModel([
      ["usdPerGpuHour", 3.6],
      ["tokensPerSecondPerGpu", 1000],
      ["utilization", 0.5],
    ]).evaluate("costPerMillionTokensUsd");
    expect(answer).toEqual({ ok: true, value: 2 });
  });
});
