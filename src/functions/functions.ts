/**
 * The TOKENOMICS custom functions: Excel's view of the model. Each function is a JSDoc description (which
 * custom-functions-metadata turns into functions.json, Excel's autocomplete text) plus a one-line call into
 * src/core. Only src/functions (this file, excelErrors.ts, runtimeGuard.ts) touches `CustomFunctions`.
 * Never import it from the task pane: in the shared runtime that would register every function twice.
 */
import "./runtimeGuard";
import {
  blendedUsdPerMillionTokens,
  breakEvenUsdPerMillionTokens,
  joulesPerToken,
  MESSAGES,
  paybackMonths,
  roiMultiple,
  tcoUsdPerGpuHour,
  tokenCashFlowSchedule,
  tokenIrr,
  tokenNpvUsd,
  tokenRevenueUsd,
  tokensPerSecondPerMegawatt,
  usdPerMillionTokens,
} from "../core";
import { presetInfo, presetTable, presetValue, throughputAt } from "../presets";
import {
  investmentInput,
  optionalNumber,
  optionalText,
  requiredNumber,
  requiredText,
  textList,
} from "./arguments";
import { excelCall, excelNumber, excelTable, noNumericSolution, notAvailable } from "./excelErrors";

/** Header of the TOKENCASHFLOWS spill, with units. */
export const CASH_FLOW_HEADER = [
  "Period",
  "Million tokens",
  "Revenue (USD)",
  "Operating cost (USD)",
  "Net cash flow (USD)",
];

/**
 * Returns the all-in cost of one GPU-hour in USD: capital charge, power and other operating cost.
 * @customfunction GPUHOURCOST
 * @param capexPerGpu Purchase cost of one GPU with its share of servers, network and installation, in USD. Greater than 0.
 * @param lifeYears Economic life over which the capex is recovered, in years. Greater than 0, at most 100.
 * @param powerKwPerGpu All-in IT power per GPU (chip plus its share of host and network), in kW. Greater than 0.
 * @param usdPerKwh Electricity price in USD per kWh. At least 0, at most 100.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @param [opexPerGpuYear] Other operating cost per GPU per year (hosting, software, staff), in USD. At least 0. If omitted, 0.
 * @param [costOfCapital] Annual cost of capital as a decimal (0.1 = 10%); the capital charge is then a level annuity like Excel's PMT. At least 0. If omitted, 0 (straight line).
 * @param [residualFraction] Value left at the end of life as a fraction of capex, 0 to 1. If omitted, 0.
 * @returns USD per GPU-hour.
 */
export function gpuHourCost(
  capexPerGpu: number,
  lifeYears: number,
  powerKwPerGpu: number,
  usdPerKwh: number,
  pue?: number,
  opexPerGpuYear?: number,
  costOfCapital?: number,
  residualFraction?: number
): number {
  return excelNumber(() =>
    tcoUsdPerGpuHour({
      capexPerGpu: requiredNumber(capexPerGpu, "capexPerGpu"),
      lifeYears: requiredNumber(lifeYears, "lifeYears"),
      powerKwPerGpu: requiredNumber(powerKwPerGpu, "powerKwPerGpu"),
      usdPerKwh: requiredNumber(usdPerKwh, "usdPerKwh"),
      pue: optionalNumber(pue, "pue"),
      opexPerGpuYear: optionalNumber(opexPerGpuYear, "opexPerGpuYear"),
      costOfCapital: optionalNumber(costOfCapital, "costOfCapital"),
      residualFraction: optionalNumber(residualFraction, "residualFraction"),
    })
  );
}

/**
 * Returns the serving cost in USD per million tokens (or per tokensPerUnit tokens).
 * @customfunction COSTPERTOKEN
 * @param usdPerGpuHour All-in cost of one GPU-hour, in USD (see GPUHOURCOST). Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity. Greater than 0.
 * @param [utilization] Share of hours the GPU serves at that rate, 0 to 1 (0.6 = 60%). Greater than 0. If omitted, 1.
 * @param [tokensPerUnit] Tokens in one pricing unit. Greater than 0. If omitted, 1000000 (USD per million tokens).
 * @returns USD per million tokens.
 */
