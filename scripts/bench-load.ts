/**
 * Twenty attaches in a row on one page: time per attach (until the check has finished) and the
 * browser's memory before and after, in Chromium and Firefox ESR, on the built extension. The
 * baseline is taken after one warm-up attach, so the engine's models are already loaded.
 *   npx wxt build && npx wxt build -b firefox && npm run bench:load [-- --runs 20 --settle 15]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_EXTENSION_DIR } from '../tests/e2e/support/chromium';
import { decide, offers } from '../tests/e2e/support/dialog-actions';
import { launch, type PageDriver } from '../tests/e2e/support/driver';
import { FixtureServer } from '../tests/e2e/support/fixture-server';
import { descendants, listProcesses, memoryOf } from './eval-lib/proc-mem';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, settle: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
const settleMs = Number(values.settle) * 1000;
const IMAGE = resolve(import.meta.dirname, '../samples/endoscopy-identifiable.jpg');
const PAGE = 'https://x.com/x-compose.html';

/** The newest browser process of this kind (the one just launched) and all its children. */
function browserTree(name: 'chromium' | 'firefox'): number[] {
  const all = listProcesses();
  const roots = all.filter((p) =>
    name === 'chromium'
      ? p.cmdline.includes(`--load-extension=${CHROME_EXTENSION_DIR}`) && !p.cmdline.includes('--type=')
      : /firefox/.test(p.cmdline) && p.cmdline.includes('--remote-debugging-port') && !p.cmdline.includes('-contentproc'),
  );
  const root = roots.sort((a, b) => b.pid - a.pid)[0];
  return root ? descendants(all, root.pid).map((p) => p.pid) : [];
}

function memory(pids: number[]): { rssMiB: number; peakMiB: number } {
  const mem = pids.map(memoryOf).filter((m) => m !== undefined);
  return { rssMiB: mem.reduce((s, m) => s + m.rssMiB, 0), peakMiB: Math.max(0, ...mem.map((m) => m.peakMiB)) };
}

async function attachAndCancel(page: PageDriver): Promise<number> {
  const started = performance.now();
  await page.setInputFiles('#media', [IMAGE]);
  const dialog = await page.dialog();
  if (!(await offers(dialog, 'Post original', 120_000))) throw new Error('The check did not finish');
  const ms = performance.now() - started;
  await decide(dialog, 'Cancel');
  const deadline = Date.now() + 30_000;
  while ((await page.evaluate(() => document.querySelectorAll('[data-consent-guard]').length, undefined)) > 0) {
    if (Date.now() > deadline) throw new Error('The dialog did not go');
    await new Promise((r) => setTimeout(r, 100));
  }
  return ms;
}

const fmt = (n: number) => n.toFixed(0);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function main(): Promise<void> {
  const server = new FixtureServer();
  await server.start();
  const rows: string[] = [];
  for (const name of ['chromium', 'firefox'] as const) {
    const browser = await launch(name, server.proxyPort);
    try {
      const page = await browser.open(PAGE);
      await attachAndCancel(page);
      await new Promise((r) => setTimeout(r, settleMs));
      const pids = () => browserTree(name);
      const before = memory(pids());
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await attachAndCancel(page));
      const during = memory(pids());
      await new Promise((r) => setTimeout(r, settleMs));
      const after = memory(pids());
      const uploads = server.uploads.length;
      rows.push(
        `| ${name} | ${runs} | ${fmt(quantile(times, 0.5))} / ${fmt(quantile(times, 0.95))} | ${fmt(before.rssMiB)} | ${fmt(during.rssMiB)} | ${fmt(after.rssMiB)} | ${fmt(after.rssMiB - before.rssMiB)} | ${uploads} |`,
      );
    } finally {
      await browser.close();
    }
  }
  await server.stop();
  console.log(`\nTwenty attaches in a row (${new Date().toISOString()}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  console.log('| browser | attaches | attach → check done p50 / p95 (ms) | browser RSS before (MiB) | right after | after settling | change | uploads |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  rows.forEach((r) => console.log(r));
}

await main();
