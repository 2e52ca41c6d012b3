/** The pane's header lines: where it runs, and whether the workbook's presets came from an older dataset. */
import { PRESET_DATASET } from "../../presets";
import { append, clear } from "../dom";
import { recordedDatasetVersion } from "../workbook/userPresets";
import type { SettingsStore } from "../workbook/userPresets";
import { hostStatusText } from "./needsExcel";

/** The notice shown when the workbook's inserted values came from another dataset; undefined otherwise. */
export function datasetNoticeText(recorded: string | undefined): string | undefined {
  if (recorded === undefined || recorded === PRESET_DATASET.version) return undefined;
  return (
    `This workbook's presets were inserted from dataset ${recorded}; this add-in ships ${PRESET_DATASET.version}. ` +
    "Values already in the workbook are unchanged. Insert a preset again to use the new figures."
  );
}

export function mountHeader(
  status: HTMLElement,
  notice: HTMLElement,
  inExcel: boolean,
  settings: SettingsStore
): void {
  clear(status);
  append(status, hostStatusText(inExcel));
  const text = datasetNoticeText(recordedDatasetVersion(settings));
  clear(notice);
  append(notice, text);
  notice.hidden = text === undefined;
}
