/**
 * The DeepSeek-R1 history unpacked: data/history.ts carries it as fixed-width base-64 columns (the format is
 * described in that file's header), which weigh a third of the literal arrays in the functions bundle. It
 * is unpacked once, on the first history lookup, into the groups the lookups read.
 */
import {
  DSR1_HISTORY_PACKED,
  HISTORY_CONCURRENCIES,
  HISTORY_MODEL,
  HISTORY_PACKING,
  HISTORY_SOURCE,
  HISTORY_WINDOW,
  type PackedHistoryGroup,
} from "./data/history";
import type { PlatformId } from "./data/platforms";
import type { Precision, WorkloadId } from "./data/workloads";
import type { HistoryGroup, IsoDate } from "./types";

/** One unpacked group: points as [user, gpu, concurrency, engine index, gpuCount, measuredOn]. */
export type DecodedHistoryGroup = HistoryGroup<
  PlatformId,
  WorkloadId,
  Precision,
  typeof HISTORY_SOURCE
> & { readonly model: typeof HISTORY_MODEL };

type Point = readonly [number, number, number, number, number, IsoDate];

/** Milliseconds per day, for day offsets from the window's first date (UTC, no daylight saving). */
const MS_PER_DAY = 86_400_000;

let decoded: readonly DecodedHistoryGroup[] | undefined;

/** The measured DeepSeek-R1 history, one group per platform × workload × precision (unpacked once). */
export function dsr1History(): readonly DecodedHistoryGroup[] {
  if (decoded === undefined) decoded = DSR1_HISTORY_PACKED.map(unpackGroup);
  return decoded;
}

/** Unpacks one group; see data/history.ts for the format. */
export function unpackGroup(packed: PackedHistoryGroup): DecodedHistoryGroup {
  const firstDay = Date.parse(HISTORY_WINDOW.first);
  const dateWidth = HISTORY_PACKING.snapshotDateWidth;
  const snapshotDays: number[] = [];
  let dayOffset = 0;
  for (let at = 0; at < packed.snapshots.length; at += dateWidth) {
    dayOffset += readNumber(packed.snapshots, at, dateWidth);
    snapshotDays.push(dayOffset);
  }

  const columns = HISTORY_PACKING.pointColumns;
  const rowWidth = columns.reduce((sum, [, width]) => sum + width, 0);
  const count = packed.points.length / rowWidth;
  const column = (index: number): number[] => {
    let start = 0;
    for (let c = 0; c < index; c++) start += (columns[c] as (typeof columns)[number])[1];
    const width = (columns[index] as (typeof columns)[number])[1];
    const values: number[] = [];
    for (let i = 0; i < count; i++) {
      values.push(readNumber(packed.points, start * count + i * width, width));
    }
    return values;
  };
  const [user, gpu, concurrency, engine, gpuCount, daysBefore, firstStep, stays] = columns.map(
    (_, index) => column(index)
  ) as [number[], number[], number[], number[], number[], number[], number[], number[]];

  const points: Point[] = [];
  const members: number[][] = snapshotDays.map(() => []);
  let firstSnapshot = 0;
  for (let i = 0; i < count; i++) {
    firstSnapshot += firstStep[i] as number;
    const measuredDay = (snapshotDays[firstSnapshot] as number) - (daysBefore[i] as number);
    points.push([
      // An integer over 10 is the double nearest the one-decimal figure, as the literal would parse.
      (user[i] as number) / 10,
      (gpu[i] as number) / 10,
      HISTORY_CONCURRENCIES[concurrency[i] as number] as number,
      engine[i] as number,
      gpuCount[i] as number,
      isoDate(firstDay + measuredDay * MS_PER_DAY),
    ]);
    const last = firstSnapshot + (stays[i] as number);
    for (let s = firstSnapshot; s < last; s++) (members[s] as number[]).push(i);
  }
  const snapshots = snapshotDays.map((day, s) => {
    const indices = (members[s] as number[]).sort(
      (a, b) => (points[a] as Point)[0] - (points[b] as Point)[0]
    );
    return [isoDate(firstDay + day * MS_PER_DAY), indices] as const;
  });
  return {
    platformId: packed.platformId,
    model: HISTORY_MODEL,
    workload: packed.workload,
    precision: packed.precision,
    source: HISTORY_SOURCE,
    runs: packed.runs,
    points,
    snapshots,
  };
}

function readNumber(text: string, at: number, width: number): number {
  let value = 0;
  for (let k = 0; k < width; k++)
    value = value * 64 + HISTORY_PACKING.digits.indexOf(text[at + k] ?? "");
  return value;
}

function isoDate(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10) as IsoDate;
}