export function costPerToken(
  usdPerGpuHour: number,
  tokensPerSecondPerGpu: number,
  utilization?: number,
  tokensPerUnit?: number
): number {
  return excelNumber(() =>
    usdPerMillionTokens({
      usdPerGpuHour: requiredNumber(usdPerGpuHour, "usdPerGpuHour"),
      tokensPerSecondPerGpu: requiredNumber(tokensPerSecondPerGpu, "tokensPerSecondPerGpu"),
      utilization: optionalNumber(utilization, "utilization"),
      tokensPerUnit: optionalNumber(tokensPerUnit, "tokensPerUnit"),
    })
  );
}

/**
 * Returns the token revenue in USD over the years, on annual periods, with prices and throughput that may change each year.
 * @customfunction TOKENREVENUE
 * @param years Horizon in years; fractions allowed (2.5). Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price in the first year, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time the deployment serves at that rate, 0 to 1. Greater than 0. If omitted, 1.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @returns USD of token revenue.
 */
export function tokenRevenue(
  years: number,
  tokensPerSecond: number,
  usdPerMillionTokens: number,
  utilization?: number,
  annualPriceChange?: number,
  annualThroughputGain?: number
): number {
  return excelNumber(() =>
    tokenRevenueUsd({
      years: requiredNumber(years, "years"),
      tokensPerSecond: requiredNumber(tokensPerSecond, "tokensPerSecond"),
      usdPerMillionTokens: requiredNumber(usdPerMillionTokens, "usdPerMillionTokens"),
      utilization: optionalNumber(utilization, "utilization"),
      annualPriceChange: optionalNumber(annualPriceChange, "annualPriceChange"),
      annualThroughputGain: optionalNumber(annualThroughputGain, "annualThroughputGain"),
    })
  );
}

/**
 * Returns the return on investment as a multiple (15 = 15x): token revenue minus operating cost over the years, divided by the investment.
 * @customfunction ROIMULTIPLE
 * @param investmentUsd Up-front investment, in USD. Greater than 0.
 * @param years Horizon in years; fractions allowed. Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces (GPUs × tokens/s per GPU). Greater than 0.
 * @param usdPerMillionTokens Token price in the first year, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time the deployment serves at that rate, 0 to 1. Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year (power, hosting, staff), in USD. At least 0. If omitted, 0 (the gross multiple vendors quote).
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal. Greater than -1. If omitted, 0.
 * @returns Multiple of the investment (a ratio, not a percent).
 */
export function roi(
  investmentUsd: number,
  years: number,
  tokensPerSecond: number,
  usdPerMillionTokens: number,
  utilization?: number,
  annualOperatingCostUsd?: number,
  annualPriceChange?: number,
  annualThroughputGain?: number
): number {
  return excelNumber(() =>
    roiMultiple(
      investmentInput(
        investmentUsd,
        years,
        tokensPerSecond,
        usdPerMillionTokens,
        utilization,
        annualOperatingCostUsd,
        annualPriceChange,
        annualThroughputGain
      )
    )
  );
}

/**
 * Returns the payback period in months: when cumulative net cash repays the investment, interpolated within the month; #N/A if not within the years.
 * @customfunction PAYBACKMONTHS
 * @param investmentUsd Up-front investment, in USD. Greater than 0.
 * @param years Horizon in years to search for payback. Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces. Greater than 0.
 * @param usdPerMillionTokens Token price in the first month, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time the deployment serves at that rate, 0 to 1. Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year, in USD; charged monthly. At least 0. If omitted, 0.
 * @param [annualPriceChange] Yearly change in token price as a decimal, applied month by month. Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain as a decimal, applied month by month. Greater than -1. If omitted, 0.
 * @returns Months (fractional).
 */
export function payback(
  investmentUsd: number,
  years: number,
  tokensPerSecond: number,
  usdPerMillionTokens: number,
  utilization?: number,
  annualOperatingCostUsd?: number,
  annualPriceChange?: number,
  annualThroughputGain?: number
): number {
  return excelNumber(() => {
    const result = paybackMonths(
      investmentInput(
        investmentUsd,
        years,
        tokensPerSecond,
        usdPerMillionTokens,
        utilization,
        annualOperatingCostUsd,
        annualPriceChange,
        annualThroughputGain
      )
    );
    if (!result.reached) throw notAvailable(MESSAGES.neverPaysBack(result.horizonYears));
    return result.months;
  });
}

