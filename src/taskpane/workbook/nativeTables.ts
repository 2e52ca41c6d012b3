/**
 * The native model sheet's period tables and output formulas (see nativeModel.ts for the contract). The
 * annual table is the core's lifecycle engine on annual periods (TOKENREVENUE, ROIMULTIPLE, TOKENNPV,
 * TOKENIRR read it); the monthly one is the same engine on monthly periods (PAYBACKMONTHS). Row p of each
 * has length 1, the last period's fraction, or 0 past the horizon, so one formula serves every row.
 */
import type { CashFlowRow, CashFlowSchedule } from "../../core";
import { SECONDS_PER_YEAR, TOKENS_PER_MILLION } from "../../core";
import { UNITS } from "../units";
import { cellAddress } from "./block";
import type { CellWrite, NameWrite } from "./block";
import type { CoreResults } from "./nativeRows";
import { NATIVE_HORIZON_MONTHS, NATIVE_HORIZON_YEARS } from "./nativeRows";

/** The outputs' names in sheet order; the first only when the cost of a GPU-hour is built up. */
export const NATIVE_OUTPUT_NAMES = [
  "UsdPerGpuHour",
  "CostPerMillionTokens",
  "BreakEvenPrice",
  "FleetTokensPerSecond",
  "InvestmentUsd",
  "AnnualOperatingCostUsd",
  "TokenRevenueUsd",
  "RoiMultiple",
  "PaybackMonths",
  "NpvUsd",
  "Irr",
] as const;

export type NativeOutputName = (typeof NATIVE_OUTPUT_NAMES)[number];

/** Where the output formulas find the tables: A1 ranges of the period-1..n rows and period 0. */
export interface TableRefs {
  /** Annual table: net cash flow of period 0, and periods 1..30 of revenue and net. */
  readonly annualNet0: string;
  readonly annualRevenue: string;
  readonly annualNet: string;
  /** Monthly table: month 1..360 lengths, nets and "pays back here" marks; cumulative from month 0. */
  readonly monthLength: string;
  readonly monthNet: string;
  readonly monthMark: string;
  readonly cumulativeFrom0: string;
}

export interface PeriodTables {
  readonly cells: CellWrite[];
  readonly names: NameWrite[];
  readonly endRow: number;
  readonly refs: TableRefs;
}

/** The number of periods and the last one's length, as the core's engine counts them (1e-9 guard included). */
const periodCountFormula = (exact: string): string =>
  `=MAX(1,ROUNDUP(${exact}-0.000000001*MAX(1,${exact}),0))`;

function lastFractionFormula(exact: string, countName: string): string {
  const raw = `MIN(1,MAX(0,${exact}-(${countName}-1)))`;
  return `=IF(${raw}=0,1,${raw})`;
}

const range = (fromRow: number, toRow: number, column: number): string =>
  `${cellAddress(fromRow, column, true)}:${cellAddress(toRow, column, true)}`;

/** The growth factor (1 + change)^(years elapsed) of the period in `periodCell`. */
const growth = (changeName: string, periodCell: string, periodsPerYear: number): string =>
  `POWER(1+${changeName},(${periodCell}-1)/${periodsPerYear})`;

/** A period's length: 1, the last period's fraction, or 0 past the horizon. */
const lengthFormula = (periodCell: string, countName: string, lastName: string): string =>
  `=IF(${periodCell}<${countName},1,IF(${periodCell}=${countName},${lastName},0))`;

function rowValue(
  rows: readonly CashFlowRow[] | undefined,
  period: number,
  pick: (row: CashFlowRow) => number
) {
  if (rows === undefined) return undefined;
  const row = rows[period];
  return row === undefined ? 0 : pick(row);
}

function lengthOf(schedule: CashFlowSchedule | undefined, period: number): number | undefined {
  if (schedule === undefined) return undefined;
  const count = schedule.rows.length - 1;
  return period < count ? 1 : period === count ? schedule.lastPeriodFraction : 0;
}

