/**
 * exceljs reaches the pane only when a workbook is exported: webpack splits the dynamic import into its own
 * chunk, so neither the pane's main bundle nor functions.js carries it (docs/decisions/0008). Reads dist/:
 * run `npm run build` first (npm test does).
 */
import * as fs from "fs";
import * as path from "path";

const DIST = path.resolve(__dirname, "..", "..", "dist");
// A message only exceljs's own writer contains.
const EXCELJS_MARK = "Shared Formula master must exist";

function built(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

describe("the built add-in and exceljs", () => {
  it.each(["functions.js", "taskpane.js"])("keeps exceljs out of %s", (file) => {
    expect(built(file)).not.toContain(EXCELJS_MARK);
  });

  it("ships exceljs as a chunk of its own wherever the pane offers the export", () => {
    const offersExport = built("taskpane.js").includes("Download as standalone workbook");
    const chunk = path.join(DIST, "exceljs.js");
    expect(fs.existsSync(chunk)).toBe(offersExport);
    if (offersExport) expect(built("exceljs.js")).toContain(EXCELJS_MARK);
  });
});
