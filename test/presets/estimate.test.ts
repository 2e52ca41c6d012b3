import {
  DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER,
  ROOFLINE_DEFAULT_EFFICIENCY,
} from "../../src/core/roofline";
import { ARCHITECTURE_FIELDS, ARCHITECTURES } from "../../src/presets/data/architectures";
import { PRESET_DATASET } from "../../src/presets/data/dataset";
import { PLATFORMS } from "../../src/presets/data/platforms";
import { SOURCES } from "../../src/presets/data/sources";
import { THROUGHPUT_POINTS } from "../../src/presets/data/throughput";
import {
  estimateThroughput,
  estimateThroughputWith,
  findArchitecture,
} from "../../src/presets/estimate";
import type { FieldValue, ThroughputRow } from "../../src/presets/types";
import { expectClose } from "../support/tolerance";

/**
 * Output tokens per decode step the bound grants a run with multi-token prediction: 1 + 3 draft tokens, all
 * accepted. Three is the longest MTP draft we assume InferenceX configures (not checked row by row); the
 * bound must hold for the best case, so it takes the most.
 */
const MTP_MAX_TOKENS_PER_DECODE_STEP = 4;

/**
 * Measured points above their bound, each with the best explanation found. Empty: the sanity check found
 * none. A new exceedance fails the test until it is explained here.
 */
const KNOWN_EXCEEDANCES: readonly { readonly where: string; readonly why: string }[] = [];

/** Models with measured points but no architecture facts in a stored source; their points are not checked. */
const MODELS_WITHOUT_FACTS = ["DeepSeek-V4-Pro"];

const POINTS = THROUGHPUT_POINTS as readonly ThroughputRow[];

function where(p: ThroughputRow): string {
  return `${p.platformId} ${p.model} ${p.workload} ${p.precision} ${p.engine} at ${p.tokensPerSecondPerUser} tok/s/user (${p.measuredOn})`;
}

function usesMtp(p: ThroughputRow): boolean {
  return /\bMTP\b/.test(p.engine);
}

