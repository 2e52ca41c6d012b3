/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands a range to an `any[][]` parameter in one
   call, its error cells included; the metadata generator reads these declarations as matrix parameters. */
/**
 * Functions on the workbook's own rows: a build-out schedule period by period (GPUSINSERVICE, PERIODTOKENS,
 * SCHEDULE, SCHEDULELABELS) and NPV, IRR and payback on any cash-flow row (CASHFLOWNPV, CASHFLOWIRR,
 * CASHFLOWPAYBACK). They never broadcast into grids: a per-period argument is one row or one column (or one
 * value), read by rows.ts, and the result has the orientation of the first argument. Each is its JSDoc
 * (Excel's help, shared parameter text from parameterHelp.ts) and one call into src/core.
 */
import "./runtimeGuard";
import type { Answer } from "../core";
import {
  MESSAGES,
  SCHEDULE_LINES,
  cashFlowIrr,
  cashFlowNpv,
  cashFlowPaybackMonths,
  gpusInService,
  periodMillionTokens,
  scheduleLines,
} from "../core";
import { type NoAnswerError, noAnswerError, toExcelError } from "./excelErrors";
import {
  type Orientation,
  laidOut,
  linesLaidOut,
  optionalNumber,
  readOrientation,
  readRow,
  requiredNumber,
} from "./rows";

/** Cells of a schedule row are numbered from period 1; cash-flow values from time 0. */
const SCHEDULE_FIRST_PERIOD = 1;
const CASH_FLOW_FIRST_PERIOD = 0;

/**
 * Reads the arguments, makes the core call and hands Excel its value or a CustomFunctions.Error. `read`
 * returns the input; its single values let the error mapping add the "blank cell passed as 0" hint.
 */
function excelCall<I extends object, T>(read: () => I, compute: (input: I) => T): T {
  let input: I | undefined;
  try {
    input = read();
    return compute(input);
  } catch (error) {
    throw toExcelError(error, input as Readonly<Record<string, unknown>> | undefined);
  }
}

function answered(answer: Answer<number>, noAnswer: NoAnswerError): number {
  if (answer.ok) return finite(answer.value);
  throw noAnswerError(noAnswer, answer.reason);
}

function finite(value: number): number {
  if (!Number.isFinite(value)) throw noAnswerError("#NUM!", MESSAGES.resultNotFinite());
  return value;
}

function finiteTable(table: number[][]): number[][] {
  for (const row of table) for (const cell of row) finite(cell);
  return table;
}

/**
 * Returns the GPUs in service in each period (unit: GPUs), laid out as gpusAdded is: deliveries produce after the commissioning lag and retire after their life. gpusAdded is a row or a column of periods; the result spills the same way.
 * @customfunction GPUSINSERVICE
 * @param gpusAdded GPUs delivered in each period: a row or column of one value per period (its length sets the periods), or one value. At least 0, fractions allowed; a blank cell is 0.
 * @param [commissioningPeriods] Whole periods from delivery to first production, 0 to 100000; one value. If omitted, 0.
 * @param [lifePeriods] Whole periods a GPU produces before it retires, 1 to 100000; one value. If omitted, GPUs never retire.
 * @returns GPUs in service, one per period.
 */
export function gpusInServiceByPeriod(
  gpusAdded: any[][],
  commissioningPeriods?: any[][],
  lifePeriods?: any[][]
): number[][] {
  return excelCall(
    () => {
      const added = readRow(gpusAdded, "gpusAdded", SCHEDULE_FIRST_PERIOD);
      return {
        gpusAdded: added.value,
        orientation: added.orientation,
        commissioningPeriods: optionalNumber(commissioningPeriods, "commissioningPeriods"),
        lifePeriods: optionalNumber(lifePeriods, "lifePeriods"),
      };
    },
    (input) => finiteTable(laidOut(gpusInService(input), input.orientation))
  );
}

/**
 * Returns the million tokens produced in each period (unit: million tokens) by the GPUs in service, laid out as gpusInService is; gpusInService, tokensPerSecondPerGpu and utilization take a row or column of periods, the rest one value each.
 * @customfunction PERIODTOKENS
 * @param gpusInService GPUs producing in each period (see GPUSINSERVICE): a row or column of one value per period (its length sets the periods), or one value. At least 0; a blank cell is 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0. One value, or a row or column of one per period.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). One value, or a row or column of one per period; a period may be 0 (idle). If omitted, 1.
 * @param [periodsPerYear] Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365). One value; the periods may span at most 100 years. If omitted, 4.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @returns Million tokens, one per period.
 */
