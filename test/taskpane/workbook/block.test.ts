import {
  asLiteralText,
  cellAddress,
  columnLetters,
  excelName,
  uniqueSheetName,
} from "../../../src/taskpane/workbook/block";

describe("uniqueSheetName", () => {
  it("keeps the base name when no sheet has it", () => {
    expect(uniqueSheetName("Tokenomics B200", ["Sheet1"])).toBe("Tokenomics B200");
  });

  it("numbers the name when it is taken, ignoring case like Excel", () => {
    expect(uniqueSheetName("Tokenomics B200", ["tokenomics b200"])).toBe("Tokenomics B200 (2)");
    expect(uniqueSheetName("Tokenomics B200", ["Tokenomics B200", "Tokenomics B200 (2)"])).toBe(
      "Tokenomics B200 (3)"
    );
  });

  it("removes characters Excel forbids and keeps within 31 characters, suffix included", () => {
    expect(uniqueSheetName("Model: B200/GB200 [v2]?", [])).toBe("Model B200 GB200 v2");
    const long = "Tokenomics GB300 NVL72 reasoning workload";
    const first = uniqueSheetName(long, []);
    expect(first).toHaveLength(31);
    const second = uniqueSheetName(long, [first]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });

  it("never returns the reserved name History", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });
});

describe("excelName", () => {
  it("joins parts into a valid defined name", () => {
    expect(excelName("B200", "UsdPerGpuHour")).toBe("B200_UsdPerGpuHour");
    expect(excelName("GB200 NVL72", "hbm-Gb")).toBe("GB200_NVL72_hbm_Gb");
  });

  it("never produces something Excel would read as a cell reference", () => {
    expect(excelName("B200")).toBe("_B200");
    expect(excelName("R1C1")).toBe("_R1C1");
    expect(excelName("C")).toBe("_C");
    expect(excelName("2026 quote")).toBe("_2026_quote");
  });
});

describe("asLiteralText", () => {
  it("stores text that starts like a formula as text", () => {
    expect(asLiteralText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(asLiteralText("-5% a year")).toBe("'-5% a year");
    expect(asLiteralText("plain")).toBe("plain");
  });
});

describe("cell addresses", () => {
  it("converts indexes to A1 letters and addresses", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(cellAddress(39, 0, true)).toBe("$A$40");
    expect(cellAddress(0, 4)).toBe("E1");
  });
});
