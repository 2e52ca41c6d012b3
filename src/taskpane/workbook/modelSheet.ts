/**
 * The "Insert model" worksheet: an inputs block (blue, with sources), live TOKENOMICS formulas for every
 * output, the TOKENCASHFLOWS table, and Excel's own NPV and IRR beside TOKENNPV and TOKENIRR as a
 * cross-check. Inputs get worksheet-scoped names, so formulas read like the model they are.
 */
import { PRESET_DATASET } from "../../presets";
import { ASSUMPTIONS } from "../model/assumptions";
import { CalculatorInputs, presetNumber } from "../model/calculator";
import { asLiteralText, Block, cellAddress, CellWrite, NameWrite } from "./block";

export const FORMATS = {
  usd: "$#,##0",
  usdCents: "$#,##0.00",
  usdPerMillion: "$#,##0.0000",
  multiple: '0.00"x"',
  months: '0.0" months"',
  percent: "0.0%",
  count: "#,##0",
  tokensPerSecond: "#,##0.0",
  decimal: "0.00",
} as const;

interface InputRow {
  readonly name: string;
  readonly label: string;
  readonly value: number | string;
  readonly unit: string;
  readonly format: string;
  readonly source: string;
}

interface OutputRow {
  readonly name: string;
  readonly label: string;
  readonly formula: string;
  readonly unit: string;
  readonly format: string;
  readonly note: string;
}

/** What the calculator knew when the model was inserted, beyond the inputs themselves. */
export interface ModelContext {
  readonly platformDisplayName: string;
  readonly tokensPerSecondPerGpu: number;
  readonly throughputSource: string;
  readonly insertedOn: string;
}

const LIFECYCLE_ARGS =
  "InvestmentUsd, Years, FleetTokensPerSecond, UsdPerMillionTokens, Utilization, AnnualOperatingCostUsd, AnnualPriceChange, AnnualThroughputGain";

export function modelSheetBaseName(inputs: CalculatorInputs): string {
  return `Tokenomics ${inputs.platformId}`;
}

