/**
 * DOM helpers for the pane. Everything a user or a data file supplies reaches the page as text
 * (textContent, attribute values), never as HTML.
 */
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === "className") node.className = String(value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  append(node, ...children);
  return node;
}

const SVG_NAMESPACE = "http://www.w3.org/2000/svg";

/** An SVG element for the pane's charts; attribute values and text are set as text, never parsed. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NAMESPACE, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child))
        : child
    );
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from taskpane.html`);
  return node as T;
}

/** A link that opens outside the pane; only https URLs become links, anything else stays text. */
export function externalLink(url: string, text: string): HTMLElement {
  if (!/^https:\/\//.test(url)) return el("span", {}, text);
  return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text);
}

/** A labelled form field: the label, the control, then any hint or message elements. */
export function field(label: string, control: HTMLElement, ...below: Child[]): HTMLElement {
  return el(
    "div",
    { className: "field" },
    el("label", { for: control.id || undefined }, label),
    control,
    ...below
  );
}

/** A small grey line under a field. */
export function hint(text: string, id?: string): HTMLElement {
  return el("span", { className: "hint", id }, text);
}
