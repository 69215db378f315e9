import { guardDrops } from './gate-drop';
import { guardFileInputs } from './gate-input';
import { guardPastes } from './gate-paste';
import { connectPageHook } from './hook-bridge';
import { listenForDecisions } from './hold';
import { installPendingShield } from './pending';
import { watchOwnProfile } from './profile-watch';
import { siteForUrl } from '../sites/registry';
import { mastodon } from '../sites/adapters/mastodon';

/**
 * Installs every isolated-world listener at document_start, before any page script. Each is a
 * cheap check on window; no work happens until an event carries a file.
 */
export function installGate(): void {
  installPendingShield();
  listenForDecisions();
  connectPageHook();
  guardFileInputs();
  guardDrops();
  guardPastes();
  // Run-time scripts on Mastodon servers the user added are the only ones on hosts the registry does not list.
  watchOwnProfile(siteForUrl(location.href) ?? mastodon);
}
