import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialogFrame, launchChromium } from './support/chromium';
import { within } from './support/deadline';
import { offers } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { writeTestPng } from './support/images';
import { fileParts } from './support/multipart';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import type { Browser, Frame as PpFrame } from 'puppeteer-core';

/**
 * Issue 16 §7: how many things the user has to do for the four common cases, in the real extension with the real
 * checks, and an axe-core scan of every state they pass through. The counts are printed and written to
 * tmp/friction.json (the README quotes them); the test asserts the flows work, not the counts.
 */
const server = new FixtureServer();
const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = 'https://x.com/x-compose.html';
const IDENTIFIABLE = resolve(ROOT, 'samples/endoscopy-identifiable.jpg');
const LABELS_ONLY = resolve(ROOT, 'samples/endoscopy-clean.jpg');
const CLEAR = writeTestPng('friction-clear.png');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const counts: Record<string, number> = {};
const axeFindings: Record<string, string[]> = {};

beforeAll(() => server.start());
afterAll(() => {
  mkdirSync(resolve(ROOT, 'tmp'), { recursive: true });
  writeFileSync(resolve(ROOT, 'tmp/friction.json'), `${JSON.stringify({ actions: counts, axe: axeFindings }, null, 2)}\n`);
  console.log('User actions per case:', counts, '\naxe (all impacts) per state:', axeFindings);
  return server.stop();
});
beforeEach(() => server.reset());

/** Every click, tick or key press the user makes, counted. */
class User {
  actions = 0;
  async click(target: Locator): Promise<void> {
    await target.click({ timeout: 60_000 });
    this.actions++;
  }

  /**
   * A click that decides, so the dialog's frame goes with it: CDP may never confirm input to a frame
   * that was removed (CI: the consented-patient click hung for 60 s after the upload had gone through),
   * so the click is not awaited; the caller checks what it did (the upload).
   */
  decide(target: Locator): void {
    void target.click({ timeout: 60_000 }).catch(() => undefined);
    this.actions++;
  }
}

async function uploaded(): Promise<Buffer> {
  await expect.poll(() => server.uploads.length, { timeout: 30_000 }).toBe(1);
  return fileParts(server.uploads[0]!.contentType, server.uploads[0]!.body)[0]!.bytes;
}

