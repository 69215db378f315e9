import { readFileSync, writeFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type BrowserDriver } from './support/driver';
import { FixtureServer } from './support/fixture-server';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { writeTestPng } from './support/images';
import { attachThenDecide, settle, uploadsTo, waitForUploads } from './support/intercept';
import { fileParts } from './support/multipart';

const server = new FixtureServer();
const image = resolve(import.meta.dirname, '../../samples/endoscopy-identifiable.jpg');
const second = writeTestPng('second.png', 200, 150);
const pdf = join(dirname(second), 'notes.pdf');
writeFileSync(pdf, '%PDF-1.4\n% not an image\n');
const video = join(dirname(second), 'clip.mp4');
writeFileSync(video, Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'));

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => server.reset());

describe.each(['chromium', 'firefox'] as const)('%s: file inputs', (name) => {
  let browser: BrowserDriver;
  beforeAll(async () => {
    browser = await launch(name, server.proxyPort, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  it('light-DOM input: Post original hands over the original byte for byte', async () => {
    const page = await browser.open('https://x.com/x-compose.html');
    const parts = await attachThenDecide(page, server, {
      attach: () => page.setInputFiles('#media', [image]),
      choice: 'Post original',
      path: '/upload/media',
    });
    expect(parts).not.toBe('no-redact');
    expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(readFileSync(image))).toBe(true);
    await page.close();
  });

  it('light-DOM input: Cancel uploads nothing and the same file can be attached again', async () => {
    const page = await browser.open('https://x.com/x-compose.html');
    await attachThenDecide(page, server, { attach: () => page.setInputFiles('#media', [image]), choice: 'Cancel', path: '/upload/media' });
    expect(await page.evaluate(() => (document.getElementById('media') as HTMLInputElement).value, undefined)).toBe('');
    const parts = await attachThenDecide(page, server, {
      attach: () => page.setInputFiles('#media', [image]),
      choice: 'Post original',
      path: '/upload/media',
    });
    expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(readFileSync(image))).toBe(true);
    await page.close();
  });

  it('several files at once: one dialog for the images; a PDF rides along; a video is held too', async () => {
    const page = await browser.open('https://x.com/x-compose.html');
    const parts = await attachThenDecide(page, server, {
      attach: () => page.setInputFiles('#media', [image, pdf, second, video]),
      choice: 'Post original',
      path: '/upload/media',
    });
    expect((parts as { name: string }[]).map((p) => p.name)).toEqual(['endoscopy-identifiable.jpg', 'notes.pdf', 'second.png', 'clip.mp4']);
    await page.close();
  });

  it('non-image files pass untouched, with no dialog', async () => {
    const page = await browser.open('https://x.com/x-compose.html');
    await page.setInputFiles('#media', [pdf]);
    const [upload] = await waitForUploads(server, '/upload/media');
    expect(fileParts(upload!.contentType, upload!.body)[0]!.name).toBe('notes.pdf');
    expect(await page.evaluate(() => document.querySelectorAll('[data-consent-guard]').length, undefined)).toBe(0);
    await page.close();
  });

  for (const variant of ['mode=open', 'mode=closed', 'mode=closed&nested=1']) {
    it(`shadow-root input (${variant}): held, then released; Cancel leaves it usable`, async () => {
      const page = await browser.open(`https://www.reddit.com/reddit/shadow.html?${variant}`);
      const path = `/upload/shadow-${variant.startsWith('mode=open') ? 'open' : 'closed'}`;
      await attachThenDecide(page, server, { attach: () => page.pickWithChooser('#open', [image]), choice: 'Cancel', path });
      const parts = await attachThenDecide(page, server, { attach: () => page.pickWithChooser('#open', [image]), choice: 'Post original', path });
      expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(readFileSync(image))).toBe(true);
      await page.close();
    });
  }

  it('composer inside an iframe: held in the frame, released on decision', async () => {
    const page = await browser.open('https://www.threads.net/threads/iframe.html');
    await expect.poll(() => page.evaluate(() => document.querySelector('iframe')?.contentDocument?.readyState, undefined)).toBe('complete');
    const parts = await attachThenDecide(page, server, {
      attach: () => page.setInputFiles('#media', [image], 'composer.html'),
      choice: 'Post original',
      path: '/upload/iframe-input',
    });
    expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(readFileSync(image))).toBe(true);
    await page.close();
  });

  it('Redact and continue hands over a redacted image: same type, text filled, no metadata', async () => {
    const page = await browser.open('https://x.com/x-compose.html');
    const parts = await attachThenDecide(page, server, {
      attach: () => page.setInputFiles('#media', [image]),
      choice: 'Redact and continue',
      path: '/upload/media',
    });
    await page.close();
    expect(parts).not.toBe('no-redact');
    const [part] = parts as { bytes: Buffer; type: string; name: string }[];
    expect(part!.bytes.equals(readFileSync(image))).toBe(false);
    expect(part!.type).toBe('image/jpeg');
    expect(part!.name).toMatch(/\.jpe?g$/);
    expect(part!.bytes.includes(Buffer.from('Exif\0\0'))).toBe(false);
    // The overlay text (white on black) is gone: the brightest pixel inside each identifier box is dark.
    const before = jpeg.decode(readFileSync(image), { useTArray: true });
    const after = jpeg.decode(part!.bytes, { useTArray: true });
    for (const { box } of SAMPLE_TRUTH.identifiers.filter((i) => i.type !== 'institution')) {
      expect(brightestIn(before, box)).toBeGreaterThan(150);
      expect(brightestIn(after, box)).toBeLessThan(60);
    }
  });

  it('a page-level upload to a known endpoint is blocked while the dialog is open (backstop)', async () => {
    const page = await browser.open('https://x.com/x-compose.html');
    await page.setInputFiles('#media', [image]);
    const dialog = await page.dialog();
    const refusedBefore = server.refused.filter((h) => h === 'upload.x.com').length;
    const outcome = await page.evaluate(
      () => fetch('https://upload.x.com/i/media/upload.json', { method: 'POST', body: 'x' }).then(() => 'sent', (e: Error) => `failed: ${e.message}`),
      undefined,
    );
    expect(outcome).toMatch(/^failed/);
    expect(server.refused.filter((h) => h === 'upload.x.com').length, 'the request never left the browser').toBe(refusedBefore);
    const { decide } = await import('./support/dialog-actions');
    await decide(dialog, 'Cancel');
    await settle(300);
    expect(uploadsTo(server, '/upload/media')).toHaveLength(0);
    await expect.poll(() => page.evaluate(() => document.getElementById('status')!.dataset.status, undefined), { timeout: 15_000 }).toBe('cancelled');
    await page.close();
  });
});

const SAMPLE_TRUTH = (readFileSync(new URL('../../samples/truth.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l)) as {
  file: string;
  identifiers: { type: string; box: [number, number, number, number] }[];
}[]).find((t) => t.file.startsWith('endoscopy-identifiable'))!;

function brightestIn(img: { width: number; data: Uint8Array }, [x, y, w, h]: [number, number, number, number]): number {
  let max = 0;
  for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) max = Math.max(max, img.data[(j * img.width + i) * 4]!);
  return max;
}