export function periodTokens(
  gpusInService: any[][],
  tokensPerSecondPerGpu: any[][],
  utilization?: any[][],
  periodsPerYear?: any[][],
  annualThroughputGain?: any[][]
): number[][] {
  return excelCall(
    () => {
      const inService = readRow(gpusInService, "gpusInService", SCHEDULE_FIRST_PERIOD);
      return {
        gpusInService: inService.value,
        orientation: inService.orientation,
        tokensPerSecondPerGpu: perPeriod(tokensPerSecondPerGpu, "tokensPerSecondPerGpu"),
        utilization: perPeriod(utilization, "utilization"),
        periodsPerYear: optionalNumber(periodsPerYear, "periodsPerYear"),
        annualThroughputGain: optionalNumber(annualThroughputGain, "annualThroughputGain"),
      };
    },
    (input) => finiteTable(laidOut(periodMillionTokens(input), input.orientation))
  );
}

function perPeriod(argument: unknown, parameter: string) {
  return readRow(argument, parameter, SCHEDULE_FIRST_PERIOD).value;
}

/**
 * Returns a build-out's schedule in USD and units, one line per quantity in this order: GPUs in service, million tokens, revenue (USD), power (USD), other operating cost (USD), capex (USD), net cash flow (USD), cumulative net cash (USD); under a row of periods it spills 8 rows, beside a column 8 columns. The per-period arguments take a row or column; the rest one value each.
 * @customfunction SCHEDULE
 * @param gpusAdded GPUs delivered in each period: a row or column of one value per period (its length sets the periods), or one value. At least 0, fractions allowed; a blank cell is 0.
 * @param tokensPerSecondPerGpu Tokens per second one GPU produces at the chosen interactivity (see THROUGHPUT). Greater than 0. One value, or a row or column of one per period.
 * @param usdPerMillionTokens Token price at the start, in USD per million tokens. Greater than 0. One value, or a row or column of one per period before annualPriceChange; at most 1e9.
 * @param [utilization] Share of time spent serving at that rate, 0 to 1 (0.6 = 60%). One value, or a row or column of one per period; a period may be 0 (idle). If omitted, 1.
 * @param [periodsPerYear] Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365). One value; the periods may span at most 100 years. If omitted, 4.
 * @param [capexUsd] Capital spent in each period, in USD: a row or column of one value per period, each at least 0 (a blank cell is 0). A single value other than 0 is an error: it would be charged in every period. If omitted, 0.
 * @param [powerKwPerGpu] All-in IT power per GPU (chip plus its share of host and network), in kW. At least 0; one value, or a row or column of one per period. If omitted, 0 (power left out).
 * @param [usdPerKwh] Electricity price in USD per kWh. At least 0, at most 100. One value, or a row or column of one per period. If omitted, 0.
 * @param [pue] Power usage effectiveness, facility power divided by IT power. At least 1, at most 5. If omitted, 1. One value, or a row or column of one per period.
 * @param [opexPerGpuYear] Other operating cost per GPU per year (hosting, software, staff), in USD. At least 0. If omitted, 0. One value, or a row or column of one per period; charged for each GPU in service.
 * @param [commissioningPeriods] Whole periods from delivery to first production, 0 to 100000; one value. If omitted, 0.
 * @param [lifePeriods] Whole periods a GPU produces before it retires, 1 to 100000; one value. If omitted, GPUs never retire.
 * @param [annualPriceChange] Yearly change in token price as a decimal (-0.5 = prices halve each year). Greater than -1. If omitted, 0.
 * @param [annualThroughputGain] Yearly throughput gain from software as a decimal (0.3 = +30% a year). Greater than -1. If omitted, 0.
 * @returns Table of 8 lines by period (see SCHEDULELABELS), without labels.
 */
export function schedule(
  gpusAdded: any[][],
  tokensPerSecondPerGpu: any[][],
  usdPerMillionTokens: any[][],
  utilization?: any[][],
  periodsPerYear?: any[][],
  capexUsd?: any[][],
  powerKwPerGpu?: any[][],
  usdPerKwh?: any[][],
  pue?: any[][],
  opexPerGpuYear?: any[][],
  commissioningPeriods?: any[][],
  lifePeriods?: any[][],
  annualPriceChange?: any[][],
  annualThroughputGain?: any[][]
): number[][] {
  return excelCall(
    () => {
      const added = readRow(gpusAdded, "gpusAdded", SCHEDULE_FIRST_PERIOD);
      return {
        gpusAdded: added.value,
        orientation: added.orientation,
        tokensPerSecondPerGpu: perPeriod(tokensPerSecondPerGpu, "tokensPerSecondPerGpu"),
        usdPerMillionTokens: perPeriod(usdPerMillionTokens, "usdPerMillionTokens"),
        utilization: perPeriod(utilization, "utilization"),
        periodsPerYear: optionalNumber(periodsPerYear, "periodsPerYear"),
        capexUsd: perPeriod(capexUsd, "capexUsd"),
        powerKwPerGpu: perPeriod(powerKwPerGpu, "powerKwPerGpu"),
        usdPerKwh: perPeriod(usdPerKwh, "usdPerKwh"),
        pue: perPeriod(pue, "pue"),
        opexPerGpuYear: perPeriod(opexPerGpuYear, "opexPerGpuYear"),
        commissioningPeriods: optionalNumber(commissioningPeriods, "commissioningPeriods"),
        lifePeriods: optionalNumber(lifePeriods, "lifePeriods"),
        annualPriceChange: optionalNumber(annualPriceChange, "annualPriceChange"),
        annualThroughputGain: optionalNumber(annualThroughputGain, "annualThroughputGain"),
      };
    },
    (input) => {
      const lines = scheduleLines(input);
      return finiteTable(
        linesLaidOut(
          SCHEDULE_LINES.map((line) => lines[line.key]),
          input.orientation
        )
      );
    }
  );
}

