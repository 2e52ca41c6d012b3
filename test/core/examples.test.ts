/**
 * Every TSDoc `@example` in src/core is executed: the documentation cannot drift from the code.
 *
 * The convention, as the examples are already written:
 *
 *     @example <expression> // <expected> (comment)
 *
 * - `<expression>` is TypeScript-free JavaScript calling the exports of its own file or of src/core; it may
 *   run over several lines and hold `//` comments of its own. The expected value follows the LAST `//`
 *   outside a string, on the same line or a line of its own; the example ends at the next tag or the end
 *   of the comment.
 * - `<expected>` is one of:
 *   - a number, commas allowed between thousands (`74,929,536`), compared to the digits written: the
 *     result must lie within half a unit of the last digit shown (`0.0866` means 0.08655 to 0.08665, `1`
 *     means 0.5 to 1.5);
 *   - a string in single or double quotes, compared exactly, where `…` stands for any text;
 *   - an object or array literal, its numbers compared as above (no thousands commas inside literals). An
 *     object lists every key of the result unless it holds `...` (or `…`), which stands for the keys left
 *     out; in an array, `...` stands for any elements at that place.
 * - `(comment)` is optional prose: where the numbers come from, or what the example shows.
 *
 * An `@example` this test cannot read fails, so every example stays executable.
 */
import * as fs from "fs";
import * as path from "path";

import * as core from "../../src/core";

const CORE = path.resolve(__dirname, "../../src/core");

interface Example {
  readonly where: string;
  readonly file: string;
  readonly expression: string;
  readonly expected: string;
}

/** A number as written, with the half unit of its last digit. */
class Written {
  readonly value: number;
  readonly halfUnit: number;

  constructor(text: string) {
    const [mantissa = "", exponent = "0"] = text.replace(/,/g, "").toLowerCase().split("e");
    const decimals = mantissa.includes(".") ? (mantissa.split(".")[1] ?? "").length : 0;
    this.value = Number(text.replace(/,/g, ""));
    this.halfUnit = 0.5 * Math.pow(10, Number(exponent) - decimals);
  }
}

/** Stands for the keys or elements an expected literal leaves out. */
const MORE = "\u2026more";

/** Positions in `text` that are outside string literals. */
function outsideStrings(text: string): boolean[] {
  const outside: boolean[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== undefined) {
      outside.push(false);
      if (c === "\\") {
        outside.push(false);
        i++;
      } else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") {
      outside.push(false);
      quote = c;
    } else outside.push(true);
  }
  return outside;
}

function examplesIn(file: string): Example[] {
  const source = fs.readFileSync(file, "utf8");
  const examples: Example[] = [];
  for (const block of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (block[1] ?? "").split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
    const startLine = source.slice(0, block.index).split("\n").length;
    lines.forEach((line, index) => {
      if (!line.startsWith("@example")) return;
      const body = [line.slice("@example".length)];
      for (let next = index + 1; next < lines.length; next++) {
        const following = lines[next] as string;
        if (following.trimStart().startsWith("@")) break;
        body.push(following);
      }
      const text = body.join("\n").trim();
      const outside = outsideStrings(text);
      let split = -1;
      for (let i = text.length - 2; i >= 0 && split < 0; i--) {
        if (text[i] === "/" && text[i + 1] === "/" && outside[i]) split = i;
      }
      examples.push({
        where: `${path.relative(CORE, file)}:${startLine + index}`,
        file,
        expression: split < 0 ? text : text.slice(0, split).trim(),
        expected: split < 0 ? "" : text.slice(split + 2).trim(),
      });
    });
  }
  return examples;
}

/** The expected literal of an example, without its trailing (comment). */
function expectedLiteral(expected: string): string {
  const number = /^-?[\d,]*\.?\d+(?:[eE][+-]?\d+)?/.exec(expected);
  let end: number;
  if (expected.startsWith("{") || expected.startsWith("[")) {
    const outside = outsideStrings(expected);
    let depth = 0;
    end = -1;
    for (let i = 0; i < expected.length && end < 0; i++) {
      if (!outside[i]) continue;
      if (expected[i] === "{" || expected[i] === "[") depth++;
      if (expected[i] === "}" || expected[i] === "]") depth--;
      if (depth === 0) end = i + 1;
    }
  } else if (expected.startsWith('"') || expected.startsWith("'")) {
    end = expected.indexOf(expected[0] as string, 1) + 1;
  } else {
    const keyword = /^(?:true|false|null)\b/.exec(expected);
    end = keyword?.[0].length ?? number?.[0].length ?? -1;
  }
  const rest = end > 0 ? expected.slice(end).trim() : "?";
  if (end <= 0 || !(rest === "" || (rest.startsWith("(") && rest.endsWith(")")))) {
    throw new Error(`cannot read the expected value "${expected}"`);
  }
  return expected.slice(0, end);
}

/** Evaluates an expected literal, numbers kept as written and `...` kept as a marker. */
function parseExpected(literal: string): unknown {
  if (/^-?[\d,]*\.?\d+(?:[eE][+-]?\d+)?$/.test(literal)) return new Written(literal);
  const outside = outsideStrings(literal);
  const open: string[] = [];
  let code = "";
  for (let i = 0; i < literal.length; i++) {
    const c = literal[i] as string;
    if (!outside[i]) {
      code += c;
      continue;
    }
    if (c === "{" || c === "[") open.push(c);
    if (c === "}" || c === "]") open.pop();
    const ellipsis = literal.startsWith("...", i) ? 3 : c === "…" ? 1 : 0;
    if (ellipsis > 0) {
      code += open[open.length - 1] === "{" ? `"${MORE}": true` : `"${MORE}"`;
      i += ellipsis - 1;
      continue;
    }
    const number = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(literal.slice(i));
    if (number && !/[\w.$]/.test(literal[i - 1] ?? "")) {
      code += `written("${number[0]}")`;
      i += number[0].length - 1;
      continue;
    }
    code += c;
  }
  return new Function("written", `"use strict"; return (${code});`)(
    (text: string) => new Written(text)
  );
}

