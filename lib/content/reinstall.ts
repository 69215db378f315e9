import { DELIVERED_EVENT, DELIVERING_EVENT, REOPENED_EVENT, takeOrLeaveLink } from './hook-protocol';
import { trustHookDelivery } from './redispatch';
import { gateSignal, renewListeners } from './lifetime';

/**
 * `document.open()` (called directly, or by a `document.write()` after the page loaded) erases
 * every event listener on the window and the document — the gate's included — so a page could
 * drop the gate and then take files (whatwg/html "document open steps"). The gate keeps a private
 * sentinel listener on the window; when it no longer fires, the listeners are installed afresh.
 * The MAIN-world hook reports each open synchronously on the shared link node (which no open
 * erases), before any script the page writes can run; a mutation observer on the document is the
 * fallback for anything else that replaces the document's content.
 */
export function watchListenerErasure(install: () => void): void {
  // getRandomValues, not randomUUID: data: and sandboxed frames are not secure contexts.
  const sentinel = `consent-guard-alive-${[...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(36)).join('')}`;
  let heard = false;
  const addSentinel = () => window.addEventListener(sentinel, () => (heard = true), { signal: gateSignal });
  const check = () => {
    if (gateSignal.aborted) return;
    heard = false;
    window.dispatchEvent(new Event(sentinel));
    if (heard) return;
    renewListeners();
    install();
    addSentinel();
  };
  addSentinel();
  const link = takeOrLeaveLink(document);
  link?.addEventListener(REOPENED_EVENT, check, { signal: gateSignal });
  // The same private node brackets the hook's hand-over of approved files (page-hook.ts `deliver`).
  link?.addEventListener(DELIVERING_EVENT, () => trustHookDelivery(true), { signal: gateSignal });
  link?.addEventListener(DELIVERED_EVENT, () => trustHookDelivery(false), { signal: gateSignal });
  // If the hook never took the link (it did not run in this frame), the page must not find it.
  if (link?.isConnected) document.addEventListener('DOMContentLoaded', () => link.remove(), { once: true, signal: gateSignal });
  new MutationObserver(check).observe(document, { childList: true });
}
