/**
 * The task pane: browse platform presets, calculate, compare, keep your own presets, and insert presets
 * and whole models into the workbook. Works inside Excel and, without the insert buttons, as a
 * standalone calculator in any browser. Imports core and presets only, never src/functions.
 */
import {
  FieldValue,
  findPlatform,
  listPlatforms,
  Platform,
  PRESET_DATASET,
  PRESET_FIELDS,
  PresetFieldName,
  SOURCES,
  SourceId,
  throughputOptions,
  throughputSeries,
} from "../presets";
import { append, byId, clear, el, externalLink } from "./dom";
import { formatFigure, formatValue, Unit } from "./format";
import {
  calculate,
  CalculatorInputs,
  COST_BASES,
  CostBasis,
  defaultInputs,
  Figure,
  presetNumber,
} from "./model/calculator";
import { excelName } from "./workbook/block";
import {
  ConfirmOverwrite,
  insertBlockAtSelection,
  insertBlockOnNewSheet,
  InsertResult,
} from "./workbook/excelWriter";
import { modelSheet, modelSheetBaseName } from "./workbook/modelSheet";
import { FIELD_LABELS, presetBlock } from "./workbook/presetBlock";
import {
  deleteUserPreset,
  readUserPresets,
  recordDatasetVersion,
  recordedDatasetVersion,
  saveUserPreset,
  SettingsStore,
  UserPreset,
} from "./workbook/userPresets";

export interface Host {
  /** True inside Excel: the insert buttons work. */
  readonly inExcel: boolean;
  readonly settings: SettingsStore;
  readonly today: string;
}

type TabId = "platforms" | "calculator" | "compare" | "mine";

/** An entry in the platform list: a shipped preset, or one of the user's own. */
interface ListEntry {
  readonly key: string;
  readonly platform: Platform;
  readonly user?: UserPreset;
}

/** How long a status message stays up. */
const TOAST_MS = 8000;

const OWN_FIELDS: readonly PresetFieldName[] = [
  "priceUsdPerGpu",
  "allInPowerKwPerGpu",
  "tcoUsdPerGpuHourOwner",
  "tcoUsdPerGpuHourRental",
  "usdPerGpuHourOnDemand",
];