/** The horizon cells, the annual table and the monthly table, from `top` down. */
export function periodTables(top: number, results: CoreResults): PeriodTables {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const optional = (result: number | string | undefined) =>
    result === undefined ? {} : { result };
  let row = top;
  const section = (title: string, header: readonly string[]): void => {
    cells.push({ row, column: 0, value: title, style: "section" });
    row++;
    header.forEach((text, column) => cells.push({ row, column, value: text, style: "header" }));
    row++;
  };

  section("Horizon", ["Measure", "Value", "", "How", "Name"]);
  const annual = results.annualSchedule;
  const monthly = results.monthlySchedule;
  const horizonCells: [string, string, string, number | undefined][] = [
    [
      "AnnualPeriods",
      periodCountFormula("Years"),
      "Annual periods: Years rounded up",
      annual && annual.rows.length - 1,
    ],
    [
      "LastYearFraction",
      lastFractionFormula("Years", "AnnualPeriods"),
      "Length of the last year (fractional years count their fraction)",
      annual?.lastPeriodFraction,
    ],
    [
      "MonthlyPeriods",
      periodCountFormula("Years*12"),
      "Monthly periods for payback: Years × 12 rounded up",
      monthly && monthly.rows.length - 1,
    ],
    [
      "LastMonthFraction",
      lastFractionFormula("Years*12", "MonthlyPeriods"),
      "Length of the last month",
      monthly?.lastPeriodFraction,
    ],
  ];
  for (const [name, formula, how, result] of horizonCells) {
    cells.push({ row, column: 0, value: how.split(":")[0] as string });
    cells.push({
      row,
      column: 1,
      formula,
      ...optional(result),
      numberFormat: UNITS.plain.excelFormat,
    });
    cells.push({ row, column: 3, value: how });
    cells.push({ row, column: 4, value: name });
    names.push({ name, row, column: 1, comment: how });
    row++;
  }
  row++;

  section(
    `Annual cash flows (period 0 is the investment; up to ${NATIVE_HORIZON_YEARS} years, later periods have length 0)`,
    ["Year", "Length", "Million tokens", "Revenue", "Operating cost", "Net cash flow"]
  );
  const annualTop = row;
  const annualRows = annual?.rows;
  cells.push({ row, column: 0, value: 0 });
  cells.push({ row, column: 1, value: 0, numberFormat: UNITS.plain.excelFormat });
  for (const column of [2, 3, 4])
    cells.push({ row, column, value: 0, numberFormat: UNITS.usd.excelFormat });
  cells.push({
    row,
    column: 5,
    formula: "=-InvestmentUsd",
    ...optional(rowValue(annualRows, 0, (r) => r.netCashFlowUsd)),
    numberFormat: UNITS.usd.excelFormat,
  });
  row++;
  const perYearMillionTokens = `FleetTokensPerSecond*Utilization*${SECONDS_PER_YEAR}/${TOKENS_PER_MILLION}`;
  for (let period = 1; period <= NATIVE_HORIZON_YEARS; period++, row++) {
    const at = (column: number) => cellAddress(row, column);
    const value = (pick: (r: CashFlowRow) => number) =>
      optional(rowValue(annualRows, period, pick));
    cells.push({ row, column: 0, value: period });
    cells.push({
      row,
      column: 1,
      formula: lengthFormula(at(0), "AnnualPeriods", "LastYearFraction"),
      ...optional(lengthOf(annual, period)),
      numberFormat: UNITS.plain.excelFormat,
    });
    cells.push({
      row,
      column: 2,
      formula: `=${perYearMillionTokens}*${at(1)}*${growth("AnnualThroughputGain", at(0), 1)}`,
      ...value((r) => r.millionTokens),
      numberFormat: UNITS.count.excelFormat,
    });
    cells.push({
      row,
      column: 3,
      formula: `=${at(2)}*UsdPerMillionTokens*${growth("AnnualPriceChange", at(0), 1)}`,
      ...value((r) => r.revenueUsd),
      numberFormat: UNITS.usd.excelFormat,
    });
    cells.push({
      row,
      column: 4,
      formula: `=AnnualOperatingCostUsd*${at(1)}`,
      ...value((r) => r.operatingCostUsd),
      numberFormat: UNITS.usd.excelFormat,
    });
    cells.push({
      row,
      column: 5,
      formula: `=${at(3)}-${at(4)}`,
      ...value((r) => r.netCashFlowUsd),
      numberFormat: UNITS.usd.excelFormat,
    });
  }
  const annualLast = row - 1;
  row++;

  section(`Monthly cash flows for payback (up to ${NATIVE_HORIZON_MONTHS} months)`, [
    "Month",
    "Length",
    "Net cash flow",
    "Cumulative",
    "Pays back in month",
  ]);
  const monthTop = row;
  const monthRows = monthly?.rows;
  cells.push({ row, column: 0, value: 0 });
  cells.push({
    row,
    column: 3,
    formula: "=-InvestmentUsd",
    ...optional(rowValue(monthRows, 0, (r) => r.netCashFlowUsd)),
    numberFormat: UNITS.usd.excelFormat,
  });
  row++;
  let cumulative = monthRows && (monthRows[0] as CashFlowRow).netCashFlowUsd;
  const perMonthMillionTokens = `FleetTokensPerSecond*Utilization*${SECONDS_PER_YEAR}/12/${TOKENS_PER_MILLION}`;
  for (let month = 1; month <= NATIVE_HORIZON_MONTHS; month++, row++) {
    const at = (column: number) => cellAddress(row, column);
    const net = rowValue(monthRows, month, (r) => r.netCashFlowUsd);
    if (cumulative !== undefined && net !== undefined) cumulative += net;
    cells.push({ row, column: 0, value: month });
    cells.push({
      row,
      column: 1,
      formula: lengthFormula(at(0), "MonthlyPeriods", "LastMonthFraction"),
      ...optional(lengthOf(monthly, month)),
      numberFormat: UNITS.plain.excelFormat,
    });
    cells.push({
      row,
      column: 2,
      formula:
        `=${perMonthMillionTokens}*${at(1)}*${growth("AnnualThroughputGain", at(0), 12)}` +
        `*UsdPerMillionTokens*${growth("AnnualPriceChange", at(0), 12)}-AnnualOperatingCostUsd/12*${at(1)}`,
      ...optional(net),
      numberFormat: UNITS.usd.excelFormat,
    });
    cells.push({
      row,
      column: 3,
      formula: `=${cellAddress(row - 1, 3)}+${at(2)}`,
      ...optional(cumulative),
      numberFormat: UNITS.usd.excelFormat,
    });
    cells.push({
      row,
      column: 4,
      formula: `=IF(AND(${at(3)}>=0,${at(2)}>0),${at(0)},"")`,
      ...optional(
        cumulative === undefined || net === undefined
          ? undefined
          : cumulative >= 0 && net > 0
            ? month
            : ""
      ),
    });
  }
  const monthLast = row - 1;

  return {
    cells,
    names,
    endRow: row,
    refs: {
      annualNet0: cellAddress(annualTop, 5, true),
      annualRevenue: range(annualTop + 1, annualLast, 3),
      annualNet: range(annualTop + 1, annualLast, 5),
      monthLength: range(monthTop + 1, monthLast, 1),
      monthNet: range(monthTop + 1, monthLast, 2),
      monthMark: range(monthTop + 1, monthLast, 4),
      cumulativeFrom0: range(monthTop, monthLast - 1, 3),
    },
  };
}
