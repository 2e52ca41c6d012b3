/**
 * Default financial assumptions the calculator and the inserted model start from. Each carries its source
 * and date (research/tokenomics-facts.md §4); users overwrite them freely. Data only: no logic.
 */
export interface Assumption {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly asOf: string;
}

export const ASSUMPTIONS = {
  lifeYears: {
    value: 4,
    unit: "years",
    source: "SemiAnalysis InferenceMAX v1: 4-year economic useful life for owned GPUs",
    asOf: "2025-10-09",
  },
  costOfCapital: {
    value: 0.1,
    unit: "per year",
    source: "CoreWeave 10-Q: 2030 notes 10%, OEM financing 9–10% (neocloud GPU debt)",
    asOf: "2025-06-30",
  },
  usdPerKwh: {
    value: 0.0806,
    unit: "USD/kWh",
    source: "EIA via Statista: US industrial average electricity price, 8.06 ¢/kWh (2023)",
    asOf: "2024-03-18",
  },
  pue: {
    value: 1.3,
    unit: "ratio",
    source: "Uptime Institute 2025 survey: global average 1.54; new large sites ≤ 1.3",
    asOf: "2026-01-19",
  },
  colocationUsdPerKwMonth: {
    value: 194.95,
    unit: "USD per kW-month",
    source: "CBRE North America Data Center Trends 2025: wholesale colocation, primary markets",
    asOf: "2026-02-01",
  },
  utilization: {
    value: 0.7,
    unit: "fraction",
    source: "Analyst estimates: hyperscaler inference fleets 50–70%; debt-financed break-even ~70%",
    asOf: "2026-01-01",
  },
  annualPriceChange: {
    value: -0.5,
    unit: "per year",
    source:
      "Conservative against a16z 'LLMflation' (~10x/yr at constant quality) and Epoch AI (9x–900x/yr)",
    asOf: "2025-03-12",
  },
  discountRate: {
    value: 0.1,
    unit: "per year",
    source: "Same as the cost of capital default (CoreWeave 10-Q)",
    asOf: "2025-06-30",
  },
} as const satisfies Record<string, Assumption>;
