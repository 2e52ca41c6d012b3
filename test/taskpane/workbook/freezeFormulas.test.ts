import {
  callsTokenomics,
  fixedRangeText,
  parseRect,
  rectAddress,
  restoreSpillRefs,
  rewriteSpillRefs,
  spillRefs,
} from "../../../src/taskpane/workbook/freezeFormulas";

describe("callsTokenomics", () => {
  it.each([
    "=TOKENOMICS.COSTPERTOKEN(A1, B1)",
    "=tokenomics.costpertoken(A1, B1)",
    "=1 + Tokenomics.Payback(A2)",
    '=IF(A1 > 0, TOKENOMICS.TOKENNPV(0.1, A2:A9), "none")',
    '=CONCAT("TOKENOMICS.", TOKENOMICS.PRESETINFO("GB200", "source"))',
    "=SUM(TOKENOMICS.SCHEDULE(B3:E3))",
  ])("finds a TOKENOMICS call in %s", (formula) => {
    expect(callsTokenomics(formula)).toBe(true);
  });

  it.each([
    '="TOKENOMICS.COSTPERTOKEN(A1)"',
    '="say ""TOKENOMICS.X(1)"" here"',
    "=OTHERNS.COSTPERTOKEN(A1)",
    "=MYTOKENOMICS.COSTPERTOKEN(A1)",
    "='TOKENOMICS.data'!A1 * 2",
    "=SUM(A1:A4)",
    "TOKENOMICS.COSTPERTOKEN(A1)",
    42,
    "",
    null,
  ])("finds none in %p", (formula) => {
    expect(callsTokenomics(formula)).toBe(false);
  });
});

describe("spillRefs", () => {
  it("reads plain, absolute and sheet-qualified spill references with their offsets", () => {
    const formula = "=INDEX($A$40#, 2, 5) + SUM(B7#) + 'My sheet'!C3# + Data!AB12#";
    const refs = spillRefs(formula);
    expect(refs.map((r) => [r.sheet, r.row, r.column, r.absoluteRow, r.absoluteColumn])).toEqual([
      [undefined, 39, 0, true, true],
      [undefined, 6, 1, false, false],
      ["My sheet", 2, 2, false, false],
      ["Data", 11, 27, false, false],
    ]);
    expect(refs.map((r) => formula.slice(r.start, r.end))).toEqual([
      "$A$40#",
      "B7#",
      "C3#",
      "AB12#",
    ]);
  });

  it("ignores references inside string literals", () => {
    expect(spillRefs('="A40#" & B2#')).toHaveLength(1);
  });
});

describe("rewriteSpillRefs and restoreSpillRefs", () => {
  const block = { row: 39, column: 0, rows: 8, columns: 5 };
  const original = "=INDEX($A$40#, 2, 5) + NPV(DiscountRate, DROP(INDEX($A$40#, 0, 5), 2))";

  it("fixes a reference to the block's range in its own $ style", () => {
    expect(fixedRangeText(spillRefs("=A40#")[0]!, block)).toBe("A40:E47");
    const frozen = rewriteSpillRefs(original, (ref) => (ref.row === 39 ? block : undefined));
    expect(frozen).toBe(
      "=INDEX($A$40:$E$47, 2, 5) + NPV(DiscountRate, DROP(INDEX($A$40:$E$47, 0, 5), 2))"
    );
    expect(restoreSpillRefs(frozen, block)).toBe(original);
  });

  it("leaves references to other blocks and other ranges alone", () => {
    expect(rewriteSpillRefs("=SUM(B2#)", () => undefined)).toBe("=SUM(B2#)");
    expect(restoreSpillRefs("=SUM(A40:E46) + A40:E47", block)).toBe("=SUM(A40:E46) + A40#");
  });

  it("restores a block that moved down with inserted rows", () => {
    const moved = { ...block, row: 41 };
    expect(restoreSpillRefs("=INDEX($A$42:$E$49, 2, 5)", moved)).toBe("=INDEX($A$42#, 2, 5)");
  });
});

describe("parseRect and rectAddress", () => {
  it("round-trips cells and ranges", () => {
    expect(parseRect("$B$40:$F$52")).toEqual({ row: 39, column: 1, rows: 13, columns: 5 });
    expect(rectAddress(parseRect("B40:F52"))).toBe("B40:F52");
    expect(rectAddress(parseRect("C3"))).toBe("C3");
  });

  it("reads whole columns and rows", () => {
    expect(parseRect("B:C")).toMatchObject({ row: 0, column: 1, columns: 2, rows: 1048576 });
    expect(parseRect("3:4")).toMatchObject({ row: 2, column: 0, rows: 2, columns: 16384 });
  });
});
