import { browser } from 'wxt/browser';
import { watchHost, type HostWatch } from './host-visibility';

/** The dialog's host on the page: shown at once, then loads the dialog for a session. */
export interface DialogMount {
  /** Loads the extension-origin dialog for this session in place of the placeholder. */
  load(sessionId: string): void;
  /** Replaces the placeholder with a plain message and a Close button (no findings: the page can read it). */
  fail(message: string, onClose: () => void): void;
  /** Whether the user can see the whole dialog, and has for long enough to take a decision from it. */
  visibleForDecision(): boolean;
  unmount(): void;
}

export const HOST_TAG = 'consent-guard-dialog';

/** Inline and important: a page's own stylesheet, even with !important, cannot override these. */
const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;inset:0!important;z-index:2147483647!important;' +
  'visibility:visible!important;opacity:1!important;content-visibility:visible!important;';
const SHADOW_CSS = `
dialog{all:initial;display:block;position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;
  background:transparent;overflow:hidden;visibility:visible!important;opacity:1!important;filter:none!important;transform:none!important;
  zoom:1!important;content-visibility:visible!important;pointer-events:auto!important;color-scheme:normal;}
dialog:not([open]){display:none}
dialog::backdrop{background:transparent}
.backdrop{position:fixed;inset:0;background:rgba(0,0,0,.45)}
.panel{position:fixed;left:50%;top:2rem;transform:translateX(-50%);max-width:32rem;padding:1rem 1.25rem;border-radius:12px;
  background:#fff;color:#212b32;font:16px/1.4 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.3)}
iframe{all:initial;position:fixed;inset:0;width:100%;height:100%;border:0;background:transparent;color-scheme:normal}
button{display:block;margin-top:.75rem;padding:.4rem 1rem;font:inherit;cursor:pointer}
`;

/**
 * Shows the consent dialog host straight away with a "checking" placeholder, so the user sees
 * that the file is held even before the bytes reach the background. The findings only ever
 * appear inside the extension-origin iframe, which the page cannot read, restyle or click.
 * The host is a modal `<dialog>` in a closed shadow root: it sits in the top layer, above
 * anything the page draws and never made inert by the page's own modal (a composer that is itself
 * a modal dialog). Its styles are inline and important, put back whenever the page changes them,
 * and `visibleForDecision` tells whether the page is hiding or covering it (host-visibility.ts).
 */
export function mountDialogFrame(onRemovedByPage: () => void, onHiddenTooLong: () => void = () => undefined): DialogMount {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-consent-guard', '');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-label', 'Consent Guard');
  const backdrop = document.createElement('div');
  backdrop.className = 'backdrop';
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'status');
  panel.textContent = 'Consent Guard is holding your image while it checks it…';
  dialog.append(backdrop, panel);
  shadow.append(style, dialog);
  (document.body ?? document.documentElement).append(host);

  let removing = false;
  const watch: HostWatch = watchHost(host, dialog, HOST_STYLE, onHiddenTooLong);
  const observer = new MutationObserver(() => {
    if (!host.isConnected && !removing) {
      observer.disconnect();
      watch.stop();
      onRemovedByPage();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const unmount = () => {
    removing = true;
    observer.disconnect();
    watch.stop();
    dialog.close();
    host.remove();
  };

  return {
    load(sessionId) {
      const frame = document.createElement('iframe');
      frame.src = `${browser.runtime.getURL('/dialog.html')}#${encodeURIComponent(sessionId)}`;
      frame.title = 'Consent Guard';
      frame.setAttribute('allow', 'clipboard-write');
      dialog.replaceChildren(frame);
      frame.focus();
    },
    fail(message, onClose) {
      dialog.replaceChildren(backdrop, panel);
      panel.setAttribute('role', 'alert');
      panel.textContent = message;
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Close';
      close.addEventListener('click', () => {
        unmount();
        onClose();
      });
      panel.append(close);
      close.focus();
    },
    visibleForDecision: () => watch.visibleForDecision(),
    unmount,
  };
}

/**
 * A gate injected into a page that is already open (the extension was updated) replaces any
 * dialog left by the previous version, whose script can no longer answer, with a plain message.
 */
export function replaceLeftoverHosts(message: string): void {
  const leftovers = document.querySelectorAll(`${HOST_TAG}[data-consent-guard]`);
  if (leftovers.length === 0) return;
  leftovers.forEach((host) => host.remove());
  const notice = mountDialogFrame(() => undefined);
  notice.fail(message, () => undefined);
}
