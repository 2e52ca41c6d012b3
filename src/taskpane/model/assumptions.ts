/**
 * Default financial assumptions the calculator and the inserted model start from. Each carries the line the
 * model sheet shows as its source, and the public source itself (publisher and title, address, date);
 * users overwrite them freely. Data only: no logic.
 */
export interface Assumption {
  readonly value: number;
  readonly unit: string;
  /** The "Source or note" line of the inserted model sheet. */
  readonly source: string;
  readonly asOf: string;
  /** Where to read it: the publication the value comes from. */
  readonly cites: { readonly title: string; readonly url: string; readonly date: string };
}

const SEMIANALYSIS_INFERENCEMAX = {
  title: "SemiAnalysis: InferenceMAX: Open Source Inference Benchmarking",
  url: "https://newsletter.semianalysis.com/p/inferencemax-open-source-inference",
  date: "2025-10-09",
};
const COREWEAVE_10Q = {
  title: "CoreWeave, Inc. Form 10-Q for the quarter ended June 30, 2025 (SEC EDGAR)",
  url: "https://www.sec.gov/cgi-bin/browse-edgar?company=coreweave&type=10-Q",
  date: "2025-06-30",
};

export const ASSUMPTIONS = {
  lifeYears: {
    value: 4,
    unit: "years",
    source: "SemiAnalysis InferenceMAX v1: 4-year economic useful life for owned GPUs",
    asOf: "2025-10-09",
    cites: SEMIANALYSIS_INFERENCEMAX,
  },
  costOfCapital: {
    value: 0.1,
    unit: "per year",
    source: "CoreWeave 10-Q: 2030 notes 10%, OEM financing 9–10% (neocloud GPU debt)",
    asOf: "2025-06-30",
    cites: COREWEAVE_10Q,
  },
  usdPerKwh: {
    value: 0.0806,
    unit: "USD/kWh",
    source: "EIA via Statista: US industrial average electricity price, 8.06 ¢/kWh (2023)",
    asOf: "2024-03-18",
    cites: {
      title:
        "U.S. Energy Information Administration: Electric Power Annual, average price of electricity to ultimate customers by end-use sector (industrial, 2023)",
      url: "https://www.eia.gov/electricity/annual/",
      date: "2024-03-18",
    },
  },
  pue: {
    value: 1.3,
    unit: "ratio",
    source: "Uptime Institute 2025 survey: global average 1.54; new large sites ≤ 1.3",
    asOf: "2026-01-19",
    cites: {
      title: "Uptime Institute: Global Data Center Survey 2025 (UII keynote report 180)",
      url: "https://intelligence.uptimeinstitute.com/resource/uptime-institute-global-data-center-survey-2025",
      date: "2025-07-01",
    },
  },
  colocationUsdPerKwMonth: {
    value: 194.95,
    unit: "USD per kW-month",
    source: "CBRE North America Data Center Trends 2025: wholesale colocation, primary markets",
    asOf: "2026-02-01",
    cites: {
      title:
        "CBRE: North America Data Center Trends H2 2025 (average asking rate, 250-500 kW, primary markets)",
      url: "https://www.cbre.com/insights/reports/north-america-data-center-trends-h2-2025",
      date: "2026-02-01",
    },
  },
  utilization: {
    value: 0.7,
    unit: "fraction",
    source: "Analyst estimates: hyperscaler inference fleets 50–70%; debt-financed break-even ~70%",
    asOf: "2026-01-01",
    cites: {
      title:
        "SemiAnalysis: InferenceMAX (utilization in the TCO tiers); analyst estimates of inference fleet utilization",
      url: "https://newsletter.semianalysis.com/p/inferencemax-open-source-inference",
      date: "2025-10-09",
    },
  },
  annualPriceChange: {
    value: -0.5,
    unit: "per year",
    source:
      "Conservative against a16z 'LLMflation' (~10x/yr at constant quality) and Epoch AI (9x–900x/yr)",
    asOf: "2025-03-12",
    cites: {
      title:
        "Epoch AI: LLM inference prices have fallen rapidly but unequally across tasks (with a16z, Welcome to LLMflation)",
      url: "https://epoch.ai/data-insights/llm-inference-price-trends",
      date: "2025-03-12",
    },
  },
  discountRate: {
    value: 0.1,
    unit: "per year",
    source: "Same as the cost of capital default (CoreWeave 10-Q)",
    asOf: "2025-06-30",
    cites: COREWEAVE_10Q,
  },
} as const satisfies Record<string, Assumption>;
