import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { isOwnContentScript, isOwnDialog, pageUrlOf } = await import('../../../lib/background/senders');

const tab = (url: string) => ({ id: 7, url }) as never;

describe('pageUrlOf: which page a content script speaks for', () => {
  it('an https frame speaks for itself', () => {
    expect(pageUrlOf({ url: 'https://upload.x.com/w', tab: tab('https://x.com/') })).toBe('https://upload.x.com/w');
  });
  it('about:, data: and blob: frames (which the gate also guards) speak for the tab', () => {
    for (const url of ['about:blank', 'about:srcdoc', 'data:text/html,<input>', 'blob:https://x.com/1']) {
      expect(pageUrlOf({ url, tab: tab('https://x.com/compose') })).toBe('https://x.com/compose');
    }
  });
  it('nothing else does: http, extension pages, or an opaque frame in a non-https tab', () => {
    expect(pageUrlOf({ url: 'http://x.com/', tab: tab('https://x.com/') })).toBeUndefined();
    expect(pageUrlOf({ url: 'chrome-extension://abc/dialog.html', tab: tab('https://x.com/') })).toBeUndefined();
    expect(pageUrlOf({ url: 'about:blank', tab: tab('http://x.com/') })).toBeUndefined();
  });
});

describe('senders', () => {
  it('a content script needs our id, a tab and a page it speaks for', () => {
    const id = fakeBrowser.runtime.id;
    expect(isOwnContentScript({ id, url: 'data:text/html,x', tab: tab('https://x.com/') })).toBe(true);
    expect(isOwnContentScript({ id: 'other', url: 'https://x.com/', tab: tab('https://x.com/') })).toBe(false);
    expect(isOwnContentScript({ id, url: 'https://x.com/' })).toBe(false);
  });
  it('the dialog is our dialog page, by the static or the dynamic host', () => {
    const id = fakeBrowser.runtime.id;
    expect(isOwnDialog({ id, url: `chrome-extension://${id}/dialog.html#s` })).toBe(true);
    expect(isOwnDialog({ id, url: 'chrome-extension://3f2a-dynamic/dialog.html#s' })).toBe(true);
    expect(isOwnDialog({ id, url: `chrome-extension://${id}/options.html` })).toBe(false);
    expect(isOwnDialog({ id, url: 'https://x.com/dialog.html' })).toBe(false);
    expect(isOwnDialog({ id: 'other', url: `chrome-extension://${id}/dialog.html` })).toBe(false);
  });
});
