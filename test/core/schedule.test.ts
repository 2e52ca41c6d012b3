import fc from "fast-check";

import type { PerPeriod, ScheduleInput } from "../../src/core";
import {
  gpusInService,
  periodMillionTokens,
  SCHEDULE_LINES,
  scheduleLines,
  tokenCashFlowSchedule,
} from "../../src/core";
import { correctlyRoundedSum } from "../../src/core/exactSum";
import { expectInputError } from "../support/errors";
import { expectClose } from "../support/tolerance";

// Quarterly: 8760 / 4 = 2190 hours = 7,884,000 s, so one GPU at 1,000 tokens/s makes 7,884 million tokens
// a quarter, and 10 GPUs 78,840. Hand-checked figures below are multiples of these.

/** The adapter hands text and booleans inside a range through as they are; the core must name them. */
const cells = (...values: unknown[]): PerPeriod => values as PerPeriod;

/** A quarterly build-out small enough to check by hand (see the figures in the first test). */
const handChecked: ScheduleInput = {
  gpusAdded: [100, 0, 0, 0],
  tokensPerSecondPerGpu: 1000,
  usdPerMillionTokens: [2, 2, 1.5, 1.5],
  capexUsd: [3e6, 0, 0, 0],
  powerKwPerGpu: 1,
  usdPerKwh: 0.1,
  pue: 1.25,
  opexPerGpuYear: 4000,
  commissioningPeriods: 1,
};

