import Decimal from "decimal.js";
import fc from "fast-check";

import {
  irr,
  npv,
  paybackMonths,
  roiMultiple,
  SECONDS_PER_YEAR,
  tokenCashFlowSchedule,
  tokenIrr,
  tokenNpvUsd,
  tokenRevenueUsd,
} from "../../src/core";
import { expectInputError } from "../support/errors";
import { expectClose } from "../support/tolerance";

// NVIDIA's claim (tokenomics-facts.md §2): "$5M of GB200 NVL72 earns $75M of DeepSeek-R1 tokens over three
// years, 15x". 72 GPUs at 10,000 tokens/s each, priced at $1.10 per million tokens, reproduces it.
const vendorClaim = {
  investmentUsd: 5e6,
  years: 3,
  tokensPerSecond: 72 * 10000,
  usdPerMillionTokens: 1.1,
};
const MILLION_TOKENS_PER_YEAR = (720000 * SECONDS_PER_YEAR) / 1e6; // 22,705,920

/** A deployment that sells exactly `usdPerYear` of tokens a year at $1 per million. */
function earning(usdPerYear: number) {
  return { tokensPerSecond: (usdPerYear * 1e6) / SECONDS_PER_YEAR, usdPerMillionTokens: 1 };
}

describe("tokenRevenueUsd", () => {
  describe("results", () => {
    it("returns USD of token revenue: 720,000 tokens/s for 3 years at $1.10 = $74,929,536", () => {
      expectClose(tokenRevenueUsd(vendorClaim), 74929536);
      expectClose(tokenRevenueUsd(vendorClaim), MILLION_TOKENS_PER_YEAR * 1.1 * 3);
    });

    it("applies the price change once per elapsed year (−50%: 1 + 0.5 + 0.25)", () => {
      expectClose(tokenRevenueUsd({ years: 3, ...earning(1000), annualPriceChange: -0.5 }), 1750);
    });

    it("applies throughput gains the same way", () => {
      expectClose(tokenRevenueUsd({ years: 2, ...earning(1000), annualThroughputGain: 0.3 }), 2300);
    });

    it("counts a fractional last year by its fraction", () => {
      expectClose(tokenRevenueUsd({ years: 2.5, ...earning(1000) }), 2500);
      expectClose(
        tokenRevenueUsd({ years: 2.5, ...earning(1000), annualPriceChange: 1 }),
        1000 + 2000 + 0.5 * 4000
      );
    });

    it("scales with utilization", () => {
      expectClose(tokenRevenueUsd({ years: 1, ...earning(1000), utilization: 0.6 }), 600);
    });
  });

  describe("argument validation", () => {
    it("names years when it is 0, in plain words (no spreadsheet hint)", () => {
      expectInputError(
        () => tokenRevenueUsd({ ...vendorClaim, years: 0 }),
        "years",
        "years must be greater than 0 and at most 100"
      );
    });

    it("names annualPriceChange when it is -1 (prices cannot fall more than 100%)", () => {
      expectInputError(
        () => tokenRevenueUsd({ ...vendorClaim, annualPriceChange: -1 }),
        "annualPriceChange",
        "annualPriceChange must be greater than -1 (a 100% fall) and at most 10 (a 1000% rise)"
      );
    });

    it("names usdPerMillionTokens when it is negative", () => {
      expectInputError(
        () => tokenRevenueUsd({ ...vendorClaim, usdPerMillionTokens: -1 }),
        "usdPerMillionTokens",
        /^usdPerMillionTokens must be greater than 0/
      );
    });
  });
});

describe("roiMultiple", () => {
  it("reproduces the vendor claim: $5M investment, 72 GPUs × 10,000 tokens/s, 3 years, $1.10/M ≈ 15x", () => {
    const multiple = roiMultiple(vendorClaim);
    expectClose(multiple, 74929536 / 5e6);
    expect(multiple).toBeGreaterThan(14.9);
    expect(multiple).toBeLessThan(15.1);
  });

  it("nets out operating cost", () => {
    expectClose(
      roiMultiple({ investmentUsd: 1000, years: 2, ...earning(1000), annualOperatingCostUsd: 250 }),
      1.5
    );
  });

  it("goes negative when operating cost exceeds revenue", () => {
    expect(
      roiMultiple({ investmentUsd: 1000, years: 1, ...earning(100), annualOperatingCostUsd: 300 })
    ).toBeCloseTo(-0.2, 12);
  });

  it("names investmentUsd when it is missing its value (NaN)", () => {
    expectInputError(
      () => roiMultiple({ ...vendorClaim, investmentUsd: NaN }),
      "investmentUsd",
      "investmentUsd must be a number (got NaN)",
      "notANumber"
    );
  });
});

