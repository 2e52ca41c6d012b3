/** One platform's detail: specs with provenance, measured throughput, sources, and what to do with it. */
import { append, el, externalLink } from "../dom";
import { defaultInputs } from "../model/inputs";
import {
  aliasLine,
  entryTitle,
  presetInsertBlock,
  sourcesOf,
  specRows,
  throughputRows,
} from "../model/platforms";
import type { ListEntry, Provenance } from "../model/platforms";
import type { Services } from "../services";
import { insertButton } from "../shell/needsExcel";
import type { PaneState } from "../state";

function provenanceCell(provenance: Provenance): HTMLElement {
  switch (provenance.kind) {
    case "own":
      return el("span", {}, provenance.text);
    case "unpublished":
      return el("span", { className: "muted" }, provenance.text);
    case "source":
      return el(
        "span",
        {},
        `${provenance.basis} · `,
        externalLink(provenance.url, provenance.publisher),
        ` · ${provenance.asOf}`
      );
  }
}

const THROUGHPUT_HEADER = ["Model, workload", "tok/s/user", "tok/s/GPU", "Engine", "Measured"];

export function renderPlatformDetail(
  detail: HTMLElement,
  entry: ListEntry,
  state: PaneState,
  services: Services
): void {
  const { platform, user } = entry;
  const specs = specRows(entry).map((row) =>
    el(
      "tr",
      { "data-field": row.field },
      el("th", { scope: "row", title: row.description }, row.label),
      el("td", { className: row.muted ? "muted" : "" }, row.valueText),
      el("td", { className: "provenance" }, provenanceCell(row.provenance))
    )
  );
  const points = throughputRows(platform.id).map((point) =>
    el(
      "tr",
      {},
      el("td", {}, point.scope),
      el("td", { className: "num" }, point.tokensPerSecondPerUser),
      el("td", { className: "num" }, point.tokensPerSecondPerGpu),
      el("td", {}, point.engine),
      el("td", {}, point.runUrl ? externalLink(point.runUrl, point.measuredOn) : point.measuredOn)
    )
  );
  const useInCalculator = el(
    "button",
    { type: "button", className: "button", "data-testid": "use-in-calculator" },
    "Use in calculator"
  );
  useInCalculator.addEventListener("click", () =>
    state.update({ inputs: defaultInputs(platform.id, user?.values), tab: "calculator" })
  );

  append(
    detail,
    el("h2", { "data-testid": "detail-title" }, entryTitle(entry)),
    el("p", { className: "muted" }, aliasLine(platform)),
    el("div", { className: "actions" }, useInCalculator),
    insertButton(services, "Insert preset at selection", "insert-preset", () =>
      services.insertAtSelection(presetInsertBlock(entry, state.current.inputs))
    ),
    el("h3", {}, "Specifications and costs"),
    el("table", { className: "grid", "data-testid": "spec-table" }, el("tbody", {}, ...specs)),
    el("h3", {}, `Measured throughput (${points.length} frontier points)`),
    points.length === 0
      ? el(
          "p",
          { className: "muted" },
          "No public throughput measurements for this platform in the dataset."
        )
      : el(
          "table",
          { className: "grid compact", "data-testid": "throughput-table" },
          el(
            "thead",
            {},
            el("tr", {}, ...THROUGHPUT_HEADER.map((h) => el("th", { scope: "col" }, h)))
          ),
          el("tbody", {}, ...points)
        ),
    el("h3", {}, "Sources"),
    el(
      "ul",
      { className: "sources" },
      ...sourcesOf(platform).map((source) =>
        el("li", {}, externalLink(source.url, source.text), ` (${source.date})`)
      )
    )
  );
}