/** SCHEDULELABELS' labels in SCHEDULE's line order, units in brackets. */
const SCHEDULE_LABELS: readonly string[] = SCHEDULE_LINES.map((line) => line.label);

/**
 * Returns SCHEDULE's 8 line labels as text, in its line order: down a column (beside a SCHEDULE under a row of periods) or across a row (above a SCHEDULE beside a column of periods).
 * @customfunction SCHEDULELABELS
 * @param [orientation] "column" spills the labels down a column (beside a SCHEDULE under a row of periods), "row" across a row (above a SCHEDULE beside a column of periods). If omitted, "column".
 * @returns Labels as text, one per line of SCHEDULE.
 */
export function scheduleLabels(orientation?: any[][]): string[][] {
  return excelCall(
    () => ({ orientation: readOrientation(orientation) }),
    (input) => labelsLaidOut(input.orientation)
  );
}

function labelsLaidOut(orientation: Orientation): string[][] {
  // Labels beside a row-of-periods block run down a column; above a column-of-periods block, across a row.
  return orientation === "row" ? [SCHEDULE_LABELS.slice()] : SCHEDULE_LABELS.map((l) => [l]);
}

/**
 * Returns the net present value in USD at time 0 of a cash-flow row: value k is discounted by (1 + annualRate)^(k / periodsPerYear), so the first value (time 0) is not discounted, unlike Excel's NPV. values is a row or a column.
 * @customfunction CASHFLOWNPV
 * @param annualRate Annual effective discount rate as a decimal (0.1 = 10%), whatever the period length; one value. Greater than -1, at most 100.
 * @param values Cash flows in USD, one row or one column, time 0 first: value k falls k / periodsPerYear years after time 0. Each from -1e15 to 1e15, at most 100000 values; a blank cell is 0.
 * @param [periodsPerYear] Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365). One value. If omitted, 1.
 * @returns USD at time 0.
 */
export function cashFlowNpvUsd(
  annualRate: any[][],
  values: any[][],
  periodsPerYear?: any[][]
): number {
  return excelCall(
    () => ({
      annualRate: requiredNumber(annualRate, "annualRate"),
      values: readRow(values, "values", CASH_FLOW_FIRST_PERIOD).value,
      periodsPerYear: optionalNumber(periodsPerYear, "periodsPerYear"),
    }),
    (input) => finite(cashFlowNpv(input.annualRate, input.values, input.periodsPerYear))
  );
}

/**
 * Returns the internal rate of return of a cash-flow row as an annual effective rate, a decimal per year (0.25 = 25%), found as TOKENIRR finds it; #NUM! when no rate solves. values is a row or a column.
 * @customfunction CASHFLOWIRR
 * @param values Cash flows in USD, one row or one column, time 0 first: value k falls k / periodsPerYear years after time 0. Each from -1e15 to 1e15, at most 100000 values; a blank cell is 0.
 * @param [periodsPerYear] Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365). One value. If omitted, 1.
 * @returns Rate per year as a decimal.
 */
export function cashFlowIrrRate(values: any[][], periodsPerYear?: any[][]): number {
  return excelCall(
    () => ({
      values: readRow(values, "values", CASH_FLOW_FIRST_PERIOD).value,
      periodsPerYear: optionalNumber(periodsPerYear, "periodsPerYear"),
    }),
    (input) => answered(cashFlowIrr(input.values, input.periodsPerYear), "#NUM!")
  );
}

/**
 * Returns the payback in months from time 0 of a cash-flow row: when the cumulative sum turns non-negative for good (the last crossing, where PAYBACKMONTHS takes the first), interpolated within the period; #N/A if it ends below 0. values is a row or a column.
 * @customfunction CASHFLOWPAYBACK
 * @param values Cash flows in USD, one row or one column, time 0 first: value k falls k / periodsPerYear years after time 0. Each from -1e15 to 1e15, at most 100000 values; a blank cell is 0.
 * @param [periodsPerYear] Periods in a year: 1 annual, 4 quarterly, 12 monthly (whole number, 1 to 365). One value. If omitted, 1.
 * @returns Months (fractional).
 */
export function cashFlowPayback(values: any[][], periodsPerYear?: any[][]): number {
  return excelCall(
    () => ({
      values: readRow(values, "values", CASH_FLOW_FIRST_PERIOD).value,
      periodsPerYear: optionalNumber(periodsPerYear, "periodsPerYear"),
    }),
    (input) => answered(cashFlowPaybackMonths(input.values, input.periodsPerYear), "#N/A")
  );
}
