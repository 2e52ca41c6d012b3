import fc from "fast-check";

import { DISTRIBUTION_NAMES, METRICS, MODEL_PARAMETERS } from "../../src/core";
import { PARAMETER_HELP } from "../../src/functions/parameterHelp";
import { PARAMETERS } from "../../src/functions/parameters";
import {
  COST_BASES,
  MODELS,
  PLATFORMS,
  PRECISIONS,
  PRESET_FIELDS,
  WORKLOADS,
} from "../../src/presets";
import type { FunctionMetadata } from "../support/builtBundle";
import { builtMetadata, loadBuiltFunctions } from "../support/builtBundle";
import { CustomFunctionsError } from "../support/customFunctionsRuntime";

/**
 * Fuzz: thousands of random and hostile argument lists thrown at every function the built bundle registers.
 * Whatever comes in, what goes out is a finite number, a table of finite numbers and text, or a
 * CustomFunctions.Error whose code Excel can show — never NaN, Infinity, undefined or another exception.
 */
const RUNS_PER_FUNCTION = 10_000;
/** Runs with range arguments: each call computes many cells, so fewer runs reach as many cells. */
const RANGE_RUNS_PER_FUNCTION = 1_500;
/**
 * Fewer runs where one call is a whole simulation: SIMULATE with trials omitted runs 10,000 trials of the
 * model, so its runs are counted in trials rather than calls.
 */
const RUNS_BY_ID: Readonly<Record<string, { runs: number; rangeRuns: number }>> = {
  SIMULATE: { runs: 3_000, rangeRuns: 1_000 },
};
const ALLOWED_CODES = new Set(["#VALUE!", "#N/A", "#NUM!"]);
/** Error values Excel passes in from cells inside a range (with allowErrorForDataTypeAny). */
const INPUT_ERROR_CODES = ["#DIV/0!", "#N/A", "#NULL!", "#NUM!", "#VALUE!", "#REF!", "#NAME?"];
/** In a result cell an input error may come back as itself (Excel accepts these as results). */
const CELL_CODES = new Set([...ALLOWED_CODES, "#DIV/0!", "#NULL!"]);

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
  costBasis: [...COST_BASES.map((b) => b.field), "owner", "rental"],
  workloads: WORKLOADS.flatMap((w) => [w.id, ...w.aliases]),
  provider: ["DeepSeek", "KeepRouter", "TheRouter", "Crusoe"],
  metric: [...METRICS, "ROIMULTIPLE", " irr "],
  parameter: MODEL_PARAMETERS.map((p) => p.name),
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

// A per-period argument (a row or column of one value per period, as SCHEDULE and CASHFLOWIRR take): a row or a
// column of plausible signed amounts with the odd hostile cell, so cash flows change sign and schedules align.
const periodCell = fc.oneof(
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 8 },
  { arbitrary: fc.integer({ min: 0, max: 64 }), weight: 4 },
  { arbitrary: numberArgument, weight: 1 }
);
const periodRow = fc
  .tuple(fc.array(periodCell, { minLength: 1, maxLength: 24 }), fc.boolean())
  .map(([cells, down]) => (down ? cells.map((cell) => [cell]) : [cells]));

// A date argument: ISO text and Excel serials inside the DeepSeek-R1 history (2025-12-05 to 2026-06-11),
// fromDate early and toDate late so that windows of 90 days and more (SOFTWAREGAIN's answers) are reached,
// with invalid dates (serial 60, Excel's phantom 1900-02-29; 0; impossible days) and hostile values.
function dateArgument(parameter: string): fc.Arbitrary<unknown> {
  const early = fc.oneof(
    fc.constantFrom<unknown>("2025-12-15", "2026-01-15"),
    fc.integer({ min: 46000, max: 46040 })
  );
  const late = fc.oneof(
    fc.constantFrom<unknown>("2026-04-15", "2026-06-11"),
    fc.integer({ min: 46120, max: 46200 })
  );
  const inHistory =
    parameter === "fromDate" ? early : parameter === "toDate" ? late : fc.oneof(early, late);
  return fc.oneof(
    { arbitrary: inHistory, weight: 10 },
    // asOfDate is optional: omitted, THROUGHPUT reads today's values.
    { arbitrary: fc.constant<unknown>(null), weight: parameter === "asOfDate" ? 10 : 0 },
    {
      arbitrary: fc.constantFrom<unknown>(60, 0, 59, 61, 2958466, "2026-02-30", "45658"),
      weight: 1,
    },
    { arbitrary: numberArgument, weight: 1 }
  );
}

