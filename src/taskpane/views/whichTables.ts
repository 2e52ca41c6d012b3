/**
 * The tables of the "Which platform" view: the chart's numbers (its screen-reader alternative), the winner
 * per interactivity band, and own vs rent vs API. Text only, every figure through the unit table.
 */
import { el } from "../dom";
import type { OwnRentApi } from "../model/ownRentApi";
import { COST_BASES } from "../model/which";
import type { BandWinner, PlatformCurve } from "../model/which";
import type { Unit } from "../units";
import { formatValue } from "../units";

type Cell = { text: string; unit?: never } | { value: number | undefined; unit: Unit };

function table(
  testId: string,
  caption: string,
  headers: readonly string[],
  rows: Cell[][]
): HTMLElement {
  return el(
    "div",
    { className: "table-scroll" },
    el(
      "table",
      { className: "grid", "data-testid": testId },
      el("caption", { className: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
      el(
        "tbody",
        {},
        ...rows.map((row) =>
          el(
            "tr",
            {},
            ...row.map((cell, i) => {
              if ("text" in cell)
                return el(i === 0 ? "th" : "td", i === 0 ? { scope: "row" } : {}, cell.text);
              const shown = cell.value === undefined ? "—" : formatValue(cell.value, cell.unit);
              return el("td", { className: "num" }, shown);
            })
          )
        )
      )
    )
  );
}

/** Every charted point as a row: the chart's alternative for screen readers, in a disclosure. */
export function chartDataTable(curves: readonly PlatformCurve[]): HTMLElement {
  const rows = curves.flatMap((curve) =>
    curve.points.map((p): Cell[] => [
      { text: curve.platformId },
      { value: p.tokensPerSecondPerUser, unit: "tokensPerSecondPerUser" },
      { value: p.tokensPerSecondPerGpu, unit: "tokensPerSecond" },
      { value: p.usdPerMillionTokens, unit: "usdPerMillionTokens" },
    ])
  );
  return el(
    "details",
    { className: "chart-data", "data-testid": "which-chart-data" },
    el("summary", {}, "The chart's numbers as a table"),
    table(
      "which-chart-table",
      "Cost per million tokens by platform and interactivity",
      ["Platform", "Interactivity (tok/s/user)", "tok/s/GPU", "$/M tokens"],
      rows
    )
  );
}

function bandText(band: BandWinner): string {
  const from = formatValue(band.fromTokensPerSecondPerUser, "tokensPerSecondPerUser");
  const to = formatValue(band.toTokensPerSecondPerUser, "tokensPerSecondPerUser");
  return from === to ? from : `${from}–${to}`;
}

/** The cheapest platform in each interactivity band, with the runner-up and the margin. */
export function winnersTable(bands: readonly BandWinner[]): HTMLElement {
  const rows = bands.map((band): Cell[] => [
    { text: bandText(band) },
    { text: band.platformId ?? "no platform measured here" },
    { value: band.usdPerMillionTokens, unit: "usdPerMillionTokens" },
    { value: band.readAtTokensPerSecondPerUser, unit: "tokensPerSecondPerUser" },
    {
      text:
        band.runnerUpId === undefined || band.marginOverRunnerUp === undefined
          ? "only one measured"
          : `${band.runnerUpId}, +${formatValue(band.marginOverRunnerUp, "fraction")}`,
    },
  ]);
  return table(
    "which-winners",
    "Cheapest platform per interactivity band",
    ["Band (tok/s/user)", "Cheapest", "$/M tokens", "Read at", "Runner-up"],
    rows
  );
}

/** Own and rent per platform at its peak-throughput point, then the model's API prices blended. */
export function ownRentApiTables(figures: OwnRentApi): HTMLElement[] {
  const ownRent = figures.rows.map((row): Cell[] => [
    { text: row.platformId },
    { value: row.tokensPerSecondPerUser, unit: "tokensPerSecondPerUser" },
    ...COST_BASES.map(({ field }): Cell => ({
      value: row.usdPerMillionTokens[field],
      unit: "usdPerMillionTokens",
    })),
  ]);
  const api = figures.api.map((row): Cell[] => [
    { text: row.provider },
    { value: row.inputUsdPerMillionTokens, unit: "usdPerMillionTokens" },
    { value: row.outputUsdPerMillionTokens, unit: "usdPerMillionTokens" },
    { value: row.blendedUsdPerMillionTokens, unit: "usdPerMillionTokens" },
    { text: row.asOf },
  ]);
  return [
    table(
      "which-own-rent",
      "Own vs rent, USD per million tokens",
      ["Platform", "Read at (tok/s/user)", ...COST_BASES.map((b) => b.label)],
      ownRent
    ),
    figures.apiMissing === undefined
      ? table(
          "which-api",
          "API list prices, USD per million tokens",
          ["API provider", "Input $/M", "Output $/M", `Blended $/M (${figures.mixText})`, "As of"],
          api
        )
      : el("p", { className: "muted", "data-testid": "which-api" }, figures.apiMissing),
  ];
}
