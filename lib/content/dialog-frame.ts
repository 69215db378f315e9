import { browser } from 'wxt/browser';

/** The dialog's host on the page: shown at once, then loads the dialog for a session. */
export interface DialogMount {
  /** Loads the extension-origin dialog for this session in place of the placeholder. */
  load(sessionId: string): void;
  /** Replaces the placeholder with a plain message and a Close button (no findings: the page can read it). */
  fail(message: string, onClose: () => void): void;
  unmount(): void;
}

const HOST_TAG = 'consent-guard-dialog';

const OVERLAY = 'all:initial;position:fixed;inset:0;z-index:2147483647;display:block;';
const PANEL =
  'position:fixed;left:50%;top:2rem;transform:translateX(-50%);max-width:32rem;padding:1rem 1.25rem;border-radius:12px;' +
  'background:#fff;color:#212b32;font:16px/1.4 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.3);';

/**
 * Shows the consent dialog host straight away with a "checking" placeholder, so the user sees
 * that the file is held even before the bytes reach the background. The findings only ever
 * appear inside the extension-origin iframe, which the page cannot read, restyle or click.
 */
export function mountDialogFrame(onRemovedByPage: () => void): DialogMount {
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-consent-guard', '');
  host.style.cssText = OVERLAY;
  const shadow = host.attachShadow({ mode: 'closed' });
  const backdrop = document.createElement('div');
  backdrop.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.45);';
  const panel = document.createElement('div');
  panel.setAttribute('role', 'status');
  panel.style.cssText = PANEL;
  panel.textContent = 'Consent Guard is holding your image while it checks it…';
  shadow.append(backdrop, panel);
  (document.body ?? document.documentElement).append(host);

  let removing = false;
  const observer = new MutationObserver(() => {
    if (!host.isConnected && !removing) {
      observer.disconnect();
      onRemovedByPage();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const unmount = () => {
    removing = true;
    observer.disconnect();
    host.remove();
  };

  return {
    load(sessionId) {
      const frame = document.createElement('iframe');
      frame.src = `${browser.runtime.getURL('/dialog.html')}#${encodeURIComponent(sessionId)}`;
      frame.title = 'Consent Guard';
      frame.setAttribute('allow', 'clipboard-write');
      frame.style.cssText = 'all:initial;position:fixed;inset:0;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;';
      shadow.replaceChildren(frame);
      frame.focus();
    },
    fail(message, onClose) {
      shadow.replaceChildren(backdrop, panel);
      panel.setAttribute('role', 'alert');
      panel.textContent = message;
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Close';
      close.style.cssText = 'display:block;margin-top:.75rem;padding:.4rem 1rem;font:inherit;cursor:pointer;';
      close.addEventListener('click', () => {
        unmount();
        onClose();
      });
      panel.append(close);
      close.focus();
    },
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