// Tables of the decision functions: mostly valid (the vendor claim's model with its lifecycle inputs,
// sorted distribution values, valid correlation matrices), with hostile cells, blank rows, unknown names
// and duplicates mixed in, so both "computes" and "names the row" are reached.
const MODEL_NAMES = MODEL_PARAMETERS.map((p) => p.name);
const VALID_INPUTS: readonly (readonly [string, number])[] = [
  ["investmentUsd", 5e6],
  ["years", 3],
  ["tokensPerSecond", 720000],
  ["usdPerMillionTokens", 1.1],
  ["utilization", 0.7],
  ["annualOperatingCostUsd", 1.2e6],
  ["annualPriceChange", -0.5],
  ["annualThroughputGain", 0.3],
  ["discountRate", 0.1],
];
const tableCell = fc.oneof(
  { arbitrary: plausibleNumber, weight: 4 },
  { arbitrary: numberArgument, weight: 2 },
  { arbitrary: fc.constantFrom<unknown>(...MODEL_NAMES, ...DISTRIBUTION_NAMES), weight: 1 }
);
const nameCell = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(...MODEL_NAMES), weight: 8 },
  { arbitrary: tableCell, weight: 1 }
);
/** Mostly the row as given; now and then a hostile cell, or a blank row. */
function spoiled(row: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { arbitrary: row, weight: 12 },
    {
      arbitrary: fc
        .tuple(row, fc.nat(5), tableCell)
        .map(([cells, at, cell]) => cells.map((c, i) => (i === at ? cell : c))),
      weight: 1,
    },
    { arbitrary: row.map((cells) => cells.map(() => null)), weight: 1 }
  );
}
const inputsTable = fc
  .tuple(
    fc.subarray([...VALID_INPUTS], { minLength: 3 }),
    fc.array(spoiled(fc.tuple(nameCell, tableCell)), { maxLength: 2 })
  )
  .chain(([valid, extra]) =>
    fc.tuple(...valid.map((row) => spoiled(fc.constant([...row]))), fc.constant(extra))
  )
  .map((parts) => {
    const extra = parts[parts.length - 1] as unknown[][];
    return [...(parts.slice(0, -1) as unknown[][]), ...extra];
  });
const sorted = (count: number): fc.Arbitrary<number[]> =>
  fc
    .array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), plausibleNumber), {
      minLength: count,
      maxLength: count,
    })
    .map((values) => [...values].sort((a, b) => a - b));
const lowHighTable = fc.array(
  spoiled(fc.tuple(nameCell, sorted(2)).map(([name, [low, high]]) => [name, low, high])),
  { minLength: 1, maxLength: 4 }
);
const uncertainRow = fc
  .tuple(nameCell, fc.constantFrom<unknown>(...DISTRIBUTION_NAMES, "PERT", "Normal"), sorted(3))
  .map(([name, kind, values]) =>
    String(kind).toLowerCase() === "normal"
      ? [name, kind, values[1], values[0]]
      : [name, kind, ...values]
  );
const uncertainTable = fc.array(spoiled(uncertainRow), { minLength: 1, maxLength: 3 });
const scenariosTable = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(nameCell, { minLength: 1, maxLength: 3 }))
  .chain(([columns, names]) =>
    fc
      .tuple(
        ...names.map((name) =>
          fc
            .array(fc.oneof(tableCell, fc.constant<unknown>(null)), {
              minLength: columns,
              maxLength: columns,
            })
            .map((cells) => [name, ...cells])
        )
      )
      .map((rows) => [["", ...Array.from({ length: columns }, (_, i) => `S${i + 1}`)], ...rows])
  );