describe("tokenCashFlowSchedule", () => {
  it("puts −investment in period 0 and one row per period after it", () => {
    const schedule = tokenCashFlowSchedule({ investmentUsd: 100, years: 1, ...earning(150) });
    expect(schedule.rows).toHaveLength(2);
    expect(schedule.rows[0]).toEqual({
      period: 0,
      millionTokens: 0,
      revenueUsd: 0,
      operatingCostUsd: 0,
      netCashFlowUsd: -100,
    });
    const year = schedule.rows[1];
    expect(year?.period).toBe(1);
    expectClose(year?.millionTokens ?? NaN, 150);
    expectClose(year?.revenueUsd ?? NaN, 150);
  });

  it("splits a year into months with price changes compounding by the month", () => {
    const schedule = tokenCashFlowSchedule(
      { investmentUsd: 1, years: 1, ...earning(1200), annualPriceChange: -0.5 },
      12
    );
    expect(schedule.rows).toHaveLength(13);
    expectClose(schedule.rows[1]?.revenueUsd ?? NaN, 100);
    expectClose(schedule.rows[7]?.revenueUsd ?? NaN, 100 * Math.pow(0.5, 0.5));
  });

  it("gives a fractional last period its fraction of tokens and cost", () => {
    const schedule = tokenCashFlowSchedule(
      { investmentUsd: 1, years: 1.25, ...earning(1200), annualOperatingCostUsd: 400 },
      4
    );
    expect(schedule.rows).toHaveLength(6);
    expect(schedule.lastPeriodFraction).toBe(1);
    const tail = tokenCashFlowSchedule(
      { investmentUsd: 1, years: 1.1, ...earning(1200), annualOperatingCostUsd: 400 },
      4
    );
    expect(tail.rows).toHaveLength(6);
    expectClose(tail.lastPeriodFraction, 0.4);
    expectClose(tail.rows[5]?.operatingCostUsd ?? NaN, 40);
    expectClose(tail.rows[5]?.revenueUsd ?? NaN, 120);
  });

  it("does not add a sliver period from floating-point noise (0.1 years × 12 = 1.2000000000000002 months)", () => {
    expect(
      tokenCashFlowSchedule({ investmentUsd: 1, years: 0.1, ...earning(1200) }, 12).rows
    ).toHaveLength(3);
    expect(
      tokenCashFlowSchedule({ investmentUsd: 1, years: 1 / 3, ...earning(1200) }, 12).rows
    ).toHaveLength(5);
  });

  it("ties out: each total is the sum of its column and net = revenue − cost", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.constantFrom(1, 4, 12, 52),
        fc.double({ min: -0.9, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        (years, periodsPerYear, annualPriceChange, annualOperatingCostUsd) => {
          const s = tokenCashFlowSchedule(
            {
              investmentUsd: 1e6,
              years,
              ...earning(5e6),
              annualPriceChange,
              annualOperatingCostUsd,
            },
            periodsPerYear
          );
          const operating = s.rows.slice(1);
          const sum = (pick: (r: (typeof operating)[number]) => number) =>
            operating.reduce((a, r) => a + pick(r), 0);
          expectClose(
            s.totalRevenueUsd,
            sum((r) => r.revenueUsd),
            1e-12,
            1e-6
          );
          expectClose(
            s.totalOperatingCostUsd,
            sum((r) => r.operatingCostUsd),
            1e-12,
            1e-6
          );
          expectClose(
            s.totalOperatingNetUsd,
            s.totalRevenueUsd - s.totalOperatingCostUsd,
            1e-12,
            1e-6
          );
        }
      )
    );
  });

  it("law: monthly revenue adds up to annual revenue when nothing changes over time", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (years, usdPerYear) => {
          const annual = tokenCashFlowSchedule(
            { investmentUsd: 1, years, ...earning(usdPerYear) },
            1
          ).totalRevenueUsd;
          const monthly = tokenCashFlowSchedule(
            { investmentUsd: 1, years, ...earning(usdPerYear) },
            12
          ).totalRevenueUsd;
          expectClose(monthly, annual, 1e-12);
        }
      )
    );
  });

  it("names periodsPerYear when it is not a whole number", () => {
    expectInputError(
      () => tokenCashFlowSchedule(vendorClaim, 2.5),
      "periodsPerYear",
      "periodsPerYear must be a whole number from 1 to 365 (1 = annual, 4 = quarterly, 12 = monthly)"
    );
  });

  it("names years when the schedule would exceed 10,000 periods", () => {
    expectInputError(
      () => tokenCashFlowSchedule({ ...vendorClaim, years: 100 }, 365),
      "years",
      "years × periodsPerYear must be at most 10000 periods (got 36500)"
    );
  });
});

