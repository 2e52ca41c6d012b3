import { findPlatform, PRESET_DATASET, PRESET_FIELDS } from "../../../src/presets";
import { presetBlock } from "../../../src/taskpane/workbook/presetBlock";

function platform(id: string) {
  const found = findPlatform(id);
  if (!found.ok) throw new Error(id);
  return found.value;
}

describe("presetBlock", () => {
  const b200 = platform("B200");
  const block = presetBlock(b200, "tcoUsdPerGpuHourOwner", {
    tokensPerSecondPerGpu: 4130,
    description: "DeepSeek-R1 1k/1k at 125 tokens/s per user",
    source: "InferenceX",
    asOf: "2026-11-26",
  });
  const at = (row: number, column: number) =>
    block.cells.find((c) => c.row === row && c.column === column);

  it("titles the block with the platform and the dataset version", () => {
    expect(at(0, 0)?.value).toBe(
      `${b200.displayName}: preset values (Tokenomics dataset ${PRESET_DATASET.version}, as of ${PRESET_DATASET.asOf})`
    );
    expect([0, 1, 2, 3, 4, 5].map((c) => at(1, c)?.value)).toEqual([
      "Parameter",
      "Value",
      "Unit",
      "Basis",
      "Source",
      "As of",
    ]);
  });

  it("has one row per field plus the hourly cost and throughput, each with a workbook name on its value", () => {
    expect(block.rows).toBe(2 + PRESET_FIELDS.length + 2);
    expect(block.names.map((n) => n.name)).toEqual(
      expect.arrayContaining([
        "B200_HbmGb",
        "B200_TcoUsdPerGpuHourOwner",
        "B200_UsdPerGpuHour",
        "B200_TokensPerSecondPerGpu",
      ])
    );
    for (const name of block.names) expect(name.column).toBe(1);
  });

  it("writes sourced, dated values as constants and leaves unpublished ones blank with the reason", () => {
    const hourly = block.names.find((n) => n.name === "B200_UsdPerGpuHour");
    expect(at(hourly?.row ?? -1, 1)?.value).toBe(b200.values.tcoUsdPerGpuHourOwner.value);
    expect(at(hourly?.row ?? -1, 5)?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const tpu = presetBlock(platform("TPUv6e"));
    const power = tpu.names.find((n) => n.name === "TPUv6e_BoardPowerW");
    expect(tpu.cells.find((c) => c.row === power?.row && c.column === 1)?.value).toBe("");
    expect(tpu.cells.find((c) => c.row === power?.row && c.column === 4)?.value).toMatch(
      /^Not published: /
    );
  });

  it("marks the user's own values as theirs and names them after the user's preset", () => {
    const own = presetBlock(b200, "tcoUsdPerGpuHourOwner", undefined, {
      name: "Our B200",
      note: "2026 quote",
      savedOn: "2026-11-20",
      values: { priceUsdPerGpu: 38000 },
    });
    const price = own.names.find((n) => n.name === "Our_B200_PriceUsdPerGpu");
    expect(own.cells.find((c) => c.row === price?.row && c.column === 1)?.value).toBe(38000);
    expect(own.cells.find((c) => c.row === price?.row && c.column === 3)?.value).toBe("your value");
    expect(own.cells.find((c) => c.row === price?.row && c.column === 4)?.value).toBe(
      'Your preset "Our B200": 2026 quote'
    );
  });
});
