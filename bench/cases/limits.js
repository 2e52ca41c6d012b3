/**
 * The limits: each custom function's formula written inline on plain numbers, with no validation, no
 * input objects, no error mapping and no exact summation. A function can be no faster than this in
 * JavaScript; the benchmark reports how far the adapter is from it. Optional arguments arrive as null, as
 * Excel passes them, and take the documented defaults. Horizons are whole years (the cases use 10).
 */
"use strict";
const { loadCoreModule } = require("../lib/coreModule");

// The model's units come from src/core/constants.ts itself, transpiled at bench start (constants.ts imports
// nothing), rather than written here again: a limit that used another year length would be compared with
// a different formula, and the check that the limit reproduces the adapter's result would fail for the
// wrong reason. Read from the source, not from dist/, because the bundle exports no constants.
const {
  HOURS_PER_YEAR,
  SECONDS_PER_HOUR,
  SECONDS_PER_YEAR,
  TOKENS_PER_MILLION,
  MONTHS_PER_YEAR,
  JOULES_PER_KILOWATT_SECOND,
  KILOWATTS_PER_MEGAWATT,
} = /** @type {typeof import("../../src/core/constants")} */ (loadCoreModule("constants.ts"));

/** Excel's default IRR guess: the Newton limit starts where Excel's IRR does (Excel's convention, not the core's). */
const EXCEL_IRR_GUESS = 0.1;

/**
 * An argument Excel leaves out arrives as null.
 * @typedef {number | null | undefined} Optional
 */

/**
 * ROIMULTIPLE's eight arguments, in Excel's order; TOKENNPV, TOKENIRR and TOKENCASHFLOWS take them too.
 * @typedef {[number, number, number, number, Optional, Optional, Optional, Optional]} InvestmentArgs
 */

/**
 * @param {number} capexPerGpu
 * @param {number} lifeYears
 * @param {number} powerKwPerGpu
 * @param {number} usdPerKwh
 * @param {Optional} pue
 * @param {Optional} opexPerGpuYear
 * @param {Optional} costOfCapital
 * @param {Optional} residualFraction
 */
function gpuHourCostLimit(
  capexPerGpu,
  lifeYears,
  powerKwPerGpu,
  usdPerKwh,
  pue,
  opexPerGpuYear,
  costOfCapital,
  residualFraction
) {
  pue = pue ?? 1;
  opexPerGpuYear = opexPerGpuYear ?? 0;
  costOfCapital = costOfCapital ?? 0;
  const residualUsd = (residualFraction ?? 0) * capexPerGpu;
  let capitalUsdPerYear;
  if (costOfCapital === 0) capitalUsdPerYear = (capexPerGpu - residualUsd) / lifeYears;
  else {
    const growth = Math.pow(1 + costOfCapital, lifeYears);
    capitalUsdPerYear = ((capexPerGpu * growth - residualUsd) * costOfCapital) / (growth - 1);
  }
  return (
    (capitalUsdPerYear + powerKwPerGpu * pue * HOURS_PER_YEAR * usdPerKwh + opexPerGpuYear) /
    HOURS_PER_YEAR
  );
}

/**
 * @param {number} usdPerGpuHour
 * @param {number} tokensPerSecondPerGpu
 * @param {Optional} utilization
 * @param {Optional} tokensPerUnit
 */
function costPerTokenLimit(usdPerGpuHour, tokensPerSecondPerGpu, utilization, tokensPerUnit) {
  return (
    (usdPerGpuHour / (tokensPerSecondPerGpu * SECONDS_PER_HOUR * (utilization ?? 1))) *
    (tokensPerUnit ?? TOKENS_PER_MILLION)
  );
}

/**
 * @param {number} inputUsdPerMillion
 * @param {number} outputUsdPerMillion
 * @param {number} inputTokensPerOutputToken
 * @param {Optional} cachedInputShare
 * @param {Optional} cachedInputUsdPerMillion
 */
function blendedPriceLimit(
  inputUsdPerMillion,
  outputUsdPerMillion,
  inputTokensPerOutputToken,
  cachedInputShare,
  cachedInputUsdPerMillion
) {
  const cachedShare = cachedInputShare ?? 0;
  const inputSideUsdPerMillion =
    (1 - cachedShare) * inputUsdPerMillion + cachedShare * (cachedInputUsdPerMillion ?? 0);
  return (
    (inputTokensPerOutputToken * inputSideUsdPerMillion + outputUsdPerMillion) /
    (inputTokensPerOutputToken + 1)
  );
}

/**
 * @param {number} usdPerGpuHour
 * @param {number} tokensPerSecondPerGpu
 * @param {Optional} utilization
 * @param {Optional} targetGrossMargin
 */
function breakEvenPriceLimit(usdPerGpuHour, tokensPerSecondPerGpu, utilization, targetGrossMargin) {
  return (
    costPerTokenLimit(usdPerGpuHour, tokensPerSecondPerGpu, utilization, null) /
    (1 - (targetGrossMargin ?? 0))
  );
}

/**
 * @param {number} powerKwPerGpu
 * @param {number} tokensPerSecondPerGpu
 * @param {Optional} pue
 */
