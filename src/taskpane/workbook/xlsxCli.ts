/**
 * `npm run export`: the standalone workbook from the command line. Arguments are checked by the rules the
 * custom functions use, with their messages; the file is written only where nothing exists yet, unless
 * --force. The file system and the clock come in as `ExportIo` (scripts/export.js gives node's), so this
 * module stays free of node imports and is tested as it runs.
 */
import { MESSAGES, RULES, TokenomicsInputError, checked } from "../../core";
import type { Rule } from "../../core";
import { findPlatform } from "../../presets";
import { fieldProblems } from "../model/fields";
import type { NumberFieldKey } from "../model/fields";
import { defaultInputs } from "../model/inputs";
import type { CalculatorInputs } from "../model/inputs";
import { DEFAULT_COMMISSIONING_QUARTERS } from "./buildOutRows";
import { NATIVE_BUILDOUT_QUARTERS, defaultBuildOutPlan } from "./nativeBuildOut";
import { standaloneWorkbook } from "./xlsxExport";
import type { StandaloneVariant } from "./xlsxExport";

export interface ExportIo {
  readonly exists: (path: string) => boolean;
  /** Writes the file, creating nothing else; throws when it cannot (no such folder, no permission). */
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Today as an ISO date. */
  readonly today: string;
}

/** A numeric option: its flag, the calculator field it sets, the parameter name and rule the functions use. */
interface NumberOption {
  readonly flag: string;
  readonly key: NumberFieldKey;
  readonly parameter: string;
  readonly rule: Rule;
  readonly help: string;
}

const NUMBER_OPTIONS: readonly NumberOption[] = [
  {
    flag: "--gpus",
    key: "gpuCount",
    parameter: "gpuCount",
    rule: RULES.fleetGpuCount,
    help: "GPUs in the fleet (default 72)",
  },
  {
    flag: "--price",
    key: "usdPerMillionTokens",
    parameter: "usdPerMillionTokens",
    rule: RULES.positivePrice,
    help: "token price, USD per million tokens (default 1.1)",
  },
  {
    flag: "--utilization",
    key: "utilization",
    parameter: "utilization",
    rule: RULES.utilization,
    help: "share of hours serving, 0-1",
  },
  {
    flag: "--years",
    key: "years",
    parameter: "years",
    rule: RULES.years,
    help: "horizon in years, fractions allowed (default 3)",
  },
  {
    flag: "--interactivity",
    key: "tokensPerSecondPerUser",
    parameter: "tokensPerSecondPerUser",
    rule: RULES.tokensPerSecond,
    help: "output tokens/s per user (default: the platform's first measured point)",
  },
  {
    flag: "--discount-rate",
    key: "discountRate",
    parameter: "discountRate",
    rule: RULES.discountRate,
    help: "annual discount rate as a decimal",
  },
  {
    flag: "--price-change",
    key: "annualPriceChange",
    parameter: "annualPriceChange",
    rule: RULES.annualChange,
    help: "yearly change in token price as a decimal (-0.3 = 30% lower each year)",
  },
];

export const USAGE = [
  "Usage: npm run export -- --platform GB200 --out model.xlsx [options]",
  "Writes the token-economics model as a standalone .xlsx in ordinary Excel formulas.",
  "  --platform ID      a platform preset (B200, GB200, MI355X, ...)",
  "  --out FILE         where to write the workbook",
  ...NUMBER_OPTIONS.map((option) => `  ${`${option.flag} N`.padEnd(19)}${option.help}`),
  "  --variant V        lifecycle (the annual model, default) or buildout (the quarterly build-out)",
  `  --deliveries LIST  buildout: GPUs delivered per quarter, comma-separated (at most ${NATIVE_BUILDOUT_QUARTERS}; default --gpus over the first year)`,
  `  --lag N            buildout: whole quarters from delivery to service (default ${DEFAULT_COMMISSIONING_QUARTERS})`,
  "  --no-cached-values write formulas only (every engine computes them on open)",
  "  --force            overwrite FILE if it exists",
].join("\n");

export interface ExportArgs {
  readonly inputs: CalculatorInputs;
  readonly out: string;
  readonly force: boolean;
  readonly cachedValues: boolean;
  readonly variant: StandaloneVariant;
}

/** The build-out's own options, read as SCHEDULE reads gpusAdded and commissioningPeriods. */
function buildOutOption(flag: string, value: string): number[] | number {
  const asNumber = (text: string, parameter: string, rule: Rule): number => {
    const trimmed = text.trim();
    const number: unknown =
      trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
    return checked(number as number, parameter, rule);
  };
  if (flag === "--lag") return asNumber(value, "commissioningPeriods", RULES.commissioningPeriods);
  const deliveries = value.split(",").map((text) => asNumber(text, "gpusAdded", RULES.gpuCount));
  if (deliveries.length > NATIVE_BUILDOUT_QUARTERS)
    throw new TokenomicsInputError(
      "outOfRange",
      "gpusAdded",
      MESSAGES.rowTooLong("gpusAdded", deliveries.length, NATIVE_BUILDOUT_QUARTERS)
    );
  return deliveries;
}

export type Parsed =
  | { readonly ok: true; readonly args: ExportArgs }
  | { readonly ok: false; readonly message: string; readonly help?: boolean };

