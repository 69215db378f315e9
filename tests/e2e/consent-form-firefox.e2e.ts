import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import { within } from './support/deadline';
import { FixtureServer } from './support/fixture-server';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import { writeTestPng } from './support/images';
import { storageLeaks, watchStorageForLeaks } from './support/storage-leaks';

/** The extension API inside the page (used only from page.evaluate). */
declare const browser: {
  runtime: { getURL(path: string): string };
  storage: {
    managed: { get(): Promise<object> };
    onChanged: { addListener(fn: (changes: object, area: string) => void): void };
  };
};

const server = new FixtureServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

/**
 * Firefox with real managed policy: a managed-storage manifest in a temporary HOME
 * (~/.mozilla/managed-storage/<id>.json), Firefox's own per-user policy mechanism on Linux.
 */
async function launchWithPolicy(data: Record<string, unknown>): Promise<Browser> {
  const home = mkdtempSync(join(tmpdir(), 'cg-ff-home-'));
  mkdirSync(join(home, '.mozilla/managed-storage'), { recursive: true });
  const manifest = { name: GECKO_ID, description: 'Consent Guard test policy', type: 'storage', data };
  writeFileSync(join(home, '.mozilla/managed-storage', `${GECKO_ID}.json`), JSON.stringify(manifest));
  const realHome = process.env.HOME;
  process.env.HOME = home;
  try {
    return await launchFirefox(server.proxyPort);
  } finally {
    process.env.HOME = realHome;
  }
}

/**
 * Puppeteer cannot navigate to moz-extension:// URLs, so the extension opens the form itself:
 * attach an image on the X fixture page, then the dialog (an extension page) opens /consent-form.html
 * as its "consent form" link does.
 */
async function openFormFromExtension(ff: Browser): Promise<Page> {
  const page = await ff.newPage();
  await page.goto('https://x.com/x-compose.html');
  await (await page.waitForSelector('input#media'))!.uploadFile(writeTestPng('ff-form.png'));
  const dialog = await firefoxDialogFrame(page);
  // A new page, with a deadline (BiDi may report an extension page's URL as about:blank, so it is found by being new).
  const before = new Set(ff.targets());
  const opened = ff.waitForTarget((t: Target) => t.type() === 'page' && !before.has(t), { timeout: 30_000 });
  await within('opening the consent form', 15_000, dialog.evaluate(() => void window.open(browser.runtime.getURL('/consent-form.html'), '_blank')));
  const form = (await within('the consent form page', 15_000, (await opened).page()))!;
  await form.waitForFunction(() => location.href.endsWith('/consent-form.html') && document.querySelector('h1') !== null, { timeout: 15_000 });
  return form;
}

describe('Firefox ESR: the consent form page', () => {
  let ff: Browser | undefined;
  afterAll(() => ff?.close());

  it("shows the trust's name and IG contact from managed policy, and keeps nothing while it is filled in", async () => {
    ff = await launchWithPolicy({ organisationName: 'Example NHS Foundation Trust', igContact: 'ig@example.nhs.uk' });
    const form = await openFormFromExtension(ff);
    expect(await form.$eval('[data-testid="organisation"]', (e) => e.textContent)).toBe('Example NHS Foundation Trust');
    expect(await form.$eval('[data-testid="ig-contact"]', (e) => e.textContent)).toBe('You can also contact ig@example.nhs.uk.');
    expect(await form.$$eval('h2', (hs) => hs.length)).toBe(7);
    expect(await form.$$eval('.cf-platforms .cf-tick', (ls) => ls.map((l) => l.textContent))).toEqual(['X', 'LinkedIn', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'Reddit', 'Mastodon', 'Other:']);

    await form.evaluate(watchStorageForLeaks, 'Jane Example');
    for (const field of await form.$$('input[type=text], textarea')) await field.type('Jane Example');
    for (const box of await form.$$('input[type=checkbox]')) await box.click();
    await (await form.$('input[type=file]'))!.uploadFile(writeTestPng('ff-picture.png'));
    await form.waitForSelector('img.cf-picture');
    await new Promise((r) => setTimeout(r, 500));
    expect(await form.evaluate(storageLeaks)).toEqual([]);
    expect(await form.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await ff.close();
    ff = undefined;
  });

  it('renders the default, unbranded form when there is no policy (storage.managed throws)', async () => {
    ff = await launchFirefox(server.proxyPort);
    const form = await openFormFromExtension(ff);
    expect(await form.evaluate(() => browser.storage.managed.get().then(() => 'resolved', () => 'threw'))).toBe('threw');
    expect(await form.$('[data-testid="organisation"]')).toBeNull();
    expect(await form.$('[data-testid="ig-contact"]')).toBeNull();
    expect(await form.$$eval('h2', (hs) => hs.length)).toBe(7);
    expect(await form.title()).toBe('Consent to share a picture on social media');
  });
});