/**
 * Returns a table (spills) with a header row: period, million tokens, revenue (USD), operating cost (USD), net cash flow (USD); period 0 is minus the investment. Feed the last column to Excel's NPV and IRR.
 * @customfunction TOKENCASHFLOWS
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years; a fractional last period counts its fraction of tokens and cost. Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces. Greater than 0.
 * @param usdPerMillionTokens Token price in the first period, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time the deployment serves at that rate, 0 to 1. Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year, in USD, split evenly over the periods. At least 0. If omitted, 0.
 * @param [annualPriceChange] Yearly change in token price as a decimal. Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain as a decimal. Greater than -1. If omitted, 0.
 * @param [periodsPerYear] Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365). If omitted, 1.
 * @returns Table of USD and million tokens by period, header row first.
 */
export function tokenCashFlows(
  investmentUsd: number,
  years: number,
  tokensPerSecond: number,
  usdPerMillionTokens: number,
  utilization?: number,
  annualOperatingCostUsd?: number,
  annualPriceChange?: number,
  annualThroughputGain?: number,
  periodsPerYear?: number
  // any[][]: the metadata generator maps only plain element types to a spilled matrix; the header row is text.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): any[][] {
  return excelTable(() => {
    const input = investmentInput(
      investmentUsd,
      years,
      tokensPerSecond,
      usdPerMillionTokens,
      utilization,
      annualOperatingCostUsd,
      annualPriceChange,
      annualThroughputGain
    );
    const schedule = tokenCashFlowSchedule(input, optionalNumber(periodsPerYear, "periodsPerYear"));
    const table: (string | number)[][] = [CASH_FLOW_HEADER.slice()];
    for (const row of schedule.rows) {
      table.push([
        row.period,
        row.millionTokens,
        row.revenueUsd,
        row.operatingCostUsd,
        row.netCashFlowUsd,
      ]);
    }
    return table;
  });
}

/**
 * Returns the net present value in USD of the annual token cash flows; period 0 (the investment) is not discounted, year t is discounted by (1 + discountRate)^t. Equals Excel's -investment + NPV(rate, years 1..n).
 * @customfunction TOKENNPV
 * @param discountRate Annual discount rate as a decimal (0.1 = 10%). Greater than -1.
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years. Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces. Greater than 0.
 * @param usdPerMillionTokens Token price in the first year, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time the deployment serves at that rate, 0 to 1. Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year, in USD. At least 0. If omitted, 0.
 * @param [annualPriceChange] Yearly change in token price as a decimal. Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain as a decimal. Greater than -1. If omitted, 0.
 * @returns USD at time 0.
 */
export function tokenNpv(
  discountRate: number,
  investmentUsd: number,
  years: number,
  tokensPerSecond: number,
  usdPerMillionTokens: number,
  utilization?: number,
  annualOperatingCostUsd?: number,
  annualPriceChange?: number,
  annualThroughputGain?: number
): number {
  return excelNumber(() =>
    tokenNpvUsd(
      requiredNumber(discountRate, "discountRate"),
      investmentInput(
        investmentUsd,
        years,
        tokensPerSecond,
        usdPerMillionTokens,
        utilization,
        annualOperatingCostUsd,
        annualPriceChange,
        annualThroughputGain
      )
    )
  );
}

/**
 * Returns the internal rate of return of the annual token cash flows, as a decimal per year (0.25 = 25%). Finds the rate without a guess; #NUM! only when no rate solves.
 * @customfunction TOKENIRR
 * @param investmentUsd Up-front investment at period 0, in USD. Greater than 0.
 * @param years Horizon in years. Greater than 0, at most 100.
 * @param tokensPerSecond Tokens per second the whole deployment produces. Greater than 0.
 * @param usdPerMillionTokens Token price in the first year, in USD per million tokens. Greater than 0.
 * @param [utilization] Share of time the deployment serves at that rate, 0 to 1. Greater than 0. If omitted, 1.
 * @param [annualOperatingCostUsd] Cost of running the deployment per year, in USD. At least 0. If omitted, 0.
 * @param [annualPriceChange] Yearly change in token price as a decimal. Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain as a decimal. Greater than -1. If omitted, 0.
 * @returns Rate per year as a decimal.
 */
