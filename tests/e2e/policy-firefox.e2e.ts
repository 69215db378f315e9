import type { Browser, Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offers } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import { writeTestPng } from './support/images';

/**
 * Firefox ESR reads enterprise policy once, at start-up, from policies.json. On Debian's firefox-esr
 * both /usr/lib/firefox-esr/distribution/policies.json and /etc/firefox/policies/policies.json work;
 * /etc/firefox-esr/policies/ is NOT read (checked 2026-11, Firefox 153 ESR). launchFirefox mounts a
 * real policies.json over the distribution directory in a private mount namespace, so only this
 * browser reads it.
 */
const POLICY = { igContact: 'Caldicott Guardian, ext 4242', allowPostOriginal: false, organisationName: 'E2E Test NHS Trust' };
const server = new FixtureServer();
const image = writeTestPng('policy-frame.png');
let browser: Browser;
let dialog: Frame;

beforeAll(async () => {
  await server.start();
  browser = await launchFirefox(server.proxyPort, {}, { policy: POLICY });
  const page = await browser.newPage();
  await page.goto('https://x.com/x-compose.html');
  const input = await page.waitForSelector('input#media');
  await input!.uploadFile(image);
  dialog = await firefoxDialogFrame(page);
});
afterAll(async () => {
  await browser?.close();
  await server.stop();
});

describe('Firefox ESR with policies.json 3rdparty.Extensions', () => {
  it('gives the extension the managed settings, locked (storage.managed read through settings/get)', async () => {
    const got = (await dialog.evaluate(() =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ to: 'background', type: 'settings/get', req: {} }),
    )) as { ok: boolean; value: { managed: boolean; locked: string[]; settings: Record<string, unknown> } };
    expect(got.ok).toBe(true);
    expect(got.value.managed).toBe(true);
    expect([...got.value.locked].sort()).toEqual(['allowPostOriginal', 'igContact', 'organisationName']);
    expect(got.value.settings.igContact).toBe('Caldicott Guardian, ext 4242');
  });

  it("shows the trust's IG contact and no \"Post original\" in the dialog", async () => {
    expect(await offers(dialog, 'Cancel')).toBe(true); // waits for the checks, and keeps a clear image from posting itself
    expect(await offers(dialog, 'Post original')).toBe(false);
    await dialog.waitForSelector('::-p-text(Caldicott Guardian, ext 4242)', { timeout: 10_000 });
  });
});
