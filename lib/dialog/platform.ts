import { browser } from 'wxt/browser';

const DISMISSED_KEY = 'dialog.profileStatementDismissed';

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

/** Whether the user hid the profile statement offer before. */
export async function profileOfferDismissed(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(DISMISSED_KEY))[DISMISSED_KEY] === true;
  } catch {
    return false;
  }
}

/** Remembers that the user hid the profile statement offer. */
export function dismissProfileOffer(): void {
  void browser.storage.local.set({ [DISMISSED_KEY]: true }).catch(() => undefined);
}
