#!/usr/bin/env python3
"""Builds src/presets/data/history.ts from InferenceX's benchmarks-history.json (DeepSeek-R1 rows).

Usage: python3 scripts/import-dsr1-history.py benchmarks-history.json > src/presets/data/history.ts
       npx eslint --fix src/presets/data/history.ts   (prettier wraps the lists)

The input is packages/app/cypress/fixtures/api/benchmarks-history.json in vngcloud/InferenceX-app (see the
IX-history source). For each platform x workload x precision and each date with a run in that group, the
points in force are each configuration's latest run on or before the date (a configuration is every
serving field of a row: framework, speculative method, disaggregation, TP/EP/DP-attention/workers of prefill
and decode, GPU counts, sequence lengths and concurrency); their Pareto frontier (the rule of
src/core/frontier.ts paretoFrontier, on values rounded to 0.1 as the dashboard shows them) is stored when it
differs from the group's previous one. gpuCount is corrected for single-node rows: upstream's loader writes
TP x EP while process_result.py divides throughput by TP x PP (PP is 1 in every row here).
"""
import datetime
import json
import sys

HW = {"h100": "H100", "h200": "H200", "b200": "B200", "b300": "B300", "gb200": "GB200",
      "gb300": "GB300", "mi300x": "MI300X", "mi325x": "MI325X", "mi355x": "MI355X"}
WL = {(1024, 1024): "1k/1k", (1024, 8192): "1k/8k", (8192, 1024): "8k/1k"}
CONFIG_KEYS = ["hardware", "framework", "precision", "spec_method", "disagg", "is_multinode",
               "prefill_tp", "prefill_ep", "prefill_dp_attention", "prefill_num_workers",
               "decode_tp", "decode_ep", "decode_dp_attention", "decode_num_workers",
               "num_prefill_gpu", "num_decode_gpu", "isl", "osl", "conc"]


def engine(r):
    label = r["framework"] + (" + MTP" if r["spec_method"] == "mtp" else "")
    return label + (" (disagg)" if r["disagg"] else "")


def gpu_count(r):
    if r["disagg"]:
        return r["num_prefill_gpu"] + r["num_decode_gpu"]
    return r["decode_tp"]


def frontier(points):
    ordered = sorted(points, key=lambda p: (p["user"], -p["gpu"]))
    out = []
    for p in ordered:
        if out and out[-1]["user"] == p["user"]:
            continue
        while out and p["gpu"] >= out[-1]["gpu"]:
            out.pop()
        out.append(p)
    return out


