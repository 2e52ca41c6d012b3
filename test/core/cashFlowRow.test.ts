import fc from "fast-check";

import type { Answer, PerPeriod, TokenInvestmentInput } from "../../src/core";
import {
  annualNetCashFlowsUsd,
  cashFlowIrr,
  cashFlowNpv,
  cashFlowPaybackMonths,
  compoundedAnnualRate,
  irr,
  MESSAGES,
  npv,
  paybackMonths,
  scheduleLines,
  tokenCashFlowSchedule,
  tokenNpvUsd,
} from "../../src/core";
import { expectInputError } from "../support/errors";
import { expectClose, expectRounded } from "../support/tolerance";

interface HardIrrCase {
  readonly name: string;
  readonly flows: readonly number[];
  readonly noSolution?: boolean;
}
const { HARD_IRR_CASES } = require("../../bench/cases/irrHardCases") as {
  HARD_IRR_CASES: readonly HardIrrCase[];
};

/** `irr` on the flows, as CASHFLOWIRR reads it. */
function irrAsAnswer(flows: readonly number[], periodsPerYear = 1): Answer<number> {
  return irr(flows, periodsPerYear);
}

/** The definition, term by term: Σ values[k] / (1 + annualRate)^(k / periodsPerYear). */
function npvByDefinition(annualRate: number, values: readonly number[], periodsPerYear: number) {
  return values.reduce(
    (sum, value, k) => sum + value / Math.pow(1 + annualRate, k / periodsPerYear),
    0
  );
}

const cells = (...values: unknown[]): PerPeriod => values as PerPeriod;

describe("cashFlowNpv", () => {
  describe("results", () => {
    it("matches Excel's NPV example 2 with the outlay at time 0 (8%) = 1,922.06", () => {
      expectRounded(cashFlowNpv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500]), 1922.06, 2);
    });

    it("leaves values[0] undiscounted, as TOKENNPV does, and equals TOKENNPV on its annual flows", () => {
      const input: TokenInvestmentInput = {
        investmentUsd: 5e6,
        years: 3,
        tokensPerSecond: 720000,
        usdPerMillionTokens: 1.1,
        annualOperatingCostUsd: 2e6,
      };
      expect(cashFlowNpv(0.5, [-100])).toBe(-100);
      expect(cashFlowNpv(0.12, annualNetCashFlowsUsd(input))).toBe(tokenNpvUsd(0.12, input));
    });

    it("discounts at an annual rate on quarterly values: 121 four quarters on is 100 today at 21%", () => {
      expectClose(cashFlowNpv(0.21, [0, 0, 0, 0, 121], 4), 100, 1e-14);
      expectClose(cashFlowNpv(0.21, [0, 0, 110], 4), 100, 1e-14);
    });

    it("equals the definition term by term on monthly values", () => {
      const values = [-1e6, ...Array.from({ length: 36 }, (_, k) => 40000 + 500 * k)];
      expectClose(cashFlowNpv(0.09, values, 12), npvByDefinition(0.09, values, 12), 1e-12);
    });

    it("counts a blank cell as 0 cash, so the later values keep their timing", () => {
      expect(cashFlowNpv(0.1, [-100, null, 121])).toBe(cashFlowNpv(0.1, [-100, 0, 121]));
    });

    it("reads a SCHEDULE net line after a time-0 value as TOKENNPV reads the same deployment", () => {
      // One delivery producing from period 1, its investment at time 0: the README's recipe.
      const net = scheduleLines({
        gpusAdded: [72, 0, 0],
        tokensPerSecondPerGpu: 10000,
        usdPerMillionTokens: 1.1,
        periodsPerYear: 1,
        opexPerGpuYear: 10000,
      }).netCashFlowUsd;
      const tokenNpv = tokenNpvUsd(0.1, {
        investmentUsd: 5e6,
        years: 3,
        tokensPerSecond: 720000,
        usdPerMillionTokens: 1.1,
        annualOperatingCostUsd: 720000,
      });
      expectClose(cashFlowNpv(0.1, [-5e6, ...net]), tokenNpv, 1e-14);
    });
  });

  describe("argument validation", () => {
    it("rejects annualRate at or below -1", () => {
      expectInputError(
        () => cashFlowNpv(-1, [1, 2]),
        "annualRate",
        "annualRate must be greater than -1 and at most 100"
      );
    });

    it("rejects an empty row and a row longer than 100,000 values", () => {
      expectInputError(
        () => cashFlowNpv(0.1, []),
        "values",
        "values is empty: give at least one value",
        "required"
      );
      expectInputError(
        () => cashFlowNpv(0.1, new Array<number>(100001).fill(1)),
        "values",
        "values has 100001 values; at most 100000 are allowed"
      );
    });

    it("rejects text, Infinity and absurd magnitudes, naming the period (time 0 is period 0)", () => {
      expectInputError(
        () => cashFlowNpv(0.1, cells(-100, "n/a", 50)),
        "values",
        /^period 1: values must be a number \(got text "n\/a"\)/,
        "notANumber"
      );
      expectInputError(
        () => cashFlowNpv(0.1, [-Infinity, 1]),
        "values",
        "period 0: values must be a finite number",
        "notFinite"
      );
      expectInputError(
        () => cashFlowNpv(0.1, [-1e16, 1]),
        "values",
        "period 0: values must be at least -1e15 and at most 1e15"
      );
    });

    it("rejects periodsPerYear that is not a whole number from 1 to 365", () => {
      expectInputError(
        () => cashFlowNpv(0.1, [1, 2], 2.5),
        "periodsPerYear",
        /^periodsPerYear must be a whole number from 1 to 365/
      );
    });

    it("says when a rate near -100% discounts the values beyond any representable number", () => {
      expectInputError(
        () => cashFlowNpv(-0.9, new Array<number>(400).fill(1)),
        "annualRate",
        "annualRate discounts these values beyond the largest representable number: use a rate further from -1 or fewer periods"
      );
    });
  });
});

