import { browser } from 'wxt/browser';

/**
 * Shows the consent dialog as an extension-origin iframe. The page can see the host element but
 * cannot read, restyle or click inside the cross-origin frame. Returns a function that removes it.
 */
export function mountDialogFrame(sessionId: string, onRemovedByPage: () => void): () => void {
  const host = document.createElement('consent-guard-dialog');
  host.setAttribute('data-consent-guard', '');
  host.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;display:block;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = `${browser.runtime.getURL('/dialog.html')}#${encodeURIComponent(sessionId)}`;
  frame.title = 'Consent Guard';
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.cssText = 'all:initial;position:fixed;inset:0;width:100%;height:100%;border:0;background:transparent;color-scheme:normal;';
  shadow.append(frame);
  (document.body ?? document.documentElement).append(host);
  frame.focus();

  let removing = false;
  const observer = new MutationObserver(() => {
    if (!host.isConnected && !removing) {
      observer.disconnect();
      onRemovedByPage();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => {
    removing = true;
    observer.disconnect();
    host.remove();
  };
}