export class TaskPane {
  private readonly host: Host;
  private userPresets: UserPreset[];
  private selectedKey: string | undefined;
  private inputs: CalculatorInputs;
  private readonly compareKeys = new Set<string>(["H200", "B200", "GB200", "MI355X"]);
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host) {
    this.host = host;
    this.userPresets = readUserPresets(host.settings);
    this.inputs = defaultInputs("GB200");
  }

  start(): void {
    this.renderHostStatus();
    this.renderDatasetNotice();
    for (const tab of ["platforms", "calculator", "compare", "mine"] as TabId[]) {
      byId(`tab-${tab}`).addEventListener("click", () => this.showTab(tab));
    }
    byId<HTMLInputElement>("platform-filter").addEventListener("input", () =>
      this.renderPlatformList()
    );
    byId<HTMLSelectElement>("vendor-filter").addEventListener("change", () =>
      this.renderPlatformList()
    );
    const vendors = [...new Set(listPlatforms().map((p) => p.vendor))];
    append(
      byId("vendor-filter"),
      el("option", { value: "" }, "All vendors"),
      ...vendors.map((v) => el("option", { value: v }, v))
    );
    this.renderPlatformList();
    this.renderCalculator();
    this.renderCompare();
    this.renderMine();
    this.showTab("platforms");
  }

  // ------------------------------------------------------------------------------------------------
  // Shell: host status, tabs, dataset notice, dialog, toasts
  // ------------------------------------------------------------------------------------------------

  private renderHostStatus(): void {
    const status = byId("host-status");
    clear(status);
    append(
      status,
      this.host.inExcel
        ? `Connected to Excel · preset dataset ${PRESET_DATASET.version} (as of ${PRESET_DATASET.asOf})`
        : `Standalone calculator · open from Excel (Home > Token economics) to insert into a workbook · dataset ${PRESET_DATASET.version}`
    );
  }

  private renderDatasetNotice(): void {
    const recorded = recordedDatasetVersion(this.host.settings);
    const notice = byId("dataset-notice");
    if (recorded === undefined || recorded === PRESET_DATASET.version) {
      notice.hidden = true;
      return;
    }
    clear(notice);
    append(
      notice,
      `This workbook's presets were inserted from dataset ${recorded}; this add-in ships ${PRESET_DATASET.version}. ` +
        "Values already in the workbook are unchanged. Insert a preset again to use the new figures."
    );
    notice.hidden = false;
  }

  private showTab(tab: TabId): void {
    for (const id of ["platforms", "calculator", "compare", "mine"] as TabId[]) {
      const selected = id === tab;
      byId(`tab-${id}`).setAttribute("aria-selected", String(selected));
      byId(`panel-${id}`).hidden = !selected;
    }
  }

  private toast(text: string, kind: "info" | "error" = "info"): void {
    const node = byId("toast");
    clear(node);
    node.className = `toast ${kind}`;
    append(node, text);
    node.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (node.hidden = true), TOAST_MS);
  }

  /** An in-pane confirmation (window.confirm does not exist in Office add-ins). */
  private readonly confirmOverwrite: ConfirmOverwrite = (check) =>
    new Promise((resolve) => {
      const dialog = byId("dialog");
      clear(dialog);
      const lines: string[] = [];
      if (check.nonEmptyCells > 0)
        lines.push(
          `${check.nonEmptyCells} non-empty cell(s) in ${check.address} would be overwritten.`
        );
      if (check.existingNames.length > 0)
        lines.push(
          `These names already exist and would point to the new cells: ${check.existingNames.join(", ")}.`
        );
      const cancel = el(
        "button",
        { className: "button", "data-testid": "dialog-cancel" },
        "Keep my cells"
      );
      const proceed = el(
        "button",
        { className: "button primary", "data-testid": "dialog-overwrite" },
        "Overwrite"
      );
      const close = (answer: boolean): void => {
        dialog.hidden = true;
        resolve(answer);
      };
      cancel.addEventListener("click", () => close(false));
      proceed.addEventListener("click", () => close(true));
      append(
        dialog,
        el(
          "div",
          {
            className: "dialog-card",
            role: "alertdialog",
            "aria-modal": "true",
            "aria-labelledby": "dialog-title",
          },
          el("h2", { id: "dialog-title" }, "Overwrite cells?"),
          ...lines.map((line) => el("p", {}, line)),
          el("div", { className: "actions" }, cancel, proceed)
        )
      );
      dialog.hidden = false;
      cancel.focus();
    });

  private async runInsert(label: string, insert: () => Promise<InsertResult>): Promise<void> {
    if (!this.host.inExcel) {
      this.toast(
        `${label} needs Excel: open this pane from Excel (Home > Token economics).`,
        "error"
      );
      return;
    }
    try {
      const result = await insert();
      if (result.inserted) {
        await recordDatasetVersion(this.host.settings, PRESET_DATASET.version);
        this.toast(`${label}: written to ${result.address}.`);
      } else {
        this.toast(result.reason);
      }
    } catch (error) {
      this.toast(
        `${label} failed: ${error instanceof Error ? error.message : String(error)}`,
        "error"
      );
    }
  }

  private insertButton(
    label: string,
    testId: string,
    insert: () => Promise<InsertResult>
  ): HTMLElement {
    const button = el(
      "button",
      {
        className: "button primary",
        "data-testid": testId,
        disabled: !this.host.inExcel,
        title: this.host.inExcel ? undefined : "Needs Excel: open this pane from Excel",
      },
      label
    );
    button.addEventListener("click", () => void this.runInsert(label, insert));
    return el(
      "div",
      { className: "insert-row" },
      button,
      this.host.inExcel
        ? null
        : el("span", { className: "hint" }, "Insert needs Excel. Here the pane is a calculator.")
    );
  }

  // ------------------------------------------------------------------------------------------------
  // Platforms: list, filter, detail, insert preset
  // ------------------------------------------------------------------------------------------------

  private entries(): ListEntry[] {
    const shipped = listPlatforms().map((platform) => ({ key: platform.id, platform }));
    const own = this.userPresets.flatMap((user) => {
      const base = findPlatform(user.basedOn);
      return base.ok ? [{ key: `user:${user.name}`, platform: base.value, user }] : [];
    });
    return [...own, ...shipped];
  }

  private renderPlatformList(): void {
    const query = byId<HTMLInputElement>("platform-filter").value.trim().toLowerCase();
    const vendor = byId<HTMLSelectElement>("vendor-filter").value;
    const list = byId("platform-list");
    clear(list);
    const visible = this.entries().filter((entry) => {
      const text = [
        entry.user?.name ?? "",
        entry.platform.id,
        entry.platform.displayName,
        entry.platform.vendor,
        ...entry.platform.aliases,
      ]
        .join(" ")
        .toLowerCase();
      return (!vendor || entry.platform.vendor === vendor) && (!query || text.includes(query));
    });
    for (const entry of visible) {
      const owner = presetNumber(entry.platform.id, "tcoUsdPerGpuHourOwner", entry.user?.values);
      const item = el(
        "li",
        {},
        el(
          "button",
          {
            className: `platform-item${entry.key === this.selectedKey ? " selected" : ""}`,
            "data-testid": "platform-item",
            "data-platform": entry.key,
          },
          el(
            "span",
            { className: "name" },
            entry.user ? entry.user.name : entry.platform.displayName
          ),
          entry.user ? el("span", { className: "badge" }, "Yours") : null,
          el(
            "span",
            { className: "meta" },
            `${entry.platform.vendor} · ${owner === undefined ? "TCO n/a" : `${formatValue(owner, "usdHour")} owner TCO`}`
          )
        )
      );
      item.querySelector("button")?.addEventListener("click", () => this.selectPlatform(entry.key));
      list.appendChild(item);
    }
    if (visible.length === 0)
      list.appendChild(el("li", { className: "empty" }, "No platform matches the filter."));
  }

  private selectPlatform(key: string): void {
    this.selectedKey = key;
    this.renderPlatformList();
    const entry = this.entries().find((e) => e.key === key);
    if (entry) this.renderDetail(entry);
  }

  private renderDetail(entry: ListEntry): void {
    const detail = byId("platform-detail");
    clear(detail);
    detail.hidden = false;
    const { platform, user } = entry;
    const rows = PRESET_FIELDS.map((field) => {
      const shipped: FieldValue<SourceId> = platform.values[field.name];
      const own = user?.values[field.name];
      const valueText =
        own !== undefined
          ? `${formatValue(own, "plain")} ${shipped.unit}`
          : shipped.value === null
            ? "not published"
            : `${formatValue(shipped.value, "plain")} ${shipped.unit}`;
      const provenance =
        own !== undefined
          ? el("span", {}, `Yours${user?.note ? `: ${user.note}` : ""}`)
          : shipped.value === null
            ? el("span", { className: "muted" }, shipped.note)
            : el(
                "span",
                {},
                `${shipped.basis} · `,
                externalLink(SOURCES[shipped.source].url, SOURCES[shipped.source].publisher),
                ` · ${shipped.asOf}`
              );
      return el(
        "tr",
        { "data-field": field.name },
        el("th", { scope: "row", title: field.description }, FIELD_LABELS[field.name]),
        el(
          "td",
          { className: own === undefined && shipped.value === null ? "muted" : "" },
          valueText
        ),
        el("td", { className: "provenance" }, provenance)
      );
    });

    const options = throughputOptions(platform.id);
    const combos = options.ok ? options.value.combinations : [];
    const throughputRows = combos.flatMap((combo) => {
      const series = throughputSeries(platform.id, combo.model, combo.workload, combo.precision);
      if (!series.ok) return [];
      return series.value.frontier.map((point) =>
        el(
          "tr",
          {},
          el("td", {}, `${point.model} ${point.workload} ${point.precision}`),
          el(
            "td",
            { className: "num" },
            formatValue(point.tokensPerSecondPerUser, "tokensPerSecond")
          ),
          el(
            "td",
            { className: "num" },
            formatValue(point.tokensPerSecondPerGpu, "tokensPerSecond")
          ),
          el("td", {}, point.engine),
          el(
            "td",
            {},
            point.runUrl ? externalLink(point.runUrl, point.measuredOn) : point.measuredOn
          )
        )
      );
    });

    const sourceIds = new Set<string>();
    for (const field of PRESET_FIELDS) {
      const value: FieldValue<SourceId> = platform.values[field.name];
      if (value.source) sourceIds.add(value.source);
    }
    const useInCalculator = el(
      "button",
      { className: "button", "data-testid": "use-in-calculator" },
      "Use in calculator"
    );
    useInCalculator.addEventListener("click", () => {
      this.inputs = defaultInputs(platform.id, user?.values);
      this.renderCalculator();
      this.showTab("calculator");
    });

    append(
      detail,
      el(
        "h2",
        { "data-testid": "detail-title" },
        user ? `${user.name} (based on ${platform.displayName})` : platform.displayName
      ),
      el(
        "p",
        { className: "muted" },
        `Aliases: ${platform.aliases.join(", ")} · values per GPU · ${PRESET_DATASET.version}`
      ),
      el("div", { className: "actions" }, useInCalculator),
      this.insertButton("Insert preset at selection", "insert-preset", () =>
        this.insertPreset(entry)
      ),
      el("h3", {}, "Specifications and costs"),
      el("table", { className: "grid", "data-testid": "spec-table" }, el("tbody", {}, ...rows)),
      el("h3", {}, `Measured throughput (${throughputRows.length} frontier points)`),
      throughputRows.length === 0
        ? el(
            "p",
            { className: "muted" },
            "No public throughput measurements for this platform in the dataset."
          )
        : el(
            "div",
            { className: "scroll" },
            el(
              "table",
              { className: "grid compact", "data-testid": "throughput-table" },
              el(
                "thead",
                {},
                el(
                  "tr",
                  {},
                  ...["Model, workload", "tok/s/user", "tok/s/GPU", "Engine", "Measured"].map((h) =>
                    el("th", { scope: "col" }, h)
                  )
                )
              ),
              el("tbody", {}, ...throughputRows)
            )
          ),
      el("h3", {}, "Sources"),
      el(
        "ul",
        { className: "sources" },
        ...[...sourceIds].map((id) => {
          const source = SOURCES[id as keyof typeof SOURCES];
          return el(
            "li",
            {},
            externalLink(source.url, `${source.publisher}: ${source.title}`),
            ` (${source.date})`
          );
        })
      )
    );
  }

  private insertPreset(entry: ListEntry): Promise<InsertResult> {
    const throughput = calculate({
      ...this.inputs,
      platformId: entry.platform.id,
      overrides: entry.user?.values,
    }).tokensPerSecondPerGpu;
    const sameScope = this.inputs.platformId === entry.platform.id;
    const block = presetBlock(
      entry.platform,
      "tcoUsdPerGpuHourOwner",
      sameScope && throughput.ok
        ? {
            tokensPerSecondPerGpu: throughput.value,
            description: `${this.inputs.model} ${this.inputs.workload} at ${this.inputs.tokensPerSecondPerUser} tokens/s per user`,
            source: `InferenceX measurements, interpolated (TOKENOMICS.THROUGHPUT("${entry.platform.id}", "${this.inputs.model}", "${this.inputs.workload}", ${this.inputs.tokensPerSecondPerUser}))`,
            asOf: PRESET_DATASET.asOf,
          }
        : undefined,
      entry.user
    );
    return insertBlockAtSelection(block, this.confirmOverwrite);
  }

  // ------------------------------------------------------------------------------------------------
  // Calculator
  // ------------------------------------------------------------------------------------------------

  private renderCalculator(): void {
    const panel = byId("calculator-form");
    clear(panel);
    const platformSelect = el("select", { id: "calc-platform", "data-testid": "calc-platform" });
    for (const platform of listPlatforms()) {
      append(
        platformSelect,
        el(
          "option",
          { value: platform.id, selected: platform.id === this.inputs.platformId },
          platform.displayName
        )
      );
    }
    platformSelect.addEventListener("change", () => {
      this.inputs = defaultInputs(platformSelect.value);
      this.renderCalculator();
    });

    const options = throughputOptions(this.inputs.platformId);
    const combos = options.ok ? options.value.combinations : [];
    const workloadSelect = el("select", { id: "calc-workload", "data-testid": "calc-workload" });
    const comboKeys = [...new Set(combos.map((c) => `${c.model}|${c.workload}`))];
    for (const key of comboKeys) {
      const [model, workload] = key.split("|");
      append(
        workloadSelect,
        el(
          "option",
          {
            value: key,
            selected: model === this.inputs.model && workload === this.inputs.workload,
          },
          `${model} · ${workload}`
        )
      );
    }
    if (comboKeys.length === 0)
      append(workloadSelect, el("option", { value: "" }, "No measurements for this platform"));
    workloadSelect.addEventListener("change", () => {
      const [model = "", workload = ""] = workloadSelect.value.split("|");
      this.inputs = { ...this.inputs, model, workload };
      this.renderCalculator();
    });
    const range = combos.filter(
      (c) => c.model === this.inputs.model && c.workload === this.inputs.workload
    );
    const rangeText =
      range.length > 0
        ? `measured ${formatValue(Math.min(...range.map((c) => c.minTokensPerSecondPerUser)), "tokensPerSecond")}–${formatValue(Math.max(...range.map((c) => c.maxTokensPerSecondPerUser)), "tokensPerSecond")}`
        : "";

    const basisSelect = el("select", { id: "calc-costBasis", "data-testid": "calc-costBasis" });
    for (const basis of COST_BASES)
      append(
        basisSelect,
        el("option", { value: basis.id, selected: basis.id === this.inputs.costBasis }, basis.label)
      );
    basisSelect.addEventListener("change", () => {
      this.inputs = { ...this.inputs, costBasis: basisSelect.value as CostBasis };
      this.renderResults();
    });

    append(
      panel,
      field("Platform", platformSelect),
      field("Model · workload", workloadSelect),
      this.numberField(
        "tokensPerSecondPerUser",
        "Interactivity",
        "output tokens/s per user",
        rangeText
      ),
      this.numberField("usdPerMillionTokens", "Token price", "USD per million tokens"),
      this.numberField("gpuCount", "GPUs", "count"),
      this.numberField("utilization", "Utilization", "0–1"),
      this.numberField("years", "Years", "horizon"),
      field("Cost of a GPU-hour", basisSelect),
      this.numberField(
        "capexPerGpu",
        "Capex per GPU",
        "USD, with its share of servers and network"
      ),
      this.numberField("lifeYears", "Economic life", "years"),
      this.numberField("costOfCapital", "Cost of capital", "per year, 0.1 = 10%"),
      this.numberField("powerKwPerGpu", "All-in power", "kW per GPU"),
      this.numberField("usdPerKwh", "Electricity", "USD per kWh"),
      this.numberField("pue", "PUE", "≥ 1"),
      this.numberField("opexPerGpuYear", "Hosting and opex", "USD per GPU-year"),
      this.numberField("annualPriceChange", "Token price change", "per year, −0.5 = halves"),
      this.numberField("annualThroughputGain", "Throughput gain", "per year"),
      this.numberField("discountRate", "Discount rate", "per year")
    );
    const insert = byId("calculator-insert");
    clear(insert);
    append(
      insert,
      this.insertButton("Insert model as a new sheet", "insert-model", () => this.insertModel())
    );
    this.renderResults();
  }

  private numberField(
    key: keyof CalculatorInputs,
    label: string,
    unit: string,
    hint = ""
  ): HTMLElement {
    const current = this.inputs[key];
    const input = el("input", {
      id: `calc-${key}`,
      "data-testid": `calc-${key}`,
      type: "number",
      step: "any",
      inputmode: "decimal",
      value: typeof current === "number" && Number.isFinite(current) ? String(current) : "",
      placeholder:
        typeof current === "number" && !Number.isFinite(current)
          ? "not published: enter yours"
          : undefined,
    });
    input.addEventListener("input", () => {
      const value = input.value.trim() === "" ? NaN : Number(input.value);
      this.inputs = { ...this.inputs, [key]: value };
      this.renderResults();
    });
    return field(label, input, hint ? `${unit} · ${hint}` : unit);
  }

  private renderResults(): void {
    const results = calculate(this.inputs);
    const table = byId("calculator-results");
    clear(table);
    const row = (label: string, figure: Figure, unit: Unit, testId: string): HTMLElement =>
      el("tr", {}, el("th", { scope: "row" }, label), figureCell(figure, unit, testId));
    const breakdown = results.breakdown;
    const headline = byId("calculator-headline");
    clear(headline);
    const tile = (label: string, figure: Figure, unit: Unit, testId: string): HTMLElement => {
      const shown = formatFigure(figure, unit);
      return el(
        "div",
        { className: "tile", title: shown.title },
        el("span", { className: "tile-label" }, label),
        el("strong", { "data-testid": testId }, shown.text)
      );
    };
    append(
      headline,
      tile("Cost / M tokens", results.costUsdPerMillionTokens, "usdPerMillion", "headline-cost"),
      tile("ROI", results.roiMultiple, "multiple", "headline-roi"),
      tile("Payback", results.paybackMonths, "months", "headline-payback")
    );
    append(
      table,
      row("Throughput per GPU", results.tokensPerSecondPerGpu, "tokensPerSecond", "result-tps"),
      row("Cost per GPU-hour", results.usdPerGpuHour, "usdHour", "result-gpu-hour"),
      row(
        "Cost per million tokens",
        results.costUsdPerMillionTokens,
        "usdPerMillion",
        "result-cost"
      ),
      row(
        "Break-even token price",
        results.breakEvenUsdPerMillionTokens,
        "usdPerMillion",
        "result-breakeven"
      ),
      row("Gross margin at your price", results.grossMarginAtPrice, "percent", "result-margin"),
      row("Investment", results.investmentUsd, "usd", "result-investment"),
      row("Operating cost per year", results.annualOperatingCostUsd, "usd", "result-opex"),
      row("Token revenue", results.tokenRevenueUsd, "usd", "result-revenue"),
      row("ROI multiple", results.roiMultiple, "multiple", "result-roi"),
      row("Payback", results.paybackMonths, "months", "result-payback"),
      row("NPV", results.npvUsd, "usd", "result-npv"),
      row("IRR", results.irr, "percent", "result-irr")
    );
    const parts = byId("calculator-breakdown");
    clear(parts);
    if (breakdown) {
      const total = breakdown.totalUsdPerGpuHour;
      const segments: [string, number, string][] = [
        ["Capital", breakdown.capitalUsdPerGpuHour, "capital"],
        ["Power", breakdown.powerUsdPerGpuHour, "power"],
        ["Operating", breakdown.operatingUsdPerGpuHour, "operating"],
      ];
      append(
        parts,
        el("h3", {}, `Cost breakdown, built up: ${formatValue(total, "usdHour")}`),
        el(
          "div",
          { className: "bar", role: "img", "aria-label": "Cost breakdown" },
          ...segments.map(([, value, cls]) =>
            el("span", { className: cls, style: `width:${((value / total) * 100).toFixed(1)}%` })
          )
        ),
        el(
          "ul",
          { className: "legend", "data-testid": "breakdown" },
          ...segments.map(([label, value, cls]) =>
            el(
              "li",
              {},
              el("span", { className: `swatch ${cls}` }),
              `${label} ${formatValue(value, "usdHour")} (${((value / total) * 100).toFixed(0)}%)`
            )
          )
        )
      );
    } else {
      append(
        parts,
        el(
          "p",
          { className: "muted" },
          "Enter a capex per GPU to see the capital, power and operating breakdown."
        )
      );
    }
  }

  private insertModel(): Promise<InsertResult> {
    const results = calculate(this.inputs);
    const platform = findPlatform(this.inputs.platformId);
    if (!results.tokensPerSecondPerGpu.ok)
      return Promise.resolve({ inserted: false, reason: results.tokensPerSecondPerGpu.reason });
    const block = modelSheet(this.inputs, {
      platformDisplayName: platform.ok ? platform.value.displayName : this.inputs.platformId,
      tokensPerSecondPerGpu: results.tokensPerSecondPerGpu.value,
      throughputSource: `InferenceX measurements, interpolated: TOKENOMICS.THROUGHPUT("${this.inputs.platformId}", "${this.inputs.model}", "${this.inputs.workload}", ${this.inputs.tokensPerSecondPerUser}) at insert`,
      insertedOn: this.host.today,
    });
    return insertBlockOnNewSheet(block, modelSheetBaseName(this.inputs));
  }

  // ------------------------------------------------------------------------------------------------
  // Compare
  // ------------------------------------------------------------------------------------------------

  private renderCompare(): void {
    const picker = byId("compare-picker");
    clear(picker);
    for (const platform of listPlatforms()) {
      const box = el("input", {
        type: "checkbox",
        value: platform.id,
        checked: this.compareKeys.has(platform.id),
        "data-testid": `compare-${platform.id}`,
      });
      box.addEventListener("change", () => {
        if (box.checked) this.compareKeys.add(platform.id);
        else this.compareKeys.delete(platform.id);
        this.renderCompareTable();
      });
      append(picker, el("label", { className: "check" }, box, platform.id));
    }
    this.renderCompareTable();
  }

  private renderCompareTable(): void {
    const table = byId("compare-table");
    clear(table);
    const scope = byId("compare-scope");
    clear(scope);
    append(
      scope,
      `${this.inputs.model} ${this.inputs.workload} at ${this.inputs.tokensPerSecondPerUser} tokens/s per user · ${formatValue(this.inputs.usdPerMillionTokens, "usdPerMillion")}/M · ${this.inputs.years} years · utilization ${formatValue(this.inputs.utilization, "percent")} · owner TCO · change these in the calculator`
    );
    append(
      table,
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ...["Platform", "tok/s/GPU", "$/GPU-h", "$/M tokens", "ROI per GPU"].map((h) =>
            el("th", { scope: "col" }, h)
          )
        )
      )
    );
    const body = el("tbody", {});
    for (const platform of listPlatforms().filter((p) => this.compareKeys.has(p.id))) {
      const results = calculate({
        ...defaultInputs(platform.id),
        model: this.inputs.model,
        workload: this.inputs.workload,
        precision: this.inputs.precision,
        tokensPerSecondPerUser: this.inputs.tokensPerSecondPerUser,
        usdPerMillionTokens: this.inputs.usdPerMillionTokens,
        utilization: this.inputs.utilization,
        years: this.inputs.years,
        gpuCount: 1,
        costBasis: "tcoUsdPerGpuHourOwner",
      });
      append(
        body,
        el(
          "tr",
          { "data-testid": "compare-row", "data-platform": platform.id },
          el("th", { scope: "row" }, platform.id),
          figureCell(results.tokensPerSecondPerGpu, "tokensPerSecond"),
          figureCell(results.usdPerGpuHour, "usdHour"),
          figureCell(results.costUsdPerMillionTokens, "usdPerMillion"),
          figureCell(results.roiMultiple, "multiple")
        )
      );
    }
    append(table, body);
  }

  // ------------------------------------------------------------------------------------------------
  // My presets
  // ------------------------------------------------------------------------------------------------

  private renderMine(): void {
    const form = byId("mine-form");
    clear(form);
    const name = el("input", {
      id: "mine-name",
      "data-testid": "mine-name",
      type: "text",
      maxlength: "80",
      placeholder: "e.g. B200 (our quote)",
    });
    const base = el("select", { id: "mine-base", "data-testid": "mine-base" });
    for (const platform of listPlatforms())
      append(base, el("option", { value: platform.id }, platform.displayName));
    const note = el("input", {
      id: "mine-note",
      "data-testid": "mine-note",
      type: "text",
      maxlength: "500",
      placeholder: "Where the numbers come from",
    });
    const valueInputs = OWN_FIELDS.map((fieldName) => {
      const input = el("input", {
        type: "number",
        step: "any",
        min: "0",
        "data-testid": `mine-${fieldName}`,
        "data-field": fieldName,
      });
      return { fieldName, input };
    });
    const fillFromBase = (): void => {
      for (const { fieldName, input } of valueInputs) {
        const value = presetNumber(base.value, fieldName);
        input.placeholder = value === undefined ? "not published" : String(value);
      }
    };
    base.addEventListener("change", fillFromBase);
    fillFromBase();
    const save = el(
      "button",
      { className: "button primary", "data-testid": "mine-save" },
      "Save preset"
    );
    save.addEventListener(
      "click",
      () => void this.saveMine(name.value, base.value, note.value, valueInputs)
    );
    append(
      form,
      field("Name", name),
      field("Based on", base, "throughput measurements come from here"),
      ...valueInputs.map(({ fieldName, input }) =>
        field(FIELD_LABELS[fieldName], input, "leave blank to keep the preset value")
      ),
      field("Note", note),
      el("div", { className: "actions" }, save),
      el(
        "p",
        { className: "hint" },
        this.host.inExcel
          ? "Saved in this workbook: colleagues who open it see the same presets."
          : "Saved in this browser (open from Excel to save into a workbook)."
      )
    );
    const list = byId("mine-list");
    clear(list);
    if (this.userPresets.length === 0)
      list.appendChild(el("li", { className: "empty" }, "No presets of your own yet."));
    for (const preset of this.userPresets) {
      const remove = el(
        "button",
        { className: "button subtle", "aria-label": `Delete ${preset.name}` },
        "Delete"
      );
      remove.addEventListener("click", () => void this.deleteMine(preset.name));
      const values = Object.entries(preset.values).map(
        ([f, v]) => `${FIELD_LABELS[f as PresetFieldName]} ${formatValue(v, "plain")}`
      );
      append(
        list,
        el(
          "li",
          { "data-testid": "mine-item" },
          el("strong", {}, preset.name),
          ` · based on ${preset.basedOn} · ${values.join(" · ") || "no changes"} `,
          remove
        )
      );
    }
  }

  private async saveMine(
    name: string,
    basedOn: string,
    note: string,
    inputs: { fieldName: PresetFieldName; input: HTMLInputElement }[]
  ): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) {
      this.toast("Give your preset a name.", "error");
      return;
    }
    const values: Partial<Record<PresetFieldName, number>> = {};
    for (const { fieldName, input } of inputs) {
      if (input.value.trim() === "") continue;
      const value = Number(input.value);
      if (!Number.isFinite(value) || value < 0) {
        this.toast(`${FIELD_LABELS[fieldName]} must be a number of at least 0.`, "error");
        return;
      }
      values[fieldName] = value;
    }
    try {
      this.userPresets = await saveUserPreset(this.host.settings, {
        name: trimmed,
        basedOn,
        values,
        note: note.trim(),
        savedOn: this.host.today,
      });
      this.toast(`Saved "${trimmed}" (${excelName(trimmed)}).`);
    } catch (error) {
      this.toast(
        `Could not save: ${error instanceof Error ? error.message : String(error)}`,
        "error"
      );
    }
    this.renderMine();
    this.renderPlatformList();
  }

  private async deleteMine(name: string): Promise<void> {
    this.userPresets = await deleteUserPreset(this.host.settings, name);
    this.renderMine();
    this.renderPlatformList();
  }
}

/** A table cell showing a figure, or a dash whose tooltip says why there is no number. */
function figureCell(figure: Figure, unit: Unit, testId?: string): HTMLElement {
  const shown = formatFigure(figure, unit);
  return el(
    "td",
    { className: `num${shown.missing ? " muted" : ""}`, "data-testid": testId, title: shown.title },
    shown.text
  );
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || undefined;
  return el(
    "div",
    { className: "field" },
    el("label", { for: id }, label),
    control,
    hint ? el("span", { className: "hint" }, hint) : null
  );
}
