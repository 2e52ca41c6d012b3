/**
 * "Share": make a workbook readable without the add-in. Freeze keeps the current values of the TOKENOMICS
 * formulas in the selection, the sheet or the workbook as constants, with a stamp; the formulas stay in the
 * workbook, and Unfreeze puts them back. Both ask before they change anything (the writer does the asking).
 * Below them, the standalone workbook (shareExport.ts): the model in native formulas, as a file.
 */
import { el } from "../dom";
import type { Services } from "../services";
import { NEEDS_EXCEL } from "../shell/needsExcel";
import type { PaneState } from "../state";
import type { FreezeScope } from "../workbook/freezePlan";
import type { FreezeResult } from "../workbook/freezeWriter";
import { mount as mountStandaloneExport } from "./shareExport";

/** The scopes in the order the pane offers them. */
export const SHARE_SCOPES: readonly { readonly id: FreezeScope; readonly label: string }[] = [
  { id: "selection", label: "The selection (whole spilled results)" },
  { id: "sheet", label: "This sheet" },
  { id: "workbook", label: "The whole workbook" },
];

/** What a colleague without the add-in sees, said once above the buttons. */
export const SHARE_INTRO =
  "A colleague without the add-in sees #NAME? once Excel recalculates a TOKENOMICS formula. Freeze keeps " +
  "the current values as constants, stamped with the add-in version, the preset dataset and the date; the " +
  "formulas stay in the workbook, and Unfreeze restores them exactly.";

/** Runs Freeze or Unfreeze and says how it went; nothing happens outside Excel. */
export async function runShareAction(
  services: Services,
  label: string,
  action: () => Promise<FreezeResult>
): Promise<void> {
  if (!services.inExcel) {
    services.toast(NEEDS_EXCEL, "error");
    return;
  }
  try {
    const result = await action();
    services.toast(result.ok ? result.value.message : result.reason);
  } catch (error) {
    services.toast(
      `${label} failed: ${error instanceof Error ? error.message : String(error)}`,
      "error"
    );
  }
}

function scopeChoice(state: PaneState): HTMLElement {
  const radios = SHARE_SCOPES.map((scope) => {
    const input = el("input", {
      type: "radio",
      name: "share-scope",
      id: `share-scope-${scope.id}`,
      value: scope.id,
      "data-testid": `share-scope-${scope.id}`,
      checked: state.current.shareScope === scope.id,
    });
    input.addEventListener("change", () => {
      if (input.checked) state.update({ shareScope: scope.id });
    });
    return { scope, input };
  });
  state.subscribe((changed, data) => {
    if (!changed.has("shareScope")) return;
    for (const { scope, input } of radios) input.checked = data.shareScope === scope.id;
  });
  return el(
    "fieldset",
    { className: "choice", "data-testid": "share-scope" },
    el("legend", {}, "Freeze or unfreeze"),
    ...radios.map(({ scope, input }) =>
      el("div", { className: "choice-option" }, input, el("label", { for: input.id }, scope.label))
    )
  );
}

export function mountShare(root: HTMLElement, state: PaneState, services: Services): void {
  const hintId = "share-needs-excel";
  const button = (label: string, testId: string, primary: boolean): HTMLButtonElement =>
    el(
      "button",
      {
        type: "button",
        className: primary ? "button primary" : "button",
        "data-testid": testId,
        disabled: !services.inExcel,
        "aria-describedby": services.inExcel ? undefined : hintId,
      },
      label
    );
  const freezeButton = button("Freeze values", "share-freeze", true);
  const unfreezeButton = button("Unfreeze", "share-unfreeze", false);
  freezeButton.addEventListener(
    "click",
    () => void runShareAction(services, "Freeze", () => services.freeze(state.current.shareScope))
  );
  unfreezeButton.addEventListener(
    "click",
    () =>
      void runShareAction(services, "Unfreeze", () => services.unfreeze(state.current.shareScope))
  );
  root.append(
    el("h2", {}, "Share a model"),
    el("p", { className: "hint", "data-testid": "share-intro" }, SHARE_INTRO),
    scopeChoice(state),
    el(
      "div",
      { className: "insert-row" },
      freezeButton,
      unfreezeButton,
      services.inExcel
        ? null
        : el("span", { className: "hint", id: hintId, "data-testid": hintId }, NEEDS_EXCEL)
    )
  );
  // The standalone workbook works outside Excel too, so it sits below Freeze in the same tab.
  mountStandaloneExport(root, state, services);
}
