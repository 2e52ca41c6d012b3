/** Display formatting for the pane (the model itself never rounds). */
import type { Figure } from "./model/calculator";

const usd0 = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const usd2 = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const number1 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const number3 = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });

export type Unit =
  | "usd"
  | "usdHour"
  | "usdPerMillion"
  | "multiple"
  | "months"
  | "percent"
  | "tokensPerSecond"
  | "plain";

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case "usd":
      return usd0.format(value);
    case "usdHour":
      return `${usd2.format(value)}/h`;
    case "usdPerMillion":
      // Three significant figures below $1 ($0.0412, $0.534): cents alone would hide the differences that matter.
      return Math.abs(value) < 1 ? `$${value.toPrecision(3)}` : usd2.format(value);
    case "multiple":
      return `${value.toFixed(2)}x`;
    case "months":
      return `${value.toFixed(1)} months`;
    case "percent":
      return `${(value * 100).toFixed(1)}%`;
    case "tokensPerSecond":
      return number1.format(value);
    default:
      return number3.format(value);
  }
}

export function formatFigure(
  figure: Figure,
  unit: Unit
): { text: string; missing: boolean; title?: string } {
  return figure.ok
    ? { text: formatValue(figure.value, unit), missing: false }
    : { text: "—", missing: true, title: figure.reason };
}
