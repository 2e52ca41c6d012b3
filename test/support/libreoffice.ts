/**
 * LibreOffice as a second spreadsheet engine: recalculates a batch of .xlsx files in one headless run and
 * reads the values it stored. LibreOffice keeps the cached values of OOXML files by default
 * (OOXMLRecalcMode 1, "never"), so the run uses a throwaway profile that sets it to 0 ("always").
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

/** Debian's soffice (apt-get install libreoffice-calc-nogui), or SOFFICE_PATH; undefined when there is none. */
export function sofficePath(): string | undefined {
  return [process.env.SOFFICE_PATH, "/usr/bin/soffice", "/usr/bin/libreoffice"].find(
    (candidate) => candidate && fs.existsSync(candidate)
  );
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Has LibreOffice open every file in `files`, recalculate it in full and save it as .xlsx into `outDir`
 * (same base names): one soffice start for the whole batch. Returns the paths written.
 */
export function recalculateWithLibreOffice(
  soffice: string,
  files: readonly string[],
  outDir: string
): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "tokenomics-lo-profile-"));
  try {
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    fs.mkdirSync(outDir, { recursive: true });
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...files,
      ],
      { stdio: "pipe", timeout: 600_000 }
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const written = files.map((file) => path.join(outDir, path.basename(file)));
  const missing = written.filter((file) => !fs.existsSync(file));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}`);
  return written;
}

/** A stored value as read back: a number, text, a truth value, an error such as "#NUM!", or null. */
export type StoredValue = number | string | boolean | null;

/** Every defined name of the workbook → the value stored in the cell it points at. */
export async function valuesByName(file: string): Promise<Map<string, StoredValue>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values = new Map<string, StoredValue>();
  for (const { name, ranges } of definedNameModel(workbook)) {
    const [range] = ranges;
    if (range === undefined) continue;
    const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range);
    if (!match) continue;
    const sheet = workbook.getWorksheet(match[1]!.replace(/''/g, "'"));
    if (!sheet) continue;
    values.set(name, storedValue(sheet.getCell(`${match[2]}${match[3]}`)));
  }
  return values;
}

function definedNameModel(workbook: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
}

/**
 * A cell's stored value. A formula cell's result comes from `cell.result`: exceljs's `cell.value` leaves
 * out a result that is 0 or false.
 */
export function storedValue(cell: ExcelJS.Cell): StoredValue {
  const value: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "error" in value)
    return String((value as { error: unknown }).error);
  return String(value);
}
