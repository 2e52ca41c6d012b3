/**
 * The standalone workbook, recalculated by a spreadsheet engine nobody on this team wrote: every output
 * LibreOffice computes from the exported native formulas must equal the core model's. Many random input
 * sets (fast-check) plus fixed cases, each written with and without cached values, all recalculated in ONE
 * headless LibreOffice run (a throwaway profile forces recalculation on load), then read back.
 *
 * Left out with a warning where LibreOffice is absent (apt-get install libreoffice-calc-nogui); with
 * CI=true it must run.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { MESSAGES } from "../../src/core";
import { defaultInputs } from "../../src/taskpane/model/inputs";
import type { CalculatorInputs, CostBasis } from "../../src/taskpane/model/inputs";
import type { Block } from "../../src/taskpane/workbook/block";
import type { ModelContext } from "../../src/taskpane/workbook/modelRows";
import {
  INPUT_CHECK_NAME,
  NATIVE_HORIZON_YEARS,
  nativeModelOutputs,
  nativeModelSheet,
} from "../../src/taskpane/workbook/nativeModel";
import type { NativeOutput } from "../../src/taskpane/workbook/nativeModel";
import {
  NATIVE_BUILDOUT_QUARTERS,
  defaultBuildOutPlan,
  nativeBuildOutOutputs,
  nativeBuildOutSheet,
} from "../../src/taskpane/workbook/nativeBuildOut";
import type { BuildOutPlan } from "../../src/taskpane/workbook/nativeBuildOut";
import { xlsxBytes } from "../../src/taskpane/workbook/xlsxWriter";
import { PLATFORM_IDS } from "../support/fixtures";
import { recalculateWithLibreOffice, sofficePath, valuesByName } from "../support/libreoffice";
import type { StoredValue } from "../support/libreoffice";
import { isClose } from "../support/tolerance";

const soffice = sofficePath();
const run = soffice !== undefined || process.env.CI === "true";
if (!run) {
  console.warn(
    "\n[tokenomics] LibreOffice tests left out: soffice not found. Install it (sudo apt-get install -y libreoffice-calc-nogui) or set SOFFICE_PATH.\n"
  );
}

/** How many random input sets; each is written twice (with and without cached values). */
const RANDOM_CASES = 40;
/** How many random quarterly build-outs, also written twice, in the same LibreOffice run. */
const RANDOM_BUILDOUT_CASES = 12;
/** Every output within 1e-9 relative, with an absolute floor for values near 0; IRR within 1e-7. */
const RELATIVE = 1e-9;
const ABSOLUTE = 1e-6;
const IRR_RELATIVE = 1e-7;

interface Case {
  readonly label: string;
  readonly inputs: CalculatorInputs;
  readonly context: ModelContext;
  /** Set in the file after writing, without cached values, so only the engine's recalculation can be right. */
  readonly editAfterExport?: { readonly name: string; readonly value: number };
  /** A quarterly build-out (nativeBuildOutSheet) with this plan, instead of the lifecycle model. */
  readonly buildOut?: BuildOutPlan;
}

/** The case's sheet for `inputs`: the lifecycle model, or the build-out with the case's plan. */
function sheetOf(kase: Case, inputs: CalculatorInputs = kase.inputs): Block {
  return kase.buildOut
    ? nativeBuildOutSheet(inputs, kase.context, kase.buildOut)
    : nativeModelSheet(inputs, kase.context);
}

function outputsOf(kase: Case, block: Block): NativeOutput[] {
  return kase.buildOut ? nativeBuildOutOutputs(block) : nativeModelOutputs(block);
}

function context(tokensPerSecondPerGpu: number): ModelContext {
  return {
    platformDisplayName: "test",
    tokensPerSecondPerGpu,
    throughputSource: "test",
    insertedOn: "2026-11-29",
  };
}

