import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import jpeg from 'jpeg-js';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../lib/audit/types';
import type { Report } from '../../lib/engine/report';
import { CHROME_EXTENSION_ID, dialogFrame, launchChromiumWithPolicy } from './support/chromium';
import { closeReviewer, decide, offers, openPaths, openReviewer, waitForRedactedCopy } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { writeTestPng } from './support/images';
import { settle } from './support/intercept';
import { fileParts } from './support/multipart';
import { packageFile } from '../../lib/engine/runtime/node-files';

/**
 * Issue 15: every mode and every setting that changes behaviour, end to end in Chromium, with the policy
 * in a real managed policy file (only this browser sees it: support/policy-namespace.ts). Chromium
 * watches its policy directory, so one browser goes through every policy in turn.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BASE = `chrome-extension://${CHROME_EXTENSION_ID}`;
const COMPOSE = 'https://x.com/x-compose.html';
const IDENTIFIABLE = join(ROOT, 'samples/endoscopy-identifiable.jpg');
const CLEAN_ENDOSCOPY = join(ROOT, 'samples/endoscopy-clean.jpg');
const EXIF = join(ROOT, 'samples/camera-exif.jpg');
const FACES = packageFile('@vladmandic/face-api', 'demo/sample1.jpg');
/** A face in FACES, boxed by hand (tests/fixtures/faces/annotations.json). */
const FACE_BOX = [824, 410, 216, 240] as const;
const CLEAR = writeTestPng('clear-frame.png');
const VIDEO = join(dirname(CLEAR), 'clip.mp4');
writeFileSync(VIDEO, Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'));
const TRUST = { organisationName: 'E2E Test NHS Trust' };

const server = new FixtureServer();
let context: BrowserContext;
let setPolicy: (policy: Record<string, unknown>) => void;
let ext: Page;

type Chrome = {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown }> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
};

beforeAll(async () => {
  await server.start();
  ({ context, setPolicy } = await launchChromiumWithPolicy(server.proxyPort, { ...TRUST, enforcementMode: 'confirm' }));
  ext = await context.newPage();
  await ext.goto(`${BASE}/options.html`);
});
afterAll(async () => {
  await context?.close();
  await server.stop();
});
beforeEach(() => server.reset());

async function settingsNow(): Promise<{ settings: Record<string, unknown>; locked: string[] }> {
  const got = await ext.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ to: 'background', type: 'settings/get', req: {} }));
  return got.value as { settings: Record<string, unknown>; locked: string[] };
}

/** Writes the policy file and waits until the extension works under exactly this policy. */
async function usePolicy(policy: Record<string, unknown>): Promise<void> {
  const full = { ...TRUST, ...policy };
  setPolicy(full);
  const applied = async () => {
    const { settings, locked } = await settingsNow();
    return [...locked].sort().join() === Object.keys(full).sort().join() && Object.entries(full).every(([k, v]) => JSON.stringify(settings[k]) === JSON.stringify(v));
  };
  await expect.poll(applied, { timeout: 30_000, interval: 250 }).toBe(true);
}

async function auditLog(): Promise<AuditEntry[]> {
  return ext.evaluate(async () => ((await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('auditLog')).auditLog as AuditEntry[] | undefined) ?? []);
}

async function nextEntry(before: number, timeout = 20_000): Promise<AuditEntry> {
  await expect.poll(async () => (await auditLog()).length, { timeout }).toBeGreaterThan(before);
  return (await auditLog()).at(-1)!;
}

