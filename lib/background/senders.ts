import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/**
 * The https page a content script speaks for. A frame with an https URL speaks for itself; a frame
 * without one of its own (about:blank, about:srcdoc, data:, blob:, sandboxed) — which the gate also
 * guards, since a page could put its file input there — speaks for the tab's page.
 */
export function pageUrlOf(sender: Sender): string | undefined {
  const url = sender.url ?? '';
  if (/^https:\/\//.test(url)) return url;
  if (!/^(about|data|blob):/.test(url)) return undefined;
  const top = sender.tab?.url ?? '';
  return /^https:\/\//.test(top) ? top : undefined;
}

/** A content script of ours running in a web page tab. */
export function isOwnContentScript(sender: Sender): sender is Sender & { tab: { id: number }; url: string } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && pageUrlOf(sender) !== undefined;
}

const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:']);

/** The path of an extension page's URL (by its static or its dynamic, per-session host in Chrome), else undefined. */
function extensionPath(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return EXTENSION_SCHEMES.has(parsed.protocol) ? parsed.pathname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Our dialog page, loaded as an extension-origin iframe inside a tab. `sender.id` proves the
 * message came from our extension; Chrome may name the page by the extension's dynamic host
 * (use_dynamic_url), so the host is not compared.
 */
export function isOwnDialog(sender: Sender): boolean {
  return sender.id === browser.runtime.id && extensionPath(sender.url) === '/dialog.html';
}

/** One of our own extension pages (options, popup, consent form, offscreen). */
export function isOwnExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && extensionPath(sender.url) !== undefined;
}

/** Our options page: the only page that may change settings or read the audit log. */
export function isOptionsPage(sender: Sender): boolean {
  return isOwnExtensionPage(sender) && extensionPath(sender.url) === '/options.html';
}