/** axe-core on the dialog as it is now: serious and critical violations fail the test; all are recorded. */
async function scan(dialog: Frame, state: string): Promise<void> {
  if (!(await dialog.evaluate(() => 'axe' in window))) await dialog.evaluate(AXE);
  const violations = await dialog.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.impact}: ${v.id}`);
  });
  axeFindings[state] = violations;
  expect(violations.filter((v) => /^(serious|critical)/.test(v)), state).toEqual([]);
}

describe('Chromium: user actions for the common cases, and axe in every state', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort, [], { policy: EXACT_ORIGINALS });
  });
  afterAll(() => context?.close());

  /** `checking: 'scan'` runs axe while the check runs; 'inject' only loads axe then (a clear result starts a 3 s countdown). */
  async function attach(file: string, postText: boolean, scheme: 'light' | 'dark' = 'light', checking: 'scan' | 'inject' | 'none' = 'scan'): Promise<{ page: Page; dialog: Frame }> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(PAGE);
    if (!postText) await page.evaluate(() => void (document.getElementById('text')!.textContent = ''));
    await page.setInputFiles('#media', file);
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByRole('dialog', { name: /^Consent Guard/ }).waitFor();
    if (checking === 'scan') await scan(dialog, `checking-${scheme}`);
    if (checking === 'inject') await dialog.evaluate(AXE);
    return { page, dialog };
  }

  /** Ticks every statement on the chosen path, one per action (they are controlled inputs: one change per render). */
  async function tickAll(user: User, dialog: Frame): Promise<void> {
    const open = dialog.locator('fieldset input[type=checkbox]:not(:checked):not(:disabled)');
    for (let i = 0; i < 20 && (await open.count()) > 0; i++) await user.click(open.first());
  }

  // A clear result posts by itself 3 s after its notice shows, so nothing else may run between the notice and
  // the click (an axe scan here once outlasted it on a cold start): the notice is scanned on an attach of its own.
  it('a clear image: "Post now" (the seconds shown as a number with reduced motion)', async () => {
    const user = new User();
    const { page, dialog } = await attach(CLEAR, false, 'light', 'none');
    const postNow = dialog.getByRole('button', { name: 'Post now' });
    await postNow.waitFor({ timeout: 90_000 });
    user.decide(postNow);
    expect((await uploaded()).equals(readFileSync(CLEAR))).toBe(true);
    counts['clear image → post'] = user.actions;
    await page.close();
  });

  it('a clear image: the notice counts the seconds as a number with reduced motion, has no axe violations, and posts by itself', async () => {
    const { page, dialog } = await attach(CLEAR, false, 'light', 'inject');
    await dialog.getByRole('button', { name: 'Post now' }).waitFor({ timeout: 90_000 });
    expect(await dialog.getByTestId('countdown').innerText()).toMatch(/^Posting in \d s$/);
    await scan(dialog, 'clear-notice');
    expect((await uploaded()).equals(readFileSync(CLEAR))).toBe(true);
    await page.close();
  });

  it('an endoscopy frame with a name overlay: "Redact and continue"', async () => {
    const user = new User();
    const { page, dialog } = await attach(IDENTIFIABLE, true);
    expect(await offers(dialog, 'Redact and continue')).toBe(true);
    await scan(dialog, 'findings-light');
    user.decide(dialog.getByRole('button', { name: 'Redact and continue' }));
    expect((await uploaded()).equals(readFileSync(IDENTIFIABLE))).toBe(false);
    counts['endoscopy with name overlay → redact'] = user.actions;
    await page.close();
  });

  it('a consented patient: "Post original…", written consent, its statements, "Post original"', async () => {
    const user = new User();
    const { page, dialog } = await attach(IDENTIFIABLE, true, 'dark');
    expect(await offers(dialog, 'Post original')).toBe(true);
    await scan(dialog, 'findings-dark');
    await user.click(dialog.getByRole('button', { name: 'Post original…' }));
    await scan(dialog, 'paths');
    await user.click(dialog.locator('input[type=radio][value="written-consent"]'));
    await tickAll(user, dialog);
    await scan(dialog, 'checklist');
    user.decide(dialog.getByRole('button', { name: 'Post original', exact: true }));
    expect((await uploaded()).equals(readFileSync(IDENTIFIABLE))).toBe(true);
    counts['consented patient → post original'] = user.actions;
    await page.close();
  });

  it('a false alarm (only the processor labels BLI, CVP… were flagged): attach the original as anonymised', async () => {
    const user = new User();
    const { page, dialog } = await attach(LABELS_ONLY, false);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await scan(dialog, 'review');
    await user.click(dialog.getByRole('button', { name: 'Post original…' }));
    await user.click(dialog.locator('input[type=radio][value="anonymised"]'));
    await tickAll(user, dialog);
    user.decide(dialog.getByRole('button', { name: 'Post original', exact: true }));
    expect((await uploaded()).equals(readFileSync(LABELS_ONLY))).toBe(true);
    counts['false alarm → post original'] = user.actions;
    await page.close();
  });

  it('the reviewer by keyboard alone: open, add an area, move it, remove it, undo, show the redacted copy, close; axe in both views', async () => {
    const { page, dialog } = await attach(IDENTIFIABLE, true);
    // Keyboard and evaluate have no deadline of their own in Playwright (CI once hung here to the test's timeout).
    const press = (keys: string) => within(`pressing ${keys}`, 10_000, page.keyboard.press(keys));
    expect(await offers(dialog, 'Redact and continue')).toBe(true);
    const thumb = dialog.getByRole('button', { name: /^Review at full size: / });
    await thumb.focus();
    await press('Enter');
    const reviewer = dialog.getByRole('dialog', { name: /^Review / });
    await reviewer.waitFor({ timeout: 10_000 });
    await scan(dialog, 'reviewer');
    const areas = () => reviewer.locator('.cg-rv-item').count();
    const found = await areas();
    expect(found).toBeGreaterThan(0);
    await reviewer.getByRole('button', { name: 'Add area' }).focus();
    await press('Enter');
    await expect.poll(areas).toBe(found + 1);
    const added = reviewer.locator('.cg-rv-item.is-selected');
    await expect.poll(() => added.count()).toBe(1);
    await press('ArrowRight');
    await press('Delete');
    await expect.poll(areas).toBe(found);
    await press('Control+z');
    await expect.poll(areas).toBe(found + 1);
    await reviewer.getByRole('button', { name: 'Redacted copy' }).focus();
    await press('Enter');
    await dialog.locator('.cg-rv-stage img').waitFor({ timeout: 60_000 });
    await expect.poll(() => dialog.locator('.cg-rv-overlay-note').count(), { timeout: 60_000 }).toBe(0);
    await scan(dialog, 'reviewer-redacted');
    const focusedInReviewer = await within('reading the focus', 10_000, dialog.evaluate(() => document.activeElement?.closest('.cg-reviewer') !== null));
    expect(focusedInReviewer, 'focus is inside the reviewer').toBe(true);
    await press('Escape');
    await expect.poll(() => dialog.locator('.cg-reviewer').count()).toBe(0);
    // Escape closed only the reviewer; the summary counts the area added by keyboard.
    expect(await page.locator('#status').getAttribute('data-status')).not.toBe('cancelled');
    await expect.poll(() => within('reading the dialog', 5_000, dialog.evaluate(() => document.body.innerText)), { timeout: 5_000 }).toContain(`${found + 1} areas will be covered`);
    // This Escape cancels the dialog, and its frame goes with it: CDP may never confirm a key press whose frame
    // was removed (CI: 'pressing Escape: no answer within 10 s', with the dialog cancelled as asked), so the press
    // is not awaited; what it did is.
    void page.keyboard.press('Escape').catch(() => undefined);
    await expect.poll(() => page.locator('[data-consent-guard]').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.locator('#status').getAttribute('data-status'), { timeout: 10_000 }).toBe('cancelled');
    expect(server.uploads).toHaveLength(0);
    await within('closing the page', 30_000, page.close());
  });
});

describe('Firefox ESR: user actions for the common cases', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort, {}, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  /** Every click the user makes, counted; `selector` is a CSS or ::-p-aria() selector in the dialog. */
  class FirefoxUser {
    actions = 0;
    constructor(private readonly dialog: PpFrame) {}
    async click(selector: string): Promise<void> {
      const target = await this.dialog.waitForSelector(selector, { timeout: 60_000 });
      await target!.click();
      this.actions++;
    }
    async tickAll(): Promise<void> {
      const open = 'fieldset input[type=checkbox]:not(:checked):not(:disabled)';
      await this.dialog.waitForSelector('fieldset input[type=checkbox]', { timeout: 10_000 });
      for (let i = 0; i < 20 && (await this.dialog.$(open)); i++) {
        await this.click(open);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async function attach(file: string, postText: boolean) {
    const page = await browser.newPage();
    await page.goto(PAGE);
    if (!postText) await page.evaluate(() => void (document.getElementById('text')!.textContent = ''));
    const input = await page.waitForSelector('input#media');
    await input!.uploadFile(file);
    const dialog = await firefoxDialogFrame(page, 45_000);
    return { page, dialog, user: new FirefoxUser(dialog) };
  }

  it('a clear image: "Post now"', async () => {
    const { page, user } = await attach(CLEAR, false);
    await user.click('::-p-aria(Post now)');
    expect((await uploaded()).equals(readFileSync(CLEAR))).toBe(true);
    counts['Firefox: clear image → post'] = user.actions;
    await page.close();
  });

  it('an endoscopy frame with a name overlay: "Redact and continue"', async () => {
    const { page, dialog, user } = await attach(IDENTIFIABLE, true);
    expect(await offers(dialog, 'Redact and continue')).toBe(true);
    await user.click('::-p-aria(Redact and continue)');
    expect((await uploaded()).equals(readFileSync(IDENTIFIABLE))).toBe(false);
    counts['Firefox: endoscopy with name overlay → redact'] = user.actions;
    await page.close();
  });

  it('a consented patient: "Post original…", written consent, its statements, "Post original"', async () => {
    const { page, dialog, user } = await attach(IDENTIFIABLE, true);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await user.click('::-p-aria(Post original…)');
    await user.click('input[type=radio][value="written-consent"]');
    await user.tickAll();
    await user.click('.cg-actionbar button.cg-primary:not(:disabled)');
    expect((await uploaded()).equals(readFileSync(IDENTIFIABLE))).toBe(true);
    counts['Firefox: consented patient → post original'] = user.actions;
    await page.close();
  });

  it('a false alarm (only the processor labels were flagged): attach the original as anonymised', async () => {
    const { page, dialog, user } = await attach(LABELS_ONLY, false);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await user.click('::-p-aria(Post original…)');
    await user.click('input[type=radio][value="anonymised"]');
    await user.tickAll();
    await user.click('.cg-actionbar button.cg-primary:not(:disabled)');
    expect((await uploaded()).equals(readFileSync(LABELS_ONLY))).toBe(true);
    counts['Firefox: false alarm → post original'] = user.actions;
    await page.close();
  });
});