def main(path):
    rows = json.load(open(path))
    groups = {}
    for r in rows:
        if r["model"] != "dsr1":
            raise SystemExit("unexpected model " + r["model"])
        key = (HW[r["hardware"]], WL[(r["isl"], r["osl"])], r["precision"].upper())
        groups.setdefault(key, []).append(r)
    order_hw = list(HW.values())
    order_wl = list(WL.values())
    engines = sorted({engine(r) for r in rows})
    out_groups = []
    for key in sorted(groups, key=lambda k: (order_hw.index(k[0]), order_wl.index(k[1]), k[2])):
        grp = groups[key]
        dates = sorted({r["date"] for r in grp})
        points = []  # unique stored points
        index = {}
        snapshots = []
        previous = None
        for d in dates:
            latest = {}
            for r in grp:
                if r["date"] > d:
                    continue
                cfg = tuple(r[k] for k in CONFIG_KEYS)
                if cfg not in latest or (r["date"], r["run_url"]) > (latest[cfg]["date"], latest[cfg]["run_url"]):
                    latest[cfg] = r
            pts = []
            for r in latest.values():
                m = r["metrics"]
                pts.append({"user": round(m["median_intvty"], 1), "gpu": round(m["tput_per_gpu"], 1),
                            "conc": r["conc"], "engine": engine(r), "gpus": gpu_count(r),
                            "date": r["date"], "run": r["run_url"]})
            pts = [p for p in pts if p["user"] > 0 and p["gpu"] > 0]
            front = frontier(pts)
            ids = []
            for p in front:
                t = (p["user"], p["gpu"], p["conc"], p["engine"], p["gpus"], p["date"])
                if t not in index:
                    index[t] = len(points)
                    points.append(t)
                ids.append(index[t])
            if ids != previous:
                snapshots.append((d, ids))
                previous = ids
        out_groups.append((key, points, snapshots, len(grp)))

    first = min(r["date"] for r in rows)
    last = max(r["date"] for r in rows)
    concurrencies = sorted({p[2] for _, points, _, _ in out_groups for p in points})
    gpu_counts = sorted({p[4] for _, points, _, _ in out_groups for p in points})
    packed = [pack(points, snaps, first, engines, concurrencies, gpu_counts) for _, points, snaps, _ in out_groups]
    widths = [max(width(v) for cols, _ in packed for v in cols[j]) for j in range(len(POINT_COLUMNS))]
    w = sys.stdout.write
    w("/**\n")
    w(" * DeepSeek-R1-0528 throughput over time: per-date Pareto frontiers from the InferenceX benchmark history\n")
    w(" * (IX-history, %d rows dated %s to %s). Generated by scripts/import-dsr1-history.py; do not edit by\n" % (len(rows), first, last))
    w(" * hand. For each platform x workload x precision, the snapshots are the dates on which its frontier\n")
    w(" * changed and the frontier in force from that date: at each date, every configuration's latest run on or\n")
    w(" * before it, all engines pooled, then the Pareto frontier. A point is [tokensPerSecondPerUser,\n")
    w(" * tokensPerSecondPerGpu, concurrency, engine index, gpuCount, measuredOn], units as in ./throughput.ts\n")
    w(" * (total tokens/s per GPU; median output tokens/s per user; 0.1 rounding). gpuCount on single-node rows\n")
    w(" * is TP (the GPUs throughput is divided by), not upstream's TP x EP.\n")
    w(" *\n")
    w(" * Packed, for the functions bundle's weight (presets/historyCodec.ts unpacks it once, on first use):\n")
    w(" * numbers are written in base 64 (HISTORY_PACKING.digits), each column at a fixed width. Each string of\n")
    w(" * HISTORY_POINT_COLUMNS is one column of HISTORY_PACKING.pointColumns over every point, group after group\n")
    w(" * (each group's `points` is its count): interactivity and throughput in tenths, concurrency and GPU count\n")
    w(" * as indices into HISTORY_CONCURRENCIES and HISTORY_GPU_COUNTS, the engine index, days from measuredOn to\n")
    w(" * the point's first snapshot, the index of that snapshot less the previous point's (within the group), and\n")
    w(" * the number of consecutive snapshots the point stays in (a point never leaves a frontier and comes back;\n")
    w(" * within a snapshot points run in rising interactivity). HISTORY_SNAPSHOT_DAYS holds each snapshot's date\n")
    w(" * as days after the group's previous one (the first after HISTORY_WINDOW.first), `snapshots` per group.\n")
    w(" * HISTORY_CHECKS are computed here from the unpacked groups, to test the unpacking.\n")
    w(" *\n * Data only: no logic.\n */\n")
    w('import type { PlatformId } from "./platforms";\n')
    w('import type { Precision, WorkloadId } from "./workloads";\n\n')
    w("/** The dates the history covers: its first and last run. */\n")
    w('export const HISTORY_WINDOW = { first: "%s", last: "%s", rows: %d } as const;\n\n' % (first, last, len(rows)))
    w("/** Serving stacks, as InferenceX labels them; points refer to them by index. */\n")
    w("export const HISTORY_ENGINES = %s as const;\n\n" % json.dumps(engines))
    w("/** The model every group measures and the source of every group. */\n")
    w('export const HISTORY_MODEL = "DeepSeek-R1";\n')
    w('export const HISTORY_SOURCE = "IX-history";\n\n')
    w("/** The concurrencies the points were run at, rising; points refer to them by index. */\n")
    w("export const HISTORY_CONCURRENCIES = %s as const;\n\n" % json.dumps(concurrencies))
    w("/** The GPU counts of the points, rising; points refer to them by index. */\n")
    w("export const HISTORY_GPU_COUNTS = %s as const;\n\n" % json.dumps(gpu_counts))
    w("/** How the strings are packed: base-64 digits, and each column's name and width in digits. */\n")
    w("export const HISTORY_PACKING = {\n")
    w('  digits: "%s",\n' % DIGITS)
    w("  pointColumns: [%s],\n" % ", ".join('["%s", %d]' % (name, wd) for name, wd in zip(POINT_COLUMNS, widths)))
    w("  snapshotDateWidth: %d,\n" % SNAPSHOT_DATE_WIDTH)
    w("} as const;\n\n")
    total_points = sum(len(points) for _, points, _, _ in out_groups)
    total_snaps = sum(len(snaps) for _, _, snaps, _ in out_groups)
    w("/**\n * Counts and an FNV-1a hash of the unpacked groups (each point as `user,gpu,concurrency,engine,gpuCount,date`\n")
    w(" * and each snapshot as `date:index,index` on its own line, group by group), computed before packing.\n */\n")
    w("export const HISTORY_CHECKS = { points: %d, snapshots: %d, fnv1a: %d } as const;\n\n" % (total_points, total_snaps, fnv1a(check_text(out_groups))))
    w("/** One group: its points and snapshots are the next `points` and `snapshots` of the packed columns. */\n")
    w("export interface PackedHistoryGroup {\n")
    w("  readonly platformId: PlatformId;\n  readonly workload: WorkloadId;\n  readonly precision: Precision;\n")
    w("  /** Rows of the source in this group (every run, frontier or not). */\n  readonly runs: number;\n")
    w("  readonly points: number;\n  readonly snapshots: number;\n}\n\n")
    w("/** The measured history, one entry per platform x workload x precision. */\n")
    w("// prettier-ignore\n")
    w("export const DSR1_HISTORY_PACKED = [\n")
    for ((hw, wl, prec), points, snaps, n) in out_groups:
        w('  { platformId: "%s", workload: "%s", precision: "%s", runs: %d, points: %d, snapshots: %d },\n' % (hw, wl, prec, n, len(points), len(snaps)))
    w("] as const satisfies readonly PackedHistoryGroup[];\n\n")
    w("/** The point columns, in the order of HISTORY_PACKING.pointColumns. */\n")
    w("// prettier-ignore\n")
    w("export const HISTORY_POINT_COLUMNS = [\n")
    for j in range(len(POINT_COLUMNS)):
        w('  "%s",\n' % "".join(digits(v, widths[j]) for cols, _ in packed for v in cols[j]))
    w("] as const;\n\n")
    w("/** Each snapshot's date, as days after the group's previous snapshot. */\n")
    w('export const HISTORY_SNAPSHOT_DAYS =\n  "%s";\n' % "".join(digits(d, SNAPSHOT_DATE_WIDTH) for _, dates in packed for d in dates))
    sys.stderr.write("groups %d points %d snapshots %d\n" % (len(out_groups), total_points, total_snaps))


DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
POINT_COLUMNS = ["userTenths", "gpuTenths", "concurrencyIndex", "engine", "gpuCountIndex", "daysMeasuredBeforeFirstSnapshot",
                 "firstSnapshotStep", "snapshotCount"]
SNAPSHOT_DATE_WIDTH = 2


def day(iso, first):
    return (datetime.date.fromisoformat(iso) - datetime.date.fromisoformat(first)).days


def pack(points, snaps, first, engines, concurrencies, gpu_counts):
    """The group's point columns and snapshot date steps (see the file header for the format)."""
    cols = [[] for _ in POINT_COLUMNS]
    previous_first = 0
    for i, p in enumerate(points):
        member = [k for k, (_, ids) in enumerate(snaps) if i in ids]
        if member != list(range(member[0], member[0] + len(member))):
            raise SystemExit("a point leaves a frontier and comes back: the packed format cannot carry it")
        values = [tenths(p[0]), tenths(p[1]), concurrencies.index(p[2]), engines.index(p[3]), gpu_counts.index(p[4]),
                  day(snaps[member[0]][0], first) - day(p[5], first), member[0] - previous_first, len(member)]
        if values[5] < 0:
            raise SystemExit("a point is on a frontier dated before its run")
        previous_first = member[0]
        for col, v in zip(cols, values):
            col.append(v)
    for _, ids in snaps:
        if [points[i][0] for i in ids] != sorted(points[i][0] for i in ids) or len({points[i][0] for i in ids}) != len(ids):
            raise SystemExit("a snapshot is not in strictly rising interactivity")
    days = [day(d, first) for d, _ in snaps]
    steps = [days[0]] + [b - a for a, b in zip(days, days[1:])]
    return cols, steps


def tenths(x):
    n = round(x * 10)
    if abs(n / 10 - x) > 1e-9 or n < 0:
        raise SystemExit("%r is not a non-negative multiple of 0.1" % x)
    return n


def width(v):
    w = 1
    while v >= 64 ** w:
        w += 1
    return w


def digits(v, w):
    if v < 0 or v >= 64 ** w:
        raise SystemExit("%d does not fit %d base-64 digits" % (v, w))
    return "".join(DIGITS[(v // 64 ** k) % 64] for k in reversed(range(w)))


def check_text(out_groups):
    lines = []
    for (hw, wl, prec), points, snaps, _ in out_groups:
        lines.append("%s %s %s" % (hw, wl, prec))
        for p in points:
            lines.append("%s,%s,%d,%s,%d,%s" % (fmt(p[0]), fmt(p[1]), p[2], p[3], p[4], p[5]))
        for d, ids in snaps:
            lines.append("%s:%s" % (d, ",".join(str(i) for i in ids)))
    return "\n".join(lines)


def fnv1a(text):
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def fmt(x):
    s = repr(round(x, 1))
    return s[:-2] if s.endswith(".0") else s


if __name__ == "__main__":
    main(sys.argv[1])
