/**
 * SCENARIOS' core: the metric under named sets of overrides.
 */
import { TokenomicsInputError } from "../errors";
import { MESSAGES } from "../messages";
import { DecisionModel, answerOf, decisionModel } from "./model";
import {
  type MetricAnswer,
  type TableCell,
  checkedMetric,
  checkedParameterValue,
  isBlank,
  parameterSlot,
} from "./parameters";

/** Inputs of SCENARIOS. */
export interface ScenariosInput {
  readonly metric: string;
  /** The model table: rows of [name, value]. */
  readonly inputs: readonly (readonly TableCell[])[];
  /**
   * A header row (anything, then one name per scenario), then rows of [parameter, value per scenario];
   * a blank value keeps the base.
   */
  readonly scenarios: readonly (readonly TableCell[])[];
}

/** One scenario's result: the metric, or the input error its overrides cause (it belongs to its column). */
export interface ScenarioResult {
  readonly name: string;
  readonly result: MetricAnswer | TokenomicsInputError;
}

/**
 * The metric once per scenario column, each with its overrides applied to the base inputs. An invalid
 * override is that scenario's error, not the whole table's.
 *
 * @example scenarios({ metric: "roiMultiple", inputs: [["investmentUsd", 5e6], ["years", 3], ["tokensPerSecond", 720000], ["usdPerMillionTokens", 1.1]], scenarios: [["", "Base", "Half price"], ["usdPerMillionTokens", null, 0.55]] }).map((s) => s.result.value) // [14.9859, 7.4930]
 */
export function scenarios(input: ScenariosInput): ScenarioResult[] {
  const metric = checkedMetric(input.metric);
  const model = decisionModel(input.inputs);
  const header = input.scenarios[0];
  if (header === undefined || header.length < 2) {
    throw new TokenomicsInputError("outOfRange", "scenarios", MESSAGES.scenarioHeader());
  }
  const names = header.slice(1).map((cell, i) => (isBlank(cell) ? `${i + 1}` : String(cell)));
  const rows = input.scenarios.slice(1).flatMap((row, index) => {
    if (row.every(isBlank)) return [];
    const where = `scenarios row ${index + 2}`;
    return [{ where, slot: parameterSlot(row[0], "scenarios", where), cells: row.slice(1) }];
  });
  const base = model.values();
  // Checked once on the base (with any parameter only scenarios name filled by its first value).
  const checkBase = base.slice();
  for (const row of rows) {
    const first = row.cells.find((c) => !isBlank(c));
    if (Number.isNaN(checkBase[row.slot] as number) && typeof first === "number")
      checkBase[row.slot] = first;
  }
  const evaluate = new DecisionModel(checkBase, new Map()).evaluator(metric);
  return names.map((name, column): ScenarioResult => {
    const values = base.slice();
    try {
      for (const row of rows) {
        const cell = row.cells[column];
        if (isBlank(cell)) continue;
        try {
          values[row.slot] = checkedParameterValue(row.slot, cell, "scenarios", row.where);
        } catch (error) {
          throw error instanceof TokenomicsInputError
            ? new TokenomicsInputError(
                error.code,
                "scenarios",
                MESSAGES.scenarioValue(row.where, name, error.message.replace(`${row.where}: `, ""))
              )
            : error;
        }
      }
      return { name, result: answerOf(metric, evaluate(values), values) };
    } catch (error) {
      if (error instanceof TokenomicsInputError) return { name, result: error };
      throw error;
    }
  });
}
