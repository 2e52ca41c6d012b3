import * as fs from "fs";
import * as path from "path";

import { builtMetadata } from "./support/builtBundle";
import { RELEASED_FUNCTION_IDS } from "./support/fixtures";

/**
 * CHANGELOG.md records the public API: each function's current signature must stand in it, so a change to
 * an ID, a parameter's name or the parameters' order cannot ship without a line there.
 */
const CHANGELOG = fs.readFileSync(path.resolve(__dirname, "../CHANGELOG.md"), "utf8");

/** "`ROIMULTIPLE(investmentUsd, [utilization=1], [fields…])`" → ROIMULTIPLE: [investmentUsd, utilization, fields]. */
function recordedSignatures(text: string): Map<string, string[][]> {
  const signatures = new Map<string, string[][]>();
  for (const [, id, list] of text.matchAll(/`([A-Z][A-Z0-9.]*)\(([^`)]*)\)`/g)) {
    const names = (list ?? "")
      .split(",")
      .map((parameter) => parameter.replace(/[[\]…]|=.*$/g, "").trim())
      .filter((name) => name !== "");
    signatures.set(id as string, [...(signatures.get(id as string) ?? []), names]);
  }
  return signatures;
}

describe("CHANGELOG.md", () => {
  const recorded = recordedSignatures(CHANGELOG);

  it("says that function IDs and their parameters are public API", () => {
    expect(CHANGELOG).toMatch(
      /Function IDs, parameter order and parameter meaning[^:]*are public API/
    );
  });

  it("records every released ID", () => {
    for (const id of RELEASED_FUNCTION_IDS) expect([...recorded.keys()]).toContain(id);
  });

  it("records each built function's current parameters, in order", () => {
    for (const f of builtMetadata()) {
      expect({ id: f.id, recorded: recorded.get(f.id) ?? [] }).toEqual({
        id: f.id,
        recorded: expect.arrayContaining([f.parameters.map((p) => p.name)]),
      });
    }
  });

  it("keeps an Unreleased section above the releases", () => {
    const headings = [...CHANGELOG.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings[0]).toBe("Unreleased");
    expect(
      headings.slice(1).every((h) => /^\d+\.\d+\.\d+ - \d{4}-\d{2}-\d{2}$/.test(h ?? ""))
    ).toBe(true);
  });
});
