/**
 * The "Decide" view's charts, drawn as inline SVG with DOM calls (every label through textContent): the
 * tornado (the ROI at each driver's low and high around the base line, largest swing on top) and the
 * simulation histogram with P10, P50 and P90 marked and the loss line at 1x. Each is role="img" with a
 * title and a description; the view puts the same numbers in a table beside it.
 */
import { svg } from "../dom";
import type { Answer } from "../../core";
import type { SimulationFigures, TornadoBar } from "../model/decide";
import { formatValue } from "../units";
import { linearScale } from "./costChart";

const WIDTH = 360;
const LOW_COLOR = "#D55E00";
const HIGH_COLOR = "#0072B2";

const roi = (value: number): string => formatValue(value, "multiple");

function chartRoot(id: string, height: number, title: string, description: string): SVGSVGElement {
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: "img",
    "aria-labelledby": `${id}-title ${id}-desc`,
    class: "cost-chart",
    "data-testid": id,
  });
  root.append(
    svg("title", { id: `${id}-title` }, title),
    svg("desc", { id: `${id}-desc` }, description)
  );
  return root;
}

function valueAxis(
  root: SVGSVGElement,
  scale: ReturnType<typeof linearScale>,
  top: number,
  bottom: number,
  title: string
): void {
  for (const t of scale.ticks) {
    const px = scale.at(t);
    root.append(
      svg("line", { x1: px, x2: px, y1: top, y2: bottom, class: "gridline" }),
      svg("text", { x: px, y: bottom + 12, "text-anchor": "middle", class: "tick" }, roi(t))
    );
  }
  root.append(
    svg(
      "text",
      { x: WIDTH / 2, y: bottom + 28, "text-anchor": "middle", class: "axis-title" },
      title
    )
  );
}

const valueOr = (answer: Answer<number>, fallback: number): number =>
  answer.ok ? answer.value : fallback;

/** The tornado: one row per driver, bars from the base ROI to the ROI at the driver's low and high. */
export function tornadoChart(bars: readonly TornadoBar[], base: number): SVGSVGElement {
  const rowHeight = 20;
  const left = 128;
  const top = 8;
  const height = top + bars.length * rowHeight + 36;
  const values = bars.flatMap((b) => [valueOr(b.atLow, base), valueOr(b.atHigh, base)]);
  const x = linearScale(Math.min(base, ...values), Math.max(base, ...values), left, WIDTH - 12);
  const top3 = bars
    .slice(0, 3)
    .map((b) => b.label)
    .join(", ");
  const root = chartRoot(
    "decide-tornado",
    height,
    "ROI multiple at each driver's low and high",
    `Base ROI ${roi(base)}. Largest swings: ${top3}. The table below lists every bar.`
  );
  const bottom = top + bars.length * rowHeight;
  valueAxis(root, x, top, bottom, "ROI multiple (orange: driver low, blue: driver high)");
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    root.append(
      svg("text", { x: left - 4, y: y + 13, "text-anchor": "end", class: "tick" }, bar.label)
    );
    for (const [answer, color] of [
      [bar.atLow, LOW_COLOR],
      [bar.atHigh, HIGH_COLOR],
    ] as const) {
      if (!answer.ok) continue;
      const from = Math.min(x.at(base), x.at(answer.value));
      root.append(
        svg("rect", {
          x: from,
          y: y + 3,
          width: Math.max(1, Math.abs(x.at(answer.value) - x.at(base))),
          height: rowHeight - 6,
          fill: color,
          "data-parameter": bar.parameter,
        })
      );
    }
  });
  root.append(svg("line", { x1: x.at(base), x2: x.at(base), y1: top, y2: bottom, class: "axis" }));
  return root;
}

/** The histogram of simulated ROI, with the percentiles and the 1x loss line marked. */
export function histogramChart(simulation: SimulationFigures): SVGSVGElement {
  const height = 210;
  const top = 22;
  const bottom = height - 40;
  const bins = simulation.bins;
  const first = bins[0]?.from ?? 0;
  const last = bins[bins.length - 1]?.to ?? 1;
  const x = linearScale(first, last, 36, WIDTH - 12);
  const most = Math.max(1, ...bins.map((b) => b.count));
  const y = (count: number): number => bottom - (count / most) * (bottom - top);
  const marks = [
    ["P10", simulation.p10],
    ["P50", simulation.p50],
    ["P90", simulation.p90],
  ] as const;
  const loss = simulation.lossProbability;
  const root = chartRoot(
    "decide-histogram",
    height,
    `ROI multiple over ${simulation.trials.toLocaleString("en-US")} simulated trials`,
    `${marks.map(([name, v]) => `${name} ${v.ok ? roi(v.value) : "none"}`).join(", ")}; ` +
      `probability of a loss (ROI below 1x) ${loss.ok ? formatValue(loss.value, "fraction") : "none"}.`
  );
  valueAxis(root, x, top, bottom, "ROI multiple (dashed: P10, P50, P90; red: 1x)");
  for (const bin of bins) {
    const px = x.at(bin.from);
    root.append(
      svg("rect", {
        x: px,
        y: y(bin.count),
        width: Math.max(1, x.at(bin.to) - px - 1),
        height: bottom - y(bin.count),
        fill: bin.to <= 1 ? LOW_COLOR : HIGH_COLOR,
        class: "bin",
      })
    );
  }
  marks.forEach(([name, value], i) => {
    if (!value.ok) return;
    const px = x.at(value.value);
    root.append(
      svg("line", {
        x1: px,
        x2: px,
        y1: top - 4,
        y2: bottom,
        stroke: "#000000",
        "stroke-dasharray": "4 2",
        "data-mark": name,
      }),
      svg("text", { x: px, y: 10 + (i % 2) * 9, "text-anchor": "middle", class: "tick" }, name)
    );
  });
  if (first < 1 && last > 1)
    root.append(svg("line", { x1: x.at(1), x2: x.at(1), y1: top, y2: bottom, stroke: "#C50F1F" }));
  root.append(svg("line", { x1: 36, x2: WIDTH - 12, y1: bottom, y2: bottom, class: "axis" }));
  return root;
}
