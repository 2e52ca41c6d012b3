import * as F from "../../src/functions/functions";
import { isoDateOfExcelSerial } from "../../src/functions/dates";
import {
  estimateThroughput,
  historyThroughputAt,
  platformRankTable,
  softwareGain,
  throughputAt,
} from "../../src/presets";
import { expectExcelError } from "../support/errors";
import { scalar } from "../support/oneCell";
import { expectClose } from "../support/tolerance";

/** The platform-choice functions called as Excel calls them: one-cell ranges, omitted arguments null. */
const VALUE = "#VALUE!";
const NA = "#N/A";

type Loose = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
const platformRank = F.platformRank as Loose;
const cheapest = F.cheapestPlatformId as Loose;
const winners = F.platformWinners as Loose;
const throughput = scalar(F.throughput);
const gain = scalar(F.softwareGainPerYear);
const estimate = scalar(F.estimatedThroughput);
const apiPrice = scalar(F.apiBlendedPrice);
const info = scalar<string>(F.estimateMethod);

const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

describe("Excel date serials (1900 date system)", () => {
  it("reads serial 45658 as 2025-01-01 and keeps Excel's phantom 1900-02-29 out", () => {
    expect(isoDateOfExcelSerial(45658)).toBe("2025-01-01");
    expect(isoDateOfExcelSerial(45658.75)).toBe("2025-01-01");
    expect(isoDateOfExcelSerial(1)).toBe("1900-01-01");
    expect(isoDateOfExcelSerial(59)).toBe("1900-02-28");
    expect(isoDateOfExcelSerial(60)).toBeUndefined();
    expect(isoDateOfExcelSerial(61)).toBe("1900-03-01");
    expect(isoDateOfExcelSerial(2958465)).toBe("9999-12-31");
    expect(isoDateOfExcelSerial(0)).toBeUndefined();
  });
});

describe("THROUGHPUT with asOfDate", () => {
  it("gives today's values exactly when asOfDate is omitted", () => {
    const today = throughputAt("B200", "DeepSeek-R1", "1k/1k", 100);
    expect(throughput("B200", "DeepSeek-R1", "1k/1k", 100, null, null)).toBe(
      today.ok ? today.value.tokensPerSecondPerGpu : NaN
    );
    expect(throughput("B200", "DeepSeek-R1", "1k/1k", 100)).toBe(
      today.ok ? today.value.tokensPerSecondPerGpu : NaN
    );
  });

  it("reads the history as of a date given as a serial (46037 = 2026-01-15) or as ISO text", () => {
    const asOf = historyThroughputAt("B200", "DeepSeek-R1", "8k/1k", 50, null, "2026-01-15");
    const expected = asOf.ok ? asOf.value.tokensPerSecondPerGpu : NaN;
    expect(throughput("B200", "DeepSeek-R1", "8k/1k", 50, null, 46037)).toBe(expected);
    expect(throughput("B200", "DeepSeek-R1", "8k/1k", 50, null, "2026-01-15")).toBe(expected);
  });

  it("shows #N/A for a model without dated history and #VALUE! naming asOfDate for a non-date", () => {
    expectExcelError(
      () => throughput("B200", "gpt-oss-120b", "1k/1k", 55.87, null, "2026-03-01"),
      NA,
      /^gpt-oss-120b has no dated history in this dataset/
    );
    expectExcelError(
      () => throughput("B200", "DeepSeek-R1", "1k/1k", 100, null, "2026-02-30"),
      VALUE,
      'asOfDate must be a date: a date cell (Excel date number from 1) or text YYYY-MM-DD; got "2026-02-30"'
    );
    expectExcelError(
      () => throughput("B200", "DeepSeek-R1", "1k/1k", 100, null, 60),
      VALUE,
      /^asOfDate must be a date/
    );
  });
});

describe("SOFTWAREGAIN", () => {
  it("returns the annualized measured gain: (to ÷ from)^(365.25 / days) − 1", () => {
    const from = historyThroughputAt("B200", "DeepSeek-R1", "8k/1k", 50, null, "2025-12-15");
    const to = historyThroughputAt("B200", "DeepSeek-R1", "8k/1k", 50, null, "2026-06-11");
    if (!from.ok || !to.ok) throw new Error("no history");
    // 2025-12-15 to 2026-06-11 is 178 days.
    const expected =
      (to.value.tokensPerSecondPerGpu / from.value.tokensPerSecondPerGpu) ** (365.25 / 178) - 1;
    expectClose(gain("B200", "DeepSeek-R1", "8k/1k", 50, 46006, "2026-06-11"), expected);
  });

  it("shows #N/A with the reason for a window under 90 days", () => {
    expectExcelError(
      () => gain("B200", "DeepSeek-R1", "8k/1k", 50, "2026-04-01", "2026-06-01"),
      NA,
      "the window is 61 days; a software gain is annualized only over 90 days or more (a short jump would read as a huge yearly rate)"
    );
  });

  it("spills one gain per cell over a column of end dates", () => {
    const result = F.softwareGainPerYear(
      [["B200"]],
      [["DeepSeek-R1"]],
      [["8k/1k"]],
      [[50]],
      [["2025-12-15"]],
      column("2026-06-11", "2026-04-01")
    );
    const second = softwareGain("B200", "DeepSeek-R1", "8k/1k", 50, "2025-12-15", "2026-04-01");
    expect(result[1]?.[0]).toBe(second.ok ? second.value.annualGain : NaN);
  });
});

