import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserDriver, type PageDriver } from './support/driver';
import { FixtureServer } from './support/fixture-server';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { attachThenDecide, fixtureStatus, settle, uploadsTo } from './support/intercept';
import { dispatchSynthetic, pageFile, type SyntheticInit } from './support/synthetic';

const server = new FixtureServer();
const image = resolve(import.meta.dirname, '../../samples/endoscopy-identifiable.jpg');
const original = readFileSync(image);
const files = [pageFile(image)];

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

const CASES: { title: string; url: string; init: SyntheticInit; path: string; frame?: string }[] = [
  { title: 'drop on a document.body listener (Bluesky)', url: 'https://bsky.app/bluesky/compose.html', init: { kind: 'drop', selector: '#editor', files }, path: '/upload/bluesky-drop' },
  { title: 'drop on react-dropzone', url: 'https://www.instagram.com/instagram/dropzone.html', init: { kind: 'drop', selector: '#zone', files }, path: '/upload/dropzone-drop' },
  { title: 'paste into a contenteditable reading items (Bluesky)', url: 'https://bsky.app/bluesky/compose.html', init: { kind: 'paste', selector: '#editor', files }, path: '/upload/bluesky-paste' },
  { title: 'paste into a Lexical-style editor (constructor check)', url: 'https://www.facebook.com/facebook/paste.html', init: { kind: 'paste', selector: '#editor', files }, path: '/upload/lexical-paste' },
  { title: 'paste into a textarea inside an iframe', url: 'https://www.threads.net/threads/iframe.html', init: { kind: 'paste', selector: '#text', files }, path: '/upload/iframe-paste', frame: 'composer.html' },
];

const dispatch = (page: PageDriver, init: SyntheticInit, frame?: string) => page.evaluate(dispatchSynthetic, init, frame);

describe.each(['chromium', 'firefox'] as const)('%s: drop and paste', (name) => {
  let browser: BrowserDriver;
  beforeAll(async () => {
    browser = await launch(name, server.proxyPort, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  for (const c of CASES) {
    it(`${c.title}: Cancel uploads nothing; Post original is byte-identical`, async () => {
      const page = await browser.open(c.url);
      if (c.frame) await expect.poll(() => page.evaluate(() => document.querySelector('iframe')?.contentDocument?.readyState, undefined)).toBe('complete');
      const attach = () => dispatch(page, c.init, c.frame);
      await attachThenDecide(page, server, { attach, choice: 'Cancel', path: c.path });
      const parts = await attachThenDecide(page, server, { attach, choice: 'Post original', path: c.path });
      expect(parts).not.toBe('no-redact');
      expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(original)).toBe(true);
      await page.close();
    });
  }

  it('a cancelled drop clears the page overlays (empty drop re-dispatched)', async () => {
    for (const [url, selector, flag] of [
      ['https://bsky.app/bluesky/compose.html', '#editor', () => !(document.getElementById('overlay') as HTMLElement).hidden],
      ['https://www.instagram.com/instagram/dropzone.html', '#zone', () => document.getElementById('active')!.dataset.active === 'true'],
    ] as const) {
      const page = await browser.open(url);
      await attachThenDecide(page, server, { attach: () => dispatch(page, { kind: 'drop', selector, files }), choice: 'Cancel', path: '/upload/none' });
      expect(await page.evaluate(flag, undefined), `${url} overlay`).toBe(false);
      await page.close();
    }
  });

  it('text-only pastes pass untouched, with no dialog; mixed pastes keep their text on Cancel', async () => {
    const page = await browser.open('https://www.threads.net/threads/composer.html');
    await page.evaluate(() => (document.getElementById('text') as HTMLTextAreaElement).select(), undefined);
    await dispatch(page, { kind: 'paste', selector: '#text', files: [], text: 'plain words' });
    await settle(500);
    expect(await page.evaluate(() => document.querySelectorAll('[data-consent-guard]').length, undefined)).toBe(0);
    await attachThenDecide(page, server, {
      attach: () => dispatch(page, { kind: 'paste', selector: '#text', files, text: ' and more' }),
      choice: 'Cancel',
      path: '/upload/iframe-paste',
    });
    await expect.poll(() => page.evaluate(() => (document.getElementById('text') as HTMLTextAreaElement).value, undefined)).toContain('and more');
    expect(uploadsTo(server, '/upload/iframe-paste')).toHaveLength(0);
    expect(await fixtureStatus(page)).toBe('idle');
    await page.close();
  });
});
