/**
 * Time from attach to the Consent Guard dialog host ([data-consent-guard]) appearing, in Chromium
 * and Firefox ESR, on the built extension. The fixture page's own MutationObserver stamps the host's
 * arrival; the attach is stamped in the page just before the files are set (input) or the drop is
 * dispatched (drop). Prints median and p90 per browser and route.
 *   npx wxt build && npx wxt build -b firefox && npx tsx scripts/bench-attach.ts [--runs 10]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decide } from '../tests/e2e/support/dialog-actions';
import { launch } from '../tests/e2e/support/driver';
import { FixtureServer } from '../tests/e2e/support/fixture-server';
import { dispatchSynthetic, pageFile } from '../tests/e2e/support/synthetic';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const image = resolve(import.meta.dirname, '../samples/endoscopy-identifiable.jpg');
type Fx = { __fixture: { attachAt: number | null; dialogAt: number | null; markAttach(): void } };

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function main(): Promise<void> {
  const server = new FixtureServer();
  await server.start();
  for (const name of ['chromium', 'firefox'] as const) {
    const browser = await launch(name, server.proxyPort);
    for (const route of ['input', 'drop'] as const) {
      const page = await browser.open(route === 'input' ? 'https://www.threads.net/threads/composer.html' : 'https://bsky.app/bluesky/compose.html');
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        if (route === 'input') {
          await page.evaluate(() => (window as unknown as Fx).__fixture.markAttach(), undefined);
          await page.setInputFiles('#media', [image]);
        } else {
          await page.evaluate(dispatchSynthetic, { kind: 'drop', selector: '#editor', files: [pageFile(image)] });
        }
        const deadline = Date.now() + 15_000;
        let ms: number | null = null;
        while (ms === null && Date.now() < deadline) {
          ms = await page.evaluate(() => {
            const fx = (window as unknown as Fx).__fixture;
            return fx.dialogAt === null || fx.attachAt === null ? null : fx.dialogAt - fx.attachAt;
          }, undefined);
          if (ms === null) await new Promise((r) => setTimeout(r, 20));
        }
        if (ms !== null) times.push(ms);
        await decide(await page.dialog(), 'Cancel');
        await new Promise((r) => setTimeout(r, 300));
      }
      await page.close();
      const fmt = (n: number) => n.toFixed(1).padStart(7);
      console.log(`${name.padEnd(9)} ${route.padEnd(6)} n=${times.length}  median ${fmt(quantile(times, 0.5))} ms  p90 ${fmt(quantile(times, 0.9))} ms  max ${fmt(Math.max(...times))} ms`);
    }
    await browser.close();
  }
  await server.stop();
  process.exit(0);
}

void main();
