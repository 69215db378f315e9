import { sendFromContent } from '../messaging/send';
import { profileHasConsentStatement, readOwnProfileText } from '../sites/profile-statement';
import type { SiteAdapter } from '../sites/types';
import { gateSignal } from './lifetime';

const SETTLE_MS = 1500;

/**
 * Watches, read-only, for the user's own profile text on this site (their profile page or its editor) and tells the
 * background whether it carries a consent statement: a yes/no, never the text. Top frame only; a cheap, throttled
 * check after the page changes.
 */
export function watchOwnProfile(site: SiteAdapter | undefined): void {
  const reader = site?.ownProfile;
  if (!reader || window !== window.top) return;
  let last: boolean | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const text = readOwnProfileText(reader, document, location.pathname);
    if (text === undefined) return;
    const has = profileHasConsentStatement(text);
    if (has === last) return;
    last = has;
    void sendFromContent('profile/seen', { hasStatement: has });
  };
  const schedule = () => {
    timer ??= setTimeout(check, SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  // Typing in the profile editor changes a field's value, which no mutation reports.
  document.addEventListener('input', schedule, { capture: true, signal: gateSignal });
  // An updated or removed extension stops watching.
  gateSignal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, { once: true });
  schedule();
}
