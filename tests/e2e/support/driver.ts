import type { BrowserContext, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { dialogFrame, launchChromium } from './chromium';
import { firefoxDialogFrame, launchFirefox } from './firefox';
import type { Frame as PwFrame } from 'playwright-core';
import type { Frame as PpFrame } from 'puppeteer-core';

/** One fixture page in either browser, driven the same way so each test runs in both. */
export interface PageDriver {
  /** A real (trusted) click, so the page has user activation for its picker. */
  click(selector: string, frameUrl?: string): Promise<void>;
  /** (Every `frameUrl` is a part of the frame's URL, or `name=<name>` for a frame whose URL says nothing.) */
  /** Clicks `selector`, waits for the browser's file chooser and picks `files` in it. */
  pickWithChooser(selector: string, files: string[], frameUrl?: string): Promise<void>;
  /** Sets files straight on a (light-DOM) input, as automation does. */
  setInputFiles(selector: string, files: string[], frameUrl?: string): Promise<void>;
  /** Runs `fn` in the page's own world. */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A, frameUrl?: string): Promise<T>;
  /** The consent dialog's frame, once it shows. */
  dialog(): Promise<PwFrame | PpFrame>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  open(url: string): Promise<PageDriver>;
  close(): Promise<void>;
  /** The underlying Playwright context (Chromium only). */
  readonly context?: BrowserContext;
}

/** Either browser with the built extension; `policy` is managed policy from a real policy file only this browser sees. */
export async function launch(name: 'chromium' | 'firefox', proxyPort: number, options: { policy?: Record<string, unknown> } = {}): Promise<BrowserDriver> {
  if (name === 'chromium') {
    const context = await launchChromium(proxyPort, [], options);
    return { name, context, open: async (url) => chromiumPage(context, url), close: () => context.close() };
  }
  const browser = await launchFirefox(proxyPort, { 'extensions.webextOptionalPermissionPrompts': false }, options);
  return { name, open: async (url) => firefoxPage(browser, url), close: () => browser.close() };
}

async function chromiumPage(context: BrowserContext, url: string): Promise<PageDriver> {
  const page: PwPage = await context.newPage();
  await page.goto(url);
  const frame = async (u?: string) => (u ? (await findFrame(page.frames(), u)) ?? page.mainFrame() : page.mainFrame());
  return {
    click: async (s, u) => (await frame(u)).click(s),
    pickWithChooser: async (s, files, u) => {
      const chooser = page.waitForEvent('filechooser');
      await (await frame(u)).click(s);
      await (await chooser).setFiles(files);
    },
    setInputFiles: async (s, files, u) => (await frame(u)).setInputFiles(s, files),
    evaluate: async (fn, arg, u) => (await frame(u)).evaluate(fn as never, arg) as never,
    dialog: () => dialogFrame(page),
    close: () => page.close(),
  };
}

async function firefoxPage(browser: Browser, url: string): Promise<PageDriver> {
  const page: PpPage = await browser.newPage();
  await page.goto(url);
  const frame = async (u?: string) => (u ? (await findFrame(page.frames(), u)) ?? page.mainFrame() : page.mainFrame());
  return {
    click: async (s, u) => (await frame(u)).click(s),
    pickWithChooser: async (s, files, u) => {
      const [chooser] = await Promise.all([page.waitForFileChooser(), (await frame(u)).click(s)]);
      await chooser.accept(files);
    },
    setInputFiles: async (s, files, u) => {
      const input = await (await frame(u)).waitForSelector(s);
      await (input as unknown as { uploadFile(...f: string[]): Promise<void> }).uploadFile(...files);
    },
    evaluate: async (fn, arg, u) => (await frame(u)).evaluate(fn as never, arg) as never,
    dialog: () => firefoxDialogFrame(page),
    close: () => page.close(),
  };
}

interface AnyFrameLike {
  url(): string;
  evaluate<T>(fn: () => T): Promise<T>;
}

/** A frame by part of its URL, or by its window's name (`name=<name>`): about:blank, srcdoc and rewritten frames share URLs. */
async function findFrame<F extends AnyFrameLike>(frames: F[], wanted: string): Promise<F | undefined> {
  if (!wanted.startsWith('name=')) return frames.find((f) => f.url().includes(wanted));
  for (const f of frames) {
    if ((await f.evaluate(() => window.name).catch(() => '')) === wanted.slice(5)) return f;
  }
  return undefined;
}
