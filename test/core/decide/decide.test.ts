import fc from "fast-check";

import {
  PertDistribution,
  SeededRandom,
  TokenomicsInputError,
  betaCdf,
  betaQuantile,
  checkedCorrelations,
  checkedMetric,
  decisionModel,
  normalCdf,
  normalQuantile,
  sampleColumns,
  scenarios,
  simulate,
  simulationModel,
  solveFor,
  tornado,
  uncertainInputs,
} from "../../../src/core";
import { expectClose } from "../../support/tolerance";

const BASE = [
  ["investmentUsd", 5e6],
  ["years", 3],
  ["tokensPerSecond", 720000],
  ["usdPerMillionTokens", 1.1],
  ["discountRate", 0.1],
] as const;

/** revenueUsd over one year is linear in the price: this factor per USD per million tokens. */
const LINEAR = [
  ["years", 1],
  ["tokensPerSecond", 1e6 / 31536000],
  ["usdPerMillionTokens", 1],
];

function spearman(x: Float64Array, y: Float64Array): number {
  const rank = (v: Float64Array): Float64Array => {
    const order = Array.from(v.keys()).sort((a, b) => (v[a] as number) - (v[b] as number));
    const r = new Float64Array(v.length);
    order.forEach((i, k) => (r[i] = k));
    return r;
  };
  const a = rank(x);
  const b = rank(y);
  const n = x.length;
  const m = (n - 1) / 2;
  let sab = 0;
  let saa = 0;
  for (let i = 0; i < n; i++) {
    sab += ((a[i] as number) - m) * ((b[i] as number) - m);
    saa += ((a[i] as number) - m) ** 2;
  }
  return sab / saa;
}

describe("decisionModel", () => {
  it("shows an error naming the row for an unknown name, a duplicate and a missing input", () => {
    expect(() => decisionModel([["gpus", 1]])).toThrow(/inputs row 1: gpus is not a model input/);
    expect(() =>
      decisionModel([
        ["years", 1],
        ["YEARS", 2],
      ])
    ).toThrow("inputs row 2: years is already given in row 1");
    expect(() => decisionModel([["utilization", 2]])).toThrow(
      "inputs row 1: utilization must be greater than 0 and at most 1"
    );
    expect(() => decisionModel([["years", 3]]).evaluate("roiMultiple")).toThrow(
      TokenomicsInputError
    );
  });

  it("names the missing build-up inputs of costPerMillionTokensUsd", () => {
    expect(() => decisionModel(BASE).evaluate("costPerMillionTokensUsd")).toThrow(
      /needs the build-up inputs: inputs must give capexPerGpu, lifeYears, powerKwPerGpu, usdPerKwh, tokensPerSecondPerGpu/
    );
  });
});

describe("distributions", () => {
  it("inverts the normal CDF to 1e-13", () => {
    for (const p of [1e-10, 0.001, 0.02, 0.3, 0.5, 0.8, 0.975, 0.999999])
      expectClose(normalCdf(normalQuantile(p)), p, 1e-12, 1e-15);
    expectClose(normalQuantile(0.9), 1.2815515655446004, 1e-15, 0);
  });

  it("computes the Beta quantile against closed forms", () => {
    for (const p of [0.01, 0.3, 0.77, 0.99]) {
      expectClose(1 - (1 - betaQuantile(p, 1, 5)) ** 5, p, 1e-12, 1e-14);
      const x = betaQuantile(p, 2, 2);
      expectClose(3 * x * x - 2 * x ** 3, p, 1e-12, 1e-14);
      expectClose(betaCdf(betaQuantile(p, 2.3, 3.7), 2.3, 3.7), p, 1e-12, 1e-14);
    }
  });
});