/** The roofline bound at a measured point, with the point's own GPU count, precision and MTP. */
function boundAt(
  p: ThroughputRow,
  tokensPerDecodeStep = usesMtp(p) ? MTP_MAX_TOKENS_PER_DECODE_STEP : 1
) {
  return estimateThroughputWith(p.platformId, p.model, p.workload, p.tokensPerSecondPerUser, {
    efficiency: 1,
    stepLatencySecondsPerLayer: 0,
    precision: p.precision,
    gpusPerReplica: p.gpuCount,
    tokensPerDecodeStep,
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const CHECKED = POINTS.filter((p) => !MODELS_WITHOUT_FACTS.includes(p.model));

describe("architecture facts", () => {
  it("has unique ids and every fact field on every model", () => {
    const ids = ARCHITECTURES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const architecture of ARCHITECTURES) {
      expect(Object.keys(architecture.values).sort()).toEqual([...ARCHITECTURE_FIELDS].sort());
    }
  });

  it.each(ARCHITECTURES.map((a) => [a.id, a] as const))(
    "cites an existing source dated as the source for every published fact of %s, and a reason for every empty one",
    (_id, architecture) => {
      for (const field of ARCHITECTURE_FIELDS) {
        const fact = architecture.values[field] as FieldValue;
        if (fact.value === null) {
          expect([field, fact.note.length > 0]).toEqual([field, true]);
          continue;
        }
        expect([field, fact.source in SOURCES]).toEqual([field, true]);
        expect([field, fact.asOf]).toEqual([
          field,
          SOURCES[fact.source as keyof typeof SOURCES].date,
        ]);
        expect(fact.asOf <= PRESET_DATASET.asOf).toBe(true);
        expect(Number.isFinite(fact.value) && fact.value >= 0).toBe(true);
      }
    }
  );

  it("derives the routed-expert parameters as the notes show", () => {
    const routed = (id: string): number | null =>
      ARCHITECTURES.find((a) => a.id === id)?.values.routedExpertParamsBillions.value ?? null;
    expect(routed("DeepSeek-R1")).toBeCloseTo(((61 - 3) * 256 * 3 * 7168 * 2048) / 1e9, 1);
    expect(routed("gpt-oss-120b")).toBeCloseTo((36 * 128 * 3 * 2880 * 2880) / 1e9, 1);
  });

  it("caches about 57 times less per token with DeepSeek's latent attention than plain heads would", () => {
    const r1 = ARCHITECTURES.find((a) => a.id === "DeepSeek-R1");
    const latent = (r1?.values.kvLoraRank.value ?? 0) + (r1?.values.ropeHeadDim.value ?? 0);
    expect((2 * 128 * 128) / latent).toBeCloseTo(56.9, 1);
  });

  it("finds models by alias", () => {
    expect(findArchitecture("dsr1")).toMatchObject({ ok: true, value: { id: "DeepSeek-R1" } });
    expect(findArchitecture("Llama-3.3-70B-Instruct")).toMatchObject({
      ok: true,
      value: { id: "Llama-3.3-70B" },
    });
    expect(findArchitecture("gpt-oss")).toMatchObject({ ok: true, value: { id: "gpt-oss-120b" } });
  });
});

describe("estimateThroughput", () => {
  describe("results", () => {
    it("estimates platforms nobody measured from their published specs", () => {
      for (const platform of ["TPU7x", "TPUv6e", "Trainium2", "Gaudi3"]) {
        const result = estimateThroughput(platform, "gpt-oss-120b", "1k/1k", 50);
        expect([platform, result.ok]).toEqual([platform, true]);
        if (!result.ok) continue;
        expect(result.value.tokensPerSecondPerGpu).toBeGreaterThan(0);
        expect(result.value.tokensPerSecondPerGpu).toBeLessThan(
          result.value.boundTokensPerSecondPerGpu
        );
        expect(result.value.efficiency).toBe(ROOFLINE_DEFAULT_EFFICIENCY);
      }
    });

    it("reads the model's native precision, and sizes the replica to hold the weights in half the HBM of at least 8 GPUs", () => {
      const gptOss = estimateThroughput("B200", "gpt-oss-120b", "1k/1k", 100);
      expect(gptOss).toMatchObject({ ok: true, value: { precision: "FP4", gpusPerReplica: 8 } });
      const r1 = estimateThroughput("B200", "DeepSeek-R1", "8k/1k", 50);
      expect(r1).toMatchObject({ ok: true, value: { precision: "FP8", gpusPerReplica: 8 } });
      const r1Fp4 = estimateThroughput("B200", "DeepSeek-R1", "8k/1k", 50, null, "NVFP4");
      expect(r1Fp4).toMatchObject({ ok: true, value: { precision: "FP4", gpusPerReplica: 8 } });
      // 671 GB of FP8 weights take more than half of 16 × 80 GB (640 GB): 32 H100.
      const r1H100 = estimateThroughput("H100", "DeepSeek-R1", "8k/1k", 30);
      expect(r1H100).toMatchObject({ ok: true, value: { precision: "FP8", gpusPerReplica: 32 } });
    });

    it("is the bound times the efficiency when there is no step latency", () => {
      const result = estimateThroughputWith("H200", "Llama-3.3-70B", "8k/1k", 30, {
        efficiency: 0.4,
        stepLatencySecondsPerLayer: 0,
      });
      if (!result.ok) throw new Error(result.reason);
      expectClose(
        result.value.tokensPerSecondPerGpu,
        0.4 * result.value.boundTokensPerSecondPerGpu
      );
    });

    it("gives no answer, with the reason, for a model whose architecture no stored source shows", () => {
      expect(estimateThroughput("GB300", "DeepSeek-V4-Pro", "8k/1k", 30)).toMatchObject({
        ok: false,
        kind: "architectureUnknown",
        reason: expect.stringMatching(/^activeParamsBillions of DeepSeek-V4-Pro is not known/),
      });
    });

    it("names close matches for an unknown platform, model, workload or precision", () => {
      expect(estimateThroughput("B20", "DeepSeek-R1", "1k/1k", 50)).toMatchObject({
        ok: false,
        kind: "notFound",
        subject: "platform",
      });
      expect(estimateThroughput("B200", "Llama-4", "1k/1k", 50)).toMatchObject({
        ok: false,
        kind: "notFound",
        subject: "model",
      });
      expect(estimateThroughput("B200", "DeepSeek-R1", "2k/2k", 50)).toMatchObject({
        ok: false,
        kind: "notFound",
        subject: "workload",
      });
      expect(estimateThroughput("B200", "DeepSeek-R1", "1k/1k", 50, null, "INT3")).toMatchObject({
        ok: false,
        kind: "notFound",
        subject: "precision",
      });
    });

    it("answers for every platform in the presets on every model with facts", () => {
      for (const platform of PLATFORMS) {
        for (const model of ["DeepSeek-R1", "gpt-oss-120b", "Llama-3.3-70B"]) {
          const result = estimateThroughput(platform.id, model, "1k/8k", 20);
          expect([platform.id, model, result.ok ? "ok" : result.reason]).toEqual([
            platform.id,
            model,
            "ok",
          ]);
        }
      }
    });
  });

  describe("sanity: every measured point at or below its roofline bound", () => {
    it("has facts for every measured model but the ones listed without", () => {
      const models = [...new Set(POINTS.map((p) => p.model))];
      const missing = models.filter(
        (m) => !findArchitecture(m).ok || MODELS_WITHOUT_FACTS.includes(m)
      );
      expect(missing.sort()).toEqual([...MODELS_WITHOUT_FACTS].sort());
    });

    it.each(CHECKED.map((p) => [where(p), p] as const))("%s", (label, point) => {
      const bound = boundAt(point);
      if (!bound.ok) throw new Error(`${label}: ${bound.reason}`);
      const exceeds = point.tokensPerSecondPerGpu > bound.value.boundTokensPerSecondPerGpu;
      const known = KNOWN_EXCEEDANCES.some((k) => k.where === label);
      expect({ label, exceeds }).toEqual({ label, exceeds: known });
    });
  });

  describe("calibration", () => {
    /** Median |ln(measured ÷ estimate)| over the points without MTP, and how many had no estimate. */
    function fit(efficiency: number, stepLatencySecondsPerLayer: number) {
      const errors: number[] = [];
      let unanswered = 0;
      for (const p of CHECKED) {
        if (usesMtp(p)) continue;
        const result = estimateThroughputWith(
          p.platformId,
          p.model,
          p.workload,
          p.tokensPerSecondPerUser,
          {
            efficiency,
            stepLatencySecondsPerLayer,
            precision: p.precision,
            gpusPerReplica: p.gpuCount,
          }
        );
        if (result.ok)
          errors.push(
            Math.abs(Math.log(p.tokensPerSecondPerGpu / result.value.tokensPerSecondPerGpu))
          );
        else unanswered += 1;
      }
      return { error: median(errors), unanswered };
    }

    it("keeps the default efficiency and step latency within 10% of the best fit on a grid", () => {
      const defaults = fit(ROOFLINE_DEFAULT_EFFICIENCY, DEFAULT_STEP_LATENCY_SECONDS_PER_LAYER);
      let best = Infinity;
      for (let step = 1; step <= 20; step++) {
        for (const latency of [0, 2.5e-5, 5e-5, 7.5e-5, 1e-4, 1.5e-4]) {
          const candidate = fit(step / 20, latency);
          // A fit that leaves points without an estimate is no fit.
          if (candidate.unanswered <= 2) best = Math.min(best, candidate.error);
        }
      }
      expect(defaults.unanswered).toBeLessThanOrEqual(2);
      expect(defaults.error).toBeLessThanOrEqual(best * 1.1);
    });

    it("reports measured ÷ bound over every checked point: all within (0, 1]", () => {
      const shares = CHECKED.map((p) => {
        const bound = boundAt(p);
        return bound.ok ? p.tokensPerSecondPerGpu / bound.value.boundTokensPerSecondPerGpu : NaN;
      });
      expect(shares.every((s) => s > 0 && s <= 1)).toBe(true);
    });
  });
});