const correlationsTable = fc.oneof(
  fc.constant<unknown>(null),
  fc.double({ min: -1, max: 1, noNaN: true }).map((r) => [
    [1, r],
    [r, 1],
  ]),
  fc.constant<unknown>([[1]]),
  fc.array(fc.array(tableCell, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 })
);
const statisticsTable = fc.oneof(
  fc.constant<unknown>(null),
  fc.integer({ min: 0, max: 50 }),
  fc
    .tuple(
      fc.constantFrom<unknown>("bins", "threshold", "sampling", "colour"),
      fc.oneof(tableCell, fc.constantFrom<unknown>("latin", "random"))
    )
    .map((row) => [row])
);
const TABLES: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  inputs: inputsTable,
  lowHigh: lowHighTable,
  uncertain: uncertainTable,
  scenarios: scenariosTable,
  correlations: correlationsTable,
  statistics: statisticsTable,
};
function tableArgument(name: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: TABLES[name] ?? inputsTable, weight: 12 },
    { arbitrary: numberArgument, weight: 1 }
  );
}

/** A parameter's argument of its declared kind (parameters.ts): matrix parameters are typed `any`. */
function typedArgument(name: string): fc.Arbitrary<unknown> {
  const declared = (PARAMETERS as Record<string, { kind: string } | undefined>)[name];
  const help = (PARAMETER_HELP as Record<string, string | undefined>)[name] ?? "";
  if (declared?.kind === "date") return dateArgument(name);
  if (declared?.kind === "table") return tableArgument(name);
  // A simulation's trials: mostly few, so thousands of runs stay quick (omitted is 10,000).
  if (name === "trials")
    return fc.oneof(
      { arbitrary: fc.integer({ min: 2, max: 200 }), weight: 6 },
      { arbitrary: numberArgument, weight: 1 }
    );
  // Interactivities where most platforms are measured (20 to 150 tokens/s per user), so lookups are reached
  // on both sides of "measured here" as often as the other arguments allow.
  if (name === "tokensPerSecondPerUser")
    return fc.oneof(
      { arbitrary: fc.double({ min: 20, max: 150, noNaN: true }), weight: 1 },
      { arbitrary: numberArgument, weight: 1 }
    );
  if (declared?.kind === "number" && /row or (one )?column/.test(help))
    return fc.oneof({ arbitrary: periodRow, weight: 3 }, { arbitrary: numberArgument, weight: 1 });
  return declared?.kind === "number" ? numberArgument : textArgument(name);
}

/** Argument lists shaped like the declared parameters (right kinds, mostly), then cut or padded at random. */
function argumentLists(f: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const typed = f.parameters.map((p) => typedArgument(p.name));
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

// Ranges as Excel passes them, and as a JavaScript caller might: grids of mixed cells (numbers, names, text,
// booleans, blanks, error values), ragged rows, 1-D rows, empty ranges, and ranges far over the limit.
const errorCell = fc
  .constantFrom(...INPUT_ERROR_CODES)
  .map((code) => new CustomFunctionsError(code, `${code} in a cell`));
/** 1,000 × 1,000 cells, built once: a whole-column selection's worth, refused before any cell is computed. */
const MILLION_CELLS: unknown[][] = Array.from({ length: 1000 }, () => new Array(1000).fill(1));
/** One row just over the result limit: for a repeating list (PRESETS' fields), read name by name. */
const OVER_LIMIT_ROW: unknown[][] = [new Array(100_001).fill("hbmGb")];
function rangeArgument(cell: fc.Arbitrary<unknown>, repeating: boolean): fc.Arbitrary<unknown> {
  const mixedCell = fc.oneof(
    { arbitrary: cell, weight: 8 },
    { arbitrary: errorCell, weight: 1 },
    { arbitrary: fc.constantFrom<unknown>(null, "", 0, true), weight: 1 }
  );
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(mixedCell, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
    );
  return fc.oneof(
    { arbitrary: cell, weight: 4 },
    { arbitrary: mixedCell.map((c) => [[c]]), weight: 3 },
    { arbitrary: grid, weight: 4 },
    { arbitrary: fc.array(fc.array(mixedCell, { maxLength: 3 }), { maxLength: 3 }), weight: 2 },
    { arbitrary: fc.array(mixedCell, { maxLength: 3 }), weight: 1 },
    {
      arbitrary: fc.constantFrom<unknown>([], [[]], repeating ? OVER_LIMIT_ROW : MILLION_CELLS),
      weight: 1,
    }
  );
}

/** Argument lists where any argument may be a range, cut at random as Excel cuts omitted trailing ones. */
function rangeArgumentLists(f: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const ranged = f.parameters.map((p) =>
    rangeArgument(typedArgument(p.name), Boolean((p as { repeating?: boolean }).repeating))
  );
  return fc
    .tuple(fc.tuple(...ranged), fc.integer({ min: 0, max: f.parameters.length }), fc.boolean())
    .map(([args, cut, truncate]) => (truncate ? args.slice(0, cut) : args));
}

/** An error in a result cell: a code Excel shows, with a message where Excel shows one. */
function isAcceptableError(error: unknown, codes: ReadonlySet<string>): boolean {
  if (!(error instanceof CustomFunctionsError) || !codes.has(error.code)) return false;
  return error.code === "#NUM!" || error.message.length >= 10;
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
        (cell) =>
          typeof cell === "string" ||
          (typeof cell === "number" && Number.isFinite(cell)) ||
          isAcceptableError(cell, CELL_CODES)
      )
  );
}

