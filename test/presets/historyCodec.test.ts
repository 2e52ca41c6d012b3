import { HISTORY_CHECKS, HISTORY_ENGINES } from "../../src/presets/data/history";
import { dsr1History } from "../../src/presets/historyCodec";

/** FNV-1a over the UTF-8 bytes of a text, as scripts/import-dsr1-history.py computes it. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash;
}

describe("dsr1History", () => {
  describe("results", () => {
    it("unpacks the counts the generator recorded before packing", () => {
      const groups = dsr1History();
      expect(groups).toHaveLength(40);
      expect(groups.reduce((n, g) => n + g.points.length, 0)).toBe(HISTORY_CHECKS.points);
      expect(groups.reduce((n, g) => n + g.snapshots.length, 0)).toBe(HISTORY_CHECKS.snapshots);
    });

    it("unpacks every point and snapshot the generator hashed before packing", () => {
      const lines: string[] = [];
      for (const group of dsr1History()) {
        lines.push(`${group.platformId} ${group.workload} ${group.precision}`);
        for (const [user, gpu, concurrency, engine, gpuCount, date] of group.points) {
          lines.push([user, gpu, concurrency, HISTORY_ENGINES[engine], gpuCount, date].join(","));
        }
        for (const [date, indices] of group.snapshots) lines.push(`${date}:${indices.join(",")}`);
      }
      expect(fnv1a(lines.join("\n"))).toBe(HISTORY_CHECKS.fnv1a);
    });

    it("reads the upstream fixture's first H100 point and the last MI355X frontier", () => {
      const groups = dsr1History();
      expect(groups[0]?.points[0]).toEqual([8.4, 1375.9, 4916, 4, 48, "2026-02-08"]);
      const last = groups[groups.length - 1];
      expect(last?.snapshots[last.snapshots.length - 1]).toEqual([
        "2026-06-02",
        [27, 33, 25, 36, 34, 30, 37, 26],
      ]);
    });

    it("unpacks once and hands back the same groups", () => {
      expect(dsr1History()).toBe(dsr1History());
    });
  });
});
