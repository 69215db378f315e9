import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialogFrame, launchChromium } from './support/chromium';
import { within } from './support/deadline';
import { decide } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { writeTestBmp } from './support/images';
import { EXACT_ORIGINALS } from './support/policy-namespace';

/**
 * Issue 16 §5, recover. "Check again" and "Cover areas by hand" are offered only where they can help: on a picture the
 * engine read but could not finish checking (a timeout, a failed stage). The real extension gives no way to make such a
 * failure on demand (a crashed engine document is asked again by itself), so those are covered by the dialog's unit
 * tests. End to end: a BMP, which every browser shows and the engine cannot read, offers neither and says what to do.
 */
const server = new FixtureServer();
const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = 'https://x.com/x-compose.html';
const BMP = writeTestBmp('wound.bmp');
const SHOTS = resolve(ROOT, 'tmp/screenshots-dialog');

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

describe('Chromium: a picture that cannot be read', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort, [], { policy: EXACT_ORIGINALS });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => context?.close());

  const text = (dialog: Frame) => within('reading the dialog', 5_000, dialog.evaluate(() => document.body.innerText));
  const hosts = (page: Page) => within('counting dialog hosts', 5_000, page.locator('[data-consent-guard]').count());

  it('a picture the engine cannot read (BMP) offers neither a new check nor covering areas, and says what to do', async () => {
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.setInputFiles('#media', BMP);
    const dialog = await dialogFrame(page, 45_000);
    await expect.poll(() => text(dialog), { timeout: 60_000 }).toContain("wound.bmp couldn't be checked (BMP images can't be checked yet.");
    await page.screenshot({ path: resolve(SHOTS, 'recover-unreadable-chromium.png') });
    expect(await text(dialog)).toContain('Save it as a JPEG or PNG and attach it again.');
    const buttons = await within('reading the buttons', 5_000, dialog.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.offsetParent !== null).map((b) => b.textContent!.trim())));
    expect(buttons).not.toContain('Check again');
    expect(buttons).not.toContain('Cover areas by hand');
    expect(buttons).not.toContain('Redact and continue');
    await decide(dialog, 'Cancel');
    await expect.poll(() => hosts(page)).toBe(0);
    expect(server.uploads).toHaveLength(0);
    await page.close();
  });
});
