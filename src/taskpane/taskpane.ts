/**
 * The shared-runtime page's entry: decide whether we run inside Excel, then start the pane. Never imports
 * src/functions (functions.js is loaded by the same page and registers the functions once).
 */
import { TaskPane } from "./app";
import { browserSettings, workbookSettings } from "./workbook/userPresets";

/** Office.onReady outside Office resolves with host null; if office.js never arrives, give up after this. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function officeHost(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), OFFICE_READY_TIMEOUT_MS);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(info.host === Office.HostType.Excel);
    }).catch(() => resolve(false));
  });
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const inExcel = await officeHost();
  const settings = inExcel
    ? workbookSettings(Office.context.document.settings)
    : browserSettings(localStorageOrUndefined());
  const today = new Date().toISOString().slice(0, 10);
  new TaskPane({ inExcel, settings, today }).start();
  document.body.dataset.ready = inExcel ? "excel" : "standalone";
}

void main();
