/**
 * The input distributions of SIMULATE and their inverse CDFs, written for reproducibility: uniform and
 * triangular use only + − × ÷ and √ (correctly rounded in IEEE arithmetic), the normal quantile's central
 * region (2.5% to 97.5%) is a rational function, so these give the same bits on every engine. The normal
 * tails (√−log p), the lognormal (exp) and PERT (a Beta quantile through log and exp) call Math.log and
 * Math.exp, which engines may round differently in the last bit; the quantile then moves by a few units in
 * the last place, far inside the 1e-12 relative agreement promised.
 */
import {
  betaCdf,
  betaLog,
  betaQuantile,
  normalCdf,
  normalQuantile,
  Z_90,
} from "./specialFunctions";

/** The distribution names SIMULATE accepts (matched ignoring case). */
export const DISTRIBUTION_NAMES = [
  "pert",
  "triangular",
  "uniform",
  "normal",
  "lognormal",
  "threepoint",
] as const;

export type DistributionName = (typeof DISTRIBUTION_NAMES)[number];

/** A distribution as the simulation uses it: its inverse CDF, its CDF and its support. */
export interface Distribution {
  readonly name: DistributionName;
  /** True for normal, lognormal and three-point: they are truncated at a rule rather than rejected. */
  readonly unbounded: boolean;
  /** The smallest and largest value it can take (±Infinity for an unbounded side). */
  readonly min: number;
  readonly max: number;
  quantile(u: number): number;
  cdf(x: number): number;
}

/** Uniform on [min, max]. */
export class UniformDistribution implements Distribution {
  readonly name = "uniform";
  readonly unbounded = false;
  constructor(
    readonly min: number,
    readonly max: number
  ) {}
  quantile(u: number): number {
    return this.min + u * (this.max - this.min);
  }
  cdf(x: number): number {
    if (x <= this.min) return x < this.min ? 0 : this.max === this.min ? 1 : 0;
    return x >= this.max ? 1 : (x - this.min) / (this.max - this.min);
  }
}

/** Triangular with min, mode, max. */
export class TriangularDistribution implements Distribution {
  readonly name = "triangular";
  readonly unbounded = false;
  private readonly split: number;
  constructor(
    readonly min: number,
    readonly mode: number,
    readonly max: number
  ) {
    this.split = max === min ? 0 : (mode - min) / (max - min);
  }
  quantile(u: number): number {
    const { min, mode, max } = this;
    if (max === min) return min;
    return u < this.split
      ? min + Math.sqrt(u * (max - min) * (mode - min))
      : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
  }
  cdf(x: number): number {
    const { min, mode, max } = this;
    if (x < min) return 0;
    if (x >= max) return 1;
    return x <= mode
      ? ((x - min) * (x - min)) / ((max - min) * (mode - min))
      : 1 - ((max - x) * (max - x)) / ((max - min) * (max - mode));
  }
}

/**
 * PERT (min, mode, max): a Beta(α, β) scaled to [min, max] with α = 1 + 4 (mode − min) / (max − min) and
 * β = 1 + 4 (max − mode) / (max − min), so its mean is (min + 4 mode + max) / 6, as @RISK's RiskPert.
 */
export class PertDistribution implements Distribution {
  readonly name = "pert";
  readonly unbounded = false;
  readonly alpha: number;
  readonly beta: number;
  private readonly logBeta: number;
  constructor(
    readonly min: number,
    readonly mode: number,
    readonly max: number
  ) {
    const range = max - min;
    this.alpha = range === 0 ? 1 : 1 + (4 * (mode - min)) / range;
    this.beta = range === 0 ? 1 : 1 + (4 * (max - mode)) / range;
    this.logBeta = betaLog(this.alpha, this.beta);
  }
  quantile(u: number): number {
    if (this.max === this.min) return this.min;
    return this.min + (this.max - this.min) * betaQuantile(u, this.alpha, this.beta, this.logBeta);
  }
  cdf(x: number): number {
    if (x < this.min) return 0;
    if (x >= this.max) return 1;
    return betaCdf((x - this.min) / (this.max - this.min), this.alpha, this.beta, this.logBeta);
  }
}

