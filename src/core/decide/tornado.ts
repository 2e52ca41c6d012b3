/**
 * TORNADO's core: one-at-a-time sensitivity of a metric to each parameter's low and high values.
 */
import { TokenomicsInputError } from "../errors";
import { MESSAGES } from "../messages";
import { DecisionModel, answerOf, decisionModel } from "./model";
import {
  type MetricAnswer,
  type MetricName,
  type TableCell,
  checkedMetric,
  checkedParameterValue,
  isBlank,
  parameterAt,
  parameterSlot,
} from "./parameters";

/** Inputs of TORNADO. */
export interface TornadoInput {
  readonly metric: string;
  /** The model table: rows of [name, value]. */
  readonly inputs: readonly (readonly TableCell[])[];
  /** Rows of [name, low, high]. */
  readonly lowHigh: readonly (readonly TableCell[])[];
}

/** One bar of the tornado. */
export interface TornadoRow {
  readonly parameter: string;
  readonly low: number;
  readonly high: number;
  readonly metricAtLow: MetricAnswer;
  readonly metricAtHigh: MetricAnswer;
  /** |metric at high − metric at low|; 0 when either has no answer (such rows sort last). */
  readonly swing: number;
}

/**
 * For each parameter in `lowHigh`, the metric at its low and at its high value with every other input at
 * its table value, sorted by swing, largest first (ties keep the table's order).
 *
 * Formula: swing = |metric(high) − metric(low)|
 *
 * @example tornado({ metric: "roiMultiple", inputs: [["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]], lowHigh: [["utilization", 0.5, 1], ["usdPerMillionTokens", 0.5, 2]] }).map((row) => row.parameter) // ["usdPerMillionTokens", "utilization"]
 */
export function tornado(input: TornadoInput): TornadoRow[] {
  const metric: MetricName = checkedMetric(input.metric);
  const model = decisionModel(input.inputs);
  const bars: { slot: number; low: number; high: number }[] = [];
  const seen = new Map<number, number>();
  input.lowHigh.forEach((row, index) => {
    if (row.every(isBlank)) return;
    const where = `lowHigh row ${index + 1}`;
    const slot = parameterSlot(row[0], "lowHigh", where);
    const earlier = seen.get(slot);
    if (earlier !== undefined) {
      throw new TokenomicsInputError(
        "outOfRange",
        "lowHigh",
        MESSAGES.duplicateParameter(where, parameterAt(slot).name, earlier)
      );
    }
    seen.set(slot, index + 1);
    bars.push({
      slot,
      low: checkedParameterValue(slot, row[1], "lowHigh", where),
      high: checkedParameterValue(slot, row[2], "lowHigh", where),
    });
  });
  const values = model.values();
  // A parameter only lowHigh names passes the metric's checks of what is required (its bars give it a
  // value); in the other bars it keeps its default.
  const checks = model.values();
  for (const bar of bars) if (Number.isNaN(checks[bar.slot] as number)) checks[bar.slot] = bar.low;
  const evaluate = new DecisionModel(checks, new Map()).evaluator(metric);
  const rows = bars.map((bar): TornadoRow => {
    const base = values[bar.slot] as number;
    values[bar.slot] = bar.low;
    const atLow = evaluate(values);
    const metricAtLow = answerOf(metric, atLow, values);
    values[bar.slot] = bar.high;
    const atHigh = evaluate(values);
    const metricAtHigh = answerOf(metric, atHigh, values);
    values[bar.slot] = base;
    const swing = Number.isNaN(atLow) || Number.isNaN(atHigh) ? 0 : Math.abs(atHigh - atLow);
    return {
      parameter: parameterAt(bar.slot).name,
      low: bar.low,
      high: bar.high,
      metricAtLow,
      metricAtHigh,
      swing,
    };
  });
  // Array.prototype.sort is stable: equal swings keep the table's order.
  return rows.sort((a, b) => b.swing - a.swing);
}