/** Built-up cost: capex, power and hosting given, so every input is the test's own. */
function built(patch: Partial<CalculatorInputs>): CalculatorInputs {
  return {
    ...defaultInputs("GB200"),
    costBasis: "build",
    capexPerGpu: 40_000,
    lifeYears: 5,
    costOfCapital: 0.08,
    powerKwPerGpu: 1.8,
    usdPerKwh: 0.08,
    pue: 1.3,
    opexPerGpuYear: 3000,
    annualPriceChange: 0,
    annualThroughputGain: 0,
    discountRate: 0.1,
    ...patch,
  };
}

const FIXED: Case[] = [
  {
    // README: "a $5 million investment in GB200 NVL72 generates $75 million": 72 GPUs, 10,000 tokens/s each.
    label: "vendor claim",
    inputs: built({
      gpuCount: 72,
      capexPerGpu: 5_000_000 / 72,
      years: 3,
      usdPerMillionTokens: 1.1,
      utilization: 1,
      powerKwPerGpu: 1.8,
      usdPerKwh: 0,
      opexPerGpuYear: 0,
    }),
    context: context(10_000),
  },
  {
    label: "vendor claim, CFO's questions",
    inputs: built({
      gpuCount: 72,
      capexPerGpu: 5_000_000 / 72,
      years: 3,
      usdPerMillionTokens: 1.1,
      utilization: 0.7,
      usdPerKwh: 0,
      opexPerGpuYear: 1_200_000 / 72,
      annualPriceChange: -0.5,
      annualThroughputGain: 0.3,
    }),
    context: context(10_000),
  },
  {
    label: "loss-making: never pays back, no IRR",
    inputs: built({ usdPerMillionTokens: 0.001, years: 4 }),
    context: context(500),
  },
  { label: "fractional years", inputs: built({ years: 2.5 }), context: context(3000) },
  {
    label: "a month and a bit (monthly payback periods)",
    inputs: built({ years: 0.1, usdPerMillionTokens: 20 }),
    context: context(8000),
  },
  {
    label: "the longest horizon the sheet lays out",
    inputs: built({ years: NATIVE_HORIZON_YEARS, annualPriceChange: -0.2 }),
    context: context(2000),
  },
  {
    label: "preset cost tier (owner TCO)",
    inputs: { ...defaultInputs("B200"), costBasis: "tcoUsdPerGpuHourOwner" },
    context: context(5000),
  },
  {
    label: "utilization edited after export",
    inputs: built({ years: 3, utilization: 0.9 }),
    context: context(4000),
    editAfterExport: { name: "Utilization", value: 0.35 },
  },
  {
    label: "years edited after export",
    inputs: built({ years: 3 }),
    context: context(4000),
    editAfterExport: { name: "Years", value: 7.25 },
  },
];

/** The quarterly build-out: a phased delivery with a lag, a loss-making one, the default plan, an edit. */
const FIXED_BUILDOUT: Case[] = [
  {
    label: "build-out: phased delivery, two-quarter lag, up-front payment, retirements",
    inputs: built({ years: 4, lifeYears: 1.5, usdPerMillionTokens: 3, annualPriceChange: -0.2 }),
    context: context(1000),
    buildOut: {
      deliveries: [8, 0, 4, 2.5, 0, 6],
      commissioningQuarters: 2,
      time0CashUsd: -100_000,
    },
  },
  {
    label: "build-out: loss-making (never pays back, no IRR)",
    inputs: built({ years: 3, usdPerMillionTokens: 0.001 }),
    context: context(500),
    buildOut: { deliveries: [10, 10], commissioningQuarters: 1, time0CashUsd: 0 },
  },
  {
    label:
      "build-out: the vendor claim phased over a year (the TOKENOMICS build-out's default plan)",
    inputs: FIXED[0]!.inputs,
    context: context(10_000),
    buildOut: defaultBuildOutPlan(FIXED[0]!.inputs),
  },
  {
    label: "build-out: ten years, every quarter of the table",
    inputs: built({ years: 10, annualThroughputGain: 0.3, annualPriceChange: -0.3 }),
    context: context(3000),
    buildOut: {
      deliveries: Array.from({ length: NATIVE_BUILDOUT_QUARTERS }, (_, q) =>
        q % 3 === 0 ? 16 : 0
      ),
      commissioningQuarters: 0,
      time0CashUsd: -2_000_000,
    },
  },
  {
    label: "build-out: token price edited after export",
    inputs: built({ years: 5 }),
    context: context(2000),
    buildOut: { deliveries: [20, 20, 10], commissioningQuarters: 1, time0CashUsd: 0 },
    editAfterExport: { name: "UsdPerMillionTokens", value: 0.45 },
  },
];

