/**
 * The same image gives the same findings in the command-line engine (Node) and in the extension's
 * engine host (Chrome offscreen document, Firefox background page). PNG, so every decoder sees
 * identical pixels; the comparison is of identifier types and texts, face count and box positions.
 * A photo with a face checks the face models (which run in a worker of their own in the extension).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkImage } from '../../lib/engine/check';
import type { Report } from '../../lib/engine/report';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import { generateImage } from '../fixtures/generator';
import { CHROME_EXTENSION_ID, dialogFrame, launchChromium } from './support/chromium';
import { FixtureServer } from './support/fixture-server';
import { firefoxDialogFrame, launchFirefox } from './support/firefox';

const server = new FixtureServer();
let bytes: Buffer;
let cli: Report;
let facePhoto: Buffer;
let cliFaces: Report;
const imagePath = join(tmpdir(), 'cg-parity-endoscopy.png');

beforeAll(async () => {
  await server.start();
  ({ bytes } = await generateImage({ kind: 'endoscopy', seed: 11, clean: false, name: 'parity', encode: { ext: 'png', quality: 100 } }));
  writeFileSync(imagePath, bytes);
  const runtime = createNodeRuntime();
  cli = await checkImage({ bytes: new Uint8Array(bytes), name: 'parity.png' }, runtime);
  facePhoto = await sharp(readFileSync(join(import.meta.dirname, '../fixtures/faces/photos/skimage-astronaut.jpg'))).png().toBuffer();
  cliFaces = await checkImage({ bytes: new Uint8Array(facePhoto), name: 'parity.png' }, runtime);
  await runtime.dispose();
}, 300_000);
afterAll(() => server.stop());

/** Runs in an extension page: asks the background for a check of the given bytes, returns the report. */
async function practiceCheck(base64: string): Promise<unknown> {
  type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
  const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const api = (scope.browser ?? scope.chrome)!;
  const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const file = { name: 'parity.png', type: 'image/png', lastModified: 0, size: raw.byteLength, bytes: raw.buffer };
  return api.runtime.sendMessage({ to: 'background', type: 'practice/check', req: { requestId: crypto.randomUUID(), file } });
}

/** The same faces, boxes within 2 px. */
function expectSameFaces(browserReport: Report, nodeReport: Report): void {
  expect(nodeReport.faces.length).toBeGreaterThan(0);
  expect(browserReport.faces.length).toBe(nodeReport.faces.length);
  browserReport.faces.forEach((f, i) => f.box.forEach((v, k) => expect(Math.abs(v - nodeReport.faces[i]!.box[k]!)).toBeLessThanOrEqual(2)));
}

function expectSameFindings(browserReport: Report): void {
  const summary = (r: Report) => r.identifiers.map((i) => `${i.type}:${i.text}`).sort();
  expect(browserReport.verdict).toBe(cli.verdict);
  expect(summary(browserReport)).toEqual(summary(cli));
  expect(browserReport.faces.length).toBe(cli.faces.length);
  expect(browserReport.text.length).toBe(cli.text.length);
  for (const found of browserReport.identifiers) {
    const twin = cli.identifiers.find((c) => c.type === found.type && c.text === found.text);
    found.box.forEach((v, k) => expect(Math.abs(v - (twin?.box[k] ?? Infinity))).toBeLessThanOrEqual(2));
  }
}

describe('engine parity', () => {
  it('finds identifiers in the generated frame at all (guards the comparison)', () => {
    expect(cli.verdict).toBe('identifiable');
    expect(cli.identifiers.length).toBeGreaterThanOrEqual(3);
  });

  describe('Chromium offscreen document', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await launchChromium(server.proxyPort);
    });
    afterAll(() => context?.close());

    it('gives the CLI findings', async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/options.html`);
      const answer = (await page.evaluate(practiceCheck, bytes.toString('base64'))) as { ok: boolean; value: Report };
      expect(answer.ok).toBe(true);
      expectSameFindings(answer.value);
      const faces = (await page.evaluate(practiceCheck, facePhoto.toString('base64'))) as { ok: boolean; value: Report };
      expect(faces.ok).toBe(true);
      expectSameFaces(faces.value, cliFaces);
    });
  });

  describe('Firefox background page', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchFirefox(server.proxyPort);
    });
    afterAll(() => browser?.close());

    it('gives the CLI findings', async () => {
      const page = await browser.newPage();
      await page.goto('https://x.com/x-compose.html');
      const input = await page.waitForSelector('input#media');
      await input!.uploadFile(imagePath);
      const dialog = await firefoxDialogFrame(page);
      const answer = (await dialog.evaluate(practiceCheck, bytes.toString('base64'))) as { ok: boolean; value: Report };
      expect(answer.ok).toBe(true);
      expectSameFindings(answer.value);
      const faces = (await dialog.evaluate(practiceCheck, facePhoto.toString('base64'))) as { ok: boolean; value: Report };
      expect(faces.ok).toBe(true);
      expectSameFaces(faces.value, cliFaces);
    });
  });
});
