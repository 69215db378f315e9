import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialogFrame, launchChromium } from './support/chromium';
import { decide, offers, openPaths, waitForRedactedCopy } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import { fileParts } from './support/multipart';
import { within } from './support/deadline';

const server = new FixtureServer();
const ROOT = resolve(import.meta.dirname, '../..');
const IMAGE = resolve(ROOT, 'samples/endoscopy-identifiable.jpg');
const PAGE = 'https://x.com/x-compose.html';
/** Full-size shots; small copies of key ones are committed under docs/screenshots/. */
const SHOTS = resolve(ROOT, 'tmp/screenshots-dialog');

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

const settle = () => new Promise((r) => setTimeout(r, 1500));
const uploadedBytes = () => fileParts(server.uploads[0]!.contentType, server.uploads[0]!.body)[0]?.bytes;

async function waitForUploads(n: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (server.uploads.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(server.uploads).toHaveLength(n);
}

/** What has keyboard focus inside the dialog frame, as "tag:name". */
const focused = (frame: Frame) =>
  frame.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const inDialog = !!el?.closest('[role="dialog"]');
    const name = el?.getAttribute('aria-label') ?? (el?.tagName === 'INPUT' ? el.closest('label')?.textContent : el?.textContent);
    return { inDialog, tag: el?.tagName ?? '', name: (name ?? '').trim(), checked: (el as HTMLInputElement | null)?.checked ?? false };
  });

describe('Chromium: the consent dialog end to end', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort, [], { policy: EXACT_ORIGINALS });
  });
  afterAll(() => context?.close());

  /** Attaches the sample and waits for the dialog to show (not for its checks). */
  async function show(): Promise<{ page: Page; dialog: Frame }> {
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.setInputFiles('#media', IMAGE);
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByRole('dialog', { name: /^Consent Guard/ }).waitFor({ timeout: 15_000 });
    return { page, dialog };
  }

  async function attach(): Promise<{ page: Page; dialog: Frame }> {
    const shown = await show();
    expect(await offers(shown.dialog, 'Post original')).toBe(true);
    return shown;
  }

  it('can be used with the keyboard alone: focus stays inside, "Post original…" opens the checklist in place, Space ticks it, Enter posts the original', async () => {
    const { page, dialog } = await attach();
    const seen: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(dialog);
      expect(f.inDialog).toBe(true);
      seen.push(f.name);
      if (f.name === 'Post original…') {
        await page.keyboard.press('Enter');
        // The checklist replaces the findings and takes focus: its first choice.
        await expect.poll(() => focused(dialog).then((g) => g.tag), { timeout: 10_000 }).toBe('INPUT');
        if (!(await focused(dialog)).checked) await page.keyboard.press('Space');
        continue;
      }
      if (f.tag === 'INPUT' && !f.checked) await page.keyboard.press('Space');
      if (f.name === 'Post original') break;
    }
    expect(seen).toEqual(expect.arrayContaining(['Cancel', 'Post original…', 'Post original']));
    await page.keyboard.press('Enter');
    await waitForUploads(1);
    expect(uploadedBytes()?.equals(readFileSync(IMAGE))).toBe(true);
  });

  // Every wait below has its own deadline, and together they fit well inside the test's 180 s: the
  // check itself is not waited for (Escape cancels at any time), and each driver call is bounded.
  it('Escape cancels, even while the check runs: nothing is uploaded and the dialog goes', async () => {
    const { page, dialog } = await show();
    // The key goes where the focus is: the dialog takes it when it shows, or Escape would reach the page.
    const hasKeys = () => dialog.evaluate(() => document.hasFocus() && !!document.activeElement?.closest('[role="dialog"]'));
    await expect.poll(() => within('reading the focus', 5_000, hasKeys())).toBe(true);
    await within('pressing Escape', 10_000, page.keyboard.press('Escape'));
    const hosts = () => within('counting dialog hosts', 5_000, page.locator('[data-consent-guard]').count());
    await expect.poll(hosts).toBe(0);
    await settle();
    expect(server.uploads).toHaveLength(0);
  });

  it('"Redact and continue" hands the redacted file to the page', async () => {
    const { page, dialog } = await attach();
    await waitForRedactedCopy(dialog, 30_000);
    await decide(dialog, 'Redact and continue');
    await waitForUploads(1);
    expect(uploadedBytes()?.length).toBeGreaterThan(0);
    expect(await page.locator('[data-consent-guard]').count()).toBe(0);
  });

  it('covers the page: the page behind can be neither scrolled nor clicked', async () => {
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.evaluate(() => {
      document.body.style.height = '5000px';
      const b = document.createElement('button');
      b.id = 'behind';
      b.textContent = 'behind';
      b.style.cssText = 'position:fixed;left:300px;top:300px;width:200px;height:80px';
      b.onclick = () => (b.dataset.clicked = 'yes');
      document.body.append(b);
    });
    await page.setInputFiles('#media', IMAGE);
    const dialog = await dialogFrame(page);
    await dialog.getByRole('dialog', { name: /^Consent Guard/ }).waitFor();
    await page.mouse.move(20, 20);
    await page.mouse.wheel(0, 800);
    await page.mouse.click(400, 340);
    await settle();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('#behind').getAttribute('data-clicked')).toBeNull();
  });

  it('has no serious or critical axe violations, and looks right (screenshots)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, dialog } = await attach();
      await page.emulateMedia({ colorScheme: scheme });
      await dialog.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await dialog.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => `${v.impact}: ${v.id}`);
      });
      expect(violations.filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: resolve(SHOTS, `dialog-extension-chromium-${scheme}.png`) });
      await decide(dialog, 'Cancel');
      await page.close();
    }
  });
});