/** A number as the functions read one: text that is no number stays text, so the message says so. */
function numberArgument(text: string, option: NumberOption): number {
  const trimmed = text.trim();
  const value: unknown =
    trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
  return checked(value as number, option.parameter, option.rule);
}

/** The command line → the export's inputs, or the first thing wrong with it. */
export function parseExportArgs(argv: readonly string[]): Parsed {
  let platform: string | undefined;
  let out: string | undefined;
  let force = false;
  let cachedValues = true;
  let variantName = "lifecycle";
  let deliveries: number[] | undefined;
  let lag: number | undefined;
  const numbers = new Map<NumberOption, number>();
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]!;
    if (flag === "--help" || flag === "-h") return { ok: false, message: USAGE, help: true };
    if (flag === "--force") {
      force = true;
      continue;
    }
    if (flag === "--no-cached-values") {
      cachedValues = false;
      continue;
    }
    const value = argv[index + 1];
    const option = NUMBER_OPTIONS.find((candidate) => candidate.flag === flag);
    const own = ["--platform", "--out", "--variant", "--deliveries", "--lag"];
    if (!own.includes(flag) && option === undefined)
      return { ok: false, message: `Unknown option ${flag}.\n${USAGE}` };
    if (value === undefined || value.startsWith("--"))
      return { ok: false, message: `${flag} needs a value.` };
    index++;
    if (flag === "--platform") platform = value;
    else if (flag === "--out") out = value;
    else if (flag === "--variant") {
      if (value !== "lifecycle" && value !== "buildout")
        return { ok: false, message: `--variant must be lifecycle or buildout (got ${value}).` };
      variantName = value;
    } else if (flag === "--deliveries" || flag === "--lag") {
      try {
        const read = buildOutOption(flag, value);
        if (Array.isArray(read)) deliveries = read;
        else lag = read;
      } catch (error) {
        if (error instanceof TokenomicsInputError)
          return { ok: false, message: `${flag}: ${error.message}` };
        throw error;
      }
    } else if (option !== undefined) {
      try {
        numbers.set(option, numberArgument(value, option));
      } catch (error) {
        if (error instanceof TokenomicsInputError)
          return { ok: false, message: `${option.flag}: ${error.message}` };
        throw error;
      }
    }
  }
  if (platform === undefined) return { ok: false, message: `--platform is required.\n${USAGE}` };
  if (out === undefined) return { ok: false, message: `--out is required.\n${USAGE}` };
  const found = findPlatform(platform);
  if (!found.ok) return { ok: false, message: `--platform: ${found.reason}` };
  let inputs: CalculatorInputs = defaultInputs(found.value.id);
  for (const [option, value] of numbers) inputs = { ...inputs, [option.key]: value };
  // What the pane would flag next to a field (a price nobody publishes, say) stops the export too.
  const problems = [...fieldProblems(inputs)].map(([key, message]) => `${key}: ${message}`);
  if (problems.length > 0) return { ok: false, message: problems.join("\n") };
  if (variantName !== "buildout" && (deliveries !== undefined || lag !== undefined))
    return { ok: false, message: "--deliveries and --lag need --variant buildout." };
  const defaults = defaultBuildOutPlan(inputs);
  const variant: StandaloneVariant =
    variantName === "buildout"
      ? {
          kind: "buildout",
          plan: {
            ...defaults,
            deliveries: deliveries ?? defaults.deliveries,
            commissioningQuarters: lag ?? defaults.commissioningQuarters,
          },
        }
      : { kind: "lifecycle" };
  return { ok: true, args: { inputs, out, force, cachedValues, variant } };
}

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: "its folder does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a folder",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
};

/** Why a file could not be written, in words, with the system's code. */
function writeFailure(error: unknown): string {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as {
    code?: string;
    message?: string;
  };
  const words = code === undefined ? undefined : WRITE_FAILURES[code];
  if (words !== undefined) return `${words} (${code})`;
  return message ?? String(error);
}

/** Runs the export; the exit code: 0 written, 1 refused or failed, 2 bad arguments. */
export async function runExport(argv: readonly string[], io: ExportIo): Promise<number> {
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.out(parsed.message);
      return 0;
    }
    io.err(parsed.message);
    return 2;
  }
  const { inputs, out, force, cachedValues, variant } = parsed.args;
  if (!force && io.exists(out)) {
    io.err(`${out} exists: not overwritten. Pass --force to replace it.`);
    return 1;
  }
  const workbook = await standaloneWorkbook(
    inputs,
    io.today,
    { cachedResults: cachedValues },
    variant
  );
  if (!workbook.ok) {
    io.err(`No workbook: ${workbook.reason}`);
    return 1;
  }
  try {
    io.writeFile(out, workbook.value.bytes);
  } catch (error) {
    io.err(`Cannot write ${out}: ${writeFailure(error)}`);
    return 1;
  }
  io.out(
    `Wrote ${out} (${workbook.value.bytes.length} bytes): ${inputs.platformId}, ${inputs.gpuCount} GPUs, ` +
      `${inputs.years} years${variant.kind === "buildout" ? ", quarterly build-out" : ""}, ` +
      `native Excel formulas${cachedValues ? " with cached values" : ""}.`
  );
  return 0;
}
