/**
 * What the views need from outside the page: the host, the settings store, the clock's date, messages to
 * the user, and the workbook writer. The composition root provides the real ones; tests provide fakes.
 */
import type { Block } from "./workbook/block";
import type { InsertResult } from "./workbook/excelWriter";
import type { FreezeScope } from "./workbook/freezePlan";
import type { FreezeResult } from "./workbook/freezeWriter";
import type { SettingsStore } from "./workbook/userPresets";

export type ToastKind = "info" | "error";

export interface Services {
  /** True inside Excel: the insert buttons work. */
  readonly inExcel: boolean;
  readonly settings: SettingsStore;
  /** Today as an ISO date, for "saved on" and "inserted on". */
  readonly today: string;
  readonly toast: (text: string, kind?: ToastKind) => void;
  /** Writes a block at the selection, asking before it overwrites anything. */
  readonly insertAtSelection: (block: Block) => Promise<InsertResult>;
  /** Writes a block at A1 of a new worksheet named like `baseName`. */
  readonly insertOnNewSheet: (block: Block, baseName: string) => Promise<InsertResult>;
  /** Freezes the TOKENOMICS results in a scope as values, after the user accepts the list of changes. */
  readonly freeze: (scope: FreezeScope) => Promise<FreezeResult>;
  /** Restores the formulas of the frozen blocks in a scope, asking first about cells edited by hand. */
  readonly unfreeze: (scope: FreezeScope) => Promise<FreezeResult>;
}
