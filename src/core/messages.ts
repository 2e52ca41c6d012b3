/**
 * Every message the model shows a user, in one table. Parameter names are the Excel argument names, so a
 * message always points at the argument or field the user has to fix. Messages say what is wrong in plain
 * words with no host wording: the Excel adapter (src/functions/messages.ts) and the pane add their own hints.
 */

/** What a rule demands of a value, phrased to follow "<parameter> must be ...". */
export type RuleText = string;

export const MESSAGES = {
  required: (parameter: string): string => `${parameter} is required: enter a number`,
  notANumber: (parameter: string, got: string): string =>
    `${parameter} must be a number (got ${got})`,
  notFinite: (parameter: string): string => `${parameter} must be a finite number`,
  notText: (parameter: string): string => `${parameter} must be text, such as "B200"`,
  rule: (parameter: string, rule: RuleText): string => `${parameter} must be ${rule}`,
  scheduleTooLong: (periods: number, max: number): string =>
    `years × periodsPerYear must be at most ${max} periods (got ${periods})`,
  neverPaysBack: (horizonYears: number): string =>
    `never pays back within the ${horizonYears}-year horizon: cumulative net cash stays below the investment`,
  noIrr: (): string => "no rate of return makes the NPV of these cash flows 0",
  outsideMeasuredRange: (requested: number, min: number, max: number): string =>
    `${requested} tokens/s per user is outside the measured range, ${min} to ${max}`,
  noMeasuredPoints: (): string => "there are no measured points to read a throughput from",
  resultNotFinite: (): string =>
    "the result is too large to represent; check the magnitudes of the inputs",
  emptyRow: (parameter: string): string => `${parameter} is empty: give at least one value`,
  rowTooLong: (parameter: string, length: number, max: number): string =>
    `${parameter} has ${length} values; at most ${max} are allowed`,
  wrongPeriodCount: (
    parameter: string,
    length: number,
    expected: number,
    lengthOf: string
  ): string =>
    `${parameter} has ${length} values but ${lengthOf} has ${expected}: give one value for every period, or a single value for all`,
  missingInPeriod: (parameter: string, period: number): string =>
    `${parameter} has no value for period ${period}: give a number for every period, or one number for all`,
  inPeriod: (period: number, message: string): string => `period ${period}: ${message}`,
  capexNotPerPeriod: (parameter: string): string =>
    `${parameter} must have one value per period, or be omitted: a single value would be charged again in every period`,
  horizonTooLong: (
    parameter: string,
    periods: number,
    periodsPerYear: number,
    maxYears: number
  ): string =>
    `${parameter} has ${periods} periods; at ${periodsPerYear} periods per year at most ${maxYears * periodsPerYear} (${maxYears} years) are allowed`,
  npvNotFinite: (parameter: string): string =>
    `${parameter} discounts these values beyond the largest representable number: use a rate further from -1 or fewer periods`,
  cashFlowNeverPaysBack: (): string =>
    "never pays back: cumulative cash is still below 0 after the last value",
  weightsDoNotFit: (weightsGb: number, hbmGb: number, gpus: number): string =>
    `the weights (${weightsGb} GB) do not fit in ${gpus} × ${hbmGb} GB of HBM: use more GPUs per replica`,
  interactivityUnreachable: (requested: number, max: number): string =>
    `${requested} tokens/s per user is out of reach: reading the active weights once per step allows at most ${max} tokens/s per user`,
  interactivityUnreachableWithLatency: (requested: number, max: number): string =>
    `${requested} tokens/s per user is out of reach in practice: with the fixed latency of a decode step, at most ${max} tokens/s per user`,
  unknownParameter: (where: string, got: string): string =>
    `${where}: ${got} is not a model input (use names such as gpuCount, usdPerMillionTokens, utilization)`,
  duplicateParameter: (where: string, name: string, earlierRow: number): string =>
    `${where}: ${name} is already given in row ${earlierRow}`,
  rowNotANumber: (where: string, name: string, got: string): string =>
    `${where}: ${name} must be a number (got ${got})`,
  rowRule: (where: string, name: string, rule: RuleText): string =>
    `${where}: ${name} must be ${rule}`,
  unknownMetric: (got: string, metrics: string): string =>
    `metric must be one of ${metrics} (got ${got})`,
  missingInput: (name: string): string => `inputs must give ${name}`,
  costNeedsBuildUp: (missing: string): string =>
    `costPerMillionTokensUsd needs the build-up inputs: inputs must give ${missing}`,
  unknownDistribution: (where: string, got: string, names: string): string =>
    `${where}: the distribution must be one of ${names} (got ${got})`,
  distributionValues: (where: string, distribution: string, needs: string): string =>
    `${where}: ${distribution} needs ${needs}`,
  distributionCrossesRule: (where: string, name: string, rule: RuleText): string =>
    `${where}: the range of ${name} must stay within its rule: ${name} must be ${rule}`,
  distributionOutsideRule: (where: string, name: string, rule: RuleText): string =>
    `${where}: no value of this distribution satisfies the rule: ${name} must be ${rule}`,
  duplicateUncertain: (where: string, name: string, earlierRow: number): string =>
    `${where}: ${name} is already uncertain in row ${earlierRow}`,
  correlationShape: (size: number): string =>
    `correlations must be a ${size} × ${size} matrix, one row and column per uncertain input`,
  correlationEntry: (row: number, column: number, got: string): string =>
    `correlations row ${row}, column ${column} must be a number from -1 to 1 (got ${got})`,
  correlationDiagonal: (row: number): string =>
    `correlations row ${row}, column ${row} must be 1: an input correlates fully with itself`,
  correlationNotSymmetric: (row: number, column: number): string =>
    `correlations must be symmetric: row ${row}, column ${column} differs from row ${column}, column ${row}`,
  correlationNotPsd: (): string =>
    "correlations are not a valid correlation matrix: it is not positive semi-definite (some correlations contradict each other)",
  tooFewTrialsForCorrelation: (trials: number, inputs: number): string =>
    `trials must be more than the ${inputs} correlated inputs to apply rank correlations (got ${trials})`,
  solveBoundsOrder: (lower: number, upper: number): string =>
    `lower must be less than upper (got ${lower} and ${upper})`,
  solveNotReached: (
    metric: string,
    target: number,
    name: string,
    side: "above" | "below",
    lower: number,
    upper: number
  ): string =>
    `no value of ${name} from ${lower} to ${upper} makes ${metric} equal ${target}: ${metric} stays ${side} ${target} there`,
  scenarioHeader: (): string =>
    "scenarios must have a header row (a label, then one name per scenario) and at least one scenario column",
  scenarioValue: (where: string, column: string, message: string): string =>
    `${where}, scenario ${column}: ${message}`,
  noLossThreshold: (metric: string): string =>
    `${metric} has no natural loss line: give threshold to count trials below it`,
  percentileNoAnswer: (share: number): string =>
    `${share}% of trials have no answer, and this percentile falls among them`,
  noTrialAnswers: (): string => "no trial has an answer",
} as const;

/**
 * How a rejected value reads in "must be a number (got …)": the number, the first 20 characters of a text,
 * "blank", "a list" for an array, else its JavaScript type. A host names its own containers (Excel: "a
 * range") before falling back to this.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `text "${value.slice(0, 20)}"`;
  if (value === null) return "blank";
  if (Array.isArray(value)) return "a list";
  return typeof value;
}