export function tokenIrrRate(
  investmentUsd: number,
  years: number,
  tokensPerSecond: number,
  usdPerMillionTokens: number,
  utilization?: number,
  annualOperatingCostUsd?: number,
  annualPriceChange?: number,
  annualThroughputGain?: number
): number {
  return excelNumber(() => {
    const result = tokenIrr(
      investmentInput(
        investmentUsd,
        years,
        tokensPerSecond,
        usdPerMillionTokens,
        utilization,
        annualOperatingCostUsd,
        annualPriceChange,
        annualThroughputGain
      )
    );
    if (!result.solved) throw noNumericSolution(MESSAGES.noIrr());
    return result.rate;
  });
}

/**
 * Returns the average price of all tokens in a traffic mix, in USD per million total tokens (input plus output).
 * @customfunction BLENDEDPRICE
 * @param inputUsdPerMillion Price of uncached input tokens, in USD per million. At least 0.
 * @param outputUsdPerMillion Price of output tokens, in USD per million. At least 0.
 * @param inputTokensPerOutputToken Input tokens sent for each output token (3 for a 3:1 mix). At least 0.
 * @param [cachedInputShare] Share of input tokens served from the prompt cache, 0 to 1. If omitted, 0.
 * @param [cachedInputUsdPerMillion] Price of cached input tokens, in USD per million. At least 0. If omitted, 0.
 * @returns USD per million tokens.
 */
export function blendedPrice(
  inputUsdPerMillion: number,
  outputUsdPerMillion: number,
  inputTokensPerOutputToken: number,
  cachedInputShare?: number,
  cachedInputUsdPerMillion?: number
): number {
  return excelNumber(() =>
    blendedUsdPerMillionTokens({
      inputUsdPerMillion: requiredNumber(inputUsdPerMillion, "inputUsdPerMillion"),
      outputUsdPerMillion: requiredNumber(outputUsdPerMillion, "outputUsdPerMillion"),
      inputTokensPerOutputToken: requiredNumber(
        inputTokensPerOutputToken,
        "inputTokensPerOutputToken"
      ),
      cachedInputShare: optionalNumber(cachedInputShare, "cachedInputShare"),
      cachedInputUsdPerMillion: optionalNumber(
        cachedInputUsdPerMillion,
        "cachedInputUsdPerMillion"
      ),
    })
  );
}

/**
 * Returns the token price in USD per million tokens that earns the target gross margin over serving cost.
 * @customfunction BREAKEVENPRICE
 * @param usdPerGpuHour All-in cost of one GPU-hour, in USD. Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces. Greater than 0.
 * @param [utilization] Share of hours the GPU serves at that rate, 0 to 1. Greater than 0. If omitted, 1.
 * @param [targetGrossMargin] Gross margin on the price as a decimal (0.4 = 40%). At least 0, less than 1. If omitted, 0 (break even).
 * @returns USD per million tokens.
 */
export function breakEvenPrice(
  usdPerGpuHour: number,
  tokensPerSecondPerGpu: number,
  utilization?: number,
  targetGrossMargin?: number
): number {
  return excelNumber(() =>
    breakEvenUsdPerMillionTokens({
      usdPerGpuHour: requiredNumber(usdPerGpuHour, "usdPerGpuHour"),
      tokensPerSecondPerGpu: requiredNumber(tokensPerSecondPerGpu, "tokensPerSecondPerGpu"),
      utilization: optionalNumber(utilization, "utilization"),
      targetGrossMargin: optionalNumber(targetGrossMargin, "targetGrossMargin"),
    })
  );
}

/**
 * Returns the facility energy per token in joules (J/token).
 * @customfunction ENERGYPERTOKEN
 * @param powerKwPerGpu All-in IT power per GPU, in kW. Greater than 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces. Greater than 0.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @returns Joules per token.
 */
export function energyPerToken(
  powerKwPerGpu: number,
  tokensPerSecondPerGpu: number,
  pue?: number
): number {
  return excelNumber(() =>
    joulesPerToken({
      powerKwPerGpu: requiredNumber(powerKwPerGpu, "powerKwPerGpu"),
      tokensPerSecondPerGpu: requiredNumber(tokensPerSecondPerGpu, "tokensPerSecondPerGpu"),
      pue: optionalNumber(pue, "pue"),
    })
  );
}

/**
 * Returns the tokens per second that one megawatt of facility power produces (tokens/s per MW).
 * @customfunction TOKENSPERMW
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces. Greater than 0.
 * @param powerKwPerGpu All-in IT power per GPU, in kW. Greater than 0.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1.
 * @returns Tokens per second per MW.
 */
