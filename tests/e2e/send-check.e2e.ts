import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { FixtureServer } from './support/fixture-server';
import { launchFirefox } from './support/firefox';

/**
 * Issue 16 §6: the post's text is checked again when it is sent (the site adapter names the send control), with the
 * image rules; a short notice follows, and the post itself is never held.
 */
const server = new FixtureServer();
const SHOTS = resolve(import.meta.dirname, '../../tmp/screenshots-dialog');
mkdirSync(SHOTS, { recursive: true });
const PAGE = 'https://x.com/x-compose.html';
const IDENTIFYING = 'Seen on my list this morning, NHS 999 000 0018';
const HARMLESS = 'A lovely teaching case of Barrett’s oesophagus';

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

/** Long enough for a notice that was going to appear to appear (the check is on the device, well under this). */
const settle = () => new Promise((r) => setTimeout(r, 2000));
const posted = () => server.uploads.filter((u) => u.path === '/upload/post').map((u) => u.body.toString('utf8'));

async function waitForPost(n: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (posted().length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(posted()).toHaveLength(n);
}

describe('Chromium: the post text is checked when it is sent', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort);
  });
  afterAll(() => context?.close());

  async function compose(text: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.locator('#text').fill(text);
    return page;
  }
  const notice = (page: Page) => page.locator('consent-guard-notice [role="status"]');

  it('Post sends the text at once, then a short notice names what it mentioned; Close removes it', async () => {
    const page = await compose(IDENTIFYING);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await waitForPost(1);
    expect(posted()[0]).toBe(IDENTIFYING);
    await notice(page).waitFor({ timeout: 15_000 });
    const text = await notice(page).innerText();
    expect(text).toContain('Consent Guard: check your post');
    expect(text).toContain('‘this morning’ (a time)');
    expect(text).toContain('999 000 0018');
    await page.screenshot({ path: resolve(SHOTS, 'send-notice-light.png') });
    await notice(page).getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('consent-guard-notice').count(), { timeout: 5_000 }).toBe(0);
    await page.close();
  });

  it('Ctrl+Enter in the composer is a send too', async () => {
    const page = await compose(IDENTIFYING);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('#text').press('Control+Enter');
    await waitForPost(1);
    await notice(page).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: resolve(SHOTS, 'send-notice-dark.png') });
    await page.close();
  });

  it('a harmless text-only post goes with no notice', async () => {
    const page = await compose(HARMLESS);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await waitForPost(1);
    await settle();
    expect(await page.locator('consent-guard-notice').count()).toBe(0);
    await page.close();
  });

  it('a click the page makes up (not the user) checks nothing', async () => {
    const page = await compose(IDENTIFYING);
    await page.evaluate(() => document.getElementById('send')!.click());
    await waitForPost(1);
    await settle();
    expect(await page.locator('consent-guard-notice').count()).toBe(0);
    await page.close();
  });
});

describe('Firefox ESR: the post text is checked when it is sent', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort);
  });
  afterAll(() => browser?.close());

  const noticeText = (page: PpPage) =>
    page.evaluate(() => document.querySelector('consent-guard-notice')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '');

  it('Post sends the text at once, then a short notice names what it mentioned', async () => {
    const page = await browser.newPage();
    await page.goto(PAGE);
    await page.click('#text');
    await page.evaluate(() => void (document.getElementById('text')!.textContent = ''));
    await page.type('#text', IDENTIFYING);
    await page.click('#send');
    await waitForPost(1);
    expect(posted()[0]).toBe(IDENTIFYING);
    await expect.poll(() => noticeText(page), { timeout: 15_000 }).toContain('‘this morning’ (a time)');
    await page.close();
  });

  it('a harmless text-only post goes with no notice', async () => {
    const page = await browser.newPage();
    await page.goto(PAGE);
    await page.evaluate((t) => void (document.getElementById('text')!.textContent = t), HARMLESS);
    await page.click('#send');
    await waitForPost(1);
    await settle();
    expect(await noticeText(page)).toBe('');
    await page.close();
  });
});
