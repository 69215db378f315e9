import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialogFrame, launchChromium } from './support/chromium';
import { FixtureServer } from './support/fixture-server';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import { writeTestPng } from './support/images';
import { fileParts } from './support/multipart';
import { pageTraffic } from './support/browser-own-hosts';
import { decide, offers } from './support/dialog-actions';

const server = new FixtureServer();
const image = writeTestPng('endoscopy-frame.png');
const X_URL = 'https://x.com/compose/post.html';

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

/** Long enough for an upload that was not held to reach the fixture endpoint. */
const settle = () => new Promise((r) => setTimeout(r, 1500));

describe('Chromium: attaching an image on an X-like page', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort, [], { policy: EXACT_ORIGINALS });
  });
  afterAll(() => context?.close());

  it('holds the file, shows the dialog, uploads nothing until the user decides, then the original', async () => {
    const page = await context.newPage();
    await page.goto(X_URL.replace('post.html', '../x-compose.html'));
    await page.setInputFiles('#media', image);
    const dialog = await dialogFrame(page);
    await expect.poll(() => page.locator('[data-consent-guard]').count()).toBe(1);
    await dialog.getByRole('dialog', { name: /^Consent Guard/ }).waitFor();
    await settle();
    expect(server.uploads).toHaveLength(0);
    expect(await page.locator('#status').getAttribute('data-status')).toBe('idle');

    await decide(dialog, 'Post original');
    await expect.poll(() => server.uploads.length, { timeout: 15_000 }).toBe(1);
    const [part] = fileParts(server.uploads[0]!.contentType, server.uploads[0]!.body);
    expect(part?.bytes.equals(readFileSync(image))).toBe(true);
    expect(await page.locator('[data-consent-guard]').count()).toBe(0);
    expect(pageTraffic(server.refused)).toEqual([]);
  });

  it('uploads nothing when the user cancels, and the page still works', async () => {
    const page = await context.newPage();
    await page.goto('https://x.com/x-compose.html');
    await page.setInputFiles('#media', image);
    const dialog = await dialogFrame(page);
    await decide(dialog, 'Cancel');
    await expect.poll(() => page.locator('#status').getAttribute('data-status')).toBe('cancelled');
    await settle();
    expect(server.uploads).toHaveLength(0);
    expect(await page.locator('#media').evaluate((i: HTMLInputElement) => i.value)).toBe('');
  });
});

describe('Firefox ESR: attaching an image on an X-like page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort, {}, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  it('holds the file, shows the dialog, uploads nothing until the user decides, then the original', async () => {
    const page = await browser.newPage();
    await page.goto('https://x.com/x-compose.html');
    const input = await page.waitForSelector('input#media');
    await input!.uploadFile(image);
    const dialog = await firefoxDialogFrame(page);
    expect(await page.$$eval('[data-consent-guard]', (els) => els.length)).toBe(1);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await settle();
    expect(server.uploads).toHaveLength(0);

    await decide(dialog, 'Post original');
    const deadline = Date.now() + 15_000;
    while (server.uploads.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(server.uploads).toHaveLength(1);
    const [part] = fileParts(server.uploads[0]!.contentType, server.uploads[0]!.body);
    expect(part?.bytes.equals(readFileSync(image))).toBe(true);
  });
});
