/**
 * Headless Chromium (Playwright) and Firefox ESR (Puppeteer over BiDi) with the
 * built extension, driven the same way for the benchmark. Scripts go in as
 * strings (`call`) so no bundler helper leaks into the browser.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { installProbe } from './bench-probe';
import { ROOT } from './corpus';
import { descendants, listProcesses, memoryOf } from './proc-mem';

/** `fn(arg)` as a self-contained expression (esbuild's __name helper stubbed). */
export const call = (fn: (...a: never[]) => unknown, arg?: unknown): string =>
  `(() => { const __name = (f) => f; return (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })()`;

/** A frame or page we can evaluate expressions in. */
export interface Evaluator {
  eval(expression: string): Promise<unknown>;
}

/** One compose page with the extension active. */
export interface BenchTab extends Evaluator {
  /** The dialog frame once it exists (null while it does not). */
  dialog(): Promise<Evaluator | null>;
  close(): Promise<void>;
}

/** A running browser. */
export interface BenchBrowser {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<BenchTab>;
  /** Peak and current RSS of the extension process(es) that host the engine. */
  engineMemory(): { peakMiB: number; rssMiB: number; processes: number; what: string };
  close(): Promise<void>;
}

const PROBE = call(installProbe);

/**
 * Copies .output/<dir> to a private folder and returns it, so another build
 * in the shared tree cannot swap files under a running browser.
 */
export function snapshotExtension(dir: 'chrome-mv3' | 'firefox-mv3', as: string = dir): string {
  const target = join(ROOT, 'tests/.generated/bench/extension', as);
  rmSync(target, { recursive: true, force: true });
  cpSync(resolve(ROOT, '.output', dir), target, { recursive: true });
  return target;
}

/** Memory of the engine host among `rootPid`'s descendants; with `largestOnly`, the one content process with the highest peak. */
function memoryOfTree(rootPid: number | undefined, isEngineHost: (cmd: string) => boolean, what: string, largestOnly = false) {
  if (rootPid === undefined) return { peakMiB: Number.NaN, rssMiB: Number.NaN, processes: 0, what };
  const hosts = descendants(listProcesses(), rootPid).filter((p) => isEngineHost(p.cmdline));
  const all = hosts.map((p) => memoryOf(p.pid)).filter((m) => m !== undefined).sort((a, b) => b.peakMiB - a.peakMiB);
  const mem = largestOnly ? all.slice(0, 1) : all;
  return { peakMiB: mem.length ? Math.max(...mem.map((m) => m.peakMiB)) : Number.NaN, rssMiB: mem.reduce((s, m) => s + m.rssMiB, 0), processes: mem.length, what };
}

/** Chromium with a snapshot of .output/chrome-mv3; the engine runs in the offscreen document in the extension renderer. */
export async function launchChromiumBench(proxyPort: number, extension: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cg-bench-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    proxy: { server: `http://127.0.0.1:${proxyPort}` },
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  await context.addInitScript({ content: PROBE });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 60_000 });
  const browserPid = listProcesses().find((p) => p.cmdline.includes(`--user-data-dir=${profile}`) && !p.cmdline.includes('--type='))?.pid;
  return {
    name: 'chromium',
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return {
        eval: (e) => page.evaluate(e),
        async dialog() {
          const frame = page.frames().find((f) => /^chrome-extension:\/\/[a-p]+\/dialog\.html/.test(f.url()));
          return frame ? { eval: (e) => frame.evaluate(e) } : null;
        },
        close: () => page.close(),
      };
    },
    engineMemory: () => memoryOfTree(browserPid, (c) => c.includes('--type=renderer') && c.includes('--extension-process'), 'VmHWM of the extension renderer (offscreen document + workers)'),
    close: () => context.close(),
  };
}

/** Firefox ESR with a snapshot of .output/firefox-mv3; the engine runs in the background page in the extension process. */
export async function launchFirefoxBench(proxyPort: number, extension: string): Promise<BenchBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true, acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort, 'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort, 'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(extension);
  const pid = browser.process()?.pid;
  return {
    name: 'firefox',
    async open(url) {
      const page: Page = await browser.newPage();
      await page.evaluateOnNewDocument(PROBE).catch(() => undefined);
      await page.goto(url);
      return {
        eval: (e) => page.evaluate(e),
        async dialog() {
          for (const frame of page.frames()) {
            const href = await frame.evaluate('location.href').catch(() => '');
            if (typeof href === 'string' && href.startsWith('moz-extension://') && href.includes('/dialog.html')) return { eval: (e) => frame.evaluate(e) };
          }
          return null;
        },
        close: () => page.close(),
      };
    },
    // Firefox does not name a content process's role on its command line: take the content
    // process with the highest peak, which after the runs is the one holding the engine's models.
    engineMemory: () => memoryOfTree(pid, (c) => /-contentproc/.test(c) && /\btab\s*$/.test(c.trim()), 'VmHWM of the Firefox content process with the highest peak (taken as the extension process: background page + workers)', true),
    close: () => browser.close(),
  };
}
