/**
 * SOLVEFOR's core: the value of one parameter that makes a metric equal a target, found by bracketing
 * outward from the parameter's base value within its rule (or given bounds) and Brent's method.
 */
import { type Answer, found, noAnswer } from "../answer";
import { TokenomicsInputError, checked } from "../errors";
import { brentRoot } from "../finance";
import { MESSAGES } from "../messages";
import { RULES } from "../rules";
import { DecisionModel, decisionModel } from "./model";
import {
  type MetricEvaluator,
  type TableCell,
  checkedMetric,
  parameterAt,
  parameterSlot,
} from "./parameters";

/** Inputs of SOLVEFOR. Omitted bounds may be undefined or null. */
export interface SolveForInput {
  readonly metric: string;
  /** The metric's value to reach, in the metric's unit. */
  readonly target: number;
  /** The parameter to vary (a model input name, matched ignoring case). */
  readonly parameter: string;
  /** The model table: rows of [name, value]. */
  readonly inputs: readonly (readonly TableCell[])[];
  /** Bounds of the search, within the parameter's rule; the rule's bounds if omitted. */
  readonly lower?: number | null;
  readonly upper?: number | null;
}

/** SOLVEFOR's root to 1e-14 relative (IRR's brackets stop at 1e-12: a rate needs no more). */
const SOLVE_RELATIVE_TOLERANCE = 1e-14;
/** …of |x| or of 1e-300 near 0, so a root at 0 still converges. */
const SOLVE_TOLERANCE_FLOOR = 1e-300;

/** Outward steps from the base value: enough to span 1e-2 × base to the widest rule (1e15) by doubling. */
const MAX_EXPANSIONS = 80;

/** The closest value to `x` inside an open or closed bound, stepping in by a relative hair when open. */
function inside(x: number, test: (v: number) => boolean, towards: number): number {
  if (test(x)) return x;
  const step = Math.max(Math.abs(x) * 1e-12, 1e-300);
  const moved = x + (towards > x ? step : -step);
  return test(moved) ? moved : towards;
}

/**
 * The value of `parameter` at which `metric` equals `target`, the other inputs at their table values. The
 * search steps outward from the base value (doubling steps, alternately below and above) to the first
 * sign change of metric − target, then Brent's method solves that bracket, so the root nearest the base
 * is found when there are several. A trial with no answer counts as the worst outcome (no IRR below any
 * target, no payback above). No answer, with a reason saying which side the metric stays on, when no
 * value in the range reaches the target.
 *
 * Formula: find x in [lower, upper] with metric(inputs with parameter = x) = target
 *
 * @example solveFor({ metric: "roiMultiple", target: 15, parameter: "usdPerMillionTokens", inputs: [["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]] }) // { ok: true, value: 1.1010 } (the token price that makes the 15x true)
 * @example solveFor({ metric: "roiMultiple", target: 100, parameter: "utilization", inputs: [["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]] }).reason // "no value of utilization from 0 to 1 makes roiMultiple equal 100: roiMultiple stays below 100 there"
 */
export function solveFor(input: SolveForInput): Answer<number> {
  const metric = checkedMetric(input.metric);
  const target = checked(input.target, "target", RULES.cashFlowUsd);
  const model = decisionModel(input.inputs);
  const slot = parameterSlot(input.parameter, "parameter", "parameter");
  const p = parameterAt(slot);
  const lower =
    input.lower === null || input.lower === undefined
      ? p.low
      : checked(input.lower, "lower", p.rule);
  const upper =
    input.upper === null || input.upper === undefined
      ? p.high
      : checked(input.upper, "upper", p.rule);
  if (!(lower < upper)) {
    throw new TokenomicsInputError("outOfRange", "lower", MESSAGES.solveBoundsOrder(lower, upper));
  }
  const test = (x: number): boolean => x >= lower && x <= upper && p.rule.test(x);
  const low = inside(lower, test, upper);
  const high = inside(upper, test, lower);

  const values = model.values();
  const given = values[slot] as number;
  const start = Number.isNaN(given) || !test(given) ? (low + high) / 2 : given;
  values[slot] = start;
  // Checks once that the metric's inputs are all there (the solved parameter included).
  const evaluate: MetricEvaluator = new DecisionModel(values, new Map()).evaluator(metric);
  const worst = metric === "irr" ? -Infinity : metric === "paybackMonths" ? Infinity : NaN;
  const g = (x: number): number => {
    values[slot] = x;
    const y = evaluate(values);
    return (Number.isNaN(y) ? worst : y) - target;
  };

  const g0 = g(start);
  if (g0 === 0) return found(start);
  const scale = Math.max(Math.abs(start), Math.abs(high - low) * 1e-9, 1e-9) * 1e-2;
  let downX = start;
  let downG = g0;
  let upX = start;
  let upG = g0;
  for (let k = 0; k < MAX_EXPANSIONS && (downX > low || upX < high); k++) {
    const step = scale * Math.pow(2, k);
    if (downX > low) {
      const x = Math.max(low, start - step);
      const gx = g(x);
      if (gx === 0) return found(x);
      const bracket = solvedBetween(g, x, downX, gx, downG);
      if (bracket !== undefined) return found(bracket);
      downX = x;
      downG = gx;
    }
    if (upX < high) {
      const x = Math.min(high, start + step);
      const gx = g(x);
      if (gx === 0) return found(x);
      const bracket = solvedBetween(g, upX, x, upG, gx);
      if (bracket !== undefined) return found(bracket);
      upX = x;
      upG = gx;
    }
  }
  // No sign change anywhere: every value seen lies on the side of the first.
  const side = g0 < 0 ? "below" : "above";
  return noAnswer(MESSAGES.solveNotReached(metric, target, p.name, side, lower, upper));
}

/** The root in [a, b] if g changes sign there and is continuous across it; undefined otherwise. */
function solvedBetween(
  g: (x: number) => number,
  a: number,
  b: number,
  ga: number,
  gb: number
): number | undefined {
  if (!((ga < 0 && gb > 0) || (ga > 0 && gb < 0))) return undefined;
  if (Number.isFinite(ga) && Number.isFinite(gb)) {
    const root = brentRoot(g, a, b, ga, gb, SOLVE_RELATIVE_TOLERANCE, SOLVE_TOLERANCE_FLOOR);
    return Number.isFinite(g(root)) ? root : undefined;
  }
  // One end has no answer: bisect to the edge of the answers, then solve between answers if it crosses.
  let x0 = a;
  let g0 = ga;
  let x1 = b;
  let g1 = gb;
  for (let i = 0; i < 200 && x1 - x0 > 1e-15 * Math.max(1, Math.abs(x0)); i++) {
    const mid = x0 + (x1 - x0) / 2;
    if (mid <= x0 || mid >= x1) break;
    const gm = g(mid);
    if (gm === 0) return mid;
    if (gm < 0 === g0 < 0) {
      x0 = mid;
      g0 = gm;
    } else {
      x1 = mid;
      g1 = gm;
    }
  }
  if (Number.isFinite(g0) && Number.isFinite(g1))
    return brentRoot(g, x0, x1, g0, g1, SOLVE_RELATIVE_TOLERANCE, SOLVE_TOLERANCE_FLOOR);
  return undefined;
}