describe("scheduleLines", () => {
  describe("results", () => {
    it("returns the hand-checked lines of a quarterly build-out with a commissioning lag and a price step", () => {
      const lines = scheduleLines(handChecked);
      // 100 GPUs produce from quarter 2: 100 × 7,884 = 788,400 million tokens a quarter.
      expect(lines.gpusInService).toEqual([0, 100, 100, 100]);
      expect(lines.millionTokens).toEqual([0, 788400, 788400, 788400]);
      // $2 then $1.50 per million tokens.
      expect(lines.revenueUsd).toEqual([0, 1576800, 1182600, 1182600]);
      // 100 GPUs × 1 kW × PUE 1.25 × 2,190 h × $0.10 = $27,375.
      expect(lines.powerUsd).toEqual([0, 27375, 27375, 27375]);
      // 100 GPUs × $4,000 a year / 4.
      expect(lines.otherOperatingCostUsd).toEqual([0, 100000, 100000, 100000]);
      expect(lines.capexUsd).toEqual([3e6, 0, 0, 0]);
      expect(lines.netCashFlowUsd).toEqual([-3e6, 1449425, 1055225, 1055225]);
      expect(lines.cumulativeNetCashUsd).toEqual([-3e6, -1550575, -495350, 559875]);
    });

    it("has one line per SCHEDULE_LINES entry, in that order, each one number per period", () => {
      const lines = scheduleLines(handChecked);
      expect(Object.keys(lines)).toEqual(SCHEDULE_LINES.map((line) => line.key));
      expect(SCHEDULE_LINES.map((line) => line.label)).toEqual([
        "GPUs in service",
        "Million tokens",
        "Revenue (USD)",
        "Power (USD)",
        "Other operating cost (USD)",
        "Capex (USD)",
        "Net cash flow (USD)",
        "Cumulative net cash (USD)",
      ]);
      for (const line of SCHEDULE_LINES) expect(lines[line.key]).toHaveLength(4);
    });

    it("retires GPUs after lifePeriods, and their revenue and costs with them", () => {
      const lines = scheduleLines({ ...handChecked, lifePeriods: 2 });
      expect(lines.gpusInService).toEqual([0, 100, 100, 0]);
      expect(lines.revenueUsd).toEqual([0, 1576800, 1182600, 0]);
      expect(lines.powerUsd[3]).toBe(0);
      expect(lines.otherOperatingCostUsd[3]).toBe(0);
    });

    it("compounds annualPriceChange by elapsed years on top of the per-period price", () => {
      const lines = scheduleLines({
        gpusAdded: [10, 0, 0, 0, 0],
        tokensPerSecondPerGpu: 1000,
        usdPerMillionTokens: 2,
        annualPriceChange: -0.19,
      });
      // (1 − 0.19)^0.5 = 0.9 half a year on; 0.81 a year on.
      expectClose(lines.revenueUsd[2] as number, 78840 * 2 * 0.9, 1e-14);
      expectClose(lines.revenueUsd[4] as number, 78840 * 2 * 0.81, 1e-14);
    });

    it("applies the defaults: utilization 1, quarterly, no capex, power or other cost", () => {
      const lines = scheduleLines({
        gpusAdded: [1, 0],
        tokensPerSecondPerGpu: 1000,
        usdPerMillionTokens: 1,
      });
      expect(lines.millionTokens).toEqual([7884, 7884]);
      expect(lines.netCashFlowUsd).toEqual([7884, 7884]);
      expect(lines.capexUsd).toEqual([0, 0]);
      expect(lines.powerUsd).toEqual([0, 0]);
    });

    it("gives blank cells in optional rows their defaults (utilization 1, pue 1, capex 0)", () => {
      const withBlanks = scheduleLines({
        ...handChecked,
        utilization: [null, 1, null, 1],
        pue: [1.25, null, 1.25, 1.25],
        capexUsd: [3e6, null, 0, null],
      });
      const plain = scheduleLines({ ...handChecked, pue: [1.25, 1, 1.25, 1.25] });
      expect(withBlanks).toEqual(plain);
    });

    it("reads a one-cell range like the single value it holds", () => {
      expect(
        scheduleLines({ ...handChecked, tokensPerSecondPerGpu: [1000], usdPerKwh: [0.1] })
      ).toEqual(scheduleLines(handChecked));
    });

    it("accepts one capex value for a one-period schedule: that is the range of its length", () => {
      const lines = scheduleLines({
        gpusAdded: [1],
        tokensPerSecondPerGpu: 1000,
        usdPerMillionTokens: 1,
        capexUsd: 5000,
      });
      expect(lines.netCashFlowUsd).toEqual([2884]);
    });

    it("produces the millionTokens line of PERIODTOKENS on GPUSINSERVICE, bit for bit", () => {
      const input: ScheduleInput = {
        ...handChecked,
        utilization: [0.3, 0.6, 0.9, 0.95],
        periodsPerYear: 12,
        annualThroughputGain: 0.37,
      };
      const inService = gpusInService(input);
      expect(scheduleLines(input).millionTokens).toEqual(
        periodMillionTokens({ ...input, gpusInService: inService })
      );
    });

    it("matches TOKENCASHFLOWS for one delivery at time 0 with its investment at period 0", () => {
      const gpus = 72;
      const periods = 12;
      const input: ScheduleInput = {
        gpusAdded: [gpus, ...new Array<number>(periods - 1).fill(0)],
        tokensPerSecondPerGpu: 10000,
        usdPerMillionTokens: 1.1,
        utilization: 0.8,
        periodsPerYear: 4,
        opexPerGpuYear: 5000,
        annualPriceChange: -0.3,
        annualThroughputGain: 0.25,
      };
      const lines = scheduleLines(input);
      const tokenFlows = tokenCashFlowSchedule(
        {
          investmentUsd: 1,
          years: 3,
          tokensPerSecond: gpus * 10000,
          usdPerMillionTokens: 1.1,
          utilization: 0.8,
          annualOperatingCostUsd: gpus * 5000,
          annualPriceChange: -0.3,
          annualThroughputGain: 0.25,
        },
        4
      ).rows.slice(1);
      tokenFlows.forEach((row, i) => {
        expectClose(lines.millionTokens[i] as number, row.millionTokens, 1e-14);
        expectClose(lines.revenueUsd[i] as number, row.revenueUsd, 1e-14);
        expectClose(lines.netCashFlowUsd[i] as number, row.netCashFlowUsd, 1e-13);
      });
    });
  });

  describe("argument validation", () => {
    it("rejects a single non-zero capexUsd: one charge repeated every period is never a capex line", () => {
      const message =
        "capexUsd must have one value per period, or be omitted: a single value would be charged again in every period";
      expectInputError(() => scheduleLines({ ...handChecked, capexUsd: 3e6 }), "capexUsd", message);
      expectInputError(
        () => scheduleLines({ ...handChecked, capexUsd: [3e6] }),
        "capexUsd",
        message
      );
      expect(scheduleLines({ ...handChecked, capexUsd: 0 }).capexUsd).toEqual([0, 0, 0, 0]);
    });

    it("names each per-period argument of the wrong length with its length and the expected one", () => {
      const wrong: [keyof ScheduleInput, number[]][] = [
        ["tokensPerSecondPerGpu", [1000, 1000]],
        ["usdPerMillionTokens", [1, 2, 3, 4, 5]],
        ["utilization", [1, 1, 1]],
        ["capexUsd", [1, 2]],
        ["powerKwPerGpu", [1, 1, 1]],
        ["usdPerKwh", []],
        ["pue", [1, 1]],
        ["opexPerGpuYear", [1, 1, 1, 1, 1, 1]],
      ];
      for (const [parameter, row] of wrong) {
        expectInputError(
          () => scheduleLines({ ...handChecked, [parameter]: row }),
          parameter,
          `${parameter} has ${row.length} values but gpusAdded has 4: give one value for every period, or a single value for all`
        );
      }
    });

    it("rejects a blank cell in a required per-period row, naming the period", () => {
      expectInputError(
        () => scheduleLines({ ...handChecked, usdPerMillionTokens: [2, null, 1.5, 1.5] }),
        "usdPerMillionTokens",
        "usdPerMillionTokens has no value for period 2: give a number for every period, or one number for all",
        "required"
      );
    });

    it("rejects an out-of-range cell, naming the argument and the period", () => {
      expectInputError(
        () => scheduleLines({ ...handChecked, pue: [1.25, 1.25, 0.9, 1.25] }),
        "pue",
        "period 3: pue must be at least 1 and at most 5"
      );
      expectInputError(
        () => scheduleLines({ ...handChecked, capexUsd: [3e6, -1, 0, 0] }),
        "capexUsd",
        "period 2: capexUsd must be at least 0 and at most 1e15"
      );
    });

    it("rejects booleans and text inside a row", () => {
      expectInputError(
        () => scheduleLines({ ...handChecked, usdPerKwh: cells(0.1, true, 0.1, 0.1) }),
        "usdPerKwh",
        /^period 2: usdPerKwh must be a number \(got boolean\)/,
        "notANumber"
      );
    });

    it("checks arguments in the order they are typed", () => {
      expectInputError(
        () =>
          scheduleLines({
            ...handChecked,
            tokensPerSecondPerGpu: [1, 2],
            opexPerGpuYear: [1],
            lifePeriods: -1,
          }),
        "tokensPerSecondPerGpu",
        /^tokensPerSecondPerGpu has 2 values/
      );
    });

    it("rejects annualPriceChange at or below -1", () => {
      expectInputError(
        () => scheduleLines({ ...handChecked, annualPriceChange: -1 }),
        "annualPriceChange",
        /^annualPriceChange must be greater than -1/
      );
    });
  });

  describe("laws", () => {
    const schedules = fc
      .integer({ min: 1, max: 48 })
      .chain((n) =>
        fc.record({
          gpusAdded: fc.array(fc.double({ min: 0, max: 500, noNaN: true }), {
            minLength: n,
            maxLength: n,
          }),
          usdPerMillionTokens: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), {
            minLength: n,
            maxLength: n,
          }),
          capexUsd: fc.array(fc.double({ min: 0, max: 1e8, noNaN: true }), {
            minLength: n,
            maxLength: n,
          }),
          utilization: fc.double({ min: 0, max: 1, noNaN: true }),
          periodsPerYear: fc.constantFrom(1, 4, 12),
          powerKwPerGpu: fc.double({ min: 0, max: 3, noNaN: true }),
          usdPerKwh: fc.double({ min: 0, max: 0.5, noNaN: true }),
          opexPerGpuYear: fc.double({ min: 0, max: 1e5, noNaN: true }),
          commissioningPeriods: fc.integer({ min: 0, max: 4 }),
          annualPriceChange: fc.double({ min: -0.9, max: 1, noNaN: true }),
        })
      )
      .map((input): ScheduleInput => ({ ...input, tokensPerSecondPerGpu: 5000 }));

    it("law: cumulative net cash is the exact sum of the net cash flows so far, rounded once", () => {
      fc.assert(
        fc.property(schedules, (input) => {
          const lines = scheduleLines(input);
          lines.cumulativeNetCashUsd.forEach((cumulative, p) => {
            expect(cumulative).toBe(correctlyRoundedSum(lines.netCashFlowUsd.slice(0, p + 1)));
          });
        })
      );
    });

    it("law: net cash flow = revenue − power − other operating cost − capex", () => {
      fc.assert(
        fc.property(schedules, (input) => {
          const lines = scheduleLines(input);
          lines.netCashFlowUsd.forEach((net, p) => {
            const parts = [
              lines.revenueUsd[p] as number,
              -(lines.powerUsd[p] as number),
              -(lines.otherOperatingCostUsd[p] as number),
              -(lines.capexUsd[p] as number),
            ];
            const scale = parts.reduce((sum, part) => sum + Math.abs(part), 0);
            expectClose(net, correctlyRoundedSum(parts), 0, 4 * Number.EPSILON * scale);
          });
        })
      );
    });
  });
});