async function attach(file: string, options: { noPostText?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(COMPOSE);
  // The fixture composer says "…this morning", which the dialog flags; a clear result needs an empty post.
  if (options.noPostText) await page.evaluate(() => void (document.getElementById('text')!.textContent = ''));
  await page.setInputFiles('#media', file);
  return page;
}

async function uploaded(timeout = 30_000): Promise<Buffer> {
  await expect.poll(() => server.uploads.length, { timeout }).toBe(1);
  const upload = server.uploads[0]!;
  return fileParts(upload.contentType, upload.body)[0]!.bytes;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const hasDialog = (page: Page) => page.frames().some((f) => f.url().includes('/dialog.html'));
const visibleButtons = (dialog: Frame) =>
  dialog.evaluate(() => [...document.querySelectorAll('.cg-actionbar button')].filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.textContent?.trim() ?? ''));

describe('modes', () => {
  it('off: the image goes to the site untouched, with no dialog and nothing recorded', async () => {
    await usePolicy({ enforcementMode: 'off' });
    const before = (await auditLog()).length;
    const page = await attach(IDENTIFIABLE);
    expect((await uploaded(15_000)).equals(readFileSync(IDENTIFIABLE))).toBe(true);
    expect(hasDialog(page)).toBe(false);
    await settle(2000);
    expect(await auditLog()).toHaveLength(before);
    await page.close();
  });

  it('audit: the site gets the exact file at once, no dialog; the check runs afterwards and is recorded', async () => {
    await usePolicy({ enforcementMode: 'audit' });
    const before = (await auditLog()).length;
    const page = await attach(IDENTIFIABLE);
    const bytes = await uploaded(15_000);
    expect(bytes.equals(readFileSync(IDENTIFIABLE))).toBe(true);
    const entry = await nextEntry(before, 120_000);
    expect(hasDialog(page)).toBe(false);
    expect(entry).toMatchObject({ decision: 'attached-audit', mode: 'audit', site: 'x' });
    expect(entry.files[0]).toMatchObject({ sha256: sha256(bytes), verdict: 'identifiable', attached: 'exact-original' });
    expect(Object.keys(entry.files[0]!.identifiers).length).toBeGreaterThan(0);
    // Never interrupted: the upload happened before the check finished.
    expect(server.uploads[0]!.at).toBeLessThan(Date.parse(entry.time));
    await page.close();
  });

  it('warn: one notice, no statements to tick, one click attaches the original', async () => {
    await usePolicy({ enforcementMode: 'warn' });
    const before = (await auditLog()).length;
    const page = await attach(IDENTIFIABLE);
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByText('attach the original with one click').waitFor({ timeout: 90_000 });
    expect(await dialog.locator('input[type=radio], input[type=checkbox]').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Post original', exact: true }).isEnabled()).toBe(true);
    await decide(dialog, 'Post original');
    await uploaded();
    expect(await nextEntry(before)).toMatchObject({ decision: 'attached-after-notice', mode: 'warn' });
    await page.close();
  });

  it('confirm: removing every marked area is not a redaction; attaching is the false-alarm path, recorded with what was removed', async () => {
    await usePolicy({ enforcementMode: 'confirm' });
    const before = (await auditLog()).length;
    const page = await attach(IDENTIFIABLE);
    const dialog = await dialogFrame(page, 45_000);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await openReviewer(dialog);
    const removes = dialog.getByRole('button', { name: /^Remove / });
    const found = await removes.count();
    expect(found).toBeGreaterThan(0);
    for (let i = 0; i < found; i++) await removes.first().click();
    await closeReviewer(dialog);
    await dialog.getByText('a redacted copy would cover nothing').waitFor();
    expect(await dialog.getByRole('button', { name: 'Redact and continue' }).isDisabled()).toBe(true);
    await decide(dialog, 'Post original', 60_000, 'false-alarm');
    await uploaded();
    const entry = await nextEntry(before);
    expect(entry).toMatchObject({ decision: 'attached-false-alarm', mode: 'confirm' });
    const file = entry.files[0]!;
    expect(file.boxesFound).toBe(found);
    expect(Object.values(file.boxesRemoved!).reduce((a, b) => a + b, 0)).toBe(found);
    expect(file.boxesAdded).toBe(0);
    expect(Object.keys(file.identifiers).length).toBeGreaterThan(0);
    await page.close();
  });

  it('block: an image with findings can only be redacted or cancelled; the redacted copy goes', async () => {
    await usePolicy({ enforcementMode: 'block' });
    const before = (await auditLog()).length;
    const page = await attach(IDENTIFIABLE);
    const dialog = await dialogFrame(page, 45_000);
    expect(await offers(dialog, 'Redact and continue')).toBe(true);
    expect(await visibleButtons(dialog)).toEqual(expect.not.arrayContaining(['Post original']));
    await dialog.getByText('allows only a redacted copy').waitFor();
    await waitForRedactedCopy(dialog, 60_000);
    await decide(dialog, 'Redact and continue');
    expect((await uploaded()).equals(readFileSync(IDENTIFIABLE))).toBe(false);
    expect(await nextEntry(before)).toMatchObject({ decision: 'attached-redacted', mode: 'block', files: [expect.objectContaining({ attached: 'redacted-copy' })] });
    await page.close();
  });
});

describe('settings', () => {
  it.each([true, false])('alwaysStripMetadata %s: "Post original" sends the pixels without metadata (on) or the exact bytes (off), and says so', async (strip) => {
    await usePolicy({ enforcementMode: 'confirm', alwaysStripMetadata: strip });
    const before = (await auditLog()).length;
    const page = await attach(EXIF);
    const dialog = await dialogFrame(page, 45_000);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await openPaths(dialog);
    await dialog.getByText(strip ? 'attached without its metadata' : 'exactly as it is, including any metadata').waitFor();
    await decide(dialog, 'Post original', 60_000, 'written-consent');
    const bytes = await uploaded();
    const original = readFileSync(EXIF);
    if (strip) {
      expect(bytes.equals(original)).toBe(false);
      expect(bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
      const [a, b] = [jpeg.decode(bytes, { useTArray: true }), jpeg.decode(original, { useTArray: true })];
      expect([a.width, a.height]).toEqual([b.width, b.height]);
    } else {
      expect(bytes.equals(original)).toBe(true);
    }
    expect(server.uploads[0]!.body.includes(Buffer.from('filename="camera-exif.jpg"'))).toBe(true);
    const entry = await nextEntry(before);
    expect(entry).toMatchObject({ decision: 'attached-consent', files: [expect.objectContaining({ attached: strip ? 'original-without-metadata' : 'exact-original' })] });
    await page.close();
  });

  it('onCheckFailure hold: a file that cannot be checked can only be cancelled', async () => {
    await usePolicy({ onCheckFailure: 'hold' });
    const page = await attach(VIDEO);
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByRole('heading', { name: "This couldn't be checked" }).waitFor({ timeout: 60_000 });
    expect(await visibleButtons(dialog)).toEqual(['Cancel']);
    await decide(dialog, 'Cancel');
    await settle();
    expect(server.uploads).toHaveLength(0);
    await page.close();
  });

  it('onCheckFailure warn: the user may attach it after saying what is true', async () => {
    await usePolicy({ onCheckFailure: 'warn' });
    const before = (await auditLog()).length;
    const page = await attach(VIDEO);
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByRole('heading', { name: "This couldn't be checked" }).waitFor({ timeout: 60_000 });
    await decide(dialog, 'Post original', 60_000, 'anonymised');
    expect((await uploaded()).equals(readFileSync(VIDEO))).toBe(true);
    expect(await nextEntry(before)).toMatchObject({ decision: 'attached-anonymised', files: [expect.objectContaining({ verdict: 'error', attached: 'exact-original' })] });
    await page.close();
  });

  it('onCheckFailure allow: a file that cannot be checked goes on without asking, and that is recorded', async () => {
    await usePolicy({ onCheckFailure: 'allow' });
    const before = (await auditLog()).length;
    const page = await attach(VIDEO);
    expect((await uploaded(60_000)).equals(readFileSync(VIDEO))).toBe(true);
    expect(await nextEntry(before)).toMatchObject({ decision: 'attached-unchecked' });
    await page.close();
  });

  it('noticeOnClearImages on: a clear image goes on by itself after the notice; off: the user must choose', async () => {
    await usePolicy({ noticeOnClearImages: true });
    const before = (await auditLog()).length;
    const on = await attach(CLEAR, { noPostText: true });
    const dialog = await dialogFrame(on, 45_000);
    await dialog.getByRole('heading', { name: 'No faces or identifiers found' }).waitFor({ timeout: 60_000 });
    await uploaded(30_000);
    expect(await nextEntry(before)).toMatchObject({ decision: 'attached-clear' });
    await on.close();

    server.reset();
    await usePolicy({ noticeOnClearImages: false });
    const off = await attach(CLEAR, { noPostText: true });
    const held = await dialogFrame(off, 45_000);
    await held.getByRole('button', { name: 'Post original…', exact: true }).waitFor({ timeout: 60_000 });
    expect(await visibleButtons(held)).not.toContain('Review first');
    await settle(5000);
    expect(server.uploads).toHaveLength(0);
    await decide(held, 'Cancel');
    await off.close();
  });

  it("otherReasons: the organisation's reasons are a path of their own, and the one picked is recorded", async () => {
    const reason = 'Approved by the clinical photography team';
    await usePolicy({ otherReasons: [reason] });
    const before = (await auditLog()).length;
    const page = await attach(IDENTIFIABLE);
    const dialog = await dialogFrame(page, 45_000);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await openPaths(dialog);
    await dialog.getByRole('radio', { name: 'Another reason E2E Test NHS Trust accepts' }).check();
    await dialog.locator('fieldset select').selectOption(reason);
    await decide(dialog, 'Post original', 60_000, 'other-reason');
    await uploaded();
    expect(await nextEntry(before)).toMatchObject({ decision: 'attached-other-reason', reason });
    await page.close();
  });

  it('faceDetection and hospitalNumberPatterns change what the check finds', async () => {
    const check = (path: string) =>
      ext.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const file = { name: 'check.jpg', type: 'image/jpeg', lastModified: 0, size: bytes.byteLength, bytes: { base64 } };
        return (await (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ to: 'background', type: 'practice/check', req: { requestId: crypto.randomUUID(), file } })).value as Report;
      }, readFileSync(path).toString('base64'));
    await usePolicy({});
    expect((await check(FACES)).faces.length).toBeGreaterThan(0);
    expect((await check(CLEAN_ENDOSCOPY)).identifiers.filter((i) => i.type === 'hospital-number')).toEqual([]);
    await usePolicy({ faceDetection: false, hospitalNumberPatterns: ['EP-?7[0-9]{3}'] });
    expect((await check(FACES)).faces).toEqual([]);
    expect((await check(CLEAN_ENDOSCOPY)).identifiers.filter((i) => i.type === 'hospital-number').length).toBeGreaterThan(0);
  });

  it.each(['fill', 'pixelate'] as const)('redactionStyle %s: faces in the redacted copy are filled solid or pixelated', async (style) => {
    await usePolicy({ enforcementMode: 'block', redactionStyle: style });
    const page = await attach(FACES);
    const dialog = await dialogFrame(page, 45_000);
    expect(await offers(dialog, 'Redact and continue')).toBe(true);
    await waitForRedactedCopy(dialog, 60_000);
    await decide(dialog, 'Redact and continue');
    const image = jpeg.decode(await uploaded(), { useTArray: true });
    const spread = lumaSpread(image, FACE_BOX);
    if (style === 'fill') expect(spread).toBeLessThan(6);
    else expect(spread).toBeGreaterThan(6);
    await page.close();
  });
});

