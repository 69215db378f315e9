import { replaceLeftoverHosts } from './dialog-frame';
import { guardDrops } from './gate-drop';
import { guardFileInputs } from './gate-input';
import { guardPastes } from './gate-paste';
import { connectPageHook } from './hook-bridge';
import { endHoldsForUpdate, holdsAnything, listenForDecisions, UPDATED_MESSAGE } from './hold';
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
 * Installs every isolated-world listener at document_start, before any page script. Each is a
 * cheap check on window; no work happens until an event carries a file.
 */
export function installGate(lifetime: GateLifetime): void {
  lifetime.onInvalidated(() => {
    stopGate();
    endHoldsForUpdate();
  });
  // Chrome gives no event when an extension is reloaded; while a file is held, look each second.
  const watch = setInterval(() => void (holdsAnything() && lifetime.isValid()), 1000);
  gateSignal.addEventListener('abort', () => clearInterval(watch), { once: true });
  if (document.readyState !== 'loading') replaceLeftoverHosts(UPDATED_MESSAGE);

  installPendingShield();
  listenForDecisions();
  connectPageHook();
  guardFileInputs();
  guardDrops();
  guardPastes();
  watchSends(siteForUrl(location.href) ?? mastodon);
  // Run-time scripts on Mastodon servers the user added are the only ones on hosts the registry does not list.
  watchOwnProfile(siteForUrl(location.href) ?? mastodon);
}
