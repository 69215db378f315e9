import { MAX_COMPOSER_TEXT } from '../messaging/limits';
import { siteForUrl } from '../sites/registry';

/** The post's text so far, read from the site's composer (used to check identifying context). */
export function readComposerText(): string {
  const site = siteForUrl(location.href);
  const selectors = site?.composerSelectors ?? ['textarea', '[contenteditable="true"]'];
  for (const selector of selectors) {
    const el = document.querySelector<HTMLElement>(selector);
    const text = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el?.innerText;
    if (text?.trim()) return text.trim().slice(0, MAX_COMPOSER_TEXT);
  }
  return '';
}