/** Why `actual` does not match `expected`, or undefined when it does. */
function mismatch(actual: unknown, expected: unknown, at = "result"): string | undefined {
  if (expected instanceof Written) {
    return typeof actual === "number" &&
      Math.abs(actual - expected.value) <= expected.halfUnit * (1 + 1e-9)
      ? undefined
      : `${at}: ${String(actual)} is not ${expected.value} to the digits written`;
  }
  if (typeof expected === "string") {
    const pattern = new RegExp(
      "^" +
        expected
          .split("…")
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join("[^]*") +
        "$"
    );
    return typeof actual === "string" && pattern.test(actual)
      ? undefined
      : `${at}: ${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: ${JSON.stringify(actual)} is not an array`;
    const gap = expected.indexOf(MORE);
    const head = gap < 0 ? expected : expected.slice(0, gap);
    const tail = gap < 0 ? [] : expected.slice(gap + 1);
    if (gap < 0 ? actual.length !== head.length : actual.length < head.length + tail.length) {
      return `${at}: ${actual.length} elements, expected ${gap < 0 ? "" : "at least "}${head.length + tail.length}`;
    }
    const pairs: [unknown, unknown, number][] = [
      ...head.map((e, i): [unknown, unknown, number] => [actual[i], e, i]),
      ...tail.map((e, i): [unknown, unknown, number] => {
        const index = actual.length - tail.length + i;
        return [actual[index], e, index];
      }),
    ];
    for (const [a, e, i] of pairs) {
      const why = mismatch(a, e, `${at}[${i}]`);
      if (why) return why;
    }
    return undefined;
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null)
      return `${at}: ${JSON.stringify(actual)} is not an object`;
    const record = actual as Record<string, unknown>;
    const keys = Object.keys(expected).filter((key) => key !== MORE);
    if (!(MORE in expected)) {
      const extra = Object.keys(record).filter((key) => !keys.includes(key));
      if (extra.length > 0) return `${at}: unexpected keys ${extra.join(", ")}`;
    }
    for (const key of keys) {
      if (!(key in record)) return `${at}.${key} is missing`;
      const why = mismatch(record[key], (expected as Record<string, unknown>)[key], `${at}.${key}`);
      if (why) return why;
    }
    return undefined;
  }
  return Object.is(actual, expected)
    ? undefined
    : `${at}: ${String(actual)} is not ${String(expected)}`;
}

function run(example: Example): unknown {
  const scope: Record<string, unknown> = {
    ...core,
    ...jest.requireActual<Record<string, unknown>>(example.file),
  };
  const names = Object.keys(scope);
  return new Function(...names, `"use strict"; return (${example.expression});`)(
    ...names.map((name) => scope[name])
  );
}

// src/core and its topic folders (src/core/decide).
const files = fs
  .readdirSync(CORE, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".ts"))
  .map((name) => path.join(CORE, name));
const examples = files.flatMap(examplesIn);

describe("TSDoc @example in src/core", () => {
  it("finds the examples (one or more in most files of the core)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(examples.map((example) => [example.where, example.expression, example] as const))(
    "%s: %s",
    (_where, _expression, example) => {
      const expected = parseExpected(expectedLiteral(example.expected));
      expect(mismatch(run(example), expected)).toBeUndefined();
    }
  );
});

describe("the example reader", () => {
  const read = (expected: string): unknown => parseExpected(expectedLiteral(expected));

  it("compares numbers to the digits written, commas allowed", () => {
    expect(mismatch(74929536.4, read("74,929,536 (72 GPUs)"))).toBeUndefined();
    expect(mismatch(74929537, read("74,929,536"))).toBeDefined();
    expect(mismatch(0.08663, read("0.0866"))).toBeUndefined();
    expect(mismatch(0.0867, read("0.0866"))).toBeDefined();
  });

  it("compares every key of an object unless it says ... for the rest", () => {
    expect(mismatch({ ok: true, value: 1.1 }, read("{ ok: true, value: 1.1 }"))).toBeUndefined();
    expect(mismatch({ ok: true, value: 1.1, extra: 1 }, read("{ ok: true, value: 1.1 }"))).toMatch(
      /unexpected keys extra/
    );
    expect(mismatch({ ok: true, value: 1.1, extra: 1 }, read("{ ok: true, ... }"))).toBeUndefined();
    expect(mismatch({ ok: false }, read("{ ok: true, ... }"))).toBeDefined();
  });

  it("lets ... stand for array elements and … for text", () => {
    expect(mismatch([1, 2, 3, 4], read("[1, ..., 4]"))).toBeUndefined();
    expect(mismatch([1, 2, 3, 5], read("[1, ..., 4]"))).toBeDefined();
    expect(mismatch("B200 was measured", read('"B200 … measured"'))).toBeUndefined();
  });

  it("refuses an expected value it cannot read", () => {
    expect(() => read("4.85... maybe")).toThrow(/cannot read/);
    expect(() => read("")).toThrow(/cannot read/);
  });
});