/** Normal with mean and standard deviation (0 allowed: every draw is the mean). */
export class NormalDistribution implements Distribution {
  readonly name = "normal";
  readonly unbounded = true;
  readonly min: number;
  readonly max: number;
  constructor(
    readonly mean: number,
    readonly sd: number
  ) {
    this.min = sd === 0 ? mean : -Infinity;
    this.max = sd === 0 ? mean : Infinity;
  }
  quantile(u: number): number {
    return this.sd === 0 ? this.mean : this.mean + this.sd * normalQuantile(u);
  }
  cdf(x: number): number {
    if (this.sd === 0) return x < this.mean ? 0 : 1;
    return normalCdf((x - this.mean) / this.sd);
  }
}

/**
 * Lognormal given by the P10 and P90 of the value itself (0 < P10 ≤ P90): log-mean μ = (ln P10 + ln P90) / 2,
 * log-sd σ = (ln P90 − ln P10) / (2 Φ⁻¹(0.9)); its median is √(P10 × P90).
 */
export class LognormalDistribution implements Distribution {
  readonly name = "lognormal";
  readonly unbounded = true;
  readonly min: number;
  readonly max: number;
  readonly mu: number;
  readonly sigma: number;
  constructor(
    readonly p10: number,
    readonly p90: number
  ) {
    this.mu = (Math.log(p10) + Math.log(p90)) / 2;
    this.sigma = (Math.log(p90) - Math.log(p10)) / (2 * Z_90);
    this.min = p10 === p90 ? p10 : 0;
    this.max = p10 === p90 ? p10 : Infinity;
  }
  quantile(u: number): number {
    return this.sigma === 0 ? this.p10 : Math.exp(this.mu + this.sigma * normalQuantile(u));
  }
  cdf(x: number): number {
    if (this.sigma === 0) return x < this.p10 ? 0 : 1;
    return x <= 0 ? 0 : normalCdf((Math.log(x) - this.mu) / this.sigma);
  }
}

/**
 * The three-point P10/P50/P90 form: a two-piece ("split") normal joined at the median, with the lower half
 * a normal of sd (P50 − P10) / Φ⁻¹(0.9) and the upper half one of sd (P90 − P50) / Φ⁻¹(0.9), each holding
 * half the probability. Chosen because it meets all three percentiles exactly for any P10 ≤ P50 ≤ P90,
 * is monotone for every skew (a metalog fitted to three points is not), needs no fitting iterations, keeps
 * the normal's unbounded tails (truncated at the parameter's rule like a normal), and its quantile is the
 * normal quantile scaled on each side, so it is as reproducible across engines as the normal.
 */
export class ThreePointDistribution implements Distribution {
  readonly name = "threepoint";
  readonly unbounded = true;
  readonly min: number;
  readonly max: number;
  private readonly lowerSd: number;
  private readonly upperSd: number;
  constructor(
    readonly p10: number,
    readonly p50: number,
    readonly p90: number
  ) {
    this.lowerSd = (p50 - p10) / Z_90;
    this.upperSd = (p90 - p50) / Z_90;
    this.min = this.lowerSd === 0 ? p50 : -Infinity;
    this.max = this.upperSd === 0 ? p50 : Infinity;
  }
  quantile(u: number): number {
    const z = normalQuantile(u);
    return this.p50 + (z < 0 ? this.lowerSd : this.upperSd) * z;
  }
  cdf(x: number): number {
    if (x < this.p50) return this.lowerSd === 0 ? 0 : normalCdf((x - this.p50) / this.lowerSd);
    if (x === this.p50) return 0.5;
    return this.upperSd === 0 ? 1 : normalCdf((x - this.p50) / this.upperSd);
  }
}