const TIERS: CostBasis[] = ["build", "build", "tcoUsdPerGpuHourOwner", "usdPerGpuHourOnDemand"];

/** Inputs anywhere inside the sheet's stated bounds that matter in practice, fractions and losses included. */
const randomCase: fc.Arbitrary<Case> = fc
  .record({
    platformId: fc.constantFrom(...PLATFORM_IDS),
    costBasis: fc.constantFrom(...TIERS),
    gpuCount: fc.integer({ min: 1, max: 200_000 }),
    usdPerMillionTokens: fc.double({ min: 0.001, max: 50, noNaN: true }),
    utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
    years: fc.oneof(
      fc.integer({ min: 1, max: NATIVE_HORIZON_YEARS }),
      fc.double({ min: 0.05, max: NATIVE_HORIZON_YEARS, noNaN: true })
    ),
    capexPerGpu: fc.double({ min: 1000, max: 500_000, noNaN: true }),
    lifeYears: fc.double({ min: 1, max: 10, noNaN: true }),
    costOfCapital: fc.double({ min: 0, max: 0.3, noNaN: true }),
    powerKwPerGpu: fc.double({ min: 0.3, max: 3, noNaN: true }),
    usdPerKwh: fc.double({ min: 0, max: 0.4, noNaN: true }),
    pue: fc.double({ min: 1, max: 2, noNaN: true }),
    opexPerGpuYear: fc.double({ min: 0, max: 30_000, noNaN: true }),
    annualPriceChange: fc.double({ min: -0.8, max: 0.5, noNaN: true }),
    annualThroughputGain: fc.double({ min: -0.3, max: 1, noNaN: true }),
    discountRate: fc.double({ min: -0.5, max: 1, noNaN: true }),
    tokensPerSecondPerGpu: fc.double({ min: 10, max: 50_000, noNaN: true }),
  })
  .map(({ platformId, tokensPerSecondPerGpu, ...patch }) => {
    const inputs: CalculatorInputs = { ...defaultInputs(platformId), ...patch };
    return {
      label: `random: ${JSON.stringify({ platformId, tokensPerSecondPerGpu, ...patch })}`,
      inputs,
      context: context(tokensPerSecondPerGpu),
    };
  });

/** A random quarterly build-out within the sheet's bounds: any deliveries, lag, life and horizon. */
const randomBuildOut: fc.Arbitrary<Case> = fc
  .record({
    years: fc.double({ min: 0.25, max: 10, noNaN: true }),
    tokensPerSecondPerGpu: fc.double({ min: 10, max: 30_000, noNaN: true }),
    utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
    usdPerMillionTokens: fc.double({ min: 0.001, max: 20, noNaN: true }),
    capexPerGpu: fc.double({ min: 1000, max: 500_000, noNaN: true }),
    lifeYears: fc.double({ min: 0.25, max: 12, noNaN: true }),
    powerKwPerGpu: fc.double({ min: 0, max: 3, noNaN: true }),
    usdPerKwh: fc.double({ min: 0, max: 0.4, noNaN: true }),
    pue: fc.double({ min: 1, max: 2, noNaN: true }),
    opexPerGpuYear: fc.double({ min: 0, max: 50_000, noNaN: true }),
    annualPriceChange: fc.double({ min: -0.8, max: 0.5, noNaN: true }),
    annualThroughputGain: fc.double({ min: -0.3, max: 1, noNaN: true }),
    discountRate: fc.double({ min: -0.5, max: 1, noNaN: true }),
    deliveries: fc.array(
      fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0.01, max: 100, noNaN: true })
      ),
      { minLength: 1, maxLength: NATIVE_BUILDOUT_QUARTERS }
    ),
    lag: fc.integer({ min: 0, max: 6 }),
    time0: fc.oneof(fc.constant(0), fc.double({ min: -1e7, max: -1000, noNaN: true })),
  })
  .map(({ tokensPerSecondPerGpu, deliveries, lag, time0, ...patch }) => ({
    label: `random build-out: ${JSON.stringify({ tokensPerSecondPerGpu, deliveries, lag, time0, ...patch })}`,
    inputs: built(patch),
    context: context(tokensPerSecondPerGpu),
    buildOut: { deliveries, commissioningQuarters: lag, time0CashUsd: time0 },
  }));

