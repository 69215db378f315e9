import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, dialogFrame, launchChromium } from './support/chromium';
import { offers } from './support/dialog-actions';
import { FixtureServer } from './support/fixture-server';
import { writeTestPng } from './support/images';

/**
 * Chromium reads managed policy for the extension from /etc/chromium/policies/managed/*.json
 * ("3rdparty" → "extensions" → id), as IT would deploy it on Linux. The file is real but only this
 * browser sees it: launchChromium mounts it in a private mount namespace. Needs root (CI runs as root).
 */
const POLICY = {
  organisationName: 'E2E Test NHS Trust',
  igContact: 'Caldicott Guardian, ext 4242',
  enabledSites: ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'bluesky', 'mastodon'],
  customMessage: 'Follow the E2E trust clinical photography policy.',
  learnMoreUrl: 'https://intranet.example.nhs.uk/e2e-photography-policy',
  consentFormWording: 'E2E Trust keeps signed forms in the electronic patient record.',
};
const BASE = `chrome-extension://${CHROME_EXTENSION_ID}`;
const server = new FixtureServer();
const image = writeTestPng('policy-frame.png');
let context: BrowserContext;

beforeAll(async () => {
  await server.start();
  context = await launchChromium(server.proxyPort, [], { policy: POLICY });
});
afterAll(async () => {
  await context?.close();
  await server.stop();
});

describe('Chromium with a managed policy file', () => {
  it('reads a policy file that no other process on the machine sees', () => {
    const managed = '/etc/chromium/policies/managed';
    const outside = existsSync(managed) ? readdirSync(managed) : [];
    expect(outside).not.toContain('consent-guard.json');
  });

  it('shows the policy on the options page and locks the settings it sets', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/options.html`);
    await expect.poll(() => page.getByTestId('policy-status').textContent(), { timeout: 15_000 }).toContain('E2E Test NHS Trust manages Consent Guard');
    await expect.poll(() => page.getByText('Set by your organisation', { exact: true }).count()).toBe(Object.keys(POLICY).length);
    expect(await page.getByLabel('Organisation name').isDisabled()).toBe(true);
    expect(await page.getByLabel('Organisation name').inputValue()).toBe('E2E Test NHS Trust');
    expect(await page.getByRole('checkbox', { name: 'Reddit' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Reddit' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Message in the dialog').isDisabled()).toBe(true);
    expect(await page.getByLabel('Hospital number patterns').isDisabled()).toBe(false);
  });

  it('says in the popup that policy turned a site off, and that X is protected', async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/popup.html?url=${encodeURIComponent('https://www.reddit.com/submit')}`);
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('site-off');
    expect(await page.getByText('Turned off by your organisation').count()).toBe(1);
    await page.goto(`${BASE}/popup.html?url=${encodeURIComponent('https://x.com/home')}`);
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('protected');
    expect(await page.getByText('Managed by E2E Test NHS Trust').count()).toBe(1);
  });

  it("shows the trust's IG contact in the dialog and records the decision in the audit log", async () => {
    const page = await context.newPage();
    await page.goto('https://x.com/x-compose.html');
    await page.setInputFiles('#media', image);
    const dialog = await dialogFrame(page);
    expect(await offers(dialog, 'Cancel')).toBe(true); // waits for the checks, and keeps a clear image from posting itself
    await dialog.getByText('Caldicott Guardian, ext 4242').waitFor({ timeout: 10_000 });
    await dialog.getByText('Follow the E2E trust clinical photography policy.').waitFor();
    expect(await dialog.locator('a[href="https://intranet.example.nhs.uk/e2e-photography-policy"]').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    const worker = context.serviceWorkers()[0]!;
    type Logged = { decision: string; site: string; files: { sha256: string }[] };
    type Chrome = { storage: { local: { get(k: string): Promise<{ auditLog?: Logged[] }> } } };
    const readLog = () => worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('auditLog')).auditLog ?? []);
    await expect.poll(async () => (await readLog()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const last = (await readLog()).at(-1)!;
    expect(last).toMatchObject({ decision: 'cancelled', site: 'x' });
    expect(last.files[0]?.sha256).toBe(createHash('sha256').update(readFileSync(image)).digest('hex'));

    const options = await context.newPage();
    await options.goto(`${BASE}/options.html`);
    await options.getByRole('cell', { name: 'Cancelled' }).first().waitFor();
  });

  it("prints the trust's own wording on the consent form", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/consent-form.html`);
    await page.getByTestId('extra-wording').getByText('E2E Trust keeps signed forms in the electronic patient record.').waitFor();
    await page.close();
  });

  it('holds nothing on a site the policy turned off: the upload goes ahead untouched', async () => {
    server.reset();
    const page = await context.newPage();
    await page.goto('https://www.reddit.com/x-compose.html');
    await page.setInputFiles('#media', image);
    await expect.poll(() => server.uploads.length, { timeout: 15_000 }).toBe(1);
    expect(server.uploads[0]!.host).toBe('www.reddit.com');
    expect(await page.locator('[data-consent-guard]').count()).toBe(0);
  });
});
