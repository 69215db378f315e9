import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserDriver } from './support/driver';
import { FixtureServer } from './support/fixture-server';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { attachThenDecide, fixtureStatus } from './support/intercept';

const server = new FixtureServer();
const image = resolve(import.meta.dirname, '../../samples/endoscopy-identifiable.jpg');
const original = readFileSync(image);

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

/** Pickers opened by page code on inputs the window cannot see, or with no click event at all. */
const PICKERS = [
  { title: 'detached input, .click() (browser-fs-access)', url: 'https://www.linkedin.com/linkedin/pickers.html', button: '#click-detached', path: '/upload/detached-click' },
  { title: 'detached input, dispatchEvent(click)', url: 'https://www.linkedin.com/linkedin/pickers.html', button: '#dispatch-detached', path: '/upload/detached-dispatch' },
  { title: 'detached input, showPicker()', url: 'https://www.linkedin.com/linkedin/pickers.html', button: '#showpicker-detached', path: '/upload/detached-showpicker' },
  { title: 'connected hidden input, showPicker()', url: 'https://www.linkedin.com/linkedin/pickers.html', button: '#showpicker-connected', path: '/upload/connected-showpicker' },
  { title: 'expo-image-picker, appended input, dispatchEvent(click)', url: 'https://bsky.app/bluesky/compose.html', button: '#attach', path: '/upload/bluesky-picker' },
  { title: 'expo-image-picker, detached input, dispatchEvent(click)', url: 'https://bsky.app/bluesky/compose.html?detached=1', button: '#attach', path: '/upload/bluesky-picker' },
  { title: 'react-dropzone, click to open', url: 'https://www.instagram.com/instagram/dropzone.html', button: '#zone', path: '/upload/dropzone-input' },
  { title: 'react-dropzone with useFsAccessApi falls back to an input', url: 'https://www.instagram.com/instagram/dropzone.html?fsa=1', button: '#zone', path: '/upload/dropzone-input' },
];

describe.each(['chromium', 'firefox'] as const)('%s: programmatic pickers', (name) => {
  let browser: BrowserDriver;
  beforeAll(async () => {
    browser = await launch(name, server.proxyPort, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  for (const picker of PICKERS) {
    // WebDriver BiDi's input.setFiles fires `cancel` on the input before the `change` that carries
    // the files; expo's appended-input flow takes that cancel as final and removes its input, so the
    // driver, not a user, can never complete it in Firefox. The detached variant covers the gate.
    const driverCannotPick = name === 'firefox' && picker.title.startsWith('expo-image-picker, appended');
    it.skipIf(driverCannotPick)(`${picker.title}: Cancel reports cancel and uploads nothing; then Post original is byte-identical`, async () => {
      const page = await browser.open(picker.url);
      expect(await page.evaluate(() => 'showOpenFilePicker' in window, undefined), 'showOpenFilePicker is hidden').toBe(false);
      const attach = () => page.pickWithChooser(picker.button, [image]);
      await attachThenDecide(page, server, { attach, choice: 'Cancel', path: picker.path });
      if (!picker.url.includes('dropzone')) expect(await fixtureStatus(page)).toBe('cancelled');
      const parts = await attachThenDecide(page, server, { attach, choice: 'Post original', path: picker.path });
      expect(parts).not.toBe('no-redact');
      expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(original)).toBe(true);
      await page.close();
    });
  }

  it('browser-fs-access: moving the mouse and typing while the dialog is open does not abort the pick', async () => {
    const page = await browser.open('https://www.linkedin.com/linkedin/pickers.html');
    const parts = await attachThenDecide(page, server, {
      attach: async () => {
        await page.pickWithChooser('#click-detached', [image]);
        await page.dialog();
        await page.evaluate(() => {
          for (const type of ['pointermove', 'pointerdown', 'keydown']) window.dispatchEvent(new Event(type));
        }, undefined);
      },
      choice: 'Post original',
      path: '/upload/detached-click',
    });
    expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(original)).toBe(true);
    await page.close();
  });
});