/**
 * A root so near −100% that the core returns exactly −1 a year: IRR takes no guess at −1, so no
 * spreadsheet can start there; the sheet says no rate solves.
 */
const isIrrAtMinusOne = (expected: number | string | null): boolean =>
  typeof expected === "number" && expected === -1;

interface Written {
  readonly kase: Case;
  readonly cached: boolean;
  readonly block: Block;
  readonly file: string;
}

/** The block whose cached results say what the core computes for the file's inputs after any edit. */
function expectedBlock(kase: Case): Block {
  if (!kase.editAfterExport) return sheetOf(kase);
  const keys: Record<string, string> = {
    Utilization: "utilization",
    Years: "years",
    UsdPerMillionTokens: "usdPerMillionTokens",
  };
  const key = keys[kase.editAfterExport.name];
  if (key === undefined) throw new Error(`no input key for ${kase.editAfterExport.name}`);
  return sheetOf(kase, { ...kase.inputs, [key]: kase.editAfterExport.value });
}

async function editInput(file: string, name: string, value: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const model = (
    workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
  ).model;
  const range = model.find((entry) => entry.name === name)?.ranges[0];
  const match = range === undefined ? null : /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(range);
  if (!match) throw new Error(`no cell named ${name}`);
  workbook.getWorksheet(match[1]!)!.getCell(`${match[2]}${match[3]}`).value = value;
  await workbook.xlsx.writeFile(file);
}

function mismatch(
  name: string,
  actual: StoredValue,
  expected: number | string | null
): string | undefined {
  if (name === "Irr" && isIrrAtMinusOne(expected)) {
    if (actual === MESSAGES.noIrr()) return undefined;
    return `${name}: LibreOffice ${String(actual)}, core ${String(expected)} (at −100%: no rate)`;
  }
  if (typeof expected === "number") {
    const relative = name === "Irr" ? IRR_RELATIVE : RELATIVE;
    if (typeof actual === "number" && isClose(actual, expected, relative, ABSOLUTE))
      return undefined;
    return `${name}: LibreOffice ${String(actual)}, core ${expected}`;
  }
  // The core has no number (never pays back, no IRR): the sheet says so in words, never a number. A number
  // inside the words is shown as spreadsheets show one, to 15 significant digits.
  if (typeof actual === "string" && typeof expected === "string" && sameWords(actual, expected))
    return undefined;
  return `${name}: LibreOffice ${String(actual)}, core says "${String(expected)}"`;
}

/** Equal text once every number in it is rounded to the 15 significant digits a spreadsheet shows. */
function sameWords(actual: string, expected: string): boolean {
  const shown = (text: string): string =>
    text.replace(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi, (number) =>
      String(Number(Number(number).toPrecision(15)))
    );
  return shown(actual) === shown(expected);
}