describe("cashFlowIrr", () => {
  describe("results", () => {
    it("matches Excel's IRR example after five years = 8.7%", () => {
      const result = cashFlowIrr([-70000, 12000, 15000, 18000, 21000, 26000]);
      expect(result.ok).toBe(true);
      if (result.ok) expectRounded(result.value * 100, 8.7, 1);
    });

    describe("on the bench's hard cases, with annual periods, equals the core irr exactly", () => {
      it.each(HARD_IRR_CASES.map((c) => [c.name, c] as const))("%s", (_name, hardCase) => {
        const result = cashFlowIrr(hardCase.flows);
        expect(result).toEqual(irrAsAnswer(hardCase.flows));
        expect(result.ok).toBe(!hardCase.noSolution);
      });
    });

    it("returns the annual effective rate of quarterly flows: 121 four quarters after 100 is 21% a year", () => {
      const result = cashFlowIrr([-100, 0, 0, 0, 121], 4);
      expect(result.ok).toBe(true);
      if (result.ok) expectClose(result.value, 0.21, 1e-12);
    });

    it("prefers the root nearest 10% a year when monthly flows have two (6% and 18% a year)", () => {
      // −100 + 224 / x − 125.08 / x² = 0 at x = 1.06 and x = 1.18, x being one year's growth.
      const monthly = [
        -100,
        ...new Array<number>(11).fill(0),
        224,
        ...new Array<number>(11).fill(0),
      ];
      monthly.push(-125.08);
      for (const [values, periodsPerYear] of [
        [monthly, 12],
        [[-100, 224, -125.08], 1],
      ] as const) {
        const result = cashFlowIrr(values, periodsPerYear);
        expect(result.ok).toBe(true);
        if (result.ok) expectClose(result.value, 0.06, 1e-10);
      }
    });

    it("has no answer, with the reason, when the values never change sign", () => {
      expect(cashFlowIrr([-100, 0, -5])).toEqual({ ok: false, reason: MESSAGES.noIrr() });
      expect(cashFlowIrr([null, 5])).toEqual({ ok: false, reason: MESSAGES.noIrr() });
    });

    it("has no answer when the rate compounds past the largest number over a year", () => {
      // 1,000,000-fold in a day is (1e6)^365 a year.
      expect(cashFlowIrr([-1, 1e6], 365)).toEqual({
        ok: false,
        reason: MESSAGES.resultNotFinite(),
      });
    });
  });

  describe("argument validation", () => {
    it("rejects a boolean cell and an empty row as CASHFLOWNPV does", () => {
      expectInputError(
        () => cashFlowIrr(cells(-1, false)),
        "values",
        /^period 1: values must be a number/,
        "notANumber"
      );
      expectInputError(() => cashFlowIrr([]), "values", /is empty/, "required");
    });
  });

  describe("laws", () => {
    // One outlay, then returns: exactly one sign change, so exactly one rate solves.
    const investments = fc.record({
      periodsPerYear: fc.constantFrom(1, 2, 4, 12, 52),
      outlay: fc.double({ min: 1, max: 1e9, noNaN: true }),
      returns: fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), {
        minLength: 1,
        maxLength: 120,
      }),
    });
    const flowsOf = (outlay: number, returns: readonly number[]) => [-outlay, ...returns];
    // Returns of at least a millionth of the outlay: below that the rate is −100% to within a double's
    // reach, and no rate is an answer too.
    const hasReturn = (outlay: number, returns: readonly number[]) =>
      returns.reduce((sum, r) => sum + r, 0) >= 1e-6 * outlay;

    it("law: NPV at the IRR is ~0 (or NPV changes sign within 1e-12 of it)", () => {
      fc.assert(
        fc.property(investments, ({ periodsPerYear, outlay, returns }) => {
          fc.pre(hasReturn(outlay, returns));
          const values = flowsOf(outlay, returns);
          const result = cashFlowIrr(values, periodsPerYear);
          if (!result.ok) {
            // One sign change always has a root: only its compounding to a year may overflow.
            expect(result.reason).toBe(MESSAGES.resultNotFinite());
            const perPeriod = irrAsAnswer(values, periodsPerYear);
            expect(perPeriod.ok && compoundedAnnualRate(perPeriod.value, periodsPerYear)).toBe(
              Infinity
            );
            return;
          }
          // Within a millionth of −100% a year the annual rate's double cannot carry the per-period rate's
          // digits (weekly −50% is −1 + 1.6e-16 a year), so NPV at it says nothing about the solver.
          if (result.value < -0.999999) return;
          const rate = result.value;
          const scale = values.reduce(
            (sum, value, k) => sum + Math.abs(value) / Math.pow(1 + rate, k / periodsPerYear),
            0
          );
          // Core npv at the per-period rate: CASHFLOWNPV stops at 100 (10,000%) a year, IRR does not.
          const npvAt = (annual: number) =>
            npv(Math.expm1(Math.log1p(annual) / periodsPerYear), values);
          const atRate = npvAt(rate);
          if (Math.abs(atRate) <= 1e-8 * scale) return;
          const below = npvAt(Math.max(rate - 1e-12, (rate - 1) / 2));
          const above = npvAt(rate + 1e-12);
          expect(below * above).toBeLessThanOrEqual(0);
        })
      );
    });

    it("law: scaling every value by the same non-zero factor does not change the IRR", () => {
      fc.assert(
        fc.property(
          investments,
          fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
          fc.boolean(),
          ({ periodsPerYear, outlay, returns }, factor, flip) => {
            fc.pre(hasReturn(outlay, returns));
            const values = flowsOf(
              outlay / 1e3,
              returns.map((r) => r / 1e3)
            );
            const k = flip ? -factor : factor;
            const original = cashFlowIrr(values, periodsPerYear);
            const scaled = cashFlowIrr(
              values.map((value) => value * k),
              periodsPerYear
            );
            expect(scaled.ok).toBe(original.ok);
            if (original.ok && scaled.ok) expectClose(scaled.value, original.value, 1e-8, 1e-10);
          }
        )
      );
    });

    it("law: with annual periods it is the core irr, root and no-root alike", () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -1e7, max: 1e7, noNaN: true }), {
            minLength: 1,
            maxLength: 30,
          }),
          (values) => {
            expect(cashFlowIrr(values)).toEqual(irrAsAnswer(values));
          }
        )
      );
    });
  });
});