export function modelSheet(inputs: CalculatorInputs, context: ModelContext): Block {
  const cells: CellWrite[] = [];
  const names: NameWrite[] = [];
  const tier =
    inputs.costBasis === "build"
      ? undefined
      : presetNumber(inputs.platformId, inputs.costBasis, inputs.overrides);
  const scope = `${inputs.model} ${inputs.workload}${inputs.precision ? ` ${inputs.precision}` : ""} at ${inputs.tokensPerSecondPerUser} tokens/s per user`;

  cells.push({
    row: 0,
    column: 0,
    value: asLiteralText(`Tokenomics model: ${context.platformDisplayName}, ${scope}`),
    style: "title",
  });
  cells.push({
    row: 1,
    column: 0,
    value: asLiteralText(
      `Inserted ${context.insertedOn} by Tokenomics for Excel from preset dataset ${PRESET_DATASET.version} (as of ${PRESET_DATASET.asOf}). ` +
        "Blue cells are inputs; every output is a live formula."
    ),
    style: "note",
  });

  const inputs_: InputRow[] = [
    {
      name: "GpuCount",
      label: "GPUs",
      value: inputs.gpuCount,
      unit: "GPUs",
      format: FORMATS.count,
      source: "Your deployment",
    },
    {
      name: "TokensPerSecondPerUser",
      label: "Interactivity",
      value: inputs.tokensPerSecondPerUser,
      unit: "output tokens/s per user",
      format: FORMATS.tokensPerSecond,
      source: "Your service level",
    },
    {
      name: "TokensPerSecondPerGpu",
      label: "Throughput per GPU at that interactivity",
      value: context.tokensPerSecondPerGpu,
      unit: "tokens/s",
      format: FORMATS.tokensPerSecond,
      source: context.throughputSource,
    },
    {
      name: "Utilization",
      label: "Utilization",
      value: inputs.utilization,
      unit: "fraction of hours",
      format: FORMATS.percent,
      source: ASSUMPTIONS.utilization.source,
    },
    {
      name: "UsdPerMillionTokens",
      label: "Token price (first year)",
      value: inputs.usdPerMillionTokens,
      unit: "USD per million tokens",
      format: FORMATS.usdPerMillion,
      source: "Your price (blended input/output: see TOKENOMICS.BLENDEDPRICE)",
    },
    {
      name: "Years",
      label: "Horizon",
      value: inputs.years,
      unit: "years",
      format: FORMATS.decimal,
      source: "Your horizon",
    },
    {
      name: "CapexPerGpu",
      label: "Capex per GPU",
      value: Number.isFinite(inputs.capexPerGpu) ? inputs.capexPerGpu : "",
      unit: "USD",
      format: FORMATS.usd,
      source: Number.isFinite(inputs.capexPerGpu)
        ? "Preset price or your figure"
        : "Not published: enter your price",
    },
    {
      name: "LifeYears",
      label: "Economic life",
      value: inputs.lifeYears,
      unit: "years",
      format: FORMATS.decimal,
      source: ASSUMPTIONS.lifeYears.source,
    },
    {
      name: "CostOfCapital",
      label: "Cost of capital",
      value: inputs.costOfCapital,
      unit: "per year",
      format: FORMATS.percent,
      source: ASSUMPTIONS.costOfCapital.source,
    },
    {
      name: "PowerKwPerGpu",
      label: "All-in power per GPU",
      value: inputs.powerKwPerGpu,
      unit: "kW",
      format: FORMATS.decimal,
      source: "Preset (SemiAnalysis all-in kW) or your figure",
    },
    {
      name: "UsdPerKwh",
      label: "Electricity price",
      value: inputs.usdPerKwh,
      unit: "USD per kWh",
      format: "$0.0000",
      source: ASSUMPTIONS.usdPerKwh.source,
    },
    {
      name: "Pue",
      label: "PUE",
      value: inputs.pue,
      unit: "facility ÷ IT power",
      format: FORMATS.decimal,
      source: ASSUMPTIONS.pue.source,
    },
    {
      name: "OpexPerGpuYear",
      label: "Hosting and other opex per GPU",
      value: inputs.opexPerGpuYear,
      unit: "USD per year",
      format: FORMATS.usd,
      source: `${ASSUMPTIONS.colocationUsdPerKwMonth.source} × all-in kW × 12`,
    },
    {
      name: "AnnualPriceChange",
      label: "Token price change",
      value: inputs.annualPriceChange,
      unit: "per year",
      format: FORMATS.percent,
      source: ASSUMPTIONS.annualPriceChange.source,
    },
    {
      name: "AnnualThroughputGain",
      label: "Throughput gain from software",
      value: inputs.annualThroughputGain,
      unit: "per year",
      format: FORMATS.percent,
      source: "Your assumption",
    },
    {
      name: "DiscountRate",
      label: "Discount rate",
      value: inputs.discountRate,
      unit: "per year",
      format: FORMATS.percent,
      source: ASSUMPTIONS.discountRate.source,
    },
  ];
  if (tier !== undefined) {
    inputs_.push({
      name: "UsdPerGpuHour",
      label: "Cost per GPU-hour (preset tier)",
      value: tier,
      unit: "USD per GPU-hour",
      format: FORMATS.usdCents,
      source: `Preset ${inputs.costBasis}: see TOKENOMICS.PRESETINFO("${inputs.platformId}", "${inputs.costBasis}")`,
    });
  }

  const outputs: OutputRow[] = [
    ...(tier === undefined
      ? [
          {
            name: "UsdPerGpuHour",
            label: "Cost per GPU-hour (built up)",
            formula:
              "=TOKENOMICS.GPUHOURCOST(CapexPerGpu, LifeYears, PowerKwPerGpu, UsdPerKwh, Pue, OpexPerGpuYear, CostOfCapital)",
            unit: "USD per GPU-hour",
            format: FORMATS.usdCents,
            note: "Capital annuity + power + opex, per hour",
          },
        ]
      : []),
    {
      name: "CostPerMillionTokens",
      label: "Cost per million tokens",
      formula: "=TOKENOMICS.COSTPERTOKEN(UsdPerGpuHour, TokensPerSecondPerGpu, Utilization)",
      unit: "USD per million tokens",
      format: FORMATS.usdPerMillion,
      note: "Serving cost at this utilization",
    },
    {
      name: "BreakEvenPrice",
      label: "Break-even token price",
      formula: "=TOKENOMICS.BREAKEVENPRICE(UsdPerGpuHour, TokensPerSecondPerGpu, Utilization)",
      unit: "USD per million tokens",
      format: FORMATS.usdPerMillion,
      note: "Price at zero gross margin",
    },
    {
      name: "FleetTokensPerSecond",
      label: "Fleet throughput",
      formula: "=GpuCount * TokensPerSecondPerGpu",
      unit: "tokens/s",
      format: FORMATS.count,
      note: "GPUs × tokens/s per GPU",
    },
    {
      name: "InvestmentUsd",
      label: "Investment",
      formula: "=GpuCount * CapexPerGpu",
      unit: "USD",
      format: FORMATS.usd,
      note: "GPUs × capex per GPU",
    },
    {
      name: "AnnualOperatingCostUsd",
      label: "Operating cost",
      formula: "=GpuCount * (PowerKwPerGpu * Pue * UsdPerKwh * 8760 + OpexPerGpuYear)",
      unit: "USD per year",
      format: FORMATS.usd,
      note: "Power at 8,760 h a year plus hosting",
    },
    {
      name: "TokenRevenueUsd",
      label: "Token revenue",
      formula:
        "=TOKENOMICS.TOKENREVENUE(Years, FleetTokensPerSecond, UsdPerMillionTokens, Utilization, AnnualPriceChange, AnnualThroughputGain)",
      unit: "USD over the horizon",
      format: FORMATS.usd,
      note: "Annual periods",
    },
    {
      name: "RoiMultiple",
      label: "ROI multiple",
      formula: `=TOKENOMICS.ROIMULTIPLE(${LIFECYCLE_ARGS})`,
      unit: "x investment",
      format: FORMATS.multiple,
      note: "(Revenue − operating cost) ÷ investment",
    },
    {
      name: "PaybackMonths",
      label: "Payback",
      formula: `=TOKENOMICS.PAYBACKMONTHS(${LIFECYCLE_ARGS})`,
      unit: "months",
      format: FORMATS.months,
      note: "Monthly periods, interpolated",
    },
    {
      name: "NpvUsd",
      label: "NPV (TOKENNPV)",
      formula: `=TOKENOMICS.TOKENNPV(DiscountRate, ${LIFECYCLE_ARGS})`,
      unit: "USD",
      format: FORMATS.usd,
      note: "Period 0 undiscounted",
    },
    {
      name: "Irr",
      label: "IRR (TOKENIRR)",
      formula: `=TOKENOMICS.TOKENIRR(${LIFECYCLE_ARGS})`,
      unit: "per year",
      format: FORMATS.percent,
      note: "Bracketed solver, no guess needed",
    },
  ];

  let row = 3;
  const section = (title: string, header: string[]): void => {
    cells.push({ row, column: 0, value: title, style: "section" });
    row++;
    header.forEach((text, column) => cells.push({ row, column, value: text, style: "header" }));
    row++;
  };

  section("Inputs", ["Parameter", "Value", "Unit", "Source or note", "Name"]);
  for (const input of inputs_) {
    // An input nobody publishes (and the user has not entered) stays blank and says so: never NaN, never invented.
    const known = typeof input.value !== "number" || Number.isFinite(input.value);
    cells.push({ row, column: 0, value: asLiteralText(input.label) });
    cells.push({
      row,
      column: 1,
      value: known ? input.value : "",
      numberFormat: input.format,
      style: "input",
    });
    cells.push({ row, column: 2, value: asLiteralText(input.unit) });
    cells.push({
      row,
      column: 3,
      value: asLiteralText(known ? input.source : `Not published: enter yours (${input.source})`),
    });
    cells.push({ row, column: 4, value: input.name });
    names.push({ name: input.name, row, column: 1, comment: `${input.label} (${input.unit})` });
    row++;
  }

  row++;
  section("Outputs", ["Measure", "Value", "Unit", "How", "Name"]);
  for (const output of outputs) {
    cells.push({ row, column: 0, value: asLiteralText(output.label) });
    cells.push({
      row,
      column: 1,
      formula: output.formula,
      numberFormat: output.format,
      style: "output",
    });
    cells.push({ row, column: 2, value: asLiteralText(output.unit) });
    cells.push({ row, column: 3, value: asLiteralText(output.note) });
    cells.push({ row, column: 4, value: output.name });
    names.push({ name: output.name, row, column: 1, comment: output.label });
    row++;
  }

  // The cash-flow table spills from its anchor; Excel's NPV and IRR read its last column through the spill
  // reference, so they follow when Years changes.
  const crossCheckRow = row;
  row += 3;
  cells.push({
    row,
    column: 0,
    value: "Cash flows (TOKENCASHFLOWS spills below; period 0 is the investment)",
    style: "section",
  });
  row++;
  const anchor = cellAddress(row, 0, true);
  cells.push({
    row,
    column: 0,
    formula: `=TOKENOMICS.TOKENCASHFLOWS(${LIFECYCLE_ARGS})`,
    numberFormat: FORMATS.usd,
  });
  // Spilled cells keep their own formats: format the rows the table will fill at the inserted horizon.
  for (let period = 1; period <= Math.ceil(inputs.years) + 1; period++) {
    cells.push({ row: row + period, column: 1, numberFormat: FORMATS.count });
    for (let column = 2; column <= 4; column++)
      cells.push({ row: row + period, column, numberFormat: FORMATS.usd });
  }
  const netColumn = `INDEX(${anchor}#, 0, 5)`;
  cells.push({ row: crossCheckRow, column: 0, value: "NPV (Excel's NPV on the table)" });
  cells.push({
    row: crossCheckRow,
    column: 1,
    formula: `=INDEX(${anchor}#, 2, 5) + NPV(DiscountRate, DROP(${netColumn}, 2))`,
    numberFormat: FORMATS.usd,
    style: "output",
  });
  cells.push({ row: crossCheckRow, column: 2, value: "USD" });
  cells.push({ row: crossCheckRow, column: 3, value: "Cross-check: equals TOKENNPV" });
  cells.push({ row: crossCheckRow + 1, column: 0, value: "IRR (Excel's IRR on the table)" });
  cells.push({
    row: crossCheckRow + 1,
    column: 1,
    formula: `=IRR(DROP(${netColumn}, 1))`,
    numberFormat: FORMATS.percent,
    style: "output",
  });
  cells.push({ row: crossCheckRow + 1, column: 2, value: "per year" });
  cells.push({
    row: crossCheckRow + 1,
    column: 3,
    value: "Cross-check: equals TOKENIRR where Excel's IRR converges",
  });

  return {
    rows: row + Math.ceil(inputs.years) + 2,
    columns: 5,
    cells,
    names,
    columnWidths: [230, 110, 130, 420, 150],
  };
}
