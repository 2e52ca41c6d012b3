/**
 * The seeded generator of the decision functions: xoshiro128** (Blackman and Vigna, 2018) in 32-bit integer
 * arithmetic, seeded through splitmix32. Every step is an integer operation (`Math.imul`, shifts, xor), so
 * the same seed gives the same stream on every engine (V8, JavaScriptCore, SpiderMonkey) bit for bit.
 * No module state: each simulation makes its own generator.
 *
 * @see https://prng.di.unimi.it/xoshiro128starstar.c
 */

/** 2^-53: a uniform draw is a whole number of these. */
const TWO_TO_MINUS_53 = 1 / 9007199254740992;

/** splitmix32's increment, the golden-ratio constant 0x9e3779b9. */
const GOLDEN_GAMMA = 0x9e3779b9 | 0;

function rotateLeft(x: number, bits: number): number {
  return (x << bits) | (x >>> (32 - bits));
}

/** A xoshiro128** stream. */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** @param seed - a whole number from 0 to 2^32 − 1 (larger ones are reduced modulo 2^32) */
  constructor(seed: number) {
    // splitmix32 spreads any seed, 0 included, over the 128-bit state, which is then never all zero.
    let state = seed | 0;
    const next = (): number => {
      state = (state + GOLDEN_GAMMA) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return z ^ (z >>> 16);
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32 random bits, as an unsigned whole number. */
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotateLeft(this.s3, 11);
    return result >>> 0;
  }

  /**
   * A uniform draw strictly inside (0, 1): 53 random bits plus half a unit, so neither 0 nor 1 can occur
   * and every inverse CDF is finite.
   */
  uniform(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low + 0.5) * TWO_TO_MINUS_53;
  }

  /** A whole number in [0, n), n at most 2^31. */
  below(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}