describe("cashFlowPaybackMonths", () => {
  describe("results", () => {
    it("returns months to the crossing, interpolated within its period (annual: 100 back over 12 months)", () => {
      expect(cashFlowPaybackMonths([-100, 100])).toEqual({ ok: true, value: 12 });
      expect(cashFlowPaybackMonths([-100, 40, 120])).toEqual({ ok: true, value: 18 });
    });

    it("takes the LAST crossing when the cumulative dips below 0 again (quarterly)", () => {
      // Cumulative: −100, −40, 20, −30, 30. First above 0 in quarter 2 (5 months); for good in quarter 4.
      expect(cashFlowPaybackMonths([-100, 60, 60, -50, 60], 4)).toEqual({ ok: true, value: 10.5 });
    });

    it("waits for the last recovery on a SCHEDULE whose second build-out pushes cumulative cash back below 0", () => {
      // 100 GPUs then 100 more in quarter 5: each 100 earns 788,400 million tokens × $2 = $1,576,800 a quarter.
      const net = scheduleLines({
        gpusAdded: [100, 0, 0, 0, 100, 0, 0, 0],
        tokensPerSecondPerGpu: 1000,
        usdPerMillionTokens: 2,
        capexUsd: [2e6, 0, 0, 0, 8e6, 0, 0, 0],
      }).netCashFlowUsd;
      // Time 0 holds nothing; cumulative: 0, −423,200, 1,153,600, 2,730,400, 4,307,200, −539,200, 2,614,400, …
      const values = [0, ...net];
      const result = cashFlowPaybackMonths(values, 4);
      expect(result.ok).toBe(true);
      if (result.ok) expectClose(result.value, (5 + 539200 / 3153600) * 3, 1e-14);
      // The first crossing, PAYBACKMONTHS's convention, would be in quarter 2.
      const first = (1 + 423200 / 1576800) * 3;
      expect(result.ok && result.value).not.toBeCloseTo(first);
    });

    it("returns 0 when the cumulative is never negative", () => {
      expect(cashFlowPaybackMonths([0, 10])).toEqual({ ok: true, value: 0 });
      expect(cashFlowPaybackMonths([5, -3, 1])).toEqual({ ok: true, value: 0 });
    });

    it("has no answer, with the reason, when the cumulative ends below 0", () => {
      const neverPaysBack = { ok: false, reason: MESSAGES.cashFlowNeverPaysBack() };
      expect(cashFlowPaybackMonths([-100, 50, 40])).toEqual(neverPaysBack);
      expect(cashFlowPaybackMonths([-100, 150, -60])).toEqual(neverPaysBack);
    });

    it("sums exactly: a 0.03125 that plain addition loses beside 1e15 still keeps the cumulative below 0", () => {
      // Plain addition: −0.03125 + 1e15 rounds to 1e15, − 1e15 = 0, + 0.015625 > 0 would "pay back".
      expect(cashFlowPaybackMonths([-0.03125, 1e15, -1e15, 0.015625])).toEqual({
        ok: false,
        reason: MESSAGES.cashFlowNeverPaysBack(),
      });
    });
  });

  describe("laws", () => {
    it("law: on a TOKENCASHFLOWS monthly schedule whose cumulative never dips back it agrees with PAYBACKMONTHS", () => {
      // Prices and throughput that never fall keep every month's net at least the last one, so once the
      // cumulative turns non-negative it stays so, and the first crossing is the last.
      fc.assert(
        fc.property(
          fc.record({
            investmentUsd: fc.double({ min: 1e4, max: 1e8, noNaN: true }),
            years: fc.integer({ min: 1, max: 10 }),
            tokensPerSecond: fc.double({ min: 1e3, max: 1e7, noNaN: true }),
            usdPerMillionTokens: fc.double({ min: 0.1, max: 20, noNaN: true }),
            utilization: fc.double({ min: 0.05, max: 1, noNaN: true }),
            annualOperatingCostUsd: fc.double({ min: 0, max: 1e7, noNaN: true }),
            annualPriceChange: fc.double({ min: 0, max: 1, noNaN: true }),
            annualThroughputGain: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          (input) => {
            const monthly = tokenCashFlowSchedule(input, 12).rows.map((row) => row.netCashFlowUsd);
            const ours = cashFlowPaybackMonths(monthly, 12);
            const theirs = paybackMonths(input);
            expect(ours.ok).toBe(theirs.ok);
            if (ours.ok && theirs.ok) expectClose(ours.value, theirs.value, 1e-9, 1e-9);
          }
        )
      );
    });

    it("law: with every value after the first at least 0, it is the first crossing", () => {
      fc.assert(
        fc.property(
          fc.double({ min: 1, max: 1e6, noNaN: true }),
          fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 60 }),
          fc.constantFrom(1, 4, 12),
          (outlay, returns, periodsPerYear) => {
            const values = [-outlay, ...returns];
            let balance = -outlay;
            let expected: number | undefined;
            for (let k = 1; k < values.length && expected === undefined; k++) {
              const value = values[k] as number;
              if (balance + value >= 0)
                expected = ((k - 1 - balance / value) * 12) / periodsPerYear;
              balance += value;
            }
            const result = cashFlowPaybackMonths(values, periodsPerYear);
            expect(result.ok).toBe(expected !== undefined);
            if (result.ok && expected !== undefined)
              expectClose(result.value, expected, 1e-9, 1e-9);
          }
        )
      );
    });
  });
});
