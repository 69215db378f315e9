/**
 * Screenshots of the options page and the toolbar popup, light and dark, in Chromium with the built
 * extension (npx wxt build first). Run as root to show policy-locked settings: the managed policy file
 * is seen only by this run's browser (tests/e2e/support/policy-namespace.ts).
 * Usage: npx tsx scripts/screenshots-options.ts
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXTENSION_ID, launchChromium } from '../tests/e2e/support/chromium';
import { chromiumWithPolicy } from '../tests/e2e/support/policy-namespace';
import { FixtureServer } from '../tests/e2e/support/fixture-server';
import type { AuditEntry } from '../lib/audit/types';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const BASE = `chrome-extension://${CHROME_EXTENSION_ID}`;
const POLICY = {
  organisationName: 'Example NHS Foundation Trust',
  igContact: 'Information Governance, ig@example.nhs.uk, ext 4321',
  learnMoreUrl: 'https://intranet.example.nhs.uk/social-media-policy',
  auditRetentionDays: 180,
  hospitalNumberPatterns: ['^RX[0-9]{7}$'],
};

const HASH = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

/** A few plausible audit entries for screenshots: counts and hashes only, like the real log. */
function sampleAudit(now: Date): AuditEntry[] {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  return [
    { id: 'a', time: at(50), site: 'x', origin: 'https://x.com', mode: 'confirm', decision: 'attached-redacted',
      files: [{ sha256: HASH(1), verdict: 'identifiable', faces: 1, identifiers: { 'nhs-number': 1, name: 1 }, metadataTags: ['GPSLatitude'],
        boxesFound: 3, boxesRemoved: { text: 1 }, boxesAdded: 1, attached: 'redacted-copy' }] },
    { id: 'b', time: at(26), site: 'linkedin', origin: 'https://www.linkedin.com', mode: 'confirm', decision: 'attached-consent',
      files: [{ sha256: HASH(2), verdict: 'identifiable', faces: 2, identifiers: {}, metadataTags: [], attached: 'original-without-metadata' }] },
    { id: 'd', time: at(8), site: 'bluesky', origin: 'https://bsky.app', mode: 'confirm', decision: 'attached-false-alarm',
      files: [{ sha256: HASH(5), verdict: 'identifiable', faces: 0, identifiers: { date: 1 }, metadataTags: [], boxesFound: 1, boxesRemoved: { date: 1 }, boxesAdded: 0, attached: 'original-without-metadata' }] },
    { id: 'e', time: at(5), site: 'x', origin: 'https://x.com', mode: 'confirm', decision: 'attached-clear',
      files: [{ sha256: HASH(6), verdict: 'clear', faces: 0, identifiers: {}, metadataTags: [], attached: 'original-without-metadata' }] },
    { id: 'c', time: at(3), site: 'x', origin: 'https://x.com', mode: 'confirm', decision: 'cancelled',
      files: [{ sha256: HASH(3), verdict: 'review', faces: 0, identifiers: { 'date-of-birth': 1 }, metadataTags: [] },
        { sha256: HASH(4), verdict: 'clear', faces: 0, identifiers: {}, metadataTags: [] }] },
  ];
}

async function shoot(page: Page, file: string, fullPage = true) {
  await page.screenshot({ path: resolve(OUT, file), fullPage });
  console.log(`Wrote docs/screenshots/${file}`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const managed = process.getuid?.() === 0;
  const server = new FixtureServer();
  await server.start();
  const policy = managed ? chromiumWithPolicy(CHROME_EXTENSION_ID, POLICY) : undefined;
  const context = await launchChromium(server.proxyPort, ['--lang=en-GB'], policy ? { policy } : {});
  try {
    const worker = context.serviceWorkers()[0]!;
    const seenAt = new Date().toISOString();
    await worker.evaluate(
      async (values) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(values),
      {
        auditLog: sampleAudit(new Date()),
        userSettings: { enabledSites: ['x', 'linkedin', 'facebook', 'instagram', 'threads', 'bluesky', 'mastodon'] },
        profileStatus: { x: { hasStatement: true, seenAt }, bluesky: { hasStatement: false, seenAt } },
        profileOfferHidden: ['linkedin'],
      },
    );
    for (const scheme of ['light', 'dark'] as const) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1000, height: 900 });
      await page.goto(`${BASE}/options.html`);
      await page.getByRole('heading', { name: 'Audit log', level: 2 }).waitFor();
      if (managed) await page.getByText('Set by your organisation').first().waitFor({ timeout: 10_000 });
      await shoot(page, `options-${scheme}.png`);
      await page.setViewportSize({ width: 375, height: 240 });
      for (const [state, url] of [['protected', 'https://x.com/home'], ['off', 'https://www.reddit.com/'], ['unsupported', 'https://example.org/']] as const) {
        await page.goto(`${BASE}/popup.html?url=${encodeURIComponent(url)}`);
        await page.locator('[data-status]').waitFor();
        await shoot(page, `popup-${state}-${scheme}.png`);
      }
      await page.close();
    }
    // Audit and off modes, as the popup shows them (managed policy only: Chromium re-reads the policy file).
    for (const [mode, status, file] of policy ? ([['audit', 'audited', 'popup-audited'], ['off', 'mode-off', 'popup-mode-off']] as const) : []) {
      policy!.update({ ...POLICY, enforcementMode: mode });
      for (const scheme of ['light', 'dark'] as const) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 375, height: 240 });
        for (let i = 0; i < 60; i++) {
          await page.goto(`${BASE}/popup.html?url=${encodeURIComponent('https://x.com/home')}`);
          await page.locator('[data-status]').waitFor();
          if ((await page.locator('[data-status]').getAttribute('data-status')) === status) break;
          await page.waitForTimeout(500);
        }
        await shoot(page, `${file}-${scheme}.png`);
        await page.close();
      }
    }
  } finally {
    await context.close();
    await server.stop();
  }
}

await main();