describe('labels that may stay', () => {
  /** What the processor prints on the clean sample (samples/truth.jsonl); the reader gets some of it slightly wrong. */
  const LABELS = ['CVP:1', 'Ct:N', 'BLI', 'Iris:Avg', 'FUJIFILM EP-7000'];

  it('keptLabels set by the organisation: a frame whose only text is those labels is clear and goes on; the options page shows the list locked', async () => {
    await usePolicy({ keptLabels: LABELS });
    const before = (await auditLog()).length;
    const page = await attach(CLEAN_ENDOSCOPY, { noPostText: true });
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByRole('heading', { name: 'No faces or identifiers found' }).waitFor({ timeout: 90_000 });
    await uploaded(30_000);
    expect(await nextEntry(before)).toMatchObject({ decision: 'attached-clear' });
    await page.close();
    const options = await context.newPage();
    await options.goto(`${BASE}/options.html`);
    const field = options.getByLabel('Labels that may stay', { exact: true });
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(LABELS.join('\n'));
    expect(await field.isDisabled()).toBe(true);
    await options.close();
  });

  it('organisationKeptLabels: those stay on everyone\'s images; the user keeps another one always, and it is saved to their own list', async () => {
    await usePolicy({ organisationKeptLabels: ['BLI', 'Iris:Avg', 'FUJIFILM EP-7000'] });
    const page = await attach(CLEAN_ENDOSCOPY, { noPostText: true });
    const dialog = await dialogFrame(page, 45_000);
    await dialog.getByText('Labels left in place').waitFor({ timeout: 90_000 });
    const chips = await dialog.locator('.cg-chip-text').allInnerTexts();
    expect(chips).toEqual(['‘CVP:1’', '‘Ct:N’']);
    await dialog.getByRole('button', { name: 'Keep ‘CVP:1’ on this image' }).click();
    await dialog.getByRole('button', { name: 'Always keep ‘CVP:1’ on your images' }).click();
    await expect.poll(async () => (await settingsNow()).settings.keptLabels, { timeout: 10_000 }).toEqual(['CVP:1']);
    await decide(dialog, 'Cancel');
    await page.close();
  });
});