function energyPerTokenLimit(powerKwPerGpu, tokensPerSecondPerGpu, pue) {
  return (powerKwPerGpu * (pue ?? 1) * JOULES_PER_KILOWATT_SECOND) / tokensPerSecondPerGpu;
}

/**
 * @param {number} tokensPerSecondPerGpu
 * @param {number} powerKwPerGpu
 * @param {Optional} pue
 */
function tokensPerMwLimit(tokensPerSecondPerGpu, powerKwPerGpu, pue) {
  return (tokensPerSecondPerGpu * KILOWATTS_PER_MEGAWATT) / (powerKwPerGpu * (pue ?? 1));
}

/**
 * Million tokens and revenue of period p (1-based) on a schedule of `periodsPerYear`.
 * @param {number} tokensPerSecond
 * @param {number} usdPerMillionTokens
 * @param {number} utilization
 * @param {number} annualPriceChange
 * @param {number} annualThroughputGain
 * @param {number} periodsPerYear
 * @param {number} period
 */
function periodRevenueUsd(
  tokensPerSecond,
  usdPerMillionTokens,
  utilization,
  annualPriceChange,
  annualThroughputGain,
  periodsPerYear,
  period
) {
  const yearsElapsed = (period - 1) / periodsPerYear;
  const millionTokens =
    ((tokensPerSecond * utilization * SECONDS_PER_YEAR) / periodsPerYear / TOKENS_PER_MILLION) *
    Math.pow(1 + annualThroughputGain, yearsElapsed);
  return millionTokens * usdPerMillionTokens * Math.pow(1 + annualPriceChange, yearsElapsed);
}

/**
 * @param {number} years
 * @param {number} tokensPerSecond
 * @param {number} usdPerMillionTokens
 * @param {Optional} utilization
 * @param {Optional} annualPriceChange
 * @param {Optional} annualThroughputGain
 */
function tokenRevenueLimit(
  years,
  tokensPerSecond,
  usdPerMillionTokens,
  utilization,
  annualPriceChange,
  annualThroughputGain
) {
  let revenueUsd = 0;
  for (let year = 1; year <= years; year++) {
    revenueUsd += periodRevenueUsd(
      tokensPerSecond,
      usdPerMillionTokens,
      utilization ?? 1,
      annualPriceChange ?? 0,
      annualThroughputGain ?? 0,
      1,
      year
    );
  }
  return revenueUsd;
}

/**
 * @param {number} investmentUsd
 * @param {number} years
 * @param {number} tokensPerSecond
 * @param {number} usdPerMillionTokens
 * @param {Optional} utilization
 * @param {Optional} annualOperatingCostUsd
 * @param {Optional} annualPriceChange
 * @param {Optional} annualThroughputGain
 */
function roiMultipleLimit(
  investmentUsd,
  years,
  tokensPerSecond,
  usdPerMillionTokens,
  utilization,
  annualOperatingCostUsd,
  annualPriceChange,
  annualThroughputGain
) {
  let netUsd = 0;
  for (let year = 1; year <= years; year++) {
    netUsd +=
      periodRevenueUsd(
        tokensPerSecond,
        usdPerMillionTokens,
        utilization ?? 1,
        annualPriceChange ?? 0,
        annualThroughputGain ?? 0,
        1,
        year
      ) - (annualOperatingCostUsd ?? 0);
  }
  return netUsd / investmentUsd;
}

/**
 * @param {number} investmentUsd
 * @param {number} years
 * @param {number} tokensPerSecond
 * @param {number} usdPerMillionTokens
 * @param {Optional} utilization
 * @param {Optional} annualOperatingCostUsd
 * @param {Optional} annualPriceChange
 * @param {Optional} annualThroughputGain
 */
function paybackMonthsLimit(
  investmentUsd,
  years,
  tokensPerSecond,
  usdPerMillionTokens,
  utilization,
  annualOperatingCostUsd,
  annualPriceChange,
  annualThroughputGain
) {
  const monthlyCostUsd = (annualOperatingCostUsd ?? 0) / MONTHS_PER_YEAR;
  let cumulativeUsd = -investmentUsd;
  for (let month = 1; month <= years * MONTHS_PER_YEAR; month++) {
    const netUsd =
      periodRevenueUsd(
        tokensPerSecond,
        usdPerMillionTokens,
        utilization ?? 1,
        annualPriceChange ?? 0,
        annualThroughputGain ?? 0,
        MONTHS_PER_YEAR,
        month
      ) - monthlyCostUsd;
    if (cumulativeUsd + netUsd >= 0 && netUsd > 0) return month - 1 + -cumulativeUsd / netUsd;
    cumulativeUsd += netUsd;
  }
  return NaN;
}

const CASH_FLOW_HEADER = [
  "Period",
  "Million tokens",
  "Revenue (USD)",
  "Operating cost (USD)",
  "Net cash flow (USD)",
];