describe("simulate", () => {
  it("reproduces the deterministic metric exactly with a degenerate input", () => {
    const exact = decisionModel(BASE).evaluate("npvUsd");
    const s = simulate({
      metric: "npvUsd",
      inputs: BASE,
      uncertain: [["usdPerMillionTokens", "pert", 1.1, 1.1, 1.1]],
      trials: 1000,
    });
    expect(s.mean).toEqual(exact);
    for (const p of s.percentiles) expect(p.value).toEqual(exact);
    expect(s.standardDeviation).toEqual({ ok: true, value: 0 });
  });

  it("runs, trial by trial, the model simulationModel gives (the benchmark's plain loop runs it too)", () => {
    const uncertain = [
      ["usdPerMillionTokens", "triangular", 0.5, 1.1, 2],
      ["tokensPerSecond", "normal", 720000, 90000],
    ] as const;
    const parsed = uncertainInputs(uncertain);
    const { base, slots, evaluate } = simulationModel(
      checkedMetric("roiMultiple"),
      decisionModel(BASE),
      parsed
    );
    const columns = sampleColumns(parsed, 500, 7);
    const values = base.slice();
    const results = Array.from({ length: 500 }, (_, i) => {
      slots.forEach((slot, j) => (values[slot] = columns[j]?.[i] as number));
      return evaluate(values);
    }).sort((a, b) => a - b);
    const s = simulate({ metric: "roiMultiple", inputs: BASE, uncertain, trials: 500, seed: 7 });
    const p50 = s.percentiles.find((p) => p.probability === 0.5)?.value;
    // PERCENTILE.INC at 0.5 of 500 values: halfway between the 250th and 251st.
    expectClose(
      p50?.ok ? p50.value : NaN,
      ((results[249] as number) + (results[250] as number)) / 2,
      1e-12
    );
    expectClose(s.mean.ok ? s.mean.value : NaN, results.reduce((a, b) => a + b, 0) / 500, 1e-12);
  });

  // Sampling tolerance: 0.2% of the distribution's spread at 100,000 Latin hypercube trials (the LHS
  // error of a percentile is about 1/n of the spread; plain sampling's would be about 0.3%).
  const EXACT_QUANTILES: [string, unknown[], (p: number) => number, number][] = [
    [
      "PERT",
      ["pert", 10, 20, 60],
      (p) => 10 + 50 * betaQuantile(p, 1 + (4 * 10) / 50, 1 + (4 * 40) / 50),
      50,
    ],
    [
      "triangular",
      ["triangular", 10, 20, 60],
      (p) => (p < 0.2 ? 10 + Math.sqrt(p * 50 * 10) : 60 - Math.sqrt((1 - p) * 50 * 40)),
      50,
    ],
    ["normal", ["normal", 100, 10], (p) => 100 + 10 * normalQuantile(p), 40],
    [
      "lognormal",
      ["lognormal", 5, 20],
      (p) =>
        Math.exp(
          (Math.log(5) + Math.log(20)) / 2 +
            ((Math.log(20) - Math.log(5)) / (2 * 1.2815515655446004)) * normalQuantile(p)
        ),
      20,
    ],
  ];
  it.each(EXACT_QUANTILES)(
    "matches the exact percentiles of a %s input through a linear metric at 100,000 trials",
    (_name, distribution, quantile, spread) => {
      const s = simulate({
        metric: "revenueUsd",
        inputs: LINEAR,
        uncertain: [["usdPerMillionTokens", ...distribution] as never],
        trials: 100_000,
      });
      for (const { probability, value } of s.percentiles) {
        expect(value.ok).toBe(true);
        if (value.ok) expectClose(value.value, quantile(probability), 0, 0.002 * spread);
      }
    }
  );

  it("gives a smaller spread of the mean across seeds with Latin hypercube than plain sampling", () => {
    const spread = (sampling: "latin" | "random"): number => {
      const means = Array.from({ length: 20 }, (_, seed) => {
        const m = simulate({
          metric: "revenueUsd",
          inputs: LINEAR,
          uncertain: [["usdPerMillionTokens", "triangular", 1, 2, 6]],
          trials: 500,
          seed,
          sampling,
        }).mean;
        return m.ok ? m.value : NaN;
      });
      const mean = means.reduce((a, b) => a + b) / means.length;
      return Math.sqrt(means.reduce((a, b) => a + (b - mean) ** 2, 0) / (means.length - 1));
    };
    expect(spread("latin")).toBeLessThan(spread("random") / 5);
  });

  it("achieves requested rank correlations within 0.03 at 10,000 trials", () => {
    const target = [
      [1, 0.7, -0.4],
      [0.7, 1, 0],
      [-0.4, 0, 1],
    ];
    const uncertain = uncertainInputs([
      ["usdPerMillionTokens", "triangular", 1, 2, 6],
      ["utilization", "uniform", 0.4, 0.9],
      ["annualPriceChange", "normal", -0.3, 0.1],
    ]);
    const c = sampleColumns(uncertain, 10_000, 7, checkedCorrelations(target, 3));
    const [a, b, d] = c as [Float64Array, Float64Array, Float64Array];
    expectClose(spearman(a, b), 0.7, 0, 0.03);
    expectClose(spearman(a, d), -0.4, 0, 0.03);
    expectClose(spearman(b, d), 0, 0, 0.03);
  });

  it("rejects a correlation matrix that is not positive semi-definite", () => {
    expect(() =>
      checkedCorrelations(
        [
          [1, 0.9, -0.9],
          [0.9, 1, 0.9],
          [-0.9, 0.9, 1],
        ],
        3
      )
    ).toThrow(/not positive semi-definite/);
  });

  it("gives identical output for the same seed and different output for another", () => {
    const run = (seed: number) =>
      simulate({
        metric: "irr",
        inputs: BASE,
        uncertain: [
          ["usdPerMillionTokens", "pert", 0.5, 1.1, 2],
          ["utilization", "threepoint", 0.5, 0.7, 0.8],
        ],
        trials: 2000,
        seed,
      });
    expect(run(3)).toEqual(run(3));
    expect(run(3).mean).not.toEqual(run(4).mean);
  });

  it("rejects a bounded distribution crossing the rule, truncates an unbounded one", () => {
    expect(() => uncertainInputs([["utilization", "uniform", 0.5, 1.2]])).toThrow(
      /uncertain row 1: the range of utilization must stay within its rule/
    );
    const [u] = uncertainInputs([["utilization", "normal", 0.9, 0.1]]);
    expectClose(u?.truncatedShare ?? 0, 1 - normalCdf(1) + normalCdf(-9), 1e-12);
  });

  it("draws the same stream from a seed", () => {
    const r = new SeededRandom(1);
    const first = [r.nextUint32(), r.nextUint32()];
    const again = new SeededRandom(1);
    expect([again.nextUint32(), again.nextUint32()]).toEqual(first);
    expect(new PertDistribution(1, 1, 1).quantile(0.3)).toBe(1);
  });
});

