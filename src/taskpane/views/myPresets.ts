/**
 * The My presets view: save a preset of your own (a shipped platform with your price, power or hourly
 * costs) in the workbook, or in this browser outside Excel, and delete it again.
 */
import { listPlatforms } from "../../presets";
import type { PresetFieldName } from "../../presets";
import { append, clear, el, field, hint } from "../dom";
import { presetNumber } from "../model/inputs";
import type { Services } from "../services";
import { OPEN_FROM_EXCEL } from "../shell/needsExcel";
import type { PaneState } from "../state";
import { FIELD_LABELS, formatValue } from "../units";
import { excelName } from "../workbook/block";
import {
  deleteUserPreset,
  NAME_MAX,
  NOTE_MAX,
  saveUserPreset,
  userPresetFromForm,
} from "../workbook/userPresets";

/** The fields a user most often has figures of their own for. */
const OWN_FIELDS: readonly PresetFieldName[] = [
  "priceUsdPerGpu",
  "allInPowerKwPerGpu",
  "tcoUsdPerGpuHourOwner",
  "tcoUsdPerGpuHourRental",
  "usdPerGpuHourOnDemand",
];

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export function mountMyPresets(root: HTMLElement, state: PaneState, services: Services): void {
  const form = el("div", { id: "mine-form", className: "form" });
  const list = el("ul", { id: "mine-list", className: "mine-list", "data-testid": "mine-list" });
  append(root, form, el("h2", {}, "Saved"), list);

  const name = el("input", {
    id: "mine-name",
    "data-testid": "mine-name",
    type: "text",
    maxlength: String(NAME_MAX),
    placeholder: "e.g. B200 (our quote)",
  });
  const base = el(
    "select",
    { id: "mine-base", "data-testid": "mine-base" },
    ...listPlatforms().map((p) => el("option", { value: p.id }, p.displayName))
  );
  const note = el("input", {
    id: "mine-note",
    "data-testid": "mine-note",
    type: "text",
    maxlength: String(NOTE_MAX),
    placeholder: "Where the numbers come from",
  });
  const values = OWN_FIELDS.map((fieldName) => ({
    fieldName,
    input: el("input", {
      id: `mine-${fieldName}`,
      type: "number",
      step: "any",
      min: "0",
      "data-testid": `mine-${fieldName}`,
      "data-field": fieldName,
    }),
  }));
  const showBaseValues = (): void => {
    for (const { fieldName, input } of values) {
      const value = presetNumber(base.value, fieldName);
      input.placeholder = value === undefined ? "not published" : String(value);
    }
  };
  base.addEventListener("change", showBaseValues);
  showBaseValues();

  const save = el(
    "button",
    { type: "button", className: "button primary", "data-testid": "mine-save" },
    "Save preset"
  );
  save.addEventListener("click", () => {
    const preset = userPresetFromForm(
      {
        name: name.value,
        basedOn: base.value,
        note: note.value,
        values: Object.fromEntries(values.map(({ fieldName, input }) => [fieldName, input.value])),
      },
      services.today
    );
    if (!preset.ok) {
      services.toast(preset.reason, "error");
      return;
    }
    saveUserPreset(services.settings, preset.value)
      .then((userPresets) => {
        state.update({ userPresets });
        for (const input of [name, note, ...values.map((v) => v.input)]) input.value = "";
        services.toast(`Saved "${preset.value.name}" (${excelName(preset.value.name)}).`);
      })
      .catch((error: unknown) => services.toast(`Could not save: ${errorText(error)}`, "error"));
  });
  append(
    form,
    field("Name", name),
    field("Based on", base, hint("throughput measurements come from here")),
    ...values.map(({ fieldName, input }) =>
      field(FIELD_LABELS[fieldName], input, hint("leave blank to keep the preset value"))
    ),
    field("Note", note),
    el("div", { className: "actions" }, save),
    hint(
      services.inExcel
        ? "Saved in this workbook: colleagues who open it see the same presets."
        : `Saved in this browser; to save into a workbook, ${OPEN_FROM_EXCEL}.`
    )
  );

  const renderList = (): void => {
    clear(list);
    const { userPresets } = state.current;
    if (userPresets.length === 0)
      list.appendChild(el("li", { className: "empty" }, "No presets of your own yet."));
    for (const preset of userPresets) {
      const remove = el(
        "button",
        { type: "button", className: "button subtle", "aria-label": `Delete ${preset.name}` },
        "Delete"
      );
      remove.addEventListener("click", () => {
        deleteUserPreset(services.settings, preset.name)
          .then((userPresets) => state.update({ userPresets }))
          .catch((error: unknown) =>
            services.toast(`Could not delete: ${errorText(error)}`, "error")
          );
      });
      const shown = Object.entries(preset.values).map(
        ([f, v]) => `${FIELD_LABELS[f as PresetFieldName]} ${formatValue(v, "plain")}`
      );
      append(
        list,
        el(
          "li",
          { "data-testid": "mine-item" },
          el("strong", {}, preset.name),
          ` · based on ${preset.basedOn} · ${shown.join(" · ") || "no changes"} `,
          remove
        )
      );
    }
  };
  state.subscribe((changed) => {
    if (changed.has("userPresets")) renderList();
  });
  renderList();
}
