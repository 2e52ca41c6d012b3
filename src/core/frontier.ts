/**
 * The throughput–interactivity frontier: which measured operating points are worth running, and the
 * throughput a platform reaches at an interactivity between them.
 *
 * Convention (SemiAnalysis InferenceX): x = interactivity, output tokens per second per user; y = throughput,
 * total tokens per second per GPU. More users per GPU raises y and lowers x, so the frontier falls as x rises.
 */
import type { Answer, NoAnswer } from "./answer";
import { checked } from "./errors";
import { MESSAGES } from "./messages";
import { RULES } from "./rules";

/** One measured operating point. */
export interface FrontierPoint {
  /** Output tokens per second seen by one user (interactivity), > 0. */
  readonly tokensPerSecondPerUser: number;
  /** Total (input + output) tokens per second per GPU, > 0. */
  readonly tokensPerSecondPerGpu: number;
}

/** Throughput on the frontier at the requested interactivity, with the measured points either side. */
export interface FrontierReading<P extends FrontierPoint> {
  /** Interpolated total tokens per second per GPU. */
  readonly tokensPerSecondPerGpu: number;
  /** Frontier point at or below the requested interactivity. */
  readonly lower: P;
  /** Frontier point at or above the requested interactivity (the same point on an exact hit). */
  readonly upper: P;
}

/** The requested interactivity lies outside the measured range; the frontier is never extrapolated. */
export interface FrontierOutOfRange extends NoAnswer {
  readonly kind: "outOfRange";
  readonly minTokensPerSecondPerUser: number;
  readonly maxTokensPerSecondPerUser: number;
}

/** No points were given. */
export interface FrontierEmpty extends NoAnswer {
  readonly kind: "noPoints";
}

/** Result of {@link frontierTokensPerSecondPerGpu}. */
export type FrontierThroughput<P extends FrontierPoint = FrontierPoint> = Answer<
  FrontierReading<P>,
  FrontierOutOfRange | FrontierEmpty
>;

/**
 * The Pareto frontier of measured points: every point not dominated by another point that is at least as
 * good on both axes. Sorted by ascending tokensPerSecondPerUser; tokensPerSecondPerGpu strictly decreases.
 * Of two points with equal interactivity the one with more throughput stays; of two with equal throughput,
 * the one with more interactivity stays. Same rule as InferenceX `paretoFrontUpperLeft`.
 *
 * @param points - measured points; each value finite and > 0 (throws TokenomicsInputError naming `points`).
 * @returns the frontier, a new array of the given point objects.
 * @example paretoFrontier([
 *   { tokensPerSecondPerUser: 10, tokensPerSecondPerGpu: 100 },
 *   { tokensPerSecondPerUser: 20, tokensPerSecondPerGpu: 50 },
 *   { tokensPerSecondPerUser: 15, tokensPerSecondPerGpu: 40 }, // dominated by (20, 50)
 * ])
 * // [{ tokensPerSecondPerUser: 10, tokensPerSecondPerGpu: 100 }, { tokensPerSecondPerUser: 20, tokensPerSecondPerGpu: 50 }]
 * @see https://github.com/SemiAnalysisAI/InferenceX-app (packages/app/src/components/calculator/interpolation.ts)
 */
export function paretoFrontier<P extends FrontierPoint>(points: readonly P[]): P[] {
  for (const point of points) {
    checked(point.tokensPerSecondPerUser, "points", RULES.tokensPerSecond);
    checked(point.tokensPerSecondPerGpu, "points", RULES.tokensPerSecond);
  }
  const sorted = [...points].sort(
    (a, b) =>
      a.tokensPerSecondPerUser - b.tokensPerSecondPerUser ||
      b.tokensPerSecondPerGpu - a.tokensPerSecondPerGpu
  );
  const frontier: P[] = [];
  for (const point of sorted) {
    const last = frontier[frontier.length - 1];
    // Sorted by x then y descending, so an equal-x point after the first is never better.
    if (last !== undefined && last.tokensPerSecondPerUser === point.tokensPerSecondPerUser)
      continue;
    while (
      frontier.length > 0 &&
      point.tokensPerSecondPerGpu >= lastOf(frontier).tokensPerSecondPerGpu
    ) {
      frontier.pop();
    }
    frontier.push(point);
  }
  return frontier;
}

