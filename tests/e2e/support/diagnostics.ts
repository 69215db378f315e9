import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';

/** Where a failed end-to-end test leaves what it saw; `.ci/run` prints it. */
export const FAILURES_DIR = resolve(import.meta.dirname, '../../../tmp/e2e-failures');

interface Watched {
  label: string;
  /** Order of opening, so a test can close the pages it opened. */
  serial: number;
  close(): Promise<unknown>;
  isClosed(): boolean;
  screenshot(path: string): Promise<unknown>;
  frameUrls(): Promise<string[]>;
}

const pages = new Set<Watched>();
let opened = 0;
const log: string[] = [];
const stamp = () => new Date().toISOString().slice(11, 23);
const note = (source: string, text: string) => {
  log.push(`${stamp()} [${source}] ${text}`);
  if (log.length > 5000) log.splice(0, log.length - 5000);
};

/** Records the consoles of every page, frame, service worker and offscreen document of a Chromium context. */
export function watchChromium(context: BrowserContext): void {
  const watchPage = (page: PwPage) => {
    const entry: Watched = {
      label: `chromium page ${pages.size + 1}`,
      serial: opened++,
      close: () => page.close(),
      isClosed: () => page.isClosed(),
      screenshot: (path) => page.screenshot({ path, timeout: 10_000 }),
      frameUrls: async () => page.frames().map((f) => `${f.isDetached() ? '(detached) ' : ''}${f.url()}`),
    };
    pages.add(entry);
    page.on('console', (m) => note(`chromium ${new URL(m.location().url || 'about:blank').pathname}`, `${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => note('chromium pageerror', e.stack ?? e.message));
    page.on('close', () => pages.delete(entry));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const watchWorker = (worker: { url(): string; on(e: 'console', f: (m: { type(): string; text(): string }) => void): unknown }) =>
    worker.on('console', (m) => note(`chromium worker ${worker.url()}`, `${m.type()}: ${m.text()}`));
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  context.on('backgroundpage', (page) => page.on('console', (m) => note('chromium background page', `${m.type()}: ${m.text()}`)));
}

/** Records the consoles of every Firefox tab (the dialog frame included). */
export function watchFirefox(browser: Browser): void {
  const watchPage = (page: PpPage) => {
    const entry: Watched = {
      label: `firefox page ${pages.size + 1}`,
      serial: opened++,
      close: () => page.close(),
      isClosed: () => page.isClosed(),
      screenshot: (path) => page.screenshot({ path: path as `${string}.png` }),
      frameUrls: () =>
        Promise.all(
          page.frames().map((f) =>
            Promise.resolve()
              .then(() => f.evaluate(() => location.href))
              .catch(() => `(unreadable) ${f.url()}`),
          ),
        ),
    };
    pages.add(entry);
    page.on('console', (m) => note('firefox', `${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => note('firefox pageerror', e instanceof Error ? (e.stack ?? e.message) : String(e)));
    page.on('close', () => pages.delete(entry));
  };
  browser.on('targetcreated', (target) => {
    void target
      .page()
      .then((page) => page && watchPage(page))
      .catch(() => undefined);
  });
}

/** Marks where a test starts in the shared console log. */
export function consoleMark(): number {
  return log.length;
}

/** Marks which pages a test opens from now on. */
export const pageMark = (): number => opened;

/** Closes the pages opened since `mark` that are still open, so one test's page never runs into the next. */
export async function closePagesSince(mark: number): Promise<void> {
  const mine = [...pages].filter((p) => p.serial >= mark && !p.isClosed());
  await Promise.all(mine.map((p) => p.close().catch(() => undefined)));
}

/** Saves screenshots, frame URLs and console output since `from` for a failed test. */
export async function saveDiagnostics(testName: string, from: number): Promise<string> {
  const dir = resolve(FAILURES_DIR, testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 120));
  mkdirSync(dir, { recursive: true });
  const frames: string[] = [];
  let n = 0;
  for (const page of pages) {
    if (page.isClosed()) continue;
    n++;
    frames.push(`${page.label}:`, ...(await page.frameUrls().catch((e: Error) => [`(frames unreadable: ${e.message})`])).map((u) => `  ${u}`));
    await page.screenshot(resolve(dir, `page-${n}.png`)).catch((e: Error) => frames.push(`  (no screenshot: ${e.message})`));
  }
  writeFileSync(resolve(dir, 'frames.txt'), frames.join('\n') + '\n');
  writeFileSync(resolve(dir, 'console.txt'), log.slice(from).join('\n') + '\n');
  return dir;
}