describe("paybackMonths", () => {
  it("returns whole months when payback falls on a month end (12 months)", () => {
    expect(paybackMonths({ investmentUsd: 1200, years: 2, ...earning(1200) })).toEqual({
      ok: true,
      value: expect.any(Number),
    });
    const result = paybackMonths({ investmentUsd: 1200, years: 2, ...earning(1200) });
    if (result.ok) expectClose(result.value, 12);
  });

  it("interpolates within the month (1,250 at 100 a month = 12.5 months)", () => {
    const result = paybackMonths({ investmentUsd: 1250, years: 2, ...earning(1200) });
    expect(result.ok).toBe(true);
    if (result.ok) expectClose(result.value, 12.5);
  });

  it("nets monthly operating cost (1,000 at 100 − 50 a month = 20 months)", () => {
    const result = paybackMonths({
      investmentUsd: 1000,
      years: 3,
      ...earning(1200),
      annualOperatingCostUsd: 600,
    });
    if (!result.ok) throw new Error("expected payback");
    expectClose(result.value, 20);
  });

  it("pays the vendor claim back in about 2.4 months", () => {
    const result = paybackMonths(vendorClaim);
    if (!result.ok) throw new Error("expected payback");
    expectClose(result.value, 5e6 / ((MILLION_TOKENS_PER_YEAR * 1.1) / 12));
  });

  it("reports not reached when cumulative cash stays below the investment over the horizon", () => {
    expect(paybackMonths({ investmentUsd: 5000, years: 2, ...earning(1200) })).toEqual({
      ok: false,
      reason:
        "never pays back within the 2-year horizon: cumulative net cash stays below the investment",
    });
  });

  it("reports not reached when falling prices stop the cash short", () => {
    expect(
      paybackMonths({ investmentUsd: 2100, years: 10, ...earning(1200), annualPriceChange: -0.5 })
        .ok
    ).toBe(false);
  });
});

describe("tokenNpvUsd and tokenIrr", () => {
  it("NPV at rate 0 is the sum of the flows", () => {
    expectClose(tokenNpvUsd(0, vendorClaim), 74929536 - 5e6);
  });

  it("NPV discounts year t by (1 + rate)^t and leaves period 0 alone", () => {
    const flows = [-1000, 600, 600];
    expectClose(
      tokenNpvUsd(0.1, { investmentUsd: 1000, years: 2, ...earning(600) }),
      npv(0.1, flows)
    );
    expectClose(npv(0.1, flows), -1000 + 600 / 1.1 + 600 / 1.21);
  });

  it("IRR makes the NPV 0 (vendor claim: about 497% a year)", () => {
    const result = tokenIrr(vendorClaim);
    if (!result.ok) throw new Error("expected a rate");
    expect(Math.abs(tokenNpvUsd(result.value, vendorClaim))).toBeLessThan(1e-3);
    expect(result.value).toBeGreaterThan(4.5);
    expect(result.value).toBeLessThan(5);
  });

  it("IRR agrees with the generic solver on the same flows", () => {
    const input = {
      investmentUsd: 2500,
      years: 5,
      ...earning(1000),
      annualPriceChange: -0.3,
      annualOperatingCostUsd: 100,
    };
    const schedule = tokenCashFlowSchedule(input);
    expect(tokenIrr(input)).toEqual(irr(schedule.rows.map((r) => r.netCashFlowUsd)));
  });

  it("IRR has no solution when the flows never turn positive", () => {
    expect(
      tokenIrr({ investmentUsd: 1000, years: 3, ...earning(100), annualOperatingCostUsd: 500 })
    ).toEqual({ ok: false, reason: "no rate of return makes the NPV of these cash flows 0" });
  });

  it("names discountRate when it is -1", () => {
    expectInputError(
      () => tokenNpvUsd(-1, vendorClaim),
      "discountRate",
      "discountRate must be greater than -1 and at most 100"
    );
  });
});

describe("paybackMonths running balance", () => {
  /** The reference: the same monthly rows, with the running balance kept exactly in decimal. */
  function exactPayback(input: Parameters<typeof paybackMonths>[0]): number | undefined {
    const schedule = tokenCashFlowSchedule(input, 12);
    let balance = new Decimal(-input.investmentUsd);
    let months = 0;
    for (let i = 1; i < schedule.rows.length; i++) {
      const net = schedule.rows[i]?.netCashFlowUsd ?? 0;
      const length = i === schedule.rows.length - 1 ? schedule.lastPeriodFraction : 1;
      const next = balance.plus(net);
      if (next.gte(0) && net > 0) return months + (balance.neg().toNumber() / net) * length;
      balance = next;
      months += length;
    }
    return undefined;
  }

  it("law: agrees with an exact decimal running balance on the payback month and its fraction", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e3, max: 1e9, noNaN: true }),
        fc.double({ min: 0.1, max: 15, noNaN: true }),
        fc.double({ min: 1e3, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: -0.9, max: 1, noNaN: true }),
        (investmentUsd, years, usdPerYear, costShare, annualPriceChange) => {
          const input = {
            investmentUsd,
            years,
            ...earning(usdPerYear),
            annualOperatingCostUsd: usdPerYear * costShare,
            annualPriceChange,
          };
          const result = paybackMonths(input);
          const expected = exactPayback(input);
          if (expected === undefined) expect(result.ok).toBe(false);
          else if (!result.ok) throw new Error(`expected payback at ${expected} months`);
          else expectClose(result.value, expected, 1e-9, 1e-9);
        }
      )
    );
  });

  it("pays back exactly on a month end when the cash does", () => {
    // 12 equal months of 100 against 1,200: the balance reaches exactly 0 in month 12.
    const result = paybackMonths({ investmentUsd: 1200, years: 3, ...earning(1200) });
    if (!result.ok) throw new Error("expected payback");
    expectClose(result.value, 12, 1e-12);
  });
});
