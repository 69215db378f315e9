import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame as PwFrame, Page } from 'playwright-core';
import type { Browser, Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, dialogFrame, launchChromium } from './support/chromium';
import { decide, offers, waitForRedactedCopy, type DialogChoice } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { settle, uploadsTo, waitForUploads } from './support/intercept';
import { writeTestPng } from './support/images';
import { fileParts } from './support/multipart';

/**
 * A user who reads: the browser stops the idle background (Chrome's service worker after ~30 s,
 * Firefox's event page), and every decision must still work. Chromium is told to stop its
 * workers over CDP (an attached automation client would otherwise keep them alive); Firefox's
 * event page is suspended by its own idle timer, shortened here so the test does not read for 45 s.
 */
const server = new FixtureServer();
const IMAGE = writeTestPng('restart-frame.png');
const PAGE = 'https://x.com/x-compose.html';
const UPLOAD = '/upload/media';
const DECISIONS: DialogChoice[] = ['Post original', 'Redact and continue', 'Cancel'];
/** Firefox's idle timeout here (30 s by default): short enough to wait out, longer than the dialog's keep-alive interval. */
const FIREFOX_IDLE_MS = 5_000;
/** Longer than Firefox's default 30 s idle timeout for an event page. */
const IDLE_READ_MS = 45_000;

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

type AnyFrame = PwFrame | PpFrame;
/** When the background (re)started, as it recorded it; asked from a page of ours after the decision. */
const startsSeenBy = (frame: AnyFrame): Promise<number[]> =>
  (frame as PwFrame).evaluate(async () => {
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { starts: number[] } }> } };
    const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    const answer = await (g.browser ?? g.chrome).runtime.sendMessage({ to: 'background', type: 'diagnostics/get', req: {} });
    return answer.value?.starts ?? [];
  });

/** The background started at least once between `from` and `to`: it really had been stopped. */
const expectStartBetween = (starts: number[], from: number, to: number) =>
  expect(starts.some((t) => t >= from && t <= to), `a start in [${from}, ${to}] among ${starts.join(', ')}`).toBe(true);

async function expectOutcome(choice: DialogChoice, status: () => Promise<string | undefined>): Promise<void> {
  if (choice === 'Cancel') {
    await expect.poll(status, { timeout: 15_000 }).toBe('cancelled');
    await settle();
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
    return;
  }
  const [upload] = await waitForUploads(server, UPLOAD, 1, 30_000);
  const [part] = fileParts(upload!.contentType, upload!.body);
  if (choice === 'Post original') expect(part?.bytes.equals(readFileSync(IMAGE))).toBe(true);
  else expect(part?.bytes.equals(readFileSync(IMAGE))).toBe(false);
}