describe('Firefox ESR: the consent dialog end to end', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort, {}, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  async function attach() {
    const page = await browser.newPage();
    await page.goto(PAGE);
    const input = await page.waitForSelector('input#media');
    await input!.uploadFile(IMAGE);
    return { page, dialog: await firefoxDialogFrame(page) };
  }

  it('"Redact and continue" hands a file to the page', async () => {
    const { dialog } = await attach();
    if (!(await offers(dialog, 'Redact and continue'))) throw new Error(await dialog.evaluate(() => document.body.innerText));
    await decide(dialog, 'Redact and continue');
    await waitForUploads(1);
    expect(uploadedBytes()?.length).toBeGreaterThan(0);
  });

  it('"Post original" after the checklist hands over the original', async () => {
    const { dialog } = await attach();
    await decide(dialog, 'Post original');
    await waitForUploads(1);
    expect(uploadedBytes()?.equals(readFileSync(IMAGE))).toBe(true);
  });

  it('has no serious or critical axe violations in the findings and in the checklist (Firefox), and looks right', async () => {
    const { page, dialog } = await attach();
    expect(await offers(dialog, 'Post original')).toBe(true);
    await within('loading axe', 10_000, dialog.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')));
    const scan = () =>
      within('running axe', 60_000, dialog.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ passes: unknown[]; violations: { id: string; impact: string }[] }> } }).axe;
        const result = await axe.run();
        return { passed: result.passes.length, violations: result.violations.map((v) => `${v.impact}: ${v.id}`) };
      })).then(({ passed, violations }) => {
        // axe really looked at the dialog: rules passed there (an empty frame would pass none).
        expect(passed).toBeGreaterThan(5);
        return violations;
      });
    const serious = (all: string[]) => all.filter((v) => /^(serious|critical)/.test(v));
    const findings = await scan();
    expect(serious(findings), 'findings').toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SHOTS, 'dialog-extension-firefox-findings.png') });
    await openPaths(dialog);
    const checklist = await scan();
    expect(serious(checklist), 'checklist').toEqual([]);
    await page.screenshot({ path: resolve(SHOTS, 'dialog-extension-firefox-checklist.png') });
    console.info('[firefox] axe (all impacts):', { findings, checklist });
    await decide(dialog, 'Cancel');
  });

  it('"Cancel" uploads nothing', async () => {
    const { page, dialog } = await attach();
    await settle();
    server.reset();
    await decide(dialog, 'Cancel');
    await settle();
    expect(server.uploads.map((u) => `${u.host}${u.path} ${u.body.length}`)).toEqual([]);
    const deadline = Date.now() + 30_000;
    while ((await page.$$eval('[data-consent-guard]', (els) => els.length)) > 0 && Date.now() < deadline) await settle();
    expect(await page.$$eval('[data-consent-guard]', (els) => els.length)).toBe(0);
  });
});
