/**
 * A pane without Excel for view tests: a state, services that record what they were asked to do, and a
 * root element in the jsdom document to mount a view into.
 */
import type { Services, ToastKind } from "../../src/taskpane/services";
import { initialData, PaneState } from "../../src/taskpane/state";
import type { PaneData } from "../../src/taskpane/state";
import type { Block } from "../../src/taskpane/workbook/block";
import type { InsertResult } from "../../src/taskpane/workbook/excelWriter";
import type { SettingsStore } from "../../src/taskpane/workbook/userPresets";

export function memoryStore(
  initial: Record<string, unknown> = {}
): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: (key) => data[key], set: async (key, value) => void (data[key] = value) };
}

export interface FakeServices extends Services {
  readonly toasts: [string, ToastKind | undefined][];
  /** Freeze and Unfreeze calls, with their scope, in order. */
  readonly frozen: string[];
  readonly inserted: { block: Block; sheet?: string }[];
  readonly settings: ReturnType<typeof memoryStore>;
}

const WRITTEN: InsertResult = {
  ok: true,
  value: { address: "Sheet1!A1:F16", sheetName: "Sheet1" },
};

export function fakeServices(overrides: Partial<Services> = {}): FakeServices {
  const toasts: [string, ToastKind | undefined][] = [];
  const inserted: { block: Block; sheet?: string }[] = [];
  const frozen: string[] = [];
  return {
    inExcel: true,
    settings: memoryStore(),
    today: "2026-11-26",
    toast: (text, kind) => void toasts.push([text, kind]),
    insertAtSelection: async (block) => {
      inserted.push({ block });
      return WRITTEN;
    },
    insertOnNewSheet: async (block, sheet) => {
      inserted.push({ block, sheet });
      return WRITTEN;
    },
    freeze: async (scope) => {
      frozen.push(`freeze ${scope}`);
      return { ok: true, value: { message: `Froze the ${scope}.` } };
    },
    unfreeze: async (scope) => {
      frozen.push(`unfreeze ${scope}`);
      return { ok: false, reason: `No frozen blocks in the ${scope}: nothing changed.` };
    },
    ...overrides,
    frozen,
    toasts,
    inserted,
  } as FakeServices;
}

/** Mounts a view into a fresh root in the document, with its own state and fake services. */
export function mountView(
  mount: (root: HTMLElement, state: PaneState, services: Services) => void,
  data: Partial<PaneData> = {},
  services: FakeServices = fakeServices()
): { root: HTMLElement; state: PaneState; services: FakeServices } {
  document.body.innerHTML = "";
  const root = document.createElement("section");
  document.body.appendChild(root);
  const state = new PaneState({ ...initialData(), ...data });
  mount(root, state, services);
  return { root, state, services };
}

/** Types into an input as a person would: sets the text and fires the input event. */
export function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

export function byTestId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const node = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!node) throw new Error(`no [data-testid="${id}"]`);
  return node;
}

/** Lets pending promise callbacks (saves, inserts) run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