describe("fuzz: every registered function, hostile arguments", () => {
  const { byId } = loadBuiltFunctions();
  const metadata = builtMetadata();

  it.each(metadata.map((f) => [f.id, RUNS_BY_ID[f.id]?.runs ?? RUNS_PER_FUNCTION, f] as const))(
    "%s answers %d argument lists with a finite result or an Excel error",
    (id, runs, declared) => {
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
        { numRuns: runs }
      );
      expect(counts.results + counts.errors).toBe(runs);
      // The fuzz must reach both outcomes, or it is not exploring the function.
      expect(counts.results).toBeGreaterThan(0);
      expect(counts.errors).toBeGreaterThan(0);
    }
  );
});

describe("fuzz: every registered function, range arguments (ragged, mixed, oversized)", () => {
  const { byId } = loadBuiltFunctions();
  const metadata = builtMetadata();

  it.each(
    metadata.map((f) => [f.id, RUNS_BY_ID[f.id]?.rangeRuns ?? RANGE_RUNS_PER_FUNCTION, f] as const)
  )(
    "%s answers %d range argument lists with finite cells or Excel errors",
    (id, runs, declared) => {
      const fn = byId.get(id);
      if (!fn) throw new Error(`${id} is in functions.json but not registered`);
      const counts = { spills: 0, errors: 0 };
      fc.assert(
        fc.property(rangeArgumentLists(declared), (args) => {
          let result: unknown;
          try {
            result = fn(...args);
          } catch (error) {
            if (!isAcceptableError(error, CELL_CODES))
              throw new Error(`${id} threw ${String(error)}`);
            counts.errors++;
            return;
          }
          if (!isAcceptable(result)) throw new Error(`${id} returned ${JSON.stringify(result)}`);
          counts.spills++;
        }),
        { numRuns: runs }
      );
      expect(counts.errors).toBeGreaterThan(0);
      // A function that broadcasts must be reached with spills too; a table function (one value per
      // argument) is refused by nearly every list of ranges, which is the point of fuzzing it with them.
      if (declared.description?.includes("Any argument may be a range"))
        expect(counts.spills).toBeGreaterThan(0);
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
    expect(isAcceptable([[1, new CustomFunctionsError("#N/A", "a message long enough")]])).toBe(
      true
    );
    expect(isAcceptable([[1, new CustomFunctionsError("#N/A", "")]])).toBe(false);
    expect(isAcceptable([[new CustomFunctionsError("#REF!", "not a result code")]])).toBe(false);
    expect(isAcceptable([[1, new Error("a plain error in a cell")]])).toBe(false);
  });
});
