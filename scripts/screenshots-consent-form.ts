/**
 * Prints the consent form to an A4 PDF in headless Chromium and renders each page to
 * docs/screenshots/consent-form-a4-p<N>.png. Needs the Chrome build (`npx wxt build`) and
 * pdftoppm (poppler-utils). Run: `npx tsx scripts/screenshots-consent-form.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_ID, launchChromium } from '../tests/e2e/support/chromium';
import { FixtureServer } from '../tests/e2e/support/fixture-server';

/** The slice of the extension API used inside the page (evaluated there, not here). */
declare const chrome: { storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } };

const FORM_URL = `chrome-extension://${CHROME_EXTENSION_ID}/consent-form.html`;
const OUT_DIR = resolve(import.meta.dirname, '../docs/screenshots');
/** A synthetic frame from the bundled samples: no real patient. */
const SAMPLE = resolve(import.meta.dirname, '../samples/endoscopy-clean.jpg');

/** Example branding, written as the user's own options (the middle settings layer). */
export const EXAMPLE_BRANDING = {
  organisationName: 'Example NHS Foundation Trust',
  igContact: 'the Information Governance team, ig@example.nhs.uk, 01632 960 123',
};

/** Prints the open page to an A4 PDF as a user's "Save as PDF" would (CSS page size, no browser headers). */
export async function printToPdf(page: Page, path: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
}

/** Renders every page of a PDF to `<prefix>-<n>.png` at `dpi`; returns the paths in page order. */
export function pdfToPngs(pdf: string, prefix: string, dpi = 80): string[] {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix]);
  const dir = resolve(prefix, '..');
  const base = prefix.slice(dir.length + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

async function main(): Promise<void> {
  const server = new FixtureServer();
  await server.start();
  const context = await launchChromium(server.proxyPort);
  try {
    const page = await context.newPage();
    await page.goto(FORM_URL);
    await page.evaluate((b) => chrome.storage.local.set({ userSettings: b }), EXAMPLE_BRANDING);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('What the picture shows').fill('Inside of the bowel, seen through a camera. A small polyp is visible.');
    await page.setInputFiles('input[type=file]', SAMPLE);
    await page.locator('img.cf-picture').waitFor();
    const work = mkdtempSync(join(tmpdir(), 'cg-form-'));
    await printToPdf(page, join(work, 'form.pdf'));
    await page.evaluate(() => chrome.storage.local.remove('userSettings'));
    const pngs = pdfToPngs(join(work, 'form.pdf'), join(work, 'page'), 80);
    for (const old of readdirSync(OUT_DIR).filter((f) => /^consent-form-a4-p\d+\.png$/.test(f))) rmSync(join(OUT_DIR, old));
    pngs.forEach((png, i) => renameSync(png, join(OUT_DIR, `consent-form-a4-p${i + 1}.png`)));
    console.log(`${pngs.length} page(s) written to ${OUT_DIR}`);
  } finally {
    await context.close();
    await server.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
