import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const envelope = { to: 'engine', type: 'engine/warm', req: {} } as const;

describe('platform layer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('is Chromium’s unless the build is Firefox’s', async () => {
    const { platform } = await import('../../../lib/platform');
    expect(platform.name).toBe('chromium');
  });

  it('Chromium: creates one offscreen document for requests that arrive together, then routes to it', async () => {
    const contexts: unknown[] = [];
    const createDocument = vi.fn(async () => void contexts.push({ contextType: 'OFFSCREEN_DOCUMENT' }));
    Object.assign(fakeBrowser, { offscreen: { createDocument } });
    (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts = vi.fn(async () => [...contexts]);
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      sent.push(message);
      sendResponse({ ok: true, value: null });
      return true;
    });
    const { chromiumPlatform } = await import('../../../lib/platform/chromium');
    const answers = await Promise.all([chromiumPlatform.engineHost.call(envelope), chromiumPlatform.engineHost.call(envelope)]);
    expect(answers).toEqual([{ ok: true, value: null }, { ok: true, value: null }]);
    expect(createDocument).toHaveBeenCalledOnce();
    expect(createDocument.mock.calls[0]).toEqual([expect.objectContaining({ url: 'offscreen.html', reasons: ['WORKERS', 'BLOBS'] })]);
    expect(sent).toEqual([envelope, envelope]);
  });

  it('Chromium: a request that arrives while the document is still loading waits for it', async () => {
    const contexts: unknown[] = [];
    let loaded!: () => void;
    const createDocument = vi.fn(() => {
      contexts.push({ contextType: 'OFFSCREEN_DOCUMENT' }); // listed at once, listening only once loaded
      return new Promise<void>((resolve) => (loaded = resolve));
    });
    Object.assign(fakeBrowser, { offscreen: { createDocument } });
    (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts = vi.fn(async () => [...contexts]);
    const { chromiumPlatform } = await import('../../../lib/platform/chromium');
    const first = chromiumPlatform.engineHost.call(envelope);
    await vi.waitFor(() => expect(createDocument).toHaveBeenCalled());
    const second = chromiumPlatform.engineHost.call(envelope).catch((e: unknown) => ({ lost: String(e) }));
    await new Promise((r) => setTimeout(r, 20)); // long enough for a request that did not wait to have been sent
    fakeBrowser.runtime.onMessage.addListener((_m, _s, sendResponse) => {
      sendResponse({ ok: true, value: null });
      return true;
    });
    loaded();
    await expect(Promise.all([first, second])).resolves.toEqual([{ ok: true, value: null }, { ok: true, value: null }]);
  });

  it('Chromium: an engine host that does not answer is a failure, not a pass', async () => {
    Object.assign(fakeBrowser, { offscreen: { createDocument: vi.fn(async () => undefined) } });
    (fakeBrowser.runtime as unknown as Record<string, unknown>).getContexts = vi.fn(async () => [{}]);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(undefined));
    const { chromiumPlatform } = await import('../../../lib/platform/chromium');
    await expect(chromiumPlatform.engineHost.call(envelope)).resolves.toMatchObject({ ok: false, error: { code: 'engine-failed' } });
  });
});
