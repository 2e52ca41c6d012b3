/** An in-pane confirmation before cells are overwritten (window.confirm does not exist in Office add-ins). */
import { append, clear, el } from "../dom";
import type { ConfirmOverwrite, OverwriteCheck } from "../workbook/excelWriter";
import type { ConfirmChange } from "../workbook/freezeWriter";

/** What the dialog says would be overwritten. */
export function overwriteLines(check: OverwriteCheck): string[] {
  const lines: string[] = [];
  if (check.nonEmptyCells > 0)
    lines.push(
      `${check.nonEmptyCells} non-empty cell(s) in ${check.address} would be overwritten.`
    );
  if (check.existingNames.length > 0)
    lines.push(
      `These names already exist and would point to the new cells: ${check.existingNames.join(", ")}.`
    );
  return lines;
}

export function createConfirmOverwrite(dialog: HTMLElement): ConfirmOverwrite {
  return (check) =>
    ask(
      dialog,
      "Overwrite cells?",
      overwriteLines(check),
      "Keep my cells",
      "Overwrite",
      "dialog-overwrite"
    );
}

/** The confirmation before Freeze or Unfreeze changes cells: the list of changes, then Cancel or go. */
export function createConfirmChange(dialog: HTMLElement): ConfirmChange {
  return (request) =>
    ask(dialog, request.title, request.lines, "Cancel", request.proceedLabel, "dialog-proceed");
}

function ask(
  dialog: HTMLElement,
  title: string,
  lines: readonly string[],
  cancelLabel: string,
  proceedLabel: string,
  proceedTestId: string
): Promise<boolean> {
  return new Promise((resolve) => {
    const returnFocus = document.activeElement as HTMLElement | null;
    clear(dialog);
    const cancel = el(
      "button",
      { type: "button", className: "button", "data-testid": "dialog-cancel" },
      cancelLabel
    );
    const proceed = el(
      "button",
      { type: "button", className: "button primary", "data-testid": proceedTestId },
      proceedLabel
    );
    const close = (answer: boolean): void => {
      dialog.hidden = true;
      returnFocus?.focus();
      resolve(answer);
    };
    cancel.addEventListener("click", () => close(false));
    proceed.addEventListener("click", () => close(true));
    const card = el(
      "div",
      {
        className: "dialog-card",
        role: "alertdialog",
        "aria-modal": "true",
        "aria-labelledby": "dialog-title",
      },
      el("h2", { id: "dialog-title" }, title),
      ...lines.map((line) => el("p", {}, line)),
      el("div", { className: "actions" }, cancel, proceed)
    );
    // Escape keeps the cells, as the safe choice; Tab stays between the two buttons while it is open.
    card.addEventListener("keydown", (event) => {
      if (event.key === "Escape") close(false);
      if (event.key === "Tab") {
        event.preventDefault();
        (document.activeElement === cancel ? proceed : cancel).focus();
      }
    });
    append(dialog, card);
    dialog.hidden = false;
    cancel.focus();
  });
}
