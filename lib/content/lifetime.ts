/**
 * The gate's lifetime in this frame. It ends when the extension is updated, reloaded or removed
 * (WXT's `ctx.onInvalidated`): every gate listener is registered with `gateSignal`, so an old
 * content script stops intercepting instead of holding files it can no longer check.
 */
const controller = new AbortController();

export const gateSignal: AbortSignal = controller.signal;

export const gateStopped = (): boolean => controller.signal.aborted;

export function stopGate(): void {
  controller.abort();
}

/** Capture-phase listener options bound to the gate's lifetime. */
export const captureWhileAlive = (): AddEventListenerOptions => ({ capture: true, signal: gateSignal });
