import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { isOwnContentScript, isOwnDialog, isOwnExtensionPage } = await import('../../../lib/background/senders');

const OURS = fakeBrowser.runtime.id;
const page = (path: string) => fakeBrowser.runtime.getURL(path as never);

/** Senders as the browser fills them in: `id` is the sending extension, absent for a web page. */
const SENDERS = {
  contentScript: { id: OURS, tab: { id: 7 }, frameId: 0, url: 'https://x.com/compose/post' },
  contentScriptInFrame: { id: OURS, tab: { id: 7 }, frameId: 4, url: 'https://www.linkedin.com/embed/share' },
  dialog: { id: OURS, tab: { id: 7 }, frameId: 3, url: `${page('/dialog.html')}#session` },
  options: { id: OURS, url: page('/options.html') },
  popup: { id: OURS, url: page('/popup.html') },
  offscreen: { id: OURS, url: page('/offscreen.html') },
  // Forgeries and strangers.
  webPage: { tab: { id: 7 }, frameId: 0, url: 'https://x.com/compose/post', origin: 'https://x.com' },
  otherExtension: { id: 'someone-else', tab: { id: 7 }, frameId: 0, url: 'https://x.com/compose/post' },
  otherExtensionPage: { id: 'someone-else', url: 'chrome-extension://someone-else/dialog.html' },
  otherExtensionClaimingOurUrl: { id: 'someone-else', tab: { id: 7 }, url: `${page('/dialog.html')}#session` },
  contentScriptOverHttp: { id: OURS, tab: { id: 7 }, frameId: 0, url: 'http://x.com/compose/post' },
  contentScriptWithoutTab: { id: OURS, url: 'https://x.com/compose/post' },
  contentScriptWithoutUrl: { id: OURS, tab: { id: 7 }, frameId: 0 },
  // Our content script in a page that calls itself dialog.html: a content script, not the dialog.
  pageNamedDialog: { id: OURS, tab: { id: 7 }, frameId: 3, url: 'https://evil.example/dialog.html' },
  ourOriginAsAPrefix: { id: OURS, url: `https://x.com/?next=${page('/dialog.html')}` },
} as const;

type Name = keyof typeof SENDERS;
const accepted = (check: (s: never) => boolean) => (Object.keys(SENDERS) as Name[]).filter((n) => check(SENDERS[n] as never));

describe('sender checks', () => {
  it('takes as our content script only our own extension, in a tab, on an https page', () => {
    // Whether the page's site is one Consent Guard guards is each handler's own check (isSiteEnabled).
    expect(accepted(isOwnContentScript)).toEqual(['contentScript', 'contentScriptInFrame', 'pageNamedDialog']);
  });

  it('takes as our dialog only our own dialog.html, never a page or another extension with the same path', () => {
    expect(accepted(isOwnDialog)).toEqual(['dialog']);
  });

  it('takes as our extension pages only pages of our own origin sent by us', () => {
    expect(accepted(isOwnExtensionPage)).toEqual(['dialog', 'options', 'popup', 'offscreen']);
  });
});
