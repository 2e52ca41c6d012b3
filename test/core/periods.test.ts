import fc from "fast-check";

import {
  gpusInService,
  MAX_ROW_PERIODS,
  PerPeriod,
  periodMillionTokens,
  SCHEDULE_LINES,
  ScheduleInput,
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
        /^commissioningPeriods must be a number \(got a range\)/,
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
});

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
        "capexUsd must be a range with one value per period, or omitted: a single value would be charged again in every period";
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
        "usdPerMillionTokens is blank in period 2: enter a number in every period, or a single value for all",
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