describe("solveFor", () => {
  it("inverts the metric on random inputs (law: metric(solveFor(target)) = target)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.2, max: 20, noNaN: true }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        fc.constantFrom("usdPerMillionTokens", "utilization", "tokensPerSecond"),
        (target, utilization, parameter) => {
          const inputs = [...BASE, ["utilization", utilization]] as const;
          const x = solveFor({ metric: "roiMultiple", target, parameter, inputs });
          if (!x.ok) return expect(x.reason).toMatch(/stays (above|below)/);
          const at = inputs.map((row) => (row[0] === parameter ? [parameter, x.value] : row));
          const y = decisionModel(at).evaluate("roiMultiple");
          expect(y.ok && Math.abs(y.value - target) <= 1e-9 * target).toBe(true);
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("tornado and scenarios", () => {
  it("gives swings equal to direct evaluation", () => {
    const rows = tornado({
      metric: "npvUsd",
      inputs: BASE,
      lowHigh: [
        ["utilization", 0.5, 1],
        ["usdPerMillionTokens", 0.5, 2],
      ],
    });
    for (const row of rows) {
      const at = (v: number) => {
        const inputs = [...BASE.filter((r) => r[0] !== row.parameter), [row.parameter, v]];
        const a = decisionModel(inputs).evaluate("npvUsd");
        return a.ok ? a.value : NaN;
      };
      expect(row.metricAtLow).toEqual({ ok: true, value: at(row.low) });
      expect(row.swing).toBe(Math.abs(at(row.high) - at(row.low)));
    }
    expect(rows[0]?.swing).toBeGreaterThan(rows[1]?.swing ?? 0);
  });

  it("keeps an invalid scenario's error in its own column", () => {
    const out = scenarios({
      metric: "roiMultiple",
      inputs: BASE,
      scenarios: [
        ["", "Base", "Bad"],
        ["utilization", null, 2],
      ],
    });
    expect(out[0]?.result).toEqual(decisionModel(BASE).evaluate("roiMultiple"));
    expect(out[1]?.result).toBeInstanceOf(TokenomicsInputError);
  });
});