(run ? describe : describe.skip)("standalone workbook recalculated by LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tokenomics-lo-"));
  const written: Written[] = [];
  let results: Map<string, StoredValue>[] = [];
  let seconds = 0;

  beforeAll(async () => {
    if (soffice === undefined)
      throw new Error("CI=true needs LibreOffice: apt-get install libreoffice-calc-nogui");
    const random = fc.sample(randomCase, { numRuns: RANDOM_CASES, seed: 20261129 });
    const randomBuildOuts = fc.sample(randomBuildOut, {
      numRuns: RANDOM_BUILDOUT_CASES,
      seed: 20261130,
    });
    const cases = [...FIXED, ...random, ...FIXED_BUILDOUT, ...randomBuildOuts];
    fs.mkdirSync(path.join(dir, "in"));
    for (const [index, kase] of cases.entries()) {
      for (const cached of [true, false]) {
        // An edited input makes every cached value stale: such a file is written without them.
        if (kase.editAfterExport && cached) continue;
        const block = sheetOf(kase);
        const file = path.join(dir, "in", `case${index}-${cached ? "cached" : "formulas"}.xlsx`);
        fs.writeFileSync(
          file,
          await xlsxBytes([{ name: `Tokenomics ${kase.inputs.platformId}`, block }], {
            cachedResults: cached,
          })
        );
        if (kase.editAfterExport)
          await editInput(file, kase.editAfterExport.name, kase.editAfterExport.value);
        written.push({ kase, cached, block: expectedBlock(kase), file });
      }
    }
    const started = Date.now();
    const outputs = recalculateWithLibreOffice(
      soffice,
      written.map((entry) => entry.file),
      path.join(dir, "out")
    );
    seconds = (Date.now() - started) / 1000;
    console.log(
      `[tokenomics] LibreOffice recalculated ${outputs.length} workbooks in ${seconds.toFixed(1)} s (one run)`
    );
    results = await Promise.all(outputs.map((file) => valuesByName(file)));
  }, 600_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("recalculated every workbook in one run", () => {
    expect(results).toHaveLength(written.length);
    expect(written.length).toBeGreaterThanOrEqual(2 * (RANDOM_CASES + RANDOM_BUILDOUT_CASES));
    expect(written.filter((entry) => entry.kase.buildOut).length).toBeGreaterThanOrEqual(
      2 * RANDOM_BUILDOUT_CASES
    );
  });

  it("computes every output as the core does, from formulas with and without cached values", () => {
    const failures: string[] = [];
    written.forEach((entry, index) => {
      const values = results[index]!;
      const outputs = outputsOf(entry.kase, entry.block);
      if (outputs.length === 0) failures.push(`${entry.kase.label}: no outputs found`);
      for (const output of outputs) {
        const cell = entry.block.cells.find(
          (c) => c.row === output.row && c.column === output.column
        );
        const expected = output.expected ?? (typeof cell?.result === "string" ? cell.result : null);
        const problem = mismatch(output.name, values.get(output.name) ?? null, expected);
        if (problem)
          failures.push(
            `${entry.kase.label} (${entry.cached ? "cached" : "formulas only"}): ${problem}`
          );
      }
    });
    expect(failures).toEqual([]);
  });

  it("finds every input inside the bounds the sheet states", () => {
    const flagged = written
      .map((entry, index) => [entry.kase.label, results[index]!.get(INPUT_CHECK_NAME)] as const)
      .filter(([, check]) => check !== "OK");
    expect(flagged).toEqual([]);
  });

  it("recomputes an input edited after export, where no cached value could be right", () => {
    const edited = written.filter((entry) => entry.kase.editAfterExport);
    expect(edited.length).toBeGreaterThan(0);
    for (const entry of edited) {
      const before = outputsOf(entry.kase, sheetOf(entry.kase));
      const after = outputsOf(entry.kase, entry.block);
      // The edit must move the outputs, or the test could not tell a stale sheet from a recalculated one.
      expect(after.map((o) => o.expected)).not.toEqual(before.map((o) => o.expected));
    }
  });
});
