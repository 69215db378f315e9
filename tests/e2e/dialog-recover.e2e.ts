import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, dialogFrame, launchChromium } from './support/chromium';
import { within } from './support/deadline';
import { decide, offers } from './support/dialog-actions';
import { fileParts } from './support/multipart';
import { FixtureServer } from './support/fixture-server';
import { writeTestBmp } from './support/images';
import { EXACT_ORIGINALS } from './support/policy-namespace';

/**
 * Issue 16 §5, recover. "Check again" and "Cover areas by hand" are offered where they can help: on a picture the
 * engine read but could not finish checking. The failure is real: a copy of the built extension whose face model
 * files are missing (a damaged install), so the face stage fails; putting them back and choosing "Check again" gives
 * a full check. (A crashed engine document is no use for this: the check is asked again by itself.) A BMP, which every
 * browser shows and the engine cannot read, offers neither and says what to do.
 */
const server = new FixtureServer();
const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = 'https://x.com/x-compose.html';
const BMP = writeTestBmp('wound.bmp');
const IMAGE = resolve(ROOT, 'samples/endoscopy-identifiable.jpg');
const NAME = 'endoscopy-identifiable.jpg';
const FACE_MODELS = ['face_full_range.onnx', 'face_short_range.onnx'];
const SHOTS = resolve(ROOT, 'tmp/screenshots-dialog');

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

describe('Chromium: recovering from a check that failed', () => {
  let context: BrowserContext;
  const copy = mkdtempSync(join(tmpdir(), 'cg-damaged-'));
  const models = join(copy, 'models');
  const hideFaceModels = () => FACE_MODELS.forEach((m) => renameSync(join(models, m), join(models, `${m}.away`)));
  const restoreFaceModels = () => FACE_MODELS.forEach((m) => renameSync(join(models, `${m}.away`), join(models, m)));
  beforeAll(() => {
    cpSync(CHROME_EXTENSION_DIR, copy, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  // A fresh browser for each test: once a model has loaded, the engine keeps it, whatever happens to the file.
  beforeEach(async () => {
    context = await launchChromium(server.proxyPort, [], { policy: EXACT_ORIGINALS, extensionDir: copy });
  });
  afterEach(() => context?.close());

  const text = (dialog: Frame) => within('reading the dialog', 5_000, dialog.evaluate(() => document.body.innerText));
  const hosts = (page: Page) => within('counting dialog hosts', 5_000, page.locator('[data-consent-guard]').count());

  /** Attaches the sample while the face models are missing: the face stage fails, so the check does. */
  async function attachFailing(): Promise<{ page: Page; dialog: Frame }> {
    hideFaceModels();
    const page = await context.newPage();
    await page.goto(PAGE);
    await page.setInputFiles('#media', IMAGE);
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByRole('button', { name: `Check again: ${NAME}` }).waitFor({ timeout: 90_000 });
    expect(await text(dialog)).toContain('the face check failed');
    return { page, dialog };
  }

  it('"Check again" after a failed check: with the models back, the new check finishes and its findings are shown', async () => {
    const { page, dialog } = await attachFailing();
    await page.screenshot({ path: resolve(SHOTS, 'recover-failed-chromium.png') });
    restoreFaceModels();
    await dialog.getByRole('button', { name: `Check again: ${NAME}` }).click({ timeout: 10_000 });
    expect(await offers(dialog, 'Redact and continue'), 'the new check finds the name overlay').toBe(true);
    const after = await text(dialog);
    expect(after).not.toContain("This couldn't be checked");
    expect(after).toContain('This may identify a patient');
    await decide(dialog, 'Cancel');
    await expect.poll(() => hosts(page)).toBe(0);
    expect(server.uploads).toHaveLength(0);
    await page.close();
  });

  it('"Cover areas by hand" on an image whose check failed: an area added in the reviewer, and the covered copy is posted', async () => {
    const { page, dialog } = await attachFailing();
    try {
      await dialog.getByRole('button', { name: 'Cover areas by hand' }).click({ timeout: 10_000 });
      const reviewer = dialog.getByRole('dialog', { name: /^Review / });
      await reviewer.waitFor({ timeout: 10_000 });
      const before = await reviewer.locator('.cg-rv-item').count();
      await reviewer.getByRole('button', { name: 'Add area' }).click({ timeout: 10_000 });
      await expect.poll(() => reviewer.locator('.cg-rv-item').count()).toBe(before + 1);
      await page.screenshot({ path: resolve(SHOTS, 'recover-cover-by-hand-chromium.png') });
      await reviewer.getByRole('button', { name: 'Done' }).click({ timeout: 10_000 });
      await expect.poll(() => text(dialog)).toMatch(before + 1 === 1 ? /1 area will be covered/ : new RegExp(`${before + 1} areas will be covered`));
      await page.screenshot({ path: resolve(SHOTS, 'recover-covered-chromium.png') });
      await decide(dialog, 'Redact and continue');
      await expect.poll(() => server.uploads.length, { timeout: 60_000 }).toBe(1);
      const [part] = fileParts(server.uploads[0]!.contentType, server.uploads[0]!.body);
      expect(part!.bytes.length).toBeGreaterThan(0);
      expect(part!.bytes.equals(readFileSync(IMAGE))).toBe(false);
    } finally {
      restoreFaceModels();
    }
    await page.close();
  });

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
