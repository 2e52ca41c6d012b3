import fc from "fast-check";

import { closeMatches, editDistance, findExact, normalizeName } from "../../src/presets/match";

describe("normalizeName", () => {
  it("lower-cases and drops spaces, dashes, underscores and dots", () => {
    expect(normalizeName("GB200 NVL72")).toBe("gb200nvl72");
    expect(normalizeName(" h100-SXM_5.0 ")).toBe("h100sxm50");
  });

  it("keeps the slash of a workload", () => {
    expect(normalizeName("1K / 1K")).toBe("1k/1k");
  });
});

describe("editDistance", () => {
  it("returns the documented example (b20 → b200: 1)", () => {
    expect(editDistance("b20", "b200")).toBe(1);
  });

  it("counts substitutions, insertions and deletions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("law: is a metric (zero on itself, symmetric, triangle inequality)", () => {
    const word = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      })
    );
  });
});

describe("findExact", () => {
  const candidates = [
    { display: "A", names: ["Alpha", "first one"] },
    { display: "B", names: ["Beta"] },
  ];

  it("returns the candidate any of whose names matches after normalization", () => {
    expect(findExact("FIRST-ONE", candidates)?.display).toBe("A");
  });

  it("returns undefined for a blank query", () => {
    expect(findExact("   ", candidates)).toBeUndefined();
  });
});

describe("closeMatches", () => {
  const candidates = ["H100", "H200", "B200", "B300", "GB200", "GB300"].map((id) => ({
    display: id,
    names: [id],
  }));

  it("returns at most three names, closest first", () => {
    expect(closeMatches("B20", candidates)).toEqual(["B200", "GB200", "B300"]);
  });

  it("returns nothing for a query unlike every name", () => {
    expect(closeMatches("zzzzzzzz", candidates)).toEqual([]);
  });
});
