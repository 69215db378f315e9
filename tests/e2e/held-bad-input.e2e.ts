import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { Browser, Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialogFrame, launchChromium } from './support/chromium';
import { decide, offers } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';
import { settle, uploadsTo, waitForUploads } from './support/intercept';
import { writeTestPng } from './support/images';
import { fileParts } from './support/multipart';

/**
 * Bad input gets a plain message or a decision: never a lost post, never a frozen page.
 * The files are generated here (no patient data; the NHS number is from the reserved test range).
 */
const server = new FixtureServer();
const PAGE = 'https://x.com/x-compose.html';
const UPLOAD = '/upload/media';
const DIR = mkdtempSync(join(tmpdir(), 'cg-bad-'));

function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const row = Buffer.alloc(width + 1);
  const rows = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** 10 000 × 6 000 pixels (60 megapixels, 240 MB decoded) in about 60 KB. */
const BOMB = join(DIR, 'bomb.png');
writeFileSync(BOMB, png(10_000, 6_000));
const EMPTY = join(DIR, 'empty.png');
writeFileSync(EMPTY, Buffer.alloc(0));
/** A 70 MB MP4 (an ISO-BMFF header, then filler): over Chrome's 64 MiB message limit. */
const VIDEO = join(DIR, 'ward-round.mp4');
const ftyp = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
writeFileSync(VIDEO, Buffer.concat([ftyp, Buffer.alloc(70 * 1024 * 1024, 7)]));
/** A clear image whose file name carries a (reserved test range) NHS number. */
const NAMED = join(DIR, 'SMITH John 9990000018.png');
copyFileSync(writeTestPng('named.png'), NAMED);
const THIRTY = Array.from({ length: 30 }, (_, i) => writeTestPng(`frame-${i}.png`, 64, 48));

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

type AnyFrame = Frame | PpFrame;
const dialogText = (frame: AnyFrame): Promise<string> => (frame as Frame).evaluate(() => document.body.innerText);

/** Cases both browsers run the same way, given how to attach and how to find the dialog. */
function sharedCases(open: () => Promise<{ attach(files: string[]): Promise<AnyFrame>; status(): Promise<string | undefined> }>) {
  it('a decompression bomb is refused in plain words, and Cancel leaves the page working', async () => {
    const page = await open();
    const dialog = await page.attach([BOMB]);
    await expect.poll(() => dialogText(dialog), { timeout: 60_000 }).toMatch(/10000 × 6000 pixels \(60 megapixels\), more than the 50 megapixels/);
    await decide(dialog, 'Cancel');
    await expect.poll(() => page.status()).toBe('cancelled');
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
  });

  it('an empty file is refused in plain words', async () => {
    const page = await open();
    const dialog = await page.attach([EMPTY]);
    await expect.poll(() => dialogText(dialog), { timeout: 60_000 }).toMatch(/This file is empty/);
    await decide(dialog, 'Cancel');
    await expect.poll(() => page.status()).toBe('cancelled');
  });

  it('a 70 MB video cannot be checked, says so, and can still be posted as it is after the checklist', async () => {
    const page = await open();
    const dialog = await page.attach([VIDEO]);
    await expect.poll(() => dialogText(dialog), { timeout: 60_000 }).toMatch(/ward-round\.mp4 can't be checked/);
    expect(await offers(dialog, 'Post original')).toBe(true);
    await decide(dialog, 'Post original');
    const [upload] = await waitForUploads(server, UPLOAD, 1, 60_000);
    const [part] = fileParts(upload!.contentType, upload!.body);
    expect(part?.bytes.length).toBe(readFileSync(VIDEO).length);
    expect(part?.bytes.equals(readFileSync(VIDEO))).toBe(true);
  });

  it('a file name that carries an NHS number is shown as a finding', async () => {
    const page = await open();
    const dialog = await page.attach([NAMED]);
    await expect.poll(() => dialogText(dialog), { timeout: 60_000 }).toMatch(/The file name ‘SMITH John 9990000018\.png’ gives away ‘9990000018’/);
    await decide(dialog, 'Cancel');
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
  });
}

describe('Chromium: bad input and load', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launchChromium(server.proxyPort);
  });
  afterAll(() => context?.close());

  async function openPage() {
    const page = await context.newPage();
    await page.goto(PAGE);
    return page;
  }
  const statusOf = (page: Page) => () => page.locator('#status').getAttribute('data-status').then((s) => s ?? undefined);

  sharedCases(async () => {
    const page = await openPage();
    return {
      attach: async (files) => {
        await page.setInputFiles('#media', files);
        return dialogFrame(page, 45_000);
      },
      status: statusOf(page),
    };
  });

  it('thirty images at once: a plain message, nothing attached, and Close gives the page its picker back', async () => {
    const page = await openPage();
    await page.setInputFiles('#media', THIRTY);
    // The message lives in the host's closed shadow root; the page cannot read it, the user can.
    const cdp = await context.newCDPSession(page);
    const text = async () => {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: 'document.body.innerText' })) as { result: { value: string } };
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: { nodeValue?: string; children?: unknown[]; shadowRoots?: unknown[] } };
      const all: string[] = [result.value];
      const walk = (n: { nodeValue?: string; children?: unknown[]; shadowRoots?: unknown[] }) => {
        if (n.nodeValue) all.push(n.nodeValue);
        [...(n.children ?? []), ...(n.shadowRoots ?? [])].forEach((c) => walk(c as typeof n));
      };
      walk(root);
      return all.join('\n');
    };
    await expect.poll(text).toMatch(/You attached 30 files\. Consent Guard checks up to 20 at a time, so none was attached/);
    await page.keyboard.press('Enter'); // the Close button has focus
    await expect.poll(statusOf(page)).toBe('cancelled');
    await settle();
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
    await cdp.detach();
  });

  it('twenty attaches in a row on one page each get a dialog and end cleanly', async () => {
    const page = await openPage();
    const image = resolve(import.meta.dirname, '../../samples/endoscopy-identifiable.jpg');
    for (let i = 0; i < 20; i++) {
      await page.setInputFiles('#media', image);
      const dialog = await dialogFrame(page, 45_000);
      await dialog.getByRole('dialog').waitFor();
      await decide(dialog, 'Cancel');
      await expect.poll(() => page.locator('[data-consent-guard]').count()).toBe(0);
    }
    await settle();
    expect(uploadsTo(server, UPLOAD)).toHaveLength(0);
  });
});

describe('Firefox ESR: bad input', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox(server.proxyPort);
  });
  afterAll(() => browser?.close());

  sharedCases(async () => {
    const page: PpPage = await browser.newPage();
    await page.goto(PAGE);
    return {
      attach: async (files) => {
        const input = await page.waitForSelector('input#media');
        await (input as unknown as { uploadFile(...f: string[]): Promise<void> }).uploadFile(...files);
        return firefoxDialogFrame(page, 45_000);
      },
      status: () => page.$eval('#status', (el) => (el as HTMLElement).dataset.status),
    };
  });
});
