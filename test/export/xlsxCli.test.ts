import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { MESSAGES, RULES } from "../../src/core";
import { parseExportArgs, runExport } from "../../src/taskpane/workbook/xlsxCli";
import type { ExportIo } from "../../src/taskpane/workbook/xlsxCli";

/** Node's file system in a temporary folder, with what the CLI prints recorded. */
function io(): ExportIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    exists: (file) => fs.existsSync(file),
    writeFile: (file, bytes) => fs.writeFileSync(file, bytes),
    out: (line) => void lines.push(line),
    err: (line) => void errors.push(line),
    today: "2026-11-29",
    lines,
    errors,
  };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tokenomics-cli-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function namedValue(file: string, name: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const model = (
    workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
  ).model;
  const match = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(
    model.find((n) => n.name === name)!.ranges[0]!
  );
  return workbook.getWorksheet(match![1]!)!.getCell(`${match![2]}${match![3]}`).value;
}

describe("npm run export", () => {
  describe("argument validation", () => {
    it.each([
      [["--gpus", "0"], `--gpus: ${MESSAGES.rule("gpuCount", RULES.fleetGpuCount.text)}`],
      [
        ["--price", "-1"],
        `--price: ${MESSAGES.rule("usdPerMillionTokens", RULES.positivePrice.text)}`,
      ],
      [
        ["--utilization", "1.5"],
        `--utilization: ${MESSAGES.rule("utilization", RULES.utilization.text)}`,
      ],
      [["--years", "0"], `--years: ${MESSAGES.rule("years", RULES.years.text)}`],
      [["--years", "three"], `--years: ${MESSAGES.notANumber("years", 'text "three"')}`],
    ])("refuses %j with the functions' message", (extra, message) => {
      const parsed = parseExportArgs(["--platform", "GB200", "--out", "m.xlsx", ...extra]);
      expect(parsed).toEqual({ ok: false, message });
    });

    it("names an unknown platform as the PRESET function does", () => {
      const parsed = parseExportArgs(["--platform", "GB2OO", "--out", "m.xlsx"]);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toMatch(/^--platform: .*GB2OO/);
    });

    it.each([
      [["--out", "m.xlsx"], /^--platform is required/],
      [["--platform", "GB200"], /^--out is required/],
      [["--platform", "GB200", "--out"], /^--out needs a value/],
      [["--platform", "GB200", "--out", "m.xlsx", "--colour", "red"], /^Unknown option --colour/],
    ])("refuses %j", (argv, message) => {
      const parsed = parseExportArgs(argv);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toMatch(message);
    });

    it("takes the main inputs over the platform's defaults", () => {
      const parsed = parseExportArgs(
        "--platform b200 --out m.xlsx --gpus 144 --price 2.5 --utilization 0.6 --years 4.5 --force".split(
          " "
        )
      );
      expect(parsed.ok && parsed.args).toMatchObject({
        out: "m.xlsx",
        force: true,
        cachedValues: true,
        inputs: {
          platformId: "B200",
          gpuCount: 144,
          usdPerMillionTokens: 2.5,
          utilization: 0.6,
          years: 4.5,
        },
      });
    });
  });

  describe("the quarterly build-out (--variant buildout)", () => {
    it.each([
      [["--variant", "weekly"], "--variant must be lifecycle or buildout (got weekly)."],
      [
        ["--variant", "buildout", "--deliveries", "10,-2"],
        `--deliveries: ${MESSAGES.rule("gpusAdded", RULES.gpuCount.text)}`,
      ],
      [
        ["--variant", "buildout", "--deliveries", new Array(41).fill("1").join(",")],
        `--deliveries: ${MESSAGES.rowTooLong("gpusAdded", 41, 40)}`,
      ],
      [
        ["--variant", "buildout", "--lag", "1.5"],
        `--lag: ${MESSAGES.rule("commissioningPeriods", RULES.commissioningPeriods.text)}`,
      ],
      [["--lag", "2"], "--deliveries and --lag need --variant buildout."],
    ])("refuses %j with the functions' message", (extra, message) => {
      const parsed = parseExportArgs(["--platform", "GB200", "--out", "m.xlsx", ...extra]);
      expect(parsed).toEqual({ ok: false, message });
    });

    it("takes the deliveries and the lag, and phases --gpus over a year by default", () => {
      const given = parseExportArgs(
        "--platform GB200 --out m.xlsx --variant buildout --deliveries 8,0,4 --lag 2".split(" ")
      );
      expect(given.ok && given.args.variant).toEqual({
        kind: "buildout",
        plan: { deliveries: [8, 0, 4], commissioningQuarters: 2, time0CashUsd: 0 },
      });
      const phased = parseExportArgs(
        "--platform GB200 --out m.xlsx --variant buildout --gpus 10 --years 1".split(" ")
      );
      expect(phased.ok && phased.args.variant).toEqual({
        kind: "buildout",
        plan: { deliveries: [3, 3, 2, 2], commissioningQuarters: 1, time0CashUsd: 0 },
      });
    });

    it("writes the build-out workbook in native formulas", async () => {
      const out = path.join(dir, "buildout.xlsx");
      const console = io();
      const argv = ["--platform", "GB200", "--out", out, "--variant", "buildout"];
      expect(await runExport([...argv, "--deliveries", "8,0,4", "--years", "2"], console)).toBe(0);
      expect(console.lines[0]).toMatch(/quarterly build-out/);
      expect(await namedValue(out, "Quarters")).toBe(8);
      expect(await namedValue(out, "CommissioningQuarters")).toBe(1);
      const fleet = (await namedValue(out, "FleetGpus")) as { formula: string; result: number };
      expect(fleet.formula).toMatch(/^SUMIFS\(/);
      expect(fleet.result).toBe(12);
    });
  });

  describe("writing the file", () => {
    it("writes the workbook with the inputs given, exit code 0", async () => {
      const out = path.join(dir, "model.xlsx");
      const console = io();
      const code = await runExport(["--platform", "GB200", "--out", out, "--gpus", "144"], console);
      expect(code).toBe(0);
      expect(console.errors).toEqual([]);
      expect(console.lines[0]).toMatch(/^Wrote .*model\.xlsx \(\d+ bytes\): GB200, 144 GPUs/);
      expect(await namedValue(out, "GpuCount")).toBe(144);
    });

    it("never overwrites an existing file without --force, and does with it", async () => {
      const out = path.join(dir, "model.xlsx");
      fs.writeFileSync(out, "keep me");
      const refused = io();
      expect(await runExport(["--platform", "GB200", "--out", out], refused)).toBe(1);
      expect(refused.errors).toEqual([
        `${out} exists: not overwritten. Pass --force to replace it.`,
      ]);
      expect(fs.readFileSync(out, "utf8")).toBe("keep me");
      expect(await runExport(["--platform", "GB200", "--out", out, "--force"], io())).toBe(0);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    });

    it("says clearly when the path cannot be written, exit code 1", async () => {
      const out = path.join(dir, "no-such-folder", "model.xlsx");
      const console = io();
      expect(await runExport(["--platform", "GB200", "--out", out], console)).toBe(1);
      expect(console.errors[0]).toMatch(
        /^Cannot write .*no-such-folder.*model\.xlsx: its folder does not exist \(ENOENT\)$/
      );
    });

    it("exits 2 on bad arguments, 0 with the usage on --help", async () => {
      const bad = io();
      expect(await runExport(["--platform", "GB200", "--out", "x.xlsx", "--gpus", "-3"], bad)).toBe(
        2
      );
      expect(bad.errors[0]).toMatch(/^--gpus: gpuCount must be/);
      const help = io();
      expect(await runExport(["--help"], help)).toBe(0);
      expect(help.lines[0]).toMatch(/^Usage: npm run export -- --platform GB200 --out model\.xlsx/);
    });

    it("writes formulas only with --no-cached-values", async () => {
      const out = path.join(dir, "formulas.xlsx");
      expect(
        await runExport(["--platform", "GB200", "--out", out, "--no-cached-values"], io())
      ).toBe(0);
      expect(await namedValue(out, "NpvUsd")).toEqual({ formula: expect.stringMatching(/NPV/) });
    });
  });

  describe("as npm runs it", () => {
    // Builds the node exporter once (webpack) and runs scripts/export.js as `npm run export` does.
    const root = path.resolve(__dirname, "..", "..");
    beforeAll(() => {
      execFileSync(
        process.execPath,
        [require.resolve("webpack-cli/bin/cli.js"), "--config", "scripts/export.webpack.config.js"],
        { cwd: root, stdio: "pipe" }
      );
    }, 180_000);

    it("writes model.xlsx and exits 0; refuses to overwrite it with exit code 1", () => {
      const out = path.join(dir, "model.xlsx");
      const run = (): ReturnType<typeof spawnSync> =>
        spawnSync(process.execPath, ["scripts/export.js", "--platform", "GB200", "--out", out], {
          cwd: root,
          encoding: "utf8",
        });
      const first = run();
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^Wrote /);
      const second = run();
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/exists: not overwritten/);
    });

    it("exits 2 with the functions' message on an input out of range", () => {
      const result = spawnSync(
        process.execPath,
        [
          "scripts/export.js",
          "--platform",
          "GB200",
          "--out",
          path.join(dir, "m.xlsx"),
          "--utilization",
          "2",
        ],
        { cwd: root, encoding: "utf8" }
      );
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(
        `--utilization: ${MESSAGES.rule("utilization", RULES.utilization.text)}`
      );
      expect(fs.existsSync(path.join(dir, "m.xlsx"))).toBe(false);
    });
  });
});