/**
 * @param {number} investmentUsd
 * @param {number} years
 * @param {number} tokensPerSecond
 * @param {number} usdPerMillionTokens
 * @param {Optional} utilization
 * @param {Optional} annualOperatingCostUsd
 * @param {Optional} annualPriceChange
 * @param {Optional} annualThroughputGain
 * @param {Optional} periodsPerYear
 * @returns {(string | number)[][]}
 */
function tokenCashFlowsLimit(
  investmentUsd,
  years,
  tokensPerSecond,
  usdPerMillionTokens,
  utilization,
  annualOperatingCostUsd,
  annualPriceChange,
  annualThroughputGain,
  periodsPerYear
) {
  periodsPerYear = periodsPerYear ?? 1;
  utilization = utilization ?? 1;
  const throughputBase = 1 + (annualThroughputGain ?? 0);
  const priceBase = 1 + (annualPriceChange ?? 0);
  const periodMillionTokens =
    (tokensPerSecond * utilization * SECONDS_PER_YEAR) / periodsPerYear / TOKENS_PER_MILLION;
  const periodCostUsd = (annualOperatingCostUsd ?? 0) / periodsPerYear;
  /** @type {(string | number)[][]} */
  const table = [CASH_FLOW_HEADER.slice(), [0, 0, 0, 0, -investmentUsd]];
  for (let period = 1; period <= years * periodsPerYear; period++) {
    const yearsElapsed = (period - 1) / periodsPerYear;
    const millionTokens = periodMillionTokens * Math.pow(throughputBase, yearsElapsed);
    const revenueUsd = millionTokens * usdPerMillionTokens * Math.pow(priceBase, yearsElapsed);
    table.push([period, millionTokens, revenueUsd, periodCostUsd, revenueUsd - periodCostUsd]);
  }
  return table;
}

/**
 * The annual net cash flows, time 0 first (−investment), as TOKENNPV and TOKENIRR use them.
 * @param {number} investmentUsd
 * @param {number} years
 * @param {number} tokensPerSecond
 * @param {number} usdPerMillionTokens
 * @param {Optional} utilization
 * @param {Optional} annualOperatingCostUsd
 * @param {Optional} annualPriceChange
 * @param {Optional} annualThroughputGain
 */
function annualNetCashFlowsLimit(
  investmentUsd,
  years,
  tokensPerSecond,
  usdPerMillionTokens,
  utilization,
  annualOperatingCostUsd,
  annualPriceChange,
  annualThroughputGain
) {
  const flowsUsd = [-investmentUsd];
  for (let year = 1; year <= years; year++) {
    flowsUsd.push(
      periodRevenueUsd(
        tokensPerSecond,
        usdPerMillionTokens,
        utilization ?? 1,
        annualPriceChange ?? 0,
        annualThroughputGain ?? 0,
        1,
        year
      ) - (annualOperatingCostUsd ?? 0)
    );
  }
  return flowsUsd;
}

/**
 * @param {number} discountRate
 * @param {InvestmentArgs} investmentArgs
 */
function tokenNpvLimit(discountRate, ...investmentArgs) {
  const flowsUsd = annualNetCashFlowsLimit(...investmentArgs);
  const discountFactor = 1 / (1 + discountRate);
  let npvUsd = 0;
  // The casts cost nothing at run time: t stays inside the array, and a limit takes no extra checks.
  for (let t = flowsUsd.length - 1; t >= 0; t--)
    npvUsd = npvUsd * discountFactor + /** @type {number} */ (flowsUsd[t]);
  return npvUsd;
}

/**
 * IRR the way Excel does it: Newton's method from 10% with the analytic derivative; NaN if it fails.
 * @param {readonly number[]} flowsUsd
 */
function newtonIrr(flowsUsd) {
  let rate = EXCEL_IRR_GUESS;
  for (let iteration = 0; iteration < 50; iteration++) {
    const discountFactor = 1 / (1 + rate);
    let npvUsd = 0;
    let derivativeUsd = 0;
    for (let t = flowsUsd.length - 1; t >= 0; t--) {
      derivativeUsd = derivativeUsd * discountFactor + npvUsd;
      npvUsd = npvUsd * discountFactor + /** @type {number} */ (flowsUsd[t]);
    }
    // With v = 1/(1+r): NPV = P(v) = Σ c_t v^t, the Horner pass gives P'(v), and dv/dr = −v².
    const step = npvUsd / (-derivativeUsd * discountFactor * discountFactor);
    rate -= step;
    if (!(rate > -1)) return NaN;
    if (Math.abs(step) <= 1e-12 * Math.max(1, Math.abs(rate))) return rate;
  }
  return NaN;
}

/** @param {InvestmentArgs} investmentArgs */
function tokenIrrLimit(...investmentArgs) {
  return newtonIrr(annualNetCashFlowsLimit(...investmentArgs));
}

module.exports = {
  gpuHourCostLimit,
  costPerTokenLimit,
  blendedPriceLimit,
  breakEvenPriceLimit,
  energyPerTokenLimit,
  tokensPerMwLimit,
  tokenRevenueLimit,
  roiMultipleLimit,
  paybackMonthsLimit,
  tokenCashFlowsLimit,
  annualNetCashFlowsLimit,
  tokenNpvLimit,
  tokenIrrLimit,
  newtonIrr,
};