export function tokensPerMw(
  tokensPerSecondPerGpu: number,
  powerKwPerGpu: number,
  pue?: number
): number {
  return excelNumber(() =>
    tokensPerSecondPerMegawatt({
      tokensPerSecondPerGpu: requiredNumber(tokensPerSecondPerGpu, "tokensPerSecondPerGpu"),
      powerKwPerGpu: requiredNumber(powerKwPerGpu, "powerKwPerGpu"),
      pue: optionalNumber(pue, "pue"),
    })
  );
}

/**
 * Returns one preset value for a GPU platform, in the field's unit (hbmGb in GB, allInPowerKwPerGpu in kW, tcoUsdPerGpuHourOwner in USD per GPU-hour, …); #N/A with a message when the platform or field is unknown or nobody publishes the value.
 * @customfunction PRESET
 * @param platform Platform id or alias, e.g. "B200", "GB200 NVL72", "MI355X", "TPU7x". Case and spaces do not matter.
 * @param field Field name, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu", "priceUsdPerGpu", "hbmGb". See TOKENOMICS.PRESETS for all.
 * @returns The value in the field's unit (USD, kW, GB, TFLOPS, …).
 */
export function preset(platform: string, field: string): number {
  return excelNumber(() => {
    const found = presetValue(requiredText(platform, "platform"), requiredText(field, "field"));
    if (!found.ok) throw notAvailable(found.message);
    return found.value;
  });
}

/**
 * Returns a table (spills) of every platform preset: id, name, vendor, then one column per field in the field's unit; a blank cell where nobody publishes the value.
 * @customfunction PRESETS
 * @param [fields] Field names to show, e.g. "tcoUsdPerGpuHourOwner", "allInPowerKwPerGpu". If omitted, every field.
 * @returns Table of preset values (USD, kW, GB, TFLOPS), header row first.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function presets(...fields: string[]): any[][] {
  return excelTable(() => {
    const found = presetTable(textList(fields, "fields"));
    if (!found.ok) throw notAvailable(found.message);
    // Excel shows null in a spill as 0; a value nobody publishes must look blank, not zero.
    return found.value.map((row) => row.map((cell) => (cell === null ? "" : cell)));
  });
}

/**
 * Returns the measured throughput in total tokens per second per GPU at an interactivity (output tokens/s per user), interpolated monotonically along the measured frontier; #N/A outside the measured range.
 * @customfunction THROUGHPUT
 * @param platform Platform id or alias, e.g. "B200", "GB200".
 * @param model Model measured, e.g. "DeepSeek-R1".
 * @param workload Input/output length, e.g. "1k/1k" (chat), "8k/1k" (summarization), "1k/8k" (reasoning).
 * @param tokensPerSecondPerUser Interactivity: output tokens per second each user sees (1000 / ms per token). Greater than 0.
 * @param [precision] "FP4" or "FP8". If omitted, the best measured frontier across precisions.
 * @returns Tokens per second per GPU (input plus output).
 */
export function throughput(
  platform: string,
  model: string,
  workload: string,
  tokensPerSecondPerUser: number,
  precision?: string
): number {
  return excelNumber(() => {
    const found = throughputAt(
      requiredText(platform, "platform"),
      requiredText(model, "model"),
      requiredText(workload, "workload"),
      requiredNumber(tokensPerSecondPerUser, "tokensPerSecondPerUser"),
      optionalText(precision, "precision")
    );
    if (!found.ok) throw notAvailable(found.message);
    return found.value.tokensPerSecondPerGpu;
  });
}

/**
 * Returns where a preset value comes from, as text: publisher, source, as-of date, whether measured, vendor-claimed, estimated or derived, and a link. Put it next to TOKENOMICS.PRESET to show provenance.
 * @customfunction PRESETINFO
 * @param platform Platform id or alias, e.g. "B200".
 * @param field Field name, e.g. "tcoUsdPerGpuHourOwner".
 * @returns Source text (publisher, date, basis, URL).
 */
export function presetProvenance(platform: string, field: string): string {
  return excelCall(() => {
    const found = presetInfo(requiredText(platform, "platform"), requiredText(field, "field"));
    if (!found.ok) throw notAvailable(found.message);
    return found.value;
  });
}