describe('the audit log and the profile statement', () => {
  it('auditRetentionDays set by the organisation: the log cannot be cleared from the options page; 0 keeps none', async () => {
    await usePolicy({ auditRetentionDays: 30 });
    expect((await auditLog()).length).toBeGreaterThan(0);
    await ext.reload();
    await ext.getByTestId('audit-locked').waitFor();
    expect(await ext.getByRole('button', { name: 'Clear the log' }).count()).toBe(0);
    const cleared = await ext.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ to: 'background', type: 'audit/clear', req: {} }));
    expect(cleared.ok).toBe(false);
    expect((await auditLog()).length).toBeGreaterThan(0);
    await ext.getByRole('cell', { name: 'Original attached: findings judged a false alarm' }).first().waitFor();

    await usePolicy({ auditRetentionDays: 0 });
    await expect.poll(async () => (await auditLog()).length, { timeout: 15_000 }).toBe(0);
  });

  it("consentStatementText: the dialog offers the options page's text; Hide applies to one site; the bio is read from the user's own profile", async () => {
    const statement = 'E2E: clinical images shared only with written consent.';
    await usePolicy({ consentStatementText: statement });
    const first = await attach(IDENTIFIABLE);
    let dialog = await dialogFrame(first, 45_000);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await dialog.getByText('Add a consent statement to your profile').click();
    expect(await dialog.locator('#cg-profile-text').inputValue()).toBe(statement);
    await dialog.getByText("hasn't seen your X profile yet").waitFor();
    await dialog.getByRole('button', { name: 'Hide the profile statement on X' }).click();
    await decide(dialog, 'Cancel');
    const hidden = await ext.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('profileOfferHidden')).profileOfferHidden);
    expect(hidden).toEqual(['x']);

    // Opening one's own profile lets the content script read the bio (a yes/no is kept, never the text).
    const profile = await context.newPage();
    await profile.goto('https://x.com/dr_example');
    await expect
      .poll(async () => ext.evaluate(async () => JSON.stringify((await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('profileStatus')).profileStatus ?? {})), { timeout: 15_000 })
      .toMatch(/"x":\{"hasStatement":true/);
    await profile.close();

    await ext.reload();
    await ext.getByRole('button', { name: 'Show the profile statement offer again on X' }).click();
    await expect.poll(async () => ext.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('profileOfferHidden')).profileOfferHidden)).toEqual([]);
    const second = await attach(IDENTIFIABLE);
    dialog = await dialogFrame(second, 45_000);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await dialog.getByText('Your X profile already carries a consent statement.').waitFor();
    await decide(dialog, 'Cancel');
    await first.close();
    await second.close();
  });
});

/** Standard deviation of luma in the middle half of `box`: near 0 for a solid fill. */
function lumaSpread(image: { width: number; data: Uint8Array }, box: readonly [number, number, number, number]): number {
  const [x, y, w, h] = box;
  const values: number[] = [];
  for (let yy = Math.round(y + h / 4); yy < y + (3 * h) / 4; yy++) {
    for (let xx = Math.round(x + w / 4); xx < x + (3 * w) / 4; xx++) {
      const i = (yy * image.width + xx) * 4;
      values.push(0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!);
    }
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}
