import { PRESET_FIELDS } from "../../src/presets";
import {
  excelFormatForLabel,
  FIELD_LABELS,
  formatFigure,
  formatValue,
  UNITS,
} from "../../src/taskpane/units";

describe("units", () => {
  it("shows each unit as the pane always has", () => {
    expect(formatValue(74929536, "usd")).toBe("$74,929,536");
    expect(formatValue(1.86, "usdPerGpuHour")).toBe("$1.86/h");
    expect(formatValue(0.53421, "usdPerMillionTokens")).toBe("$0.534");
    expect(formatValue(2, "usdPerMillionTokens")).toBe("$2.00");
    expect(formatValue(14.9859, "multiple")).toBe("14.99x");
    expect(formatValue(12, "months")).toBe("12.0 months");
    expect(formatValue(0.7, "fraction")).toBe("70.0%");
    expect(formatValue(1149.06, "tokensPerSecond")).toBe("1,149.1");
    expect(formatValue(38000, "plain")).toBe("38,000");
  });

  it("gives every unit the preset data uses an Excel number format", () => {
    for (const field of PRESET_FIELDS) expect(excelFormatForLabel(field.unit)).not.toBe("General");
    expect(excelFormatForLabel("USD/GPU-hour")).toBe(UNITS.usdPerGpuHour.excelFormat);
    expect(excelFormatForLabel("furlongs")).toBe("General");
  });

  it("labels every preset field", () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(PRESET_FIELDS.map((f) => f.name).sort());
  });

  it("shows a missing figure as a dash with its reason as the title", () => {
    expect(formatFigure({ ok: false, reason: "why" }, "usd")).toEqual({
      text: "—",
      missing: true,
      title: "why",
    });
  });
});
