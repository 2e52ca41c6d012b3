/**
 * The user's own presets, saved in the workbook (document settings) so a colleague who opens it sees the
 * same numbers; outside Excel, in the browser's local storage. Also records which preset dataset the
 * workbook's inserted values came from, so a newer add-in can say its data changed instead of changing
 * anything silently.
 */
import { found, noAnswer } from "../../core";
import type { Answer } from "../../core";
import { PRESET_FIELDS } from "../../presets";
import type { PresetFieldName } from "../../presets";
import { FIELD_LABELS } from "../units";

export interface UserPreset {
  /** The user's name for it, e.g. "B200 (our quote)". */
  readonly name: string;
  /** The shipped platform it starts from (throughput measurements come from there). */
  readonly basedOn: string;
  /** The fields the user set; anything absent falls back to the shipped preset. */
  readonly values: Partial<Record<PresetFieldName, number>>;
  readonly note: string;
  readonly savedOn: string;
}

const USER_PRESETS_KEY = "tokenomics.userPresets";
const DATASET_KEY = "tokenomics.datasetVersion";

/** Where settings live: the workbook in Excel, local storage in a browser. */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

export function workbookSettings(settings: Office.Settings): SettingsStore {
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) =>
      new Promise((resolve, reject) => {
        settings.set(key, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error.message))
        );
      }),
  };
}

export function browserSettings(storage: Storage | undefined): SettingsStore {
  const memory = new Map<string, unknown>();
  return {
    get: (key) => {
      if (!storage) return memory.get(key);
      const text = storage.getItem(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    set: async (key, value) => {
      if (storage) storage.setItem(key, JSON.stringify(value));
      else memory.set(key, value);
    },
  };
}

const FIELD_NAMES = new Set<string>(PRESET_FIELDS.map((f) => f.name));

/** Longest preset name and note kept; longer ones are cut, in the form and in a hand-edited file alike. */
export const NAME_MAX = 80;
export const NOTE_MAX = 500;

/** A value a preset may hold: a finite number of at least 0 (prices, power and hourly costs). */
export function isOwnValue(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** What the "My presets" form holds: text as typed, a blank value meaning "keep the preset's". */
export interface UserPresetForm {
  readonly name: string;
  readonly basedOn: string;
  readonly note: string;
  readonly values: Partial<Record<PresetFieldName, string>>;
}

/** The preset a filled-in form describes, or what to fix first. */
export function userPresetFromForm(form: UserPresetForm, savedOn: string): Answer<UserPreset> {
  const name = form.name.trim();
  if (!name) return noAnswer("Give your preset a name.");
  const values: Partial<Record<PresetFieldName, number>> = {};
  for (const [field, text] of Object.entries(form.values) as [PresetFieldName, string][]) {
    if (text.trim() === "") continue;
    const value = Number(text);
    if (!isOwnValue(value))
      return noAnswer(`${FIELD_LABELS[field]} must be a number of at least 0.`);
    values[field] = value;
  }
  return found({ name, basedOn: form.basedOn, values, note: form.note.trim(), savedOn });
}

/** Reads saved presets, keeping only well-formed entries (a hand-edited or older file never breaks the pane). */
export function readUserPresets(store: SettingsStore): UserPreset[] {
  const raw = store.get(USER_PRESETS_KEY);
  if (!Array.isArray(raw)) return [];
  const presets: UserPreset[] = [];
  for (const item of raw as unknown[]) {
    if (!item || typeof item !== "object") continue;
    const candidate = item as Record<string, unknown>;
    if (typeof candidate.name !== "string" || typeof candidate.basedOn !== "string") continue;
    const values: Partial<Record<PresetFieldName, number>> = {};
    const rawValues =
      candidate.values && typeof candidate.values === "object"
        ? (candidate.values as Record<string, unknown>)
        : {};
    for (const [field, value] of Object.entries(rawValues)) {
      if (FIELD_NAMES.has(field) && isOwnValue(value)) values[field as PresetFieldName] = value;
    }
    presets.push({
      name: candidate.name.slice(0, NAME_MAX),
      basedOn: candidate.basedOn,
      values,
      note: typeof candidate.note === "string" ? candidate.note.slice(0, NOTE_MAX) : "",
      savedOn: typeof candidate.savedOn === "string" ? candidate.savedOn : "",
    });
  }
  return presets;
}

/** Saves `preset`, replacing one with the same name (case-insensitive). */
export async function saveUserPreset(
  store: SettingsStore,
  preset: UserPreset
): Promise<UserPreset[]> {
  const others = readUserPresets(store).filter(
    (p) => p.name.toLowerCase() !== preset.name.toLowerCase()
  );
  const next = [...others, preset];
  await store.set(USER_PRESETS_KEY, next);
  return next;
}

export async function deleteUserPreset(store: SettingsStore, name: string): Promise<UserPreset[]> {
  const next = readUserPresets(store).filter((p) => p.name.toLowerCase() !== name.toLowerCase());
  await store.set(USER_PRESETS_KEY, next);
  return next;
}

/** The dataset version the workbook's inserted values came from, if any insert recorded one. */
export function recordedDatasetVersion(store: SettingsStore): string | undefined {
  const value = store.get(DATASET_KEY);
  return typeof value === "string" ? value : undefined;
}

export async function recordDatasetVersion(store: SettingsStore, version: string): Promise<void> {
  await store.set(DATASET_KEY, version);
}
