/**
 * The measured throughput points the lookups read, unpacked: data/throughputPacked.ts carries the columns of
 * data/throughput.ts they need as fixed-width base-64 columns (the format is described in that file's
 * header), a quarter of the literal rows' weight in the functions bundle. They are unpacked once, on the
 * first lookup. Provenance (source, date, run link, notes) is read from the table itself, by `row`, by the
 * task pane only.
 */
import type { ThroughputRecord } from "./data/throughput";
import {
  PACKED_CONCURRENCIES,
  PACKED_ENGINES,
  PACKED_MODELS,
  PACKED_PLATFORMS,
  PACKED_PRECISIONS,
  PACKED_WORKLOADS,
  THROUGHPUT_COLUMNS,
  THROUGHPUT_PACKING,
} from "./data/throughputPacked";

/** What the lookups read of a measured point: its keys, both throughputs and what a ranking note names. */
export type MeasuredPoint = Pick<
  ThroughputRecord,
  | "platformId"
  | "model"
  | "workload"
  | "precision"
  | "engine"
  | "concurrency"
  | "tokensPerSecondPerGpu"
  | "tokensPerSecondPerUser"
  | "singlePoint"
  | "medianTpotMs"
>;

/** A point of the shipped table, unpacked: `row` is its index in THROUGHPUT_POINTS (its provenance). */
export interface ThroughputPoint extends MeasuredPoint {
  readonly row: number;
}

let decoded: readonly ThroughputPoint[] | undefined;

/** The measured points of data/throughput.ts in its order, with the fields the lookups read (unpacked once). */
export function throughputPoints(): readonly ThroughputPoint[] {
  if (decoded === undefined) decoded = unpackThroughput();
  return decoded;
}

/** Unpacks every row; see data/throughputPacked.ts for the format. */
function unpackThroughput(): ThroughputPoint[] {
  const widths = THROUGHPUT_PACKING.columns.map(([, width]) => width);
  const points: ThroughputPoint[] = [];
  for (let row = 0; row < THROUGHPUT_PACKING.rows; row++) {
    const read = (c: number): number => {
      const width = widths[c] as number;
      return readNumber(THROUGHPUT_COLUMNS[c] as string, row * width, width);
    };
    const medianTpotTenths = read(8);
    points.push({
      row,
      platformId: PACKED_PLATFORMS[read(0)] as ThroughputPoint["platformId"],
      model: PACKED_MODELS[read(1)] as ThroughputPoint["model"],
      workload: PACKED_WORKLOADS[read(2)] as ThroughputPoint["workload"],
      precision: PACKED_PRECISIONS[read(3)] as ThroughputPoint["precision"],
      engine: PACKED_ENGINES[read(4)] as string,
      concurrency: PACKED_CONCURRENCIES[read(5)] as number,
      // An integer over 100 or 10 is the double nearest the decimal figure, as the literal would parse.
      tokensPerSecondPerGpu: read(7) / 10,
      tokensPerSecondPerUser: read(6) / 100,
      // Only a single published point has a TPOT; elsewhere both keys are absent, as in the table.
      ...(medianTpotTenths === 0
        ? {}
        : { medianTpotMs: medianTpotTenths / 10, singlePoint: true as const }),
    });
  }
  return points;
}

function readNumber(text: string, at: number, width: number): number {
  let value = 0;
  for (let k = 0; k < width; k++)
    value = value * 64 + THROUGHPUT_PACKING.digits.indexOf(text[at + k] ?? "");
  return value;
}
