import type { BrowserContext, Page } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialogFrame, launchChromium } from './support/chromium';
import { decide } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { FIREFOX_EXTENSION_DIR, firefoxDialogFrame, launchFirefox } from './support/firefox';
import { GECKO_ID } from '../../wxt.config';
import { settle, uploadsTo } from './support/intercept';
import { writeTestPng } from './support/images';

/**
 * The extension is updated (here: reloaded) while a file is held. The old content script can no
 * longer check or release anything: it must stop intercepting, pass nothing, and tell the user to
 * attach the image again. The page stays guarded by the new version.
 */
const server = new FixtureServer();
const IMAGE = writeTestPng('update-frame.png');
const PAGE = 'https://x.com/x-compose.html';
const UPLOAD = '/upload/media';
const UPDATED = /updated while it was holding your image/;

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

/** Every text in the page, closed shadow roots and frames included (what the user can read). */
async function visibleTexts(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const texts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3 && node.nodeValue?.trim()) texts.push(node.nodeValue.trim());
    [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])].forEach(walk);
  };
  walk(root);
  return texts.join('\n');
}
interface DomNode {
  nodeType: number;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

describe('Chromium: an update during a hold', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort);
  });
  afterAll(() => context?.close());

  it('passes nothing and tells the user to attach again', async () => {
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.setInputFiles('#media', IMAGE);
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByRole('dialog').waitFor();
    await dialog.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);

    await expect.poll(() => visibleTexts(context, page), { timeout: 20_000 }).toMatch(UPDATED);
    await expect.poll(() => page.locator('#status').getAttribute('data-status'), { timeout: 10_000 }).toBe('cancelled');
    await settle();
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
    // Guarding the open page again is unit-tested (tests/unit/background/reinject.test.ts): under
    // automation a reloaded extension's service worker is left paused by the driver, or the
    // extension is switched off (command-line extensions are not re-enabled after a reload).
    await page.close();
  });
});

describe('Firefox ESR: an update during a hold', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort);
  });
  afterAll(() => browser?.close());

  it('passes nothing, and the open page is guarded by the new version', async () => {
    const page: PpPage = await browser.newPage();
    await page.goto(PAGE);
    const input = await page.waitForSelector('input#media');
    await input!.uploadFile(IMAGE);
    const dialog = await firefoxDialogFrame(page, 45_000);
    void dialog;
    // An update as Firefox applies it: the old version goes, the new one is installed. (An extension
    // frame inside a page has no runtime.reload.)
    await browser.uninstallExtension(GECKO_ID);
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    await settle(5_000);
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
    // Firefox gives the open page the new version's gate, which replaces the dead dialog frame with
    // its plain message (one host, no extension frame left in it).
    expect(await page.$$eval('[data-consent-guard]', (els) => els.length)).toBe(1);
    await expect(firefoxDialogFrame(page, 2_000)).rejects.toThrow(/did not appear/);

    const again = await page.waitForSelector('input#media');
    await again!.uploadFile(IMAGE);
    const second = await firefoxDialogFrame(page, 45_000);
    await settle();
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
    await decide(second, 'Cancel');
    await settle();
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
    await page.close();
  });
});
