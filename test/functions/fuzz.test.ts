import fc from "fast-check";

import { MODELS, PLATFORMS, PRECISIONS, PRESET_FIELDS, WORKLOADS } from "../../src/presets";
import type { FunctionMetadata } from "../support/builtBundle";
import { builtMetadata, loadBuiltFunctions } from "../support/builtBundle";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";

/**
 * Fuzz: thousands of random and hostile argument lists thrown at every function the built bundle registers.
 * Whatever comes in, what goes out is a finite number, a table of finite numbers and text, or a
 * CustomFunctions.Error whose code Excel can show — never NaN, Infinity, undefined or another exception.
 */
const RUNS_PER_FUNCTION = 10_000;
const ALLOWED_CODES = new Set(["#VALUE!", "#N/A", "#NUM!"]);

const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    1e-300,
    5e-324,
    -5e-324,
    1e300,
    -1e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    NaN,
    Infinity,
    -Infinity,
    12,
    365,
    1e15,
    1e16
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 })
);
// Mostly plausible magnitudes, so the fuzz also explores deep inside the valid region.
const plausibleNumber = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.integer({ min: 1, max: 40 })
);
const hostileOther = fc.constantFrom<unknown>(
  null,
  undefined,
  "",
  " ",
  "12",
  "abc",
  "B200",
  true,
  false,
  [],
  [[1]],
  {},
  Symbol.iterator
);
// Names each text parameter accepts, so lookups are fuzzed on both sides of "found".
const NAMES_BY_PARAMETER: Record<string, string[]> = {
  platform: PLATFORMS.flatMap((p) => [p.id, p.displayName, ...p.aliases]),
  field: PRESET_FIELDS.map((f) => f.name),
  fields: PRESET_FIELDS.map((f) => f.name),
  model: MODELS.flatMap((m) => [m.id, ...m.aliases]),
  workload: WORKLOADS.flatMap((w) => [w.id, ...w.aliases]),
  precision: [...PRECISIONS],
};
const ALL_NAMES = Object.values(NAMES_BY_PARAMETER).flat();
const numberArgument = fc.oneof(
  { arbitrary: plausibleNumber, weight: 6 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: hostileOther, weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }
);
function textArgument(parameter: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...(NAMES_BY_PARAMETER[parameter] ?? ALL_NAMES)), weight: 8 },
    { arbitrary: fc.constantFrom(...ALL_NAMES), weight: 1 },
    { arbitrary: hostileNumber, weight: 1 },
    { arbitrary: hostileOther, weight: 1 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }
  );
}

/** Argument lists shaped like the declared parameters (right kinds, mostly), then cut or padded at random. */
function argumentLists(f: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const typed = f.parameters.map((p) =>
    p.type === "string" ? textArgument(p.name) : numberArgument
  );
  const extra = fc.array(numberArgument, { maxLength: 1 });
  return fc
    .tuple(
      fc.tuple(...typed),
      extra,
      fc.integer({ min: 0, max: f.parameters.length }),
      fc.boolean()
    )
    .map(([args, more, cut, truncate]) => (truncate ? args.slice(0, cut) : [...args, ...more]));
}

function isAcceptable(result: unknown): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (typeof result === "string") return true;
  if (!Array.isArray(result) || result.length === 0) return false;
  return result.every(
    (row) =>
      Array.isArray(row) &&
      row.length > 0 &&
      row.every(
        (cell) => typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell))
      )
  );
}

describe("fuzz: every registered function, hostile arguments", () => {
  const { byId } = loadBuiltFunctions();
  const metadata = builtMetadata();

  it.each(metadata.map((f) => [f.id, f] as const))(
    `%s answers ${RUNS_PER_FUNCTION} argument lists with a finite result or an Excel error`,
    (id, declared) => {
      const fn = byId.get(id);
      if (!fn) throw new Error(`${id} is in functions.json but not registered`);
      const counts = { results: 0, errors: 0 };
      fc.assert(
        fc.property(argumentLists(declared), (args) => {
          let result: unknown;
          try {
            result = fn(...args);
          } catch (error) {
            if (!(error instanceof CustomFunctionsError))
              throw new Error(`${id} threw a non-Excel error: ${String(error)}`);
            if (!ALLOWED_CODES.has(error.code)) throw new Error(`${id} threw ${error.code}`);
            if (error.code !== "#NUM!" && error.message.length < 10)
              throw new Error(`${id} ${error.code} without a message`);
            counts.errors++;
            return;
          }
          if (!isAcceptable(result)) throw new Error(`${id} returned ${String(result)}`);
          counts.results++;
        }),
        { numRuns: RUNS_PER_FUNCTION }
      );
      expect(counts.results + counts.errors).toBe(RUNS_PER_FUNCTION);
      // The fuzz must reach both outcomes, or it is not exploring the function.
      expect(counts.results).toBeGreaterThan(0);
      expect(counts.errors).toBeGreaterThan(0);
    }
  );
});

describe("fuzz oracle", () => {
  it("rejects the outcomes the fuzz exists to catch", () => {
    expect(isAcceptable(NaN)).toBe(false);
    expect(isAcceptable(Infinity)).toBe(false);
    expect(isAcceptable(undefined)).toBe(false);
    expect(isAcceptable([[1, NaN]])).toBe(false);
    expect(isAcceptable([])).toBe(false);
    expect(isAcceptable([["Period", 1]])).toBe(true);
    expect(isAcceptable(0)).toBe(true);
  });
});
