/**
 * SIMULATE's tables read: the `uncertain` rows (parameter, distribution and its values) and the rank
 * correlation matrix over them, each checked with errors that name the row or entry.
 */
import { TokenomicsInputError } from "../errors";
import { MESSAGES, describeValue } from "../messages";
import { RULES } from "../rules";
import {
  DISTRIBUTION_NAMES,
  type Distribution,
  type DistributionName,
  LognormalDistribution,
  NormalDistribution,
  PertDistribution,
  ThreePointDistribution,
  TriangularDistribution,
  UniformDistribution,
} from "./distributions";
import { type TableCell, isBlank, parameterAt, parameterSlot } from "./parameters";
import { choleskySemiDefinite } from "./sampling";

/** One uncertain input, parsed. */
export interface UncertainInput {
  readonly parameter: string;
  readonly slot: number;
  /** 1-based row in `uncertain`. */
  readonly row: number;
  readonly distribution: Distribution;
  /** CDF at the rule's bounds: draws are taken from [cdfLow, cdfHigh] (0 and 1 when not truncated). */
  readonly cdfLow: number;
  readonly cdfHigh: number;
  /** Probability the untruncated distribution puts outside the parameter's rule. */
  readonly truncatedShare: number;
}

const NEEDS: Record<DistributionName, string> = {
  pert: "min, mode and max with min ≤ mode ≤ max",
  triangular: "min, mode and max with min ≤ mode ≤ max",
  uniform: "min and max with min ≤ max",
  normal: "a mean and a standard deviation of at least 0",
  lognormal: "its P10 and P90 with 0 < P10 ≤ P90",
  threepoint: "its P10, P50 and P90 with P10 ≤ P50 ≤ P90",
};

function distributionOf(kind: DistributionName, v: readonly number[]): Distribution | undefined {
  const [a = NaN, b = NaN, c = NaN] = v;
  switch (kind) {
    case "pert":
    case "triangular":
      if (!(a <= b && b <= c)) return undefined;
      return kind === "pert" ? new PertDistribution(a, b, c) : new TriangularDistribution(a, b, c);
    case "uniform":
      return a <= b ? new UniformDistribution(a, b) : undefined;
    case "normal":
      return b >= 0 ? new NormalDistribution(a, b) : undefined;
    case "lognormal":
      return a > 0 && a <= b ? new LognormalDistribution(a, b) : undefined;
    case "threepoint":
      return a <= b && b <= c ? new ThreePointDistribution(a, b, c) : undefined;
  }
}

const ARITY: Record<DistributionName, number> = {
  pert: 3,
  triangular: 3,
  uniform: 2,
  normal: 2,
  lognormal: 2,
  threepoint: 3,
};

/**
 * Parses the `uncertain` rows: [name, distribution, values…], distribution names matched ignoring case
 * (PERT, triangular, uniform, normal, lognormal, threepoint). A bounded distribution must stay within the
 * parameter's rule; an unbounded one is truncated at it. Blank rows are skipped. Errors name the row.
 *
 * @example uncertainInputs([["utilization", "triangular", 0.5, 0.7, 0.9]])[0].truncatedShare // 0
 */
export function uncertainInputs(rows: readonly (readonly TableCell[])[]): UncertainInput[] {
  const parsed: UncertainInput[] = [];
  const seen = new Map<number, number>();
  rows.forEach((row, index) => {
    if (row.every(isBlank)) return;
    const where = `uncertain row ${index + 1}`;
    const slot = parameterSlot(row[0], "uncertain", where);
    const p = parameterAt(slot);
    const earlier = seen.get(slot);
    if (earlier !== undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "uncertain",
        MESSAGES.duplicateUncertain(where, p.name, earlier)
      );
    }
    seen.set(slot, index + 1);
    const rawKind = row[1];
    const kind = DISTRIBUTION_NAMES.find(
      (d) =>
        typeof rawKind === "string" &&
        d ===
          rawKind
            .trim()
            .toLowerCase()
            .replace(/[^a-z]/g, "")
    );
    if (kind === undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "uncertain",
        MESSAGES.unknownDistribution(
          where,
          typeof rawKind === "string" ? `"${rawKind}"` : describeValue(rawKind),
          DISTRIBUTION_NAMES.join(", ")
        )
      );
    }
    const values = row.slice(2, 2 + ARITY[kind]);
    const numeric =
      values.length === ARITY[kind] &&
      values.every((x) => typeof x === "number" && Number.isFinite(x));
    const distribution = numeric ? distributionOf(kind, values as number[]) : undefined;
    if (distribution === undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "uncertain",
        MESSAGES.distributionValues(where, kind, NEEDS[kind])
      );
    }
    let cdfLow = 0;
    let cdfHigh = 1;
    if (!distribution.unbounded || distribution.min === distribution.max) {
      if (!p.rule.test(distribution.min) || !p.rule.test(distribution.max)) {
        throw new TokenomicsInputError(
          "outOfRange",
          "uncertain",
          MESSAGES.distributionCrossesRule(where, p.name, p.rule.text)
        );
      }
    } else {
      cdfLow = distribution.min >= p.low ? 0 : distribution.cdf(p.low);
      cdfHigh = distribution.max <= p.high ? 1 : distribution.cdf(p.high);
      if (!(cdfHigh > cdfLow)) {
        throw new TokenomicsInputError(
          "outOfRange",
          "uncertain",
          MESSAGES.distributionOutsideRule(where, p.name, p.rule.text)
        );
      }
    }
    parsed.push({
      parameter: p.name,
      slot,
      row: index + 1,
      distribution,
      cdfLow,
      cdfHigh,
      truncatedShare: cdfLow + (1 - cdfHigh),
    });
  });
  return parsed;
}

/**
 * Checks a correlation matrix over `size` inputs: square, numbers from -1 to 1, unit diagonal, symmetric
 * (within 1e-12) and positive semi-definite (Cholesky with a 1e-10 tolerance on pivots).
 *
 * @example checkedCorrelations([[1, 0.5], [0.5, 1]], 2) // [[1, 0.5], [0.5, 1]]
 */
export function checkedCorrelations(
  matrix: readonly (readonly TableCell[])[],
  size: number
): number[][] {
  if (matrix.length !== size || matrix.some((row) => row.length !== size)) {
    throw new TokenomicsInputError("outOfRange", "correlations", MESSAGES.correlationShape(size));
  }
  const values = matrix.map((row, i) =>
    row.map((x, j) => {
      if (typeof x !== "number" || !RULES.correlation.test(x)) {
        throw new TokenomicsInputError(
          "outOfRange",
          "correlations",
          MESSAGES.correlationEntry(i + 1, j + 1, describeValue(x))
        );
      }
      return x;
    })
  );
  for (let i = 0; i < size; i++) {
    if (Math.abs(((values[i] as number[])[i] as number) - 1) > 1e-12) {
      throw new TokenomicsInputError(
        "outOfRange",
        "correlations",
        MESSAGES.correlationDiagonal(i + 1)
      );
    }
    for (let j = 0; j < i; j++) {
      if (
        Math.abs(((values[i] as number[])[j] as number) - ((values[j] as number[])[i] as number)) >
        1e-12
      ) {
        throw new TokenomicsInputError(
          "outOfRange",
          "correlations",
          MESSAGES.correlationNotSymmetric(i + 1, j + 1)
        );
      }
    }
  }
  if (choleskySemiDefinite(values) === undefined) {
    throw new TokenomicsInputError("outOfRange", "correlations", MESSAGES.correlationNotPsd());
  }
  return values;
}
