import { t } from '../i18n';
import { sendFromContent } from '../messaging/send';
import type { SiteAdapter } from '../sites/types';
import { readComposerText } from './composer-text';
import { captureWhileAlive, gateSignal } from './lifetime';
import { showSendNotice } from './send-notice';

/** The site's send control that `target` is in, if any: one of its selectors, or a button whose name is one of its names. */
export function sendControlOf(target: EventTarget | null, control: SiteAdapter['sendControl']): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  for (const selector of control.selectors) {
    const hit = target.closest<HTMLElement>(selector);
    if (hit) return hit;
  }
  const button = target.closest<HTMLElement>('button, [role="button"], input[type="submit"]');
  if (!button) return undefined;
  const name = (button.getAttribute('aria-label') ?? (button instanceof HTMLInputElement ? button.value : button.textContent) ?? '').trim();
  return control.names.includes(name) ? button : undefined;
}

const disabled = (el: HTMLElement) => (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';

/** Whether `target` is inside the site's composer (where Ctrl+Enter sends on X, Bluesky and Mastodon). */
function inComposer(target: EventTarget | null, site: SiteAdapter): boolean {
  return target instanceof Element && site.composerSelectors.some((s) => target.closest(s) !== null);
}

/**
 * Checks the post's text again when the user sends it (issue 16): the text typed after an image was attached was
 * never checked. The text is read at the moment of sending, before the site clears the composer; the post is never
 * held or delayed, and a short notice follows only when the text mentions something identifying.
 */
export function watchSends(site: SiteAdapter | undefined): void {
  if (!site) return;
  let last = { text: '', at: 0 };
  const check = () => {
    const text = readComposerText();
    // One send can be both a keydown and a click; check a given text once.
    if (text === '' || (text === last.text && Date.now() - last.at < 2000)) return;
    last = { text, at: Date.now() };
    void sendFromContent('post/check', { text }).then((answer) => {
      if (answer.ok && answer.value.mentions.length > 0 && !gateSignal.aborted) showSendNotice(answer.value.mentions, t);
    });
  };
  // Capture phase on window: seen before the site's own handlers empty the composer. Only the user's own actions count.
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const control = sendControlOf(event.target, site.sendControl);
      if (control && !disabled(control)) check();
    },
    captureWhileAlive(),
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Enter' && (event.ctrlKey || event.metaKey) && inComposer(event.target, site)) check();
    },
    captureWhileAlive(),
  );
}
