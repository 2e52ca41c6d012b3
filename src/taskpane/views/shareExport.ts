/**
 * "Standalone workbook" (in the Share tab): the calculator's model as an .xlsx in ordinary Excel formulas,
 * which a colleague without the add-in (or LibreOffice) opens and recalculates. Download works anywhere,
 * outside Excel too; inside Excel the pane also opens the file as a new workbook, since Excel for Mac
 * blocks downloads from add-ins. exceljs loads on the first export, never with the pane.
 */
import { el } from "../dom";
import type { Services } from "../services";
import type { PaneState } from "../state";
import { standaloneWorkbook } from "../workbook/xlsxExport";
import type { StandaloneWorkbook } from "../workbook/xlsxExport";
import { downloadFile, openAsNewWorkbook } from "../workbook/xlsxHost";

export const EXPORT_TEXT = {
  heading: "Standalone workbook",
  intro:
    "The calculator's model as an .xlsx in ordinary Excel formulas (PMT, NPV, IRR, INDEX, …) over named " +
    "inputs, with sources, the supported input bounds and a check cell. Anyone can open it without the " +
    "add-in, in Excel or LibreOffice, edit the blue inputs and see every output recalculate.",
  download: "Download as standalone workbook",
  open: "Open as new workbook",
  macHint:
    "Excel for Mac blocks downloads from add-ins (office-js #2700): there, use Open as new workbook and save it.",
  outsideExcel:
    "Downloads the file from this page; in Excel the pane can also open it as a new workbook.",
} as const;

type Action = (workbook: StandaloneWorkbook) => Promise<void> | void;

async function exportThen(
  state: PaneState,
  services: Services,
  status: HTMLElement,
  label: string,
  action: Action
): Promise<void> {
  status.textContent = `${label}: building the workbook…`;
  try {
    const workbook = await standaloneWorkbook(state.current.inputs, services.today);
    if (!workbook.ok) {
      status.textContent = `${label}: ${workbook.reason}`;
      services.toast(workbook.reason);
      return;
    }
    await action(workbook.value);
    status.textContent = `${label}: ${workbook.value.fileName} (${Math.ceil(workbook.value.bytes.length / 1024)} KB).`;
  } catch (error) {
    const message = `${label} failed: ${error instanceof Error ? error.message : String(error)}`;
    status.textContent = message;
    services.toast(message, "error");
  }
}

export function mount(root: HTMLElement, state: PaneState, services: Services): void {
  const status = el("p", {
    className: "hint",
    role: "status",
    "aria-live": "polite",
    "data-testid": "export-status",
  });
  const button = (label: string, testId: string, action: Action): HTMLButtonElement => {
    const node = el(
      "button",
      { type: "button", className: "button", "data-testid": testId },
      label
    );
    node.addEventListener("click", () => {
      node.disabled = true;
      void exportThen(state, services, status, label, action).finally(() => {
        node.disabled = false;
      });
    });
    return node;
  };
  const download = button(EXPORT_TEXT.download, "export-download", (workbook) =>
    downloadFile(root.ownerDocument, workbook.bytes, workbook.fileName)
  );
  const open = services.inExcel
    ? button(EXPORT_TEXT.open, "export-open", (workbook) => openAsNewWorkbook(workbook.bytes))
    : null;
  root.append(
    el(
      "section",
      { className: "share-export", "aria-labelledby": "share-export-heading" },
      el("h2", { id: "share-export-heading" }, EXPORT_TEXT.heading),
      el("p", { className: "hint" }, EXPORT_TEXT.intro),
      el("div", { className: "insert-row" }, download, open),
      el(
        "p",
        { className: "hint" },
        services.inExcel ? EXPORT_TEXT.macHint : EXPORT_TEXT.outsideExcel
      ),
      status
    )
  );
}
