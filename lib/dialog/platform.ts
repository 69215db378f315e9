import { browser } from 'wxt/browser';
import { readProfileState, setProfileOfferHidden } from '../settings/profile-status';
import type { SiteId } from '../sites/types';

/** Opens an extension page (e.g. the consent form) in a new tab. */
export function openExtensionPage(path: string): void {
  window.open(browser.runtime.getURL(path as '/dialog.html'), '_blank', 'noopener');
}

/** Opens a site page (e.g. profile settings) in a new tab. Only https URLs. */
export function openSitePage(url: string): void {
  if (url.startsWith('https://')) window.open(url, '_blank', 'noopener,noreferrer');
}

/** Copies text; falls back to a selection copy where the Clipboard API is refused in frames. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** Whether the user hid the profile statement offer on this site, and what their profile there was last seen to say. */
export async function profileOn(site: SiteId): Promise<{ hidden: boolean; hasStatement?: boolean }> {
  const { statuses, hidden } = await readProfileState();
  return { hidden: hidden.includes(site), hasStatement: statuses[site]?.hasStatement };
}

/** Remembers that the user hid the profile statement offer on this site only. */
export function dismissProfileOffer(site: SiteId): void {
  void setProfileOfferHidden(site, true).catch(() => undefined);
}
