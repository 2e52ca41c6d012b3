/**
 * The one place the pane says what needs Excel, in one wording: inserting into a workbook. Outside Excel the
 * pane is a calculator, and every insert button is disabled with this hint beside it.
 */
import { PRESET_DATASET } from "../../presets";
import { el } from "../dom";
import type { Services } from "../services";
import { recordDatasetVersion } from "../workbook/userPresets";
import type { InsertResult } from "../workbook/excelWriter";

/** How to get a pane that can write to a workbook. */
export const OPEN_FROM_EXCEL = "open this pane from Excel (Home > Token economics)";

/** The hint beside every insert button outside Excel. */
export const NEEDS_EXCEL = `Insert needs Excel: ${OPEN_FROM_EXCEL}. Here the pane is a calculator.`;

/** The header line: where the pane runs and which preset dataset it ships. */
export function hostStatusText(inExcel: boolean): string {
  return inExcel
    ? `Connected to Excel · preset dataset ${PRESET_DATASET.version} (as of ${PRESET_DATASET.asOf})`
    : `Standalone calculator · to insert into a workbook, ${OPEN_FROM_EXCEL} · dataset ${PRESET_DATASET.version}`;
}

/** Runs an insert and says how it went; records the dataset version the workbook's values came from. */
export async function runInsert(
  services: Services,
  label: string,
  insert: () => Promise<InsertResult>
): Promise<void> {
  if (!services.inExcel) {
    services.toast(NEEDS_EXCEL, "error");
    return;
  }
  try {
    const result = await insert();
    if (result.ok) {
      await recordDatasetVersion(services.settings, PRESET_DATASET.version);
      services.toast(`${label}: written to ${result.value.address}.`);
    } else {
      services.toast(result.reason);
    }
  } catch (error) {
    services.toast(
      `${label} failed: ${error instanceof Error ? error.message : String(error)}`,
      "error"
    );
  }
}

/** An insert button; outside Excel, disabled with the hint beside it. */
export function insertButton(
  services: Services,
  label: string,
  testId: string,
  insert: () => Promise<InsertResult>
): HTMLElement {
  const hintId = `${testId}-needs-excel`;
  const button = el(
    "button",
    {
      type: "button",
      className: "button primary",
      "data-testid": testId,
      disabled: !services.inExcel,
      "aria-describedby": services.inExcel ? undefined : hintId,
    },
    label
  );
  button.addEventListener("click", () => void runInsert(services, label, insert));
  return el(
    "div",
    { className: "insert-row" },
    button,
    services.inExcel ? null : el("span", { className: "hint", id: hintId }, NEEDS_EXCEL)
  );
}