describe("PLATFORMRANK", () => {
  it("spills the ranking table with blank cells, not null, for unranked platforms", () => {
    const table = platformRank("gpt-oss-120b", "8k/1k", null, null, null) as unknown[][];
    const expected = platformRankTable("gpt-oss-120b", "8k/1k");
    if (!expected.ok) throw new Error(expected.reason);
    expect(table).toEqual(expected.value.map((row) => row.map((c) => (c === null ? "" : c))));
    expect(table.flat()).not.toContain(null);
    // B200 on 8k/1k at its peak: 1.73 USD per GPU-hour at the owner tier is the table's own input.
    const b200 = table.find((row) => row[0] === "B200") as number[];
    expectClose(b200[4] as number, ((b200[3] as number) / ((b200[2] as number) * 3600)) * 1e6);
  });

  it("shows #VALUE! when an argument is a range of several cells: it returns a table", () => {
    expectExcelError(
      () => platformRank([["DeepSeek-R1"]], [["1k/1k"]], column(50, 75), null, null),
      VALUE,
      "tokensPerSecondPerUser must be a single value: PLATFORMRANK returns a table"
    );
  });

  it("shows #VALUE! naming costBasis when it is no GPU-hour cost", () => {
    expectExcelError(
      () => platformRank("DeepSeek-R1", "1k/1k", 50, "hbmGb", null),
      VALUE,
      /^costBasis "hbmGb" is not a GPU-hour cost/
    );
  });
});

describe("CHEAPESTPLATFORM", () => {
  it("spills one platform per interactivity in a column", () => {
    const result = cheapest([["DeepSeek-R1"]], [["1k/1k"]], column(25, 150), null, null);
    expect(result).toEqual([["GB300"], ["GB200"]]);
  });

  it("shows #N/A with the reason when no platform is measured there", () => {
    expectExcelError(
      () => cheapest("gpt-oss-120b", "1k/1k", 50, null, null),
      NA,
      /^no platform is measured for gpt-oss-120b 1k\/1k at 50 tokens\/s per user/
    );
  });
});

describe("PLATFORMWINNERS", () => {
  it("reads workloads and interactivityLevels as lists from ranges", () => {
    const table = winners(
      [["DeepSeek-R1"]],
      column("1k/1k", "", "8k/1k"),
      [[50, 100]],
      null
    ) as unknown[][];
    expect(table.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ["1k/1k", 50],
      ["1k/1k", 100],
      ["8k/1k", 50],
      ["8k/1k", 100],
    ]);
  });

  it("shows #VALUE! naming interactivityLevels for text in it", () => {
    expectExcelError(
      () => winners("DeepSeek-R1", null, [[50, "fast"]], null),
      VALUE,
      'interactivityLevels must be a number (got text "fast")'
    );
  });

  it("shows #VALUE! when model is a range of several cells", () => {
    expectExcelError(
      () => winners(column("DeepSeek-R1", "gpt-oss-120b"), null, null, null),
      VALUE,
      "model must be a single value: PLATFORMWINNERS returns a table"
    );
  });
});

describe("ESTIMATETHROUGHPUT and ESTIMATEINFO", () => {
  it("returns the roofline estimate in tokens/s per GPU", () => {
    const expected = estimateThroughput("TPU7x", "gpt-oss-120b", "1k/1k", 50, 0.2);
    expect(estimate("TPU7x", "gpt-oss-120b", "1k/1k", 50, 0.2, null)).toBe(
      expected.ok ? expected.value.tokensPerSecondPerGpu : NaN
    );
  });

  it("shows #VALUE! naming efficiency above 1", () => {
    expectExcelError(
      () => estimate("TPU7x", "gpt-oss-120b", "1k/1k", 50, 1.5, null),
      VALUE,
      /^efficiency must be greater than 0 and at most 1/
    );
  });

  it("says it is an estimate", () => {
    expect(info(null)).toMatch(/^Roofline estimate, not a measurement/);
  });
});

describe("APIPRICE", () => {
  it("returns the blended price at the workload's mix: DeepSeek-R1 at DeepSeek, 8k/1k", () => {
    // (8 × 0.55 + 2.19) / 9 USD per million tokens, DeepSeek's list prices.
    expectClose(apiPrice("DeepSeek-R1", "DeepSeek", null, null, "8k/1k"), (8 * 0.55 + 2.19) / 9);
  });

  it("shows #N/A when a cached share meets a provider with no cached price", () => {
    expectExcelError(
      () => apiPrice("gpt-oss-120b", "KeepRouter", 3, 0.5, null),
      NA,
      "KeepRouter publishes no cached-input price for gpt-oss-120b; set cachedInputShare to 0 or choose another provider"
    );
  });
});
