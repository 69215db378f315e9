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

/**
 * The current set of window and document listeners. `document.open()` erases them (the gate
 * notices and installs a fresh set); the old set's signal is aborted so nothing is registered twice.
 */
let listeners = new AbortController();

export function renewListeners(): void {
  listeners.abort();
  listeners = new AbortController();
}

/** Capture-phase listener options bound to the gate's lifetime and the current listener set. */
export const captureWhileAlive = (): AddEventListenerOptions => ({ capture: true, signal: AbortSignal.any([gateSignal, listeners.signal]) });
