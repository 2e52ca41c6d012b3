/**
 * The "Which platform" insert as data: an interactivity column, one live broadcast
 * `TOKENOMICS.THROUGHPUT(platform, model, workload, <column>, precision)` per platform and one
 * `TOKENOMICS.COSTPERTOKEN` over it, then a native scatter-with-lines chart of cost against interactivity.
 * Pure: the writer (excelWriter) carries it out with the usual no-overwrite check.
 */
import { PRESET_DATASET } from "../../presets";
import { COST_BASES, evenlySpaced, interactivityRange } from "../model/which";
import type { PlatformCurve, WhichChoice } from "../model/which";
import { UNITS } from "../units";
import { cellAddress } from "./block";
import type { Block, CellWrite } from "./block";

/** Rows of the interactivity column across the joint measured range (single points are added to them). */
export const INSERT_LEVELS = 16;

/** Rows above the table: title, note, utilization, header. */
const HEADER_ROWS = 4;

/** A cost spread wider than this (max ÷ min) is charted on a logarithmic axis, in the pane and in Excel. */
export const LOG_SCALE_SPREAD = 10;

/** A text argument in a formula: quoted, with quotes doubled as Excel expects. */
export function excelText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The interactivity column: evenly spaced across the curves' range plus every single point, ascending. */
export function insertLevels(curves: readonly PlatformCurve[]): number[] {
  const range = interactivityRange(curves);
  if (range === undefined) return [];
  const frontier = curves.some((c) => !c.singlePoint)
    ? evenlySpaced(range.min, range.max, INSERT_LEVELS)
    : [];
  const single = curves
    .filter((c) => c.singlePoint)
    .flatMap((c) => c.points.map((p) => p.tokensPerSecondPerUser));
  return [...new Set([...frontier, ...single])].sort((a, b) => a - b);
}

/** True when the curves' costs span more than {@link LOG_SCALE_SPREAD}. */
export function needsLogScale(curves: readonly PlatformCurve[]): boolean {
  const costs = curves.flatMap((c) => c.points.map((p) => p.usdPerMillionTokens));
  if (costs.length === 0) return false;
  return Math.max(...costs) / Math.min(...costs) > LOG_SCALE_SPREAD;
}

export function costBasisLabel(choice: WhichChoice): string {
  return COST_BASES.find((b) => b.field === choice.costBasis)?.label ?? choice.costBasis;
}

/** The block for the curves; undefined when there is no curve to write. */
export function curveBlock(
  choice: WhichChoice,
  curves: readonly PlatformCurve[],
  insertedOn: string
): Block | undefined {
  const levels = insertLevels(curves);
  if (levels.length === 0 || curves.length === 0) return undefined;
  const n = curves.length;
  const firstRow = HEADER_ROWS;
  const lastRow = firstRow + levels.length - 1;
  const column = (from: number, col: number): string =>
    `${cellAddress(from, col, true)}:${cellAddress(lastRow, col, true)}`;
  const interactivity = column(firstRow, 0);
  const utilization = cellAddress(2, 1, true);
  const precision = choice.precision === "" ? "" : `,${excelText(choice.precision)}`;
  const cells: CellWrite[] = [
    {
      row: 0,
      column: 0,
      value: `Cost per million tokens by platform: ${choice.model} ${choice.workload}`,
      style: "title",
    },
    {
      row: 1,
      column: 0,
      value:
        `Live formulas: TOKENOMICS.THROUGHPUT over the interactivity column, costed with COSTPERTOKEN on ` +
        `each platform's ${costBasisLabel(choice)} preset at the utilization below; #N/A outside a ` +
        `platform's measured range (no extrapolation). Precision: ${choice.precision || "best of any"}. ` +
        `Dataset ${PRESET_DATASET.version}, inserted ${insertedOn}.`,
      style: "note",
    },
    { row: 2, column: 0, value: "Utilization (owned or rented GPU-hours serving)" },
    {
      row: 2,
      column: 1,
      value: choice.utilization,
      numberFormat: UNITS.fraction.excelFormat,
      style: "input",
    },
    {
      row: 3,
      column: 0,
      value: `Interactivity (${UNITS.tokensPerSecondPerUser.label})`,
      style: "header",
    },
  ];
  levels.forEach((level, i) =>
    cells.push({
      row: firstRow + i,
      column: 0,
      value: level,
      numberFormat: UNITS.tokensPerSecondPerUser.excelFormat,
      style: "input",
    })
  );
  curves.forEach((curve, i) => {
    const costColumn = 1 + i;
    const throughputColumn = 1 + n + i;
    const platform = excelText(curve.platformId);
    cells.push(
      {
        row: 3,
        column: costColumn,
        value: `${curve.platformId} USD per million tokens`,
        style: "header",
      },
      {
        row: 3,
        column: throughputColumn,
        value: `${curve.platformId} tokens/s per GPU`,
        style: "header",
      },
      {
        row: firstRow,
        column: throughputColumn,
        formula:
          `=TOKENOMICS.THROUGHPUT(${platform},${excelText(choice.model)},` +
          `${excelText(choice.workload)},${interactivity}${precision})`,
        numberFormat: UNITS.tokensPerSecond.excelFormat,
      },
      {
        row: firstRow,
        column: costColumn,
        formula:
          `=TOKENOMICS.COSTPERTOKEN(TOKENOMICS.PRESET(${platform},${excelText(choice.costBasis)}),` +
          `${column(firstRow, throughputColumn)},${utilization})`,
        numberFormat: UNITS.usdPerMillionTokens.excelFormat,
        style: "output",
      }
    );
  });
  return {
    rows: lastRow + 1,
    columns: 1 + 2 * n,
    cells,
    names: [],
    charts: [
      {
        type: "XYScatterLines",
        sourceRow: 3,
        sourceColumn: 0,
        sourceRows: levels.length + 1,
        sourceColumns: 1 + n,
        title: `USD per million tokens vs interactivity: ${choice.model} ${choice.workload}`,
        xAxisTitle: `Interactivity (${UNITS.tokensPerSecondPerUser.label})`,
        yAxisTitle: `${UNITS.usdPerMillionTokens.label} (${costBasisLabel(choice)})`,
        logarithmicValueAxis: needsLogScale(curves),
        anchorRow: 0,
        anchorColumn: 1 + 2 * n + 1,
      },
    ],
  };
}
