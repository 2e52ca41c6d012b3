import { annualOperatingCostUsd } from "../../../src/core";
import { defaultInputs } from "../../../src/taskpane/model/inputs";
import { expectClose } from "../../support/tolerance";
import { modelSheet, modelSheetBaseName } from "../../../src/taskpane/workbook/modelSheet";
import { MODEL_SHEET_FUNCTION_IDS } from "../../support/fixtures";

describe("modelSheet", () => {
  const inputs = { ...defaultInputs("B200"), gpuCount: 64, years: 3 };
  const block = modelSheet(inputs, {
    platformDisplayName: "NVIDIA B200",
    tokensPerSecondPerGpu: 4000,
    throughputSource: "InferenceX",
    insertedOn: "2026-11-26",
  });
  const formulas = block.cells.flatMap((c) => (c.formula ? [c.formula] : []));
  const names = block.names.map((n) => n.name);

  it("names every input and output so formulas read like the model", () => {
    expect(names).toEqual(
      expect.arrayContaining([
        "GpuCount",
        "TokensPerSecondPerGpu",
        "Utilization",
        "UsdPerMillionTokens",
        "CapexPerGpu",
        "UsdPerGpuHour",
        "CostPerMillionTokens",
        "RoiMultiple",
        "PaybackMonths",
        "NpvUsd",
        "Irr",
      ])
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it("computes every output with a live TOKENOMICS formula over those names", () => {
    expect(formulas).toEqual(
      expect.arrayContaining([
        "=TOKENOMICS.GPUHOURCOST(CapexPerGpu, LifeYears, PowerKwPerGpu, UsdPerKwh, Pue, OpexPerGpuYear, CostOfCapital)",
        "=TOKENOMICS.COSTPERTOKEN(UsdPerGpuHour, TokensPerSecondPerGpu, Utilization)",
      ])
    );
    for (const id of MODEL_SHEET_FUNCTION_IDS) {
      expect(formulas.some((f) => f.startsWith(`=TOKENOMICS.${id}(`))).toBe(true);
    }
  });

  it("cross-checks TOKENNPV and TOKENIRR with Excel's NPV and IRR on the spilled table", () => {
    const anchor = block.cells.find((c) => c.formula?.startsWith("=TOKENOMICS.TOKENCASHFLOWS("));
    const address = `$A$${(anchor?.row ?? 0) + 1}`;
    expect(formulas).toContain(
      `=INDEX(${address}#, 2, 5) + NPV(DiscountRate, DROP(INDEX(${address}#, 0, 5), 2))`
    );
    expect(formulas).toContain(`=IRR(DROP(INDEX(${address}#, 0, 5), 1))`);
  });

  it("formats cells by unit and marks inputs", () => {
    const roi = block.names.find((n) => n.name === "RoiMultiple");
    expect(block.cells.find((c) => c.row === roi?.row && c.column === 2)?.numberFormat).toBe(
      '0.00"x"'
    );
    const gpus = block.names.find((n) => n.name === "GpuCount");
    const gpuCell = block.cells.find((c) => c.row === gpus?.row && c.column === 2);
    expect(gpuCell?.value).toBe(64);
    expect(gpuCell?.style).toBe("input");
  });

  it("uses a preset tier as an input instead of building the hourly cost when asked", () => {
    const tiered = modelSheet(
      { ...inputs, costBasis: "tcoUsdPerGpuHourRental" },
      {
        platformDisplayName: "B200",
        tokensPerSecondPerGpu: 4000,
        throughputSource: "x",
        insertedOn: "2026-11-26",
      }
    );
    expect(tiered.cells.some((c) => c.formula?.includes("GPUHOURCOST"))).toBe(false);
    const hourly = tiered.names.find((n) => n.name === "UsdPerGpuHour");
    expect(typeof tiered.cells.find((c) => c.row === hourly?.row && c.column === 2)?.value).toBe(
      "number"
    );
  });

  it("leaves an unpublished input blank and says so, never writing NaN", () => {
    const gaudi = modelSheet(defaultInputs("Gaudi3"), {
      platformDisplayName: "Gaudi 3",
      tokensPerSecondPerGpu: 1,
      throughputSource: "x",
      insertedOn: "2026-11-26",
    });
    const power = gaudi.names.find((n) => n.name === "PowerKwPerGpu");
    expect(gaudi.cells.find((c) => c.row === power?.row && c.column === 2)?.value).toBe("");
    expect(String(gaudi.cells.find((c) => c.row === power?.row && c.column === 4)?.value)).toMatch(
      /^Not published: enter yours/
    );
    for (const cell of gaudi.cells)
      if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
  });

  it("is based on a sheet name per platform", () => {
    expect(modelSheetBaseName(inputs)).toBe("Tokenomics B200");
  });

  it("computes the operating cost with the formula of core's annualOperatingCostUsd", () => {
    const name = block.names.find((n) => n.name === "AnnualOperatingCostUsd");
    const formula = block.cells.find((c) => c.row === name?.row && c.column === 2)?.formula ?? "";
    // Evaluate the cell's arithmetic with each worksheet name replaced by the input cell's value.
    const valueOf = (input: string): number => {
      const at = block.names.find((n) => n.name === input);
      return Number(block.cells.find((c) => c.row === at?.row && c.column === 2)?.value);
    };
    const arithmetic = formula
      .slice(1)
      .replace(/[A-Z][A-Za-z]+/g, (input) => String(valueOf(input)));
    expect(arithmetic).toMatch(/^[\d.\s*+()]+$/);
    const sheetValue = Number(new Function(`return (${arithmetic});`)());
    expectClose(sheetValue, annualOperatingCostUsd(inputs));
  });
});
