import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/** A content script of ours running in a web page tab. */
export function isOwnContentScript(sender: Sender): sender is Sender & { tab: { id: number }; url: string } {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.tab?.id === 'number' &&
    typeof sender.url === 'string' &&
    /^https:\/\//.test(sender.url)
  );
}

/** Our dialog page, loaded as an extension-origin iframe inside a tab. */
export function isOwnDialog(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/dialog.html'));
}

/** One of our own extension pages (options, popup, consent form, offscreen). */
export function isOwnExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
