import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../wxt.config';
import type { AuditEntry } from '../../lib/audit/types';
import { decide, offers } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import { fileParts } from './support/multipart';

/**
 * Firefox ESR reads enterprise policy once, at start-up, from policies.json. On Debian's firefox-esr
 * both /usr/lib/firefox-esr/distribution/policies.json and /etc/firefox/policies/policies.json work;
 * /etc/firefox-esr/policies/ is NOT read (checked 2026-11, Firefox 153 ESR). launchFirefox mounts a
 * real policies.json over the distribution directory in a private mount namespace, so only this
 * browser reads it. Because policy is read only at start-up, each policy gets its own browser.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const IDENTIFIABLE = join(ROOT, 'samples/endoscopy-identifiable.jpg');
const EXIF = join(ROOT, 'samples/camera-exif.jpg');
const TRUST = { igContact: 'Caldicott Guardian, ext 4242', organisationName: 'E2E Test NHS Trust' };
/** A fixed moz-extension origin, so the test can open the options page of a temporary add-on. */
const UUID = '6a0e3b52-7f4c-4a53-9a41-0c6f1d2b9e15';
const server = new FixtureServer();
let browser: Browser | undefined;

beforeAll(() => server.start());
afterAll(async () => {
  await browser?.close();
  await server.stop();
});
afterEach(() => server.reset());

/** Each policy gets its own browser; the last one stays open until the next starts, so a failed test's diagnostics can read it. */
async function start(policy: Record<string, unknown>): Promise<Browser> {
  await browser?.close();
  browser = await launchFirefox(server.proxyPort, { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) }, { policy });
  return browser;
}

async function attach(file: string): Promise<Page> {
  const page = await browser!.newPage();
  await page.goto('https://x.com/x-compose.html');
  const input = await page.waitForSelector('input#media');
  await input!.uploadFile(file);
  return page;
}

async function uploaded(timeout = 30_000): Promise<Buffer> {
  await expect.poll(() => server.uploads.length, { timeout }).toBe(1);
  return fileParts(server.uploads[0]!.contentType, server.uploads[0]!.body)[0]!.bytes;
}

type Ext = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown }> }; storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

async function settingsFrom(frame: Frame) {
  const got = await frame.evaluate(() => (globalThis as unknown as { browser: Ext }).browser.runtime.sendMessage({ to: 'background', type: 'settings/get', req: {} }));
  return got.value as { managed: boolean; locked: string[]; settings: Record<string, unknown> };
}

/**
 * An extension-origin frame to read storage from. WebDriver BiDi may not navigate a tab to moz-extension://, so the
 * test page frames the (web-accessible) dialog page with no session; it is still one of the extension's pages.
 */
async function extensionFrame(page: Page): Promise<Frame> {
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, `moz-extension://${UUID}/dialog.html#no-session`);
  return firefoxDialogFrame(page);
}

async function auditLog(frame: Frame): Promise<AuditEntry[]> {
  return frame.evaluate(async () => ((await (globalThis as unknown as { browser: Ext }).browser.storage.local.get('auditLog')).auditLog as AuditEntry[] | undefined) ?? []);
}

describe('Firefox ESR with policies.json 3rdparty.Extensions', () => {
  it('block: the managed settings arrive locked; an image with findings can only be redacted or cancelled; the IG contact shows', async () => {
    await start({ ...TRUST, enforcementMode: 'block' });
    const page = await attach(IDENTIFIABLE);
    const dialog = await firefoxDialogFrame(page, 45_000);
    const got = await settingsFrom(dialog);
    expect(got.managed).toBe(true);
    expect([...got.locked].sort()).toEqual(['enforcementMode', 'igContact', 'organisationName']);
    expect(await offers(dialog, 'Redact and continue')).toBe(true);
    expect(await offers(dialog, 'Post original')).toBe(false);
    await dialog.waitForSelector('::-p-text(Caldicott Guardian, ext 4242)', { timeout: 10_000 });
    await dialog.waitForSelector('::-p-text(allows only a redacted copy)');
    await decide(dialog, 'Redact and continue');
    expect((await uploaded()).equals(readFileSync(IDENTIFIABLE))).toBe(false);
  });

  it('audit: the exact file goes at once with no dialog, and the check is recorded afterwards', async () => {
    await start({ ...TRUST, enforcementMode: 'audit', auditRetentionDays: 30 });
    const page = await attach(IDENTIFIABLE);
    expect((await uploaded(15_000)).equals(readFileSync(IDENTIFIABLE))).toBe(true);
    expect(page.frames().length).toBe(1);
    const ext = await extensionFrame(page);
    await expect.poll(async () => (await auditLog(ext)).length, { timeout: 120_000 }).toBe(1);
    const [entry] = await auditLog(ext);
    expect(entry).toMatchObject({ decision: 'attached-audit', mode: 'audit', files: [expect.objectContaining({ verdict: 'identifiable', attached: 'exact-original' })] });
    expect((await settingsFrom(ext)).locked).toContain('auditRetentionDays');
  });

  it('warn with alwaysStripMetadata (default on): one click attaches the original, re-encoded without its metadata', async () => {
    await start({ ...TRUST, enforcementMode: 'warn' });
    const page = await attach(EXIF);
    const dialog = await firefoxDialogFrame(page, 45_000);
    await dialog.waitForSelector('::-p-text(attach the original with one click)', { timeout: 90_000 });
    await dialog.waitForSelector('::-p-text(attached without its metadata)');
    expect(await dialog.$$eval('input[type=radio], input[type=checkbox]', (inputs) => inputs.length)).toBe(0);
    await decide(dialog, 'Post original');
    const bytes = await uploaded();
    expect(bytes.equals(readFileSync(EXIF))).toBe(false);
    expect(bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
  });
});
