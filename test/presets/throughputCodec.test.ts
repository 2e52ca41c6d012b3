import { THROUGHPUT_POINTS, type ThroughputRecord } from "../../src/presets/data/throughput";
import { type MeasuredPoint, throughputPoints } from "../../src/presets/throughputCodec";

/** The fields the lookups read, as the table holds them: absent keys stay absent. */
const LOOKUP_FIELDS = [
  "platformId",
  "model",
  "workload",
  "precision",
  "engine",
  "concurrency",
  "tokensPerSecondPerGpu",
  "tokensPerSecondPerUser",
  "singlePoint",
  "medianTpotMs",
] as const satisfies readonly (keyof MeasuredPoint)[];

describe("throughputPoints", () => {
  describe("results", () => {
    it("unpacks one point per row of the table, in its order", () => {
      expect(throughputPoints()).toHaveLength(THROUGHPUT_POINTS.length);
      expect(throughputPoints().map((p) => p.row)).toEqual(THROUGHPUT_POINTS.map((_, i) => i));
    });

    it("unpacks every value the lookups read exactly as the table has it (run scripts/pack-throughput.js after editing it)", () => {
      const rows: readonly ThroughputRecord[] = THROUGHPUT_POINTS;
      rows.forEach((source, row) => {
        const expected: Record<string, unknown> = { row };
        for (const field of LOOKUP_FIELDS) if (field in source) expected[field] = source[field];
        expect({ row, ...throughputPoints()[row] }).toStrictEqual(expected);
        // The same doubles, not merely close ones.
        const point = throughputPoints()[row];
        expect(Object.is(point?.tokensPerSecondPerGpu, source.tokensPerSecondPerGpu)).toBe(true);
        expect(Object.is(point?.tokensPerSecondPerUser, source.tokensPerSecondPerUser)).toBe(true);
      });
    });

    it("reads the first H100 point and the last Llama 3.3 70B single point", () => {
      expect(throughputPoints()[0]).toStrictEqual({
        row: 0,
        platformId: "H100",
        model: "DeepSeek-R1",
        workload: "1k/1k",
        precision: "FP8",
        engine: "dynamo-trt (disagg)",
        concurrency: 4916,
        tokensPerSecondPerGpu: 1375.9,
        tokensPerSecondPerUser: 8.4,
      });
      expect(throughputPoints()[THROUGHPUT_POINTS.length - 1]).toMatchObject({
        platformId: "H100",
        model: "Llama-3.3-70B",
        workload: "1k/1k",
        engine: "vllm",
        concurrency: 64,
        tokensPerSecondPerGpu: 2123.1,
        tokensPerSecondPerUser: 34.36,
        medianTpotMs: 29.1,
        singlePoint: true,
      });
    });

    it("unpacks once and hands back the same points", () => {
      expect(throughputPoints()).toBe(throughputPoints());
    });
  });
});
