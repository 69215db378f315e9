import { browser } from 'wxt/browser';

/**
 * The shadow root of `el`, open or closed. Extensions can reach closed roots: Chrome through
 * `chrome.dom.openOrClosedShadowRoot` (Chrome 88+), Firefox through `element.openOrClosedShadowRoot`
 * (developer.chrome.com/docs/extensions/reference/api/dom; MDN WebExtensions `dom`).
 */
export function shadowRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox ?? null;
  try {
    return (browser.dom?.openOrClosedShadowRoot(el as HTMLElement) as ShadowRoot | null) ?? null;
  } catch {
    return null;
  }
}

/** File inputs holding files anywhere inside `host`'s shadow tree, nested roots included. */
export function fileInputsInside(host: Element, depth = 0): HTMLInputElement[] {
  const root = shadowRootOf(host);
  if (!root || depth > 8) return [];
  const found = [...root.querySelectorAll<HTMLInputElement>('input[type=file]')].filter((i) => (i.files?.length ?? 0) > 0);
  for (const el of root.querySelectorAll('*')) found.push(...fileInputsInside(el, depth + 1));
  return found;
}

/** `host`'s shadow root and every shadow root nested inside it, open or closed. */
export function shadowRootsUnder(host: Element, depth = 0): ShadowRoot[] {
  const root = shadowRootOf(host);
  if (!root || depth > 8) return [];
  const roots = [root];
  for (const el of root.querySelectorAll('*')) roots.push(...shadowRootsUnder(el, depth + 1));
  return roots;
}

/** Event sent (composed) by the MAIN-world hook before a picker opens on a shadow-root file input. */
export const ARM_EVENT = 'consent-guard-arm';
