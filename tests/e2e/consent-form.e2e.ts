import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfToPngs, printToPdf } from '../../scripts/screenshots-consent-form';
import { pageTraffic } from './support/browser-own-hosts';
import { CHROME_EXTENSION_ID, launchChromium } from './support/chromium';
import { FixtureServer } from './support/fixture-server';
import { writeTestPng } from './support/images';
import { storageLeaks, watchStorageForLeaks } from './support/storage-leaks';

/** The extension API inside the page (used only from page.evaluate). */
declare const chrome: {
  storage: {
    local: { set(items: object): Promise<void>; remove(key: string): Promise<void> };
    onChanged: { addListener(fn: (changes: object, area: string) => void): void };
  };
};

const FORM_URL = `chrome-extension://${CHROME_EXTENSION_ID}/consent-form.html`;
const PLATFORMS = ['X', 'LinkedIn', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'Reddit', 'Mastodon'];
const server = new FixtureServer();
let context: BrowserContext;

beforeAll(async () => {
  await server.start();
  context = await launchChromium(server.proxyPort);
});
afterAll(async () => {
  await context?.close();
  await server.stop();
});

async function openForm(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(FORM_URL);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Types in every field, ticks every box and picks a picture, as a clinician would. */
async function fillIn(page: Page): Promise<void> {
  for (const field of await page.locator('input[type=text], textarea').all()) await field.fill('Jane Example 12/03/1961');
  for (const box of await page.locator('input[type=checkbox]').all()) await box.check();
  await page.setInputFiles('input[type=file]', writeTestPng('form-picture.png'));
  await page.locator('img.cf-picture').waitFor();
}

describe('Chromium: the consent form page', () => {
  it('opens at /consent-form.html with every section, every supported platform and the print button', async () => {
    const page = await openForm();
    expect(await page.title()).toBe('Consent to share a picture on social media');
    expect(await page.locator('h2').count()).toBe(7);
    for (const name of [...PLATFORMS, 'Other:']) await expect(page.getByLabel(name, { exact: true }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    await page.close();
  });

  it("shows the trust's name and IG contact from settings (set here as the user's options)", async () => {
    const page = await openForm();
    expect(await page.getByTestId('organisation').count()).toBe(0);
    await page.evaluate(() => chrome.storage.local.set({ userSettings: { organisationName: 'Example NHS Trust', igContact: 'ig@example.nhs.uk' } }));
    await page.reload();
    try {
      expect(await page.getByTestId('organisation').textContent()).toBe('Example NHS Trust');
      expect(await page.getByTestId('ig-contact').textContent()).toBe('You can also contact ig@example.nhs.uk.');
    } finally {
      await page.evaluate(() => chrome.storage.local.remove('userSettings'));
      await page.close();
    }
  });

  it('keeps nothing: no storage change, no web storage, nothing back after a reload, no network', async () => {
    const observer = await openForm();
    await observer.evaluate(watchStorageForLeaks, 'Jane Example');
    const page = await openForm();
    await fillIn(page);
    await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', 'yes')));
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    const webStorage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(webStorage).toEqual({ local: 0, session: 0, idb: 0, caches: 0 });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const values = await page.locator('input[type=text], textarea').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).filter(Boolean));
    expect(values).toEqual([]);
    expect(await page.locator('input[type=checkbox]:checked').count()).toBe(0);
    expect(await page.locator('img.cf-picture').count()).toBe(0);
    expect(await observer.evaluate(storageLeaks)).toEqual([]);
    expect(pageTraffic(server.refused)).toEqual([]);
    await Promise.all([page.close(), observer.close()]);
  });

  it('prints on one or two A4 pages, text at 12pt or more, on-screen controls hidden', async () => {
    const page = await openForm();
    await fillIn(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cf-toolbar').isVisible()).toBe(false);
    expect(await page.locator('input[type=file]').isVisible()).toBe(false);
    expect(await page.locator('.cf-area-print').first().textContent()).toBe('Jane Example 12/03/1961');
    const smallest = await page.locator('.cf-sheet').evaluate((sheet) => {
      const sizes: number[] = [];
      for (const el of sheet.querySelectorAll<HTMLElement>('*')) {
        const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (ownText && el.getClientRects().length > 0) sizes.push(parseFloat(getComputedStyle(el).fontSize));
      }
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(16); // 12pt = 16 CSS px

    const dir = mkdtempSync(join(tmpdir(), 'cg-form-pdf-'));
    await printToPdf(page, join(dir, 'form.pdf'));
    const info = execFileSync('pdfinfo', [join(dir, 'form.pdf')], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/m);
    expect(pdfToPngs(join(dir, 'form.pdf'), join(dir, 'page'), 40)).toHaveLength(pages);
    await page.close();
  });
});
