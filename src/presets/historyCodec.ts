/**
 * The DeepSeek-R1 history unpacked: data/history.ts carries it as fixed-width base-64 columns (the format is
 * described in that file's header), which weigh a third of the literal arrays in the functions bundle. It
 * is unpacked once, on the first history lookup, into the groups the lookups read.
 */
import {
  DSR1_HISTORY_PACKED,
  HISTORY_CONCURRENCIES,
  HISTORY_GPU_COUNTS,
  HISTORY_MODEL,
  HISTORY_PACKING,
  HISTORY_POINT_COLUMNS,
  HISTORY_SNAPSHOT_DAYS,
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
  if (decoded === undefined) decoded = unpackHistory();
  return decoded;
}

/** Unpacks every group; see data/history.ts for the format. */
function unpackHistory(): DecodedHistoryGroup[] {
  const firstDay = Date.parse(HISTORY_WINDOW.first);
  const columns = HISTORY_PACKING.pointColumns.map(([, width], c) => ({
    text: HISTORY_POINT_COLUMNS[c] as string,
    width,
  }));
  const dateWidth = HISTORY_PACKING.snapshotDateWidth;
  let point = 0;
  let snapshot = 0;
  return DSR1_HISTORY_PACKED.map((packed: PackedHistoryGroup) => {
    const read = (c: number): number => {
      const column = columns[c] as { text: string; width: number };
      return readNumber(column.text, point * column.width, column.width);
    };
    const snapshotDays: number[] = [];
    let dayOffset = 0;
    for (let s = 0; s < packed.snapshots; s++, snapshot++) {
      dayOffset += readNumber(HISTORY_SNAPSHOT_DAYS, snapshot * dateWidth, dateWidth);
      snapshotDays.push(dayOffset);
    }
    const points: Point[] = [];
    const members: number[][] = snapshotDays.map(() => []);
    let firstSnapshot = 0;
    for (let i = 0; i < packed.points; i++, point++) {
      firstSnapshot += read(6);
      const measuredDay = (snapshotDays[firstSnapshot] as number) - read(5);
      points.push([
        // An integer over 10 is the double nearest the one-decimal figure, as the literal would parse.
        read(0) / 10,
        read(1) / 10,
        HISTORY_CONCURRENCIES[read(2)] as number,
        read(3),
        HISTORY_GPU_COUNTS[read(4)] as number,
        isoDate(firstDay + measuredDay * MS_PER_DAY),
      ]);
      const last = firstSnapshot + read(7);
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
  });
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
