// A tiny DOM builder: every string becomes a text node, so text from the API is never parsed as HTML.

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") element.className = String(value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Removes every child of an element and appends the new ones. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.textContent = "";
  append(parent, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** Moves focus within `items` on the `previous`/`next` arrow keys, Home and End (a list's keyboard pattern). */
export function moveFocusByKey(
  buttons: HTMLElement[],
  event: KeyboardEvent,
  previous: string,
  next: string,
): void {
  const index = buttons.indexOf(document.activeElement as HTMLElement);
  if (index < 0) return;
  const target =
    event.key === next
      ? buttons[index + 1]
      : event.key === previous
        ? buttons[index - 1]
        : event.key === "Home"
          ? buttons[0]
          : event.key === "End"
            ? buttons[buttons.length - 1]
            : undefined;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}