/**
 * Tangent slopes of the Steffen monotone cubic Hermite spline through (xs, ys): the curve passes through
 * every knot and never overshoots between two of them. Interior slope: (sign s₀ + sign s₁) ·
 * min(|s₀|, |s₁|, |p|/2), with s the secant slopes and p the parabola slope through three knots. End slopes
 * use the one-sided rule of d3.curveMonotoneX (which InferenceX uses), (3s − m)/2; two knots give a line.
 *
 * @param xs - strictly increasing knots.
 * @param ys - values at the knots, same length as xs.
 * @returns one slope per knot (dy/dx).
 * @example monotoneSlopes([0, 1, 2], [4, 2, 0]) // [-2, -2, -2]
 * @see Steffen, M. 1990, "A simple method for monotonic interpolation in one dimension", A&A 239, 443.
 */
export function monotoneSlopes(xs: readonly number[], ys: readonly number[]): number[] {
  const n = xs.length;
  if (n < 2) return xs.map(() => 0);
  const secants: number[] = [];
  const widths: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const width = at(xs, i + 1) - at(xs, i);
    widths.push(width);
    secants.push((at(ys, i + 1) - at(ys, i)) / width);
  }
  if (n === 2) return [at(secants, 0), at(secants, 0)];
  const slopes = new Array<number>(n).fill(0);
  for (let i = 1; i < n - 1; i++) {
    const s0 = at(secants, i - 1);
    const s1 = at(secants, i);
    const h0 = at(widths, i - 1);
    const h1 = at(widths, i);
    const parabola = (s0 * h1 + s1 * h0) / (h0 + h1);
    slopes[i] =
      (Math.sign(s0) + Math.sign(s1)) *
      Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(parabola));
  }
  slopes[0] = (3 * at(secants, 0) - at(slopes, 1)) / 2;
  slopes[n - 1] = (3 * at(secants, n - 2) - at(slopes, n - 2)) / 2;
  return slopes;
}

/**
 * Value of the cubic Hermite spline with the given knots and slopes at x, for x within [xs[0], xs[last]].
 * Exact at every knot; clamped to the range of the two knots around x, which only absorbs rounding since a
 * monotone segment cannot leave that range.
 *
 * @example hermiteAt([0, 1, 2], [4, 2, 0], [-2, -2, -2], 0.5) // 3
 */
export function hermiteAt(
  xs: readonly number[],
  ys: readonly number[],
  slopes: readonly number[],
  x: number
): number {
  const last = xs.length - 1;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (at(xs, mid) <= x) lo = mid;
    else hi = mid;
  }
  if (x === at(xs, lo)) return at(ys, lo);
  if (x === at(xs, hi)) return at(ys, hi);
  const width = at(xs, hi) - at(xs, lo);
  const t = (x - at(xs, lo)) / width;
  const t2 = t * t;
  const t3 = t2 * t;
  const y0 = at(ys, lo);
  const y1 = at(ys, hi);
  const value =
    (2 * t3 - 3 * t2 + 1) * y0 +
    (t3 - 2 * t2 + t) * width * at(slopes, lo) +
    (-2 * t3 + 3 * t2) * y1 +
    (t3 - t2) * width * at(slopes, hi);
  return Math.min(Math.max(value, Math.min(y0, y1)), Math.max(y0, y1));
}

