/**
 * The native build-out sheet's quarter table (see nativeBuildOut.ts for the contract): a time-0 row, then
 * one row per quarter with SCHEDULE's lines as ordinary formulas (each quarter's the same), every cell with
 * the core's value as its cached result.
 */
import { UNITS } from "../units";
import type { Unit } from "../units";
import { cellAddress } from "./block";
import type { CellWrite } from "./block";
import { PERIODS_PER_YEAR } from "./buildOutRows";
import { HOURS_PER_QUARTER, NATIVE_BUILDOUT_QUARTERS } from "./nativeBuildOutRows";
import type { BuildOutCoreResults } from "./nativeBuildOutRows";

/** The quarter table's columns, left to right. */
export const COLUMNS = [
  ["Quarter", "quarter"],
  ["GPUs delivered", "count"],
  ["GPUs in service", "count"],
  ["Utilization", "fraction"],
  ["Token price (USD per million tokens)", "usdPerMillionTokens"],
  ["Million tokens", "count"],
  ["Revenue (USD)", "usd"],
  ["Power (USD)", "usd"],
  ["Other operating cost (USD)", "usd"],
  ["Capex (USD)", "usd"],
  ["Net cash flow (USD)", "usd"],
  ["Cumulative net cash (USD)", "usd"],
  ["Below 0 at", "plain"],
] as const satisfies readonly (readonly [string, Unit])[];
export const [
  QUARTER,
  DELIVERED,
  IN_SERVICE,
  UTILIZATION,
  PRICE,
  TOKENS,
  REVENUE,
  POWER,
  OTHER,
  CAPEX,
  NET,
  CUMULATIVE,
  BELOW,
] = COLUMNS.map((_, index) => index) as number[] as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Million tokens one GPU makes in a quarter per token/s: 2,190 h × 3,600 s ÷ 1,000,000. */
const MILLION_TOKENS_PER_TOKEN_PER_SECOND = (HOURS_PER_QUARTER * 3600) / 1e6;

export interface TableInput {
  readonly time0Row: number;
  readonly firstRow: number;
  readonly column: (c: number, from?: number) => string;
  readonly core: BuildOutCoreResults;
  readonly named: Readonly<Record<string, number>>;
  readonly deliveries: readonly number[];
}

/** The time-0 row and one row per quarter: SCHEDULE's lines, each quarter's formulas the same. */
export function quarterTable({ time0Row, firstRow, column, core, named, deliveries }: TableInput) {
  const cells: CellWrite[] = [];
  const quarters = named.Quarters as number;
  const lines = core.lines;
  const format = (c: number) => UNITS[(COLUMNS[c] as readonly [string, Unit])[1]].excelFormat;
  const put = (row: number, c: number, formula: string, result: number | string | undefined) =>
    cells.push({
      row,
      column: c,
      formula,
      ...(result === undefined ? {} : { result }),
      numberFormat: format(c),
    });
  const time0 = named.Time0CashUsd as number;
  // Cumulative cash from time 0: the core's exact cumulative line, plus the time-0 cash.
  const cumulativeAt = (q: number): number | undefined =>
    lines === undefined
      ? undefined
      : q === 0
        ? time0
        : time0 + (lines.cumulativeNetCashUsd[Math.min(q, quarters) - 1] as number);
  let cumulative = cumulativeAt(0);
  cells.push({ row: time0Row, column: QUARTER, value: 0, numberFormat: format(QUARTER) });
  put(time0Row, NET, "=Time0CashUsd", named.Time0CashUsd);
  put(time0Row, CUMULATIVE, `=${cellAddress(time0Row, NET)}`, cumulative);
  put(
    time0Row,
    BELOW,
    `=IF(${cellAddress(time0Row, CUMULATIVE)}<0,0,"")`,
    cumulative === undefined ? undefined : cumulative < 0 ? 0 : ""
  );
  const quarterNumbers = column(QUARTER);
  const deliveredColumn = column(DELIVERED);
  for (let q = 1; q <= NATIVE_BUILDOUT_QUARTERS; q++) {
    const row = firstRow + q - 1;
    const at = (c: number) => cellAddress(row, c);
    const inHorizon = q <= quarters;
    // Past the horizon (or where the core refuses) a line is 0, as the formulas make it.
    const line = (pick: (l: NonNullable<typeof lines>) => readonly number[]) =>
      lines === undefined ? undefined : inHorizon ? (pick(lines)[q - 1] as number) : 0;
    const net = line((l) => l.netCashFlowUsd);
    cumulative = cumulativeAt(q);
    cells.push({ row, column: QUARTER, value: q, numberFormat: format(QUARTER) });
    cells.push({
      row,
      column: DELIVERED,
      value: deliveries[q - 1] as number,
      numberFormat: format(DELIVERED),
      style: "input",
    });
    const served = `${at(QUARTER)}-CommissioningQuarters`;
    put(
      row,
      IN_SERVICE,
      `=IF(${at(QUARTER)}<=Quarters,SUMIFS(${deliveredColumn},${quarterNumbers},"<="&(${served}),` +
        `${quarterNumbers},">"&(${served}-LifeQuarters)),0)`,
      line((l) => l.gpusInService)
    );
    put(row, UTILIZATION, "=Utilization", named.Utilization);
    put(
      row,
      PRICE,
      `=UsdPerMillionTokens*POWER(1+AnnualPriceChange,(${at(QUARTER)}-1)/${PERIODS_PER_YEAR})`,
      core.prices[q - 1]
    );
    put(
      row,
      TOKENS,
      `=${at(IN_SERVICE)}*TokensPerSecondPerGpu*${at(UTILIZATION)}*${MILLION_TOKENS_PER_TOKEN_PER_SECOND}` +
        `*POWER(1+AnnualThroughputGain,(${at(QUARTER)}-1)/${PERIODS_PER_YEAR})`,
      line((l) => l.millionTokens)
    );
    put(
      row,
      REVENUE,
      `=${at(TOKENS)}*${at(PRICE)}`,
      line((l) => l.revenueUsd)
    );
    put(
      row,
      POWER,
      `=${at(IN_SERVICE)}*PowerKwPerGpu*Pue*${HOURS_PER_QUARTER}*UsdPerKwh`,
      line((l) => l.powerUsd)
    );
    put(
      row,
      OTHER,
      `=${at(IN_SERVICE)}*OpexPerGpuYear/${PERIODS_PER_YEAR}`,
      line((l) => l.otherOperatingCostUsd)
    );
    put(
      row,
      CAPEX,
      `=IF(${at(QUARTER)}<=Quarters,${at(DELIVERED)}*CapexPerGpu,0)`,
      line((l) => l.capexUsd)
    );
    put(row, NET, `=${at(REVENUE)}-${at(POWER)}-${at(OTHER)}-${at(CAPEX)}`, net);
    put(row, CUMULATIVE, `=${cellAddress(row - 1, CUMULATIVE)}+${at(NET)}`, cumulative);
    put(
      row,
      BELOW,
      `=IF(AND(${at(QUARTER)}<=Quarters,${at(CUMULATIVE)}<0),${at(QUARTER)},"")`,
      cumulative === undefined ? undefined : inHorizon && cumulative < 0 ? q : ""
    );
  }
  return cells;
}
