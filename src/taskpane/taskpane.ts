/**
 * The composition root of the shared-runtime page: decide whether we run inside Excel, create the pane
 * state and the services, build the shell and mount one view per tab. Never imports src/functions
 * (functions.js is loaded by the same page and registers the functions once).
 */
import { byId } from "./dom";
import type { Services } from "./services";
import { createConfirmChange, createConfirmOverwrite } from "./shell/dialog";
import { mountHeader } from "./shell/header";
import { mountTabs } from "./shell/tabs";
import { createToast } from "./shell/toast";
import { initialData, PaneState } from "./state";
import type { TabId } from "./state";
import { mountCalculator } from "./views/calculator";
import { mountCompare } from "./views/compare";
import { mountDecide } from "./views/decide";
import { mountMyPresets } from "./views/myPresets";
import { mountPlatforms } from "./views/platforms";
import { mountShare } from "./views/share";
import { mountWhich } from "./views/which";
import { insertBlockAtSelection, insertBlockOnNewSheet } from "./workbook/excelWriter";
import { freeze, unfreeze } from "./workbook/freezeWriter";
import type { FreezeOptions } from "./workbook/freezeWriter";
import { browserSettings, readUserPresets, workbookSettings } from "./workbook/userPresets";

/** Office.onReady outside Office resolves with host null; if office.js never arrives, give up after this. */
const OFFICE_READY_TIMEOUT_MS = 3000;

/** One view per tab: a new view is a new file in views/ and a line here and in shell/tabs.ts. */
const VIEWS: Record<TabId, (root: HTMLElement, state: PaneState, services: Services) => void> = {
  platforms: mountPlatforms,
  calculator: mountCalculator,
  compare: mountCompare,
  which: mountWhich,
  decide: mountDecide,
  mine: mountMyPresets,
  share: mountShare,
};

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
  const confirmOverwrite = createConfirmOverwrite(byId("dialog"));
  const today = new Date().toISOString().slice(0, 10);
  const freezeOptions: FreezeOptions = {
    confirm: createConfirmChange(byId("dialog")),
    store: settings,
    today,
    // The manifest asks only for SharedRuntime 1.1: spill ranges (1.12) and notes (1.18) are checked here.
    supports: (set, version) => inExcel && Office.context.requirements.isSetSupported(set, version),
  };
  const services: Services = {
    inExcel,
    settings,
    today,
    toast: createToast(byId("toast")),
    insertAtSelection: (block) => insertBlockAtSelection(block, confirmOverwrite),
    insertOnNewSheet: insertBlockOnNewSheet,
    freeze: (scope) => freeze(scope, freezeOptions),
    unfreeze: (scope) => unfreeze(scope, freezeOptions),
  };
  const state = new PaneState(initialData(readUserPresets(settings)));
  mountHeader(byId("host-status"), byId("dataset-notice"), inExcel, settings);
  const panels = mountTabs(byId("tabs"), byId("panels"), state);
  for (const [tab, mount] of Object.entries(VIEWS) as [TabId, (typeof VIEWS)[TabId]][])
    mount(panels[tab], state, services);
  document.body.dataset.ready = inExcel ? "excel" : "standalone";
}

void main();
