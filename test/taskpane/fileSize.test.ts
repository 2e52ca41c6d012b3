import * as fs from "fs";
import * as path from "path";

/**
 * The pane stays small views around one state: a file that outgrows this limit is a view or a writer that
 * wants splitting (CONTRIBUTING.md, "add a pane view").
 */
const MAX_LINES = 300;
const PANE = path.resolve(__dirname, "../../src/taskpane");

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

describe("src/taskpane", () => {
  it(`keeps every file at most ${MAX_LINES} lines`, () => {
    const files = sourceFiles(PANE);
    expect(files.length).toBeGreaterThan(10);
    const long = files
      .map((file) => ({
        file: path.relative(PANE, file),
        lines: fs.readFileSync(file, "utf8").split("\n").length - 1,
      }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
