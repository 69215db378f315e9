import { gateSignal } from './lifetime';

const HOST_TAG = 'consent-guard-notice';
const HOST = 'all:initial;position:fixed;right:1rem;bottom:1rem;z-index:2147483646;display:block;max-width:24rem;';
const STYLE = `
  .box { font: 15px/1.4 system-ui, sans-serif; background: #fff; color: #212b32; border-left: 6px solid #d5281b;
    border-radius: 10px; box-shadow: 0 4px 24px rgba(0,0,0,.3); padding: .75rem 1rem; }
  h2 { font-size: 1rem; margin: 0 0 .25rem; }
  p, ul { margin: .25rem 0; } ul { padding-left: 1.2rem; }
  button { font: inherit; margin-top: .5rem; padding: .3rem .9rem; border-radius: 6px; border: 1px solid #4c6272;
    background: #fff; color: #212b32; cursor: pointer; }
  button:focus-visible { outline: 3px solid #ffeb3b; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    .box { background: #1e2a33; color: #f0f4f5; } button { background: #1e2a33; color: #f0f4f5; border-color: #aeb7bd; }
  }`;

/**
 * A short notice in the page after a post was sent, listing what its text mentioned. The post has gone already:
 * the notice blocks nothing, takes no focus, and says how to put it right. It shows only the page's own text, so it
 * can live in the page (an open shadow root keeps the site's styles out; the page learns nothing it did not have).
 */
export function showSendNotice(mentions: readonly { text: string; kind: string }[], t: (key: string) => string): void {
  document.querySelector(HOST_TAG)?.remove();
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-consent-guard-notice', '');
  host.style.cssText = HOST;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('section');
  box.className = 'box';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-labelledby', 'title');
  const title = document.createElement('h2');
  title.id = 'title';
  title.textContent = t('send_notice_title');
  const body = document.createElement('p');
  body.textContent = t('send_notice_body');
  const list = document.createElement('ul');
  for (const m of mentions) {
    const item = document.createElement('li');
    item.textContent = `‘${m.text}’ (${m.kind})`;
    list.append(item);
  }
  const after = document.createElement('p');
  after.textContent = t('send_notice_after');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('send_notice_close');
  close.addEventListener('click', () => host.remove());
  box.append(title, body, list, after, close);
  shadow.append(style, box);
  (document.body ?? document.documentElement).append(host);
  gateSignal.addEventListener('abort', () => host.remove(), { once: true });
}
