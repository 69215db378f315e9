import { captureWhileAlive } from './lifetime';
import { isOurs } from './redispatch';

/**
 * While a decision is pending, page-bound pointer, keyboard and focus events are swallowed at
 * window capture: browser-fs-access aborts its picker on pointermove/pointerdown/keydown, and
 * react-dropzone treats a window focus without files as "dialog cancelled"
 * (GoogleChromeLabs/browser-fs-access:src/legacy/file-open.mjs; interception.md §2, §5.9).
 * Our dialog lives in an extension iframe, so its own events never reach this window.
 */
const SWALLOWED = [
  'pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'click', 'dblclick', 'auxclick',
  'contextmenu', 'keydown', 'keyup', 'keypress', 'focus', 'blur', 'focusin', 'focusout', 'touchstart', 'touchend',
] as const;

let pendingCount = 0;

/** True while at least one set of files in this frame waits for the user's decision. */
export const isPending = (): boolean => pendingCount > 0;

/** Runs `work` with the shield up; the shield drops when the last pending hold settles. */
export async function whilePending<T>(work: () => Promise<T>): Promise<T> {
  pendingCount++;
  try {
    return await work();
  } finally {
    pendingCount--;
  }
}

/** Installs the window-capture shield once, at document_start. */
export function installPendingShield(): void {
  const shield = (event: Event) => {
    if (pendingCount === 0 || isOurs(event)) return;
    if (event.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-consent-guard'))) return;
    event.stopImmediatePropagation();
  };
  for (const type of SWALLOWED) window.addEventListener(type, shield, captureWhileAlive());
}
