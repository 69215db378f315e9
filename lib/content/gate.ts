import { replaceLeftoverHosts } from './dialog-frame';
import { guardDrops } from './gate-drop';
import { guardFileInputs } from './gate-input';
import { guardPastes } from './gate-paste';
import { guardPickerClicks } from './gate-picker';
import { connectPageHook } from './hook-bridge';
import { endHoldsForUpdate, endHoldsOnPageHide, holdsAnything, listenForDecisions, UPDATED_MESSAGE, watchPageShow } from './hold';
import { watchListenerErasure } from './reinstall';
import { gateSignal, stopGate } from './lifetime';
import { installPendingShield } from './pending';
import { watchOwnProfile } from './profile-watch';
import { watchSends } from './send-check';
import { siteForUrl } from '../sites/registry';
import { mastodon } from '../sites/adapters/mastodon';

/** How the content script learns that the extension was updated or removed (WXT's ContentScriptContext). */
export interface GateLifetime {
  onInvalidated(callback: () => void): void;
  /** Checking also notices an update that happened since (Chrome clears `runtime.id`). */
  isValid(): boolean;
}

/**
 * The listeners on the window. They are installed at document_start, before any page script, and
 * again the moment `document.open()` erases them, so they always run before the page's own.
 * Each is a cheap check; no work happens until an event carries a file.
 */
function installWindowListeners(): void {
  installPendingShield();
  connectPageHook();
  guardPickerClicks();
  guardFileInputs();
  guardDrops();
  guardPastes();
  watchPageShow();
  endHoldsOnPageHide();
}

export function installGate(lifetime: GateLifetime): void {
  lifetime.onInvalidated(() => {
    stopGate();
    endHoldsForUpdate();
  });
  // Chrome gives no event when an extension is reloaded; while a file is held, look each second.
  const watch = setInterval(() => void (holdsAnything() && lifetime.isValid()), 1000);
  gateSignal.addEventListener('abort', () => clearInterval(watch), { once: true });
  if (document.readyState !== 'loading') replaceLeftoverHosts(UPDATED_MESSAGE);

  listenForDecisions();
  installWindowListeners();
  watchListenerErasure(installWindowListeners);
  watchSends(siteForUrl(location.href) ?? mastodon);
  // Run-time scripts on Mastodon servers the user added are the only ones on hosts the registry does not list.
  watchOwnProfile(siteForUrl(location.href) ?? mastodon);
}
