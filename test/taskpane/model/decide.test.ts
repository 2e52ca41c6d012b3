import { decisionModel, slotOf } from "../../../src/core";
import type { ParameterName } from "../../../src/core";
import { calculate } from "../../../src/taskpane/model/calculator";
import { cumulativeCash, decideFigures, DECIDE_TRIALS } from "../../../src/taskpane/model/decide";
import type { DecideFigures } from "../../../src/taskpane/model/decide";
import {
  decisionRows,
  DRIVERS,
  lowHighTable,
  scenarioTable,
  uncertainTable,
} from "../../../src/taskpane/model/decideTables";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import type { CalculatorInputs } from "../../../src/taskpane/model/inputs";
import { expectClose } from "../../support/tolerance";

const inputs: CalculatorInputs = { ...defaultInputs("B200"), gpuCount: 64, usdPerMillionTokens: 2 };

function figuresOf(i: CalculatorInputs, target?: number): DecideFigures {
  const answer = decideFigures(i, target);
  if (!answer.ok) throw new Error(answer.reason);
  return answer.value;
}

/** ROI straight from the core's model with one input replaced. */
function roiWith(f: DecideFigures, name: ParameterName, value: number): number {
  const model = decisionModel(f.rows);
  const values = model.values();
  values[slotOf(name)] = value;
  return model.evaluator("roiMultiple")(values);
}

describe("decideFigures", () => {
  const figures = figuresOf(inputs);

  describe("results", () => {
    it("starts from the calculator's own ROI", () => {
      const roi = calculate(inputs).roiMultiple;
      expect(roi.ok && figures.base.ok).toBe(true);
      if (roi.ok && figures.base.ok) expectClose(figures.base.value, roi.value, 1e-9);
    });

    it("gives every driver a tornado bar whose ends match direct evaluation, largest swing first", () => {
      expect(figures.tornado.map((b) => b.parameter).sort()).toEqual(
        DRIVERS.map((d) => d.name).sort()
      );
      for (const bar of figures.tornado) {
        const atLow = roiWith(figures, bar.parameter as ParameterName, bar.low);
        const atHigh = roiWith(figures, bar.parameter as ParameterName, bar.high);
        expect(bar.atLow).toEqual({ ok: true, value: atLow });
        expect(bar.atHigh).toEqual({ ok: true, value: atHigh });
        expectClose(bar.swing, Math.abs(atHigh - atLow), 1e-12);
      }
      const swings = figures.tornado.map((b) => b.swing);
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    });

    it("documents ranges the tornado uses: ±20% of the token price", () => {
      const price = lowHighTable(figures.rows).find(([name]) => name === "usdPerMillionTokens");
      expect(price).toEqual(["usdPerMillionTokens", 1.6, 2.4]);
    });

    it.each([1, 3])("solves break-evens that give back the target ROI (%sx)", (target) => {
      const f = figuresOf(inputs, target);
      const solved = f.breakEvens.filter((b) => b.value.ok);
      expect(solved.length).toBeGreaterThanOrEqual(2);
      for (const b of solved)
        if (b.value.ok)
          expectClose(roiWith(f, b.parameter as ParameterName, b.value.value), target, 1e-6, 1e-6);
    });

    it("says which side the ROI stays on when no value of a driver reaches the target", () => {
      const f = figuresOf(inputs, 1000);
      const utilization = f.breakEvens.find((b) => b.parameter === "utilization");
      expect(utilization?.value).toEqual({
        ok: false,
        reason: expect.stringMatching(/stays below 1000/),
      });
    });

    it("ranks bear below base below bull", () => {
      expect(figures.scenarios.map((s) => s.name)).toEqual(["Base", "Bear", "Bull"]);
      const [base, bear, bull] = figures.scenarios.map((s) => (s.value.ok ? s.value.value : NaN));
      expect(bear).toBeLessThan(base as number);
      expect(bull).toBeGreaterThan(base as number);
      expect(scenarioTable(figures.rows)[0]).toEqual(["Parameter", "Base", "Bear", "Bull"]);
    });

    it("simulates with a fixed seed: bins hold every trial, P10 ≤ P50 ≤ P90, a loss probability", () => {
      const s = figures.simulation;
      expect(s.trials).toBe(DECIDE_TRIALS);
      expect(s.bins.reduce((sum, b) => sum + b.count, 0)).toBe(DECIDE_TRIALS);
      const [p10, p50, p90] = [s.p10, s.p50, s.p90].map((p) => (p.ok ? p.value : NaN));
      expect(p10).toBeLessThanOrEqual(p50 as number);
      expect(p50).toBeLessThanOrEqual(p90 as number);
      expect(s.lossProbability.ok && s.lossProbability.value >= 0).toBe(true);
      expect(figuresOf(inputs).simulation).toEqual(s);
    });

    it("draws every uncertain input inside its rule", () => {
      const table = uncertainTable(figures.rows);
      expect(table.map((r) => r[0])).toContain("usdPerMillionTokens");
      const utilization = table.find((r) => r[0] === "utilization");
      expect(utilization?.[4]).toBeLessThanOrEqual(1);
    });

    it("accumulates the net cash from the investment at year 0", () => {
      const cash = cumulativeCash(figures.rows);
      expect(cash).toHaveLength(inputs.years + 1);
      expectClose(cash[0]?.cumulativeUsd ?? 0, -inputs.gpuCount * inputs.capexPerGpu);
    });

    it("feeds a preset tier's cost of a GPU-hour to the model", () => {
      const rows = decisionRows({ ...inputs, costBasis: "tcoUsdPerGpuHourRental" }, 1000);
      expect(rows.ok && rows.value.some(([name]) => name === "usdPerGpuHour")).toBe(true);
    });
  });

  describe("argument validation", () => {
    it("gives a reason, not NaN, when a calculator field is blank", () => {
      expect(decideFigures({ ...inputs, usdPerKwh: NaN })).toEqual({
        ok: false,
        reason: "Enter Electricity in the calculator: it is blank or not a number.",
      });
    });

    it("asks for a capex where none is published", () => {
      const answer = decideFigures(defaultInputs("Gaudi3"));
      expect(answer.ok).toBe(false);
    });

    it("passes on the model's reason when a field breaks its rule", () => {
      expect(decideFigures({ ...inputs, utilization: 1.5 })).toEqual({
        ok: false,
        reason: expect.stringMatching(/utilization/),
      });
    });
  });
});
