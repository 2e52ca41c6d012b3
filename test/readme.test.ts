/**
 * The README's worked examples are tests: every "`=TOKENOMICS.…` → **value**" line is evaluated against the
 * built functions bundle and must show the value the README prints, to the digits it prints. A table's
 * line states its size ("**4 rows × 6 columns**") or one labelled cell ("**P50: 6.89**": the value beside
 * the label in the first column).
 */
import * as fs from "fs";
import * as path from "path";

import { loadBuiltFunctions } from "./support/builtBundle";
import { CustomFunctionsError } from "./support/customFunctionsRuntime";
import { thrownBy } from "./support/errors";

const README = fs.readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
const EXAMPLE = /^- `(=TOKENOMICS\.[^`]+)` → (\*\*[^*]+\*\*|`#[A-Z/!?]+`(?: "[^"]+")?|"[^"]+")/gm;

const { byId } = loadBuiltFunctions();

/** Evaluates an Excel formula made of TOKENOMICS calls, numbers, text and arithmetic. */
function evaluate(formula: string): unknown {
  const ids = [...byId.keys()];
  const expression = formula
    .slice(1)
    .replace(/TOKENOMICS\.([A-Z]+)\(/g, (_, id: string) => {
      if (!ids.includes(id)) throw new Error(`unknown function ${id}`);
      return `call("${id}", `;
    })
    // An array constant, {1,2;3,4}: "," separates columns and ";" rows, as Excel passes a range.
    .replace(/\{([^{}]*)\}/g, (_, cells: string) => `[[${cells.split(";").join("],[")}]]`)
    // An argument left empty, f(a,,b) or f(a,): omitted, as Excel passes it.
    .replace(/,(?=\s*[,)])/g, ", null");
  const call = (id: string, ...args: unknown[]): unknown => cellOrSpill(byId.get(id)?.(...args));
  return new Function("call", `"use strict"; return (${expression});`)(call);
}

/**
 * A one-cell spill as the value Excel shows in the cell (functions that broadcast return a matrix even for
 * single values); a larger spill or a table as it is.
 */
function cellOrSpill(result: unknown): unknown {
  if (Array.isArray(result) && result.length === 1) {
    const row: unknown = result[0];
    if (Array.isArray(row) && row.length === 1) return row[0];
  }
  return result;
}

/** "**$74,929,536**" → { value: 74929536, decimals: 0 }; "**14.99 ≈ 15x**" → { value: 14.99, decimals: 2 }. */
function shown(text: string): { value: number; decimals: number } {
  const match = /-?[\d,]*\.?\d+/.exec(text.replace(/−/g, "-"));
  if (!match) throw new Error(`no number in ${text}`);
  const digits = match[0].replace(/,/g, "");
  return {
    value: Number(digits),
    decimals: digits.includes(".") ? (digits.split(".")[1] ?? "").length : 0,
  };
}

const examples = [...README.matchAll(EXAMPLE)].map(
  (m) => [m[1] as string, m[2] as string] as const
);

describe("README worked examples", () => {
  it("has a worked example for every registered function", () => {
    const used = new Set(
      examples.flatMap(([formula]) =>
        [...formula.matchAll(/TOKENOMICS\.([A-Z]+)\(/g)].map((m) => m[1])
      )
    );
    for (const id of byId.keys()) expect(used).toContain(id);
  });

  it.each(examples)("%s → %s", (formula, expected) => {
    if (expected.startsWith("`#")) {
      const [, code, message] = /`(#[A-Z/!?]+)`(?: "([^"]+)")?/.exec(expected) ?? [];
      const thrown = thrownBy(() => evaluate(formula));
      expect(thrown).toBeInstanceOf(CustomFunctionsError);
      expect((thrown as CustomFunctionsError).code).toBe(code);
      if (message) expect((thrown as CustomFunctionsError).message).toBe(message);
      return;
    }
    const result = evaluate(formula);
    if (expected.startsWith('"')) {
      // Text: the README quotes its beginning, up to an ellipsis.
      expect(typeof result).toBe("string");
      expect(result as string).toMatch(
        new RegExp(
          "^" +
            expected
              .slice(1, -1)
              .split("…")[0]!
              .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        )
      );
      return;
    }
    const table = Array.isArray(result) ? (result as unknown[][]) : undefined;
    // A named cell of a labelled table ("**probability of loss: 0.0611**"): the value beside that label.
    const [, label, figure] = /^\*\*([a-zA-Z][^:*]*): ([^*]+)\*\*$/.exec(expected) ?? [];
    if (table && label !== undefined && figure !== undefined) {
      const row = table.find((cells) => cells[0] === label);
      expect(row).toBeDefined();
      const cell = shown(figure);
      expect(typeof row?.[1]).toBe("number");
      const halfUnit = 0.5 * Math.pow(10, -cell.decimals);
      expect(Math.abs((row?.[1] as number) - cell.value)).toBeLessThanOrEqual(
        halfUnit * (1 + 1e-9)
      );
      return;
    }
    const { value, decimals } = shown(expected);
    if (table) {
      // A spilled table: the README states its size ("14 rows × 5 columns").
      const [rows, columns] = [...expected.matchAll(/\d+/g)].map((m) => Number(m[0]));
      expect([table.length, table[0]?.length]).toEqual([rows, columns]);
      return;
    }
    expect(typeof result).toBe("number");
    const halfUnit = 0.5 * Math.pow(10, -decimals);
    expect(Math.abs((result as number) - value)).toBeLessThanOrEqual(halfUnit * (1 + 1e-9));
  });
});