/**
 * Total tokens per second per GPU a platform reaches at a target interactivity: the Steffen monotone cubic
 * through the Pareto frontier of the measured points, evaluated at tokensPerSecondPerUser. Passes exactly
 * through every frontier point; outside the measured interactivity range there is no answer (kind
 * `outOfRange`, with the range), never an extrapolation.
 *
 * Formula: y(x) = h₀₀(t)·yᵢ + h₁₀(t)·w·mᵢ + h₀₁(t)·yᵢ₊₁ + h₁₁(t)·w·mᵢ₊₁, t = (x − xᵢ)/w, w = xᵢ₊₁ − xᵢ,
 * with Steffen slopes m (see {@link monotoneSlopes}).
 *
 * @param points - measured points (interactivity > 0, throughput > 0), any order, dominated points allowed.
 * @param tokensPerSecondPerUser - target interactivity, output tokens per second per user, > 0.
 * @returns the interpolated throughput with its bracketing frontier points, or why there is none.
 * @example frontierTokensPerSecondPerGpu([
 *   { tokensPerSecondPerUser: 21.34, tokensPerSecondPerGpu: 12515.7 },
 *   { tokensPerSecondPerUser: 309.17, tokensPerSecondPerGpu: 49.3 },
 * ], 21.34) // { ok: true, value: { tokensPerSecondPerGpu: 12515.7, ... } }
 * @see SemiAnalysis InferenceX docs/tco-calculator.md (interpolation on the Pareto front with a Steffen spline)
 */
export function frontierTokensPerSecondPerGpu<P extends FrontierPoint>(
  points: readonly P[],
  tokensPerSecondPerUser: number
): FrontierThroughput<P> {
  // Checked before the frontier is built, so a bad interactivity is reported even for bad points.
  checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  return preparedTokensPerSecondPerGpu(prepareFrontier(points), tokensPerSecondPerUser);
}

/** A frontier with its interpolation ready: knots and Steffen slopes, computed once. */
export interface PreparedFrontier<P extends FrontierPoint = FrontierPoint> {
  readonly frontier: readonly P[];
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly slopes: readonly number[];
}

/**
 * The Pareto frontier of `points` with its knots and slopes, for repeated reads with
 * {@link preparedTokensPerSecondPerGpu} (what a sheet of THROUGHPUT cells does).
 */
export function prepareFrontier<P extends FrontierPoint>(
  points: readonly P[]
): PreparedFrontier<P> {
  const frontier = paretoFrontier(points);
  const xs = frontier.map((p) => p.tokensPerSecondPerUser);
  const ys = frontier.map((p) => p.tokensPerSecondPerGpu);
  return { frontier, xs, ys, slopes: monotoneSlopes(xs, ys) };
}

/** {@link frontierTokensPerSecondPerGpu} on a prepared frontier: same results, no per-call setup. */
export function preparedTokensPerSecondPerGpu<P extends FrontierPoint>(
  prepared: PreparedFrontier<P>,
  tokensPerSecondPerUser: number
): FrontierThroughput<P> {
  const x = checked(tokensPerSecondPerUser, "tokensPerSecondPerUser", RULES.tokensPerSecond);
  const { frontier, xs, ys, slopes } = prepared;
  const first = frontier[0];
  if (first === undefined)
    return { ok: false, kind: "noPoints", reason: MESSAGES.noMeasuredPoints() };
  const final = lastOf(frontier);
  const min = first.tokensPerSecondPerUser;
  const max = final.tokensPerSecondPerUser;
  if (x < min || x > max) {
    return {
      ok: false,
      kind: "outOfRange",
      reason: MESSAGES.outsideMeasuredRange(x, min, max),
      minTokensPerSecondPerUser: min,
      maxTokensPerSecondPerUser: max,
    };
  }
  let upperIndex = xs.findIndex((value) => value >= x);
  if (upperIndex < 0) upperIndex = frontier.length - 1;
  const upper = at(frontier, upperIndex);
  const lower = upper.tokensPerSecondPerUser === x ? upper : at(frontier, upperIndex - 1);
  const tokensPerSecondPerGpu = hermiteAt(xs, ys, slopes, x);
  return { ok: true, value: { tokensPerSecondPerGpu, lower, upper } };
}

// noUncheckedIndexedAccess: indices below are in range by construction; these keep that promise visible.
function at<T>(values: readonly T[], index: number): T {
  return values[index] as T;
}

function lastOf<T>(values: readonly T[]): T {
  return values[values.length - 1] as T;
}
