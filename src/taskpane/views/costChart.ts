/**
 * The cost curve drawn in the pane: inline SVG built with DOM calls (every label through textContent), one
 * line per platform over its measured range and a marker per single published point, a log cost axis when
 * the spread needs it, axis titles with units, and an HTML legend. role="img" with a title and a desc; the
 * same numbers are in the table the view shows with it.
 */
import { el, svg } from "../dom";
import { interactivityRange } from "../model/which";
import type { PlatformCurve } from "../model/which";
import { formatValue } from "../units";
import { needsLogScale } from "../workbook/curveBlock";

const WIDTH = 360;
const HEIGHT = 240;
const MARGIN = { left: 58, right: 12, top: 12, bottom: 42 };

/** Okabe-Ito colours (distinguishable with colour-vision deficiency) with a dash pattern each as well. */
export const SERIES_STYLES: readonly { color: string; dash: string }[] = [
  { color: "#0072B2", dash: "" },
  { color: "#D55E00", dash: "6 3" },
  { color: "#009E73", dash: "2 2" },
  { color: "#CC79A7", dash: "8 3 2 3" },
  { color: "#E69F00", dash: "" },
  { color: "#56B4E9", dash: "6 3" },
  { color: "#000000", dash: "2 2" },
  { color: "#7F3C8D", dash: "8 3 2 3" },
  { color: "#11A579", dash: "" },
];

export interface Scale {
  readonly at: (value: number) => number;
  readonly ticks: readonly number[];
}

/** A linear scale onto [from, to] pixels with about five round ticks. */
export function linearScale(min: number, max: number, from: number, to: number): Scale {
  const lo = max > min ? min : min * 0.9;
  const hi = max > min ? max : max * 1.1 || 1;
  const rough = (hi - lo) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(t);
  return { at: (v) => from + ((v - lo) / (hi - lo)) * (to - from), ticks };
}

/** A log-10 scale over whole decades onto [from, to] pixels, ticks at 1, 2 and 5 of each decade. */
export function logScale(min: number, max: number, from: number, to: number): Scale {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(Math.ceil(Math.log10(max)), lo + 1);
  const ticks: number[] = [];
  for (let d = lo; d <= hi; d++)
    for (const m of hi - lo > 2 ? [1] : [1, 2, 5]) {
      const t = m * 10 ** d;
      if (t <= 10 ** hi) ticks.push(t);
    }
  return { at: (v) => from + ((Math.log10(v) - lo) / (hi - lo)) * (to - from), ticks };
}

/** The chart as one figure: the SVG and its legend. Undefined when there is nothing to draw. */
export function costChart(curves: readonly PlatformCurve[], description: string): HTMLElement {
  const range = interactivityRange(curves) ?? { min: 0, max: 1 };
  const costs = curves.flatMap((c) => c.points.map((p) => p.usdPerMillionTokens));
  const log = needsLogScale(curves);
  const x = linearScale(range.min, range.max, MARGIN.left, WIDTH - MARGIN.right);
  const yMin = Math.min(...costs);
  const yMax = Math.max(...costs);
  const y = log
    ? logScale(yMin, yMax, HEIGHT - MARGIN.bottom, MARGIN.top)
    : linearScale(0, yMax, HEIGHT - MARGIN.bottom, MARGIN.top);
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-labelledby": "which-chart-title which-chart-desc",
    class: "cost-chart",
    "data-testid": "which-chart",
  });
  root.append(
    svg("title", { id: "which-chart-title" }, "USD per million tokens against interactivity"),
    svg("desc", { id: "which-chart-desc" }, description)
  );
  const plotBottom = HEIGHT - MARGIN.bottom;
  for (const t of y.ticks) {
    const py = y.at(t);
    root.append(
      svg("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: py, y2: py, class: "gridline" }),
      svg(
        "text",
        { x: MARGIN.left - 4, y: py + 3, "text-anchor": "end", class: "tick" },
        formatValue(t, "usdPerMillionTokens")
      )
    );
  }
  for (const t of x.ticks) {
    const px = x.at(t);
    root.append(
      svg("line", { x1: px, x2: px, y1: plotBottom, y2: plotBottom + 4, class: "axis" }),
      svg(
        "text",
        { x: px, y: plotBottom + 15, "text-anchor": "middle", class: "tick" },
        formatValue(t, "tokensPerSecondPerUser")
      )
    );
  }
  root.append(
    svg("line", {
      x1: MARGIN.left,
      x2: WIDTH - MARGIN.right,
      y1: plotBottom,
      y2: plotBottom,
      class: "axis",
    }),
    svg("line", {
      x1: MARGIN.left,
      x2: MARGIN.left,
      y1: MARGIN.top,
      y2: plotBottom,
      class: "axis",
    }),
    svg(
      "text",
      {
        x: (MARGIN.left + WIDTH - MARGIN.right) / 2,
        y: HEIGHT - 6,
        "text-anchor": "middle",
        class: "axis-title",
      },
      "Interactivity, tokens/s per user"
    ),
    svg(
      "text",
      {
        x: 12,
        y: (MARGIN.top + plotBottom) / 2,
        "text-anchor": "middle",
        class: "axis-title",
        transform: `rotate(-90 12 ${(MARGIN.top + plotBottom) / 2})`,
      },
      `USD per million tokens${log ? " (log scale)" : ""}`
    )
  );
  curves.forEach((curve, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? { color: "#000", dash: "" };
    const coords = curve.points.map((p) => [
      x.at(p.tokensPerSecondPerUser),
      y.at(p.usdPerMillionTokens),
    ]);
    const group = svg("g", { "data-platform": curve.platformId, class: "series" });
    if (!curve.singlePoint && coords.length > 1) {
      group.append(
        svg("polyline", {
          points: coords.map(([px, py]) => `${px},${py}`).join(" "),
          fill: "none",
          stroke: style.color,
          "stroke-width": 2,
          "stroke-dasharray": style.dash,
        })
      );
    } else {
      for (const [px, py] of coords)
        group.append(svg("circle", { cx: px ?? 0, cy: py ?? 0, r: 4, fill: style.color }));
    }
    root.append(group);
  });
  const legend = el("ul", { className: "chart-legend", "data-testid": "which-legend" });
  curves.forEach((curve, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? { color: "#000", dash: "" };
    const swatch = svg("svg", { width: 24, height: 10, "aria-hidden": "true" });
    swatch.append(
      curve.singlePoint
        ? svg("circle", { cx: 12, cy: 5, r: 4, fill: style.color })
        : svg("line", {
            x1: 0,
            x2: 24,
            y1: 5,
            y2: 5,
            stroke: style.color,
            "stroke-width": 2,
            "stroke-dasharray": style.dash,
          })
    );
    legend.append(
      el(
        "li",
        {},
        swatch,
        curve.singlePoint ? `${curve.platformId} (measured point)` : curve.platformId
      )
    );
  });
  const figure = el("figure", { className: "chart" });
  figure.append(root, legend);
  return figure;
}
