/**
 * The pane's one state: what is selected, what the calculator holds, what is compared, the user's presets
 * and the open tab. Views read it and write it through `update`; every change notifies the subscribers
 * with the keys that changed, so a view re-renders only what it shows.
 */
import { ASSUMPTIONS } from "./model/assumptions";
import { defaultInputs } from "./model/inputs";
import type { CalculatorInputs } from "./model/inputs";
import type { WhichChoice } from "./model/which";
import type { FreezeScope } from "./workbook/freezePlan";
import type { UserPreset } from "./workbook/userPresets";

export type TabId = "platforms" | "calculator" | "compare" | "which" | "decide" | "mine" | "share";

/** Which sheet "Insert model" writes: the annual lifecycle model or the quarterly build-out. */
export type ModelVariant = "lifecycle" | "buildout";

export interface PaneData {
  readonly tab: TabId;
  /** The platform list entry shown in detail: a platform id, or "user:<name>" for the user's own. */
  readonly selectedKey: string | undefined;
  readonly inputs: CalculatorInputs;
  readonly modelVariant: ModelVariant;
  readonly compareIds: ReadonlySet<string>;
  readonly userPresets: readonly UserPreset[];
  /** What the "Which platform" view compares. */
  readonly which: WhichChoice;
  /** What the Share view's Freeze and Unfreeze act on. */
  readonly shareScope: FreezeScope;
}

export type PaneKey = keyof PaneData;
export type Listener = (changed: ReadonlySet<PaneKey>, data: PaneData) => void;

/** What the pane opens on: the rack-scale flagship in the calculator, four generations side by side. */
export function initialData(userPresets: readonly UserPreset[] = []): PaneData {
  return {
    tab: "platforms",
    selectedKey: undefined,
    inputs: defaultInputs("GB200"),
    modelVariant: "lifecycle",
    compareIds: new Set(["H200", "B200", "GB200", "MI355X"]),
    userPresets,
    which: {
      model: "DeepSeek-R1",
      workload: "8k/1k",
      precision: "",
      platformIds: undefined,
      utilization: ASSUMPTIONS.utilization.value,
      costBasis: "tcoUsdPerGpuHourOwner",
    },
    shareScope: "selection",
  };
}

export class PaneState {
  private data: PaneData;
  private readonly listeners = new Set<Listener>();

  constructor(data: PaneData) {
    this.data = data;
  }

  get current(): PaneData {
    return this.data;
  }

  update(patch: Partial<PaneData>): void {
    const changed = new Set<PaneKey>();
    for (const key of Object.keys(patch) as PaneKey[]) {
      if (patch[key] !== this.data[key]) changed.add(key);
    }
    if (changed.size === 0) return;
    this.data = { ...this.data, ...patch };
    for (const listener of [...this.listeners]) listener(changed, this.data);
  }

  /** Calls `listener` after every change; returns the call that stops it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
