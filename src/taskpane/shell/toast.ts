/** Status messages at the bottom of the pane: one at a time, gone after a while. */
import { append, clear } from "../dom";
import type { ToastKind } from "../services";

/** How long a status message stays up. */
const TOAST_MS = 8000;

export function createToast(node: HTMLElement): (text: string, kind?: ToastKind) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text, kind = "info") => {
    clear(node);
    node.className = `toast ${kind}`;
    append(node, text);
    node.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(() => (node.hidden = true), TOAST_MS);
  };
}