describe('Chromium: a held image survives a stopped service worker', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort, [], { policy: EXACT_ORIGINALS });
  });
  afterAll(() => context?.close());

  async function stopWorkers(page: Page): Promise<void> {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }

  async function attach(): Promise<{ page: Page; dialog: PwFrame }> {
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.setInputFiles('#media', IMAGE);
    const dialog = await dialogFrame(page, 45_000);
    return { page, dialog };
  }
  const statusOf = (page: Page) => () => page.locator('#status').getAttribute('data-status').then((s) => s ?? undefined);

  for (const choice of DECISIONS) {
    it(`"${choice}" works after the worker was stopped while the user read the dialog`, async () => {
      const { page, dialog } = await attach();
      expect(await offers(dialog, choice)).toBe(true);
      if (choice === 'Redact and continue') await waitForRedactedCopy(dialog, 60_000);
      const stoppedFrom = Date.now();
      await stopWorkers(page);
      await decide(dialog, choice);
      await expectOutcome(choice, statusOf(page));
      const decidedBy = Date.now();
      await expect.poll(() => page.locator('[data-consent-guard]').count(), { timeout: 10_000 }).toBe(0);
      // The worker that carried the decision started after the stop (the dialog's keep-alive or the
      // decision itself may wake it): it kept nothing in memory, so the stop was real.
      const extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${CHROME_EXTENSION_ID}/consent-form.html`);
      expectStartBetween(await startsSeenBy(extensionPage.mainFrame()), stoppedFrom, decidedBy);
      await extensionPage.close();
      await page.close();
    });
  }

  it('a check interrupted by a stopped worker is asked again and finishes', async () => {
    const { page, dialog } = await attach();
    await stopWorkers(page);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await decide(dialog, 'Post original');
    await expectOutcome('Post original', statusOf(page));
    await page.close();
  });

  it('after a decision the site’s upload endpoint is no longer blocked, even across a restart', async () => {
    const { page, dialog } = await attach();
    expect(await offers(dialog, 'Cancel')).toBe(true);
    await stopWorkers(page);
    await decide(dialog, 'Cancel');
    await expect.poll(statusOf(page), { timeout: 15_000 }).toBe('cancelled');
    // upload.x.com is a fixture host (the attack fixtures frame a widget there): a request the
    // backstop no longer blocks reaches it and gets an answer (404 for this path); a blocked one fails.
    const outcome = await page.evaluate(() => fetch('https://upload.x.com/i/media/upload.json', { method: 'POST', mode: 'no-cors', body: 'x' }).then(() => 'sent', () => 'failed'));
    expect(outcome).toBe('sent');
    await page.close();
  });
});

async function attachInFirefox(browser: Browser): Promise<{ page: PpPage; dialog: PpFrame }> {
  const page = await browser.newPage();
  await page.goto(PAGE);
  const input = await page.waitForSelector('input#media');
  await input!.uploadFile(IMAGE);
  return { page, dialog: await firefoxDialogFrame(page, 45_000) };
}
const firefoxStatusOf = (page: PpPage) => () => page.$eval('#status', (el) => (el as HTMLElement).dataset.status);

describe('Firefox ESR: a held image survives a suspended event page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort, { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS }, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  const attach = () => attachInFirefox(browser);
  const statusOf = firefoxStatusOf;

  for (const choice of DECISIONS) {
    it(`"${choice}" works after the user read the dialog for longer than the idle timeout`, async () => {
      const { page, dialog } = await attach();
      expect(await offers(dialog, choice)).toBe(true);
      if (choice === 'Redact and continue') await waitForRedactedCopy(dialog, 60_000);
      const origin = await dialog.evaluate(() => location.origin);
      await new Promise((r) => setTimeout(r, FIREFOX_IDLE_MS * 3));
      const decidedFrom = Date.now();
      await decide(dialog, choice);
      await expectOutcome(choice, statusOf(page));
      const decidedBy = Date.now();
      // The event page that carried the decision started during it: it really had been suspended.
      // (BiDi may not open moz-extension pages in a tab; our web-accessible page in a frame can read storage.)
      await page.evaluate((url) => {
        const frame = document.createElement('iframe');
        frame.src = url;
        document.body.append(frame);
      }, `${origin}/dialog.html`);
      expectStartBetween(await startsSeenBy(await firefoxDialogFrame(page)), decidedFrom, decidedBy);
      await page.close();
    });
  }
});

describe('Firefox ESR at its default idle timeout: the engine answers after the dialog was read for a while', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort, {}, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  // The shape of a hang seen under CI load (the next check after a long read never answered); it did not
  // reproduce at low load, so this guards the user path rather than proving the engine watchdog.
  it('an image attached on a new page, after the last dialog was read for 45 s, is checked', async () => {
    const status = firefoxStatusOf;
    const attach = () => attachInFirefox(browser);
    const first = await attach();
    expect(await offers(first.dialog, 'Post original')).toBe(true);
    await new Promise((r) => setTimeout(r, IDLE_READ_MS));
    await decide(first.dialog, 'Post original');
    await expectOutcome('Post original', status(first.page));
    await first.page.close();
    server.reset();
    const second = await attach();
    expect(await offers(second.dialog, 'Redact and continue')).toBe(true);
    await decide(second.dialog, 'Redact and continue');
    await expectOutcome('Redact and continue', status(second.page));
    await second.page.close();
  });
});
