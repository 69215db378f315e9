import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from './support/chromium';
import { launch, type BrowserDriver, type PageDriver } from './support/driver';
import { FixtureServer } from './support/fixture-server';
import { EXACT_ORIGINALS } from './support/policy-namespace';
import { attachThenDecide, fixtureStatus, pageSaw, settle, uploadsTo, waitForUploads } from './support/intercept';
import { fileParts } from './support/multipart';
import { decide, offers } from './support/dialog-actions';
import { dispatchSynthetic, pageFile } from './support/synthetic';
import { writeTestPng } from './support/images';

// Pages a failing test leaves open are closed (after its diagnostics are saved) by support/setup.ts.
/**
 * The page is untrusted (issue 14). Each attack below gave a page the original file with no dialog,
 * or stole the user's decision; each runs beside a control that holds. Every attack case asserts
 * that the dialog shows and nothing uploads before the user decides, so a build without the guard
 * fails every one of them.
 */
const server = new FixtureServer();
const sample = resolve(import.meta.dirname, '../../samples/endoscopy-identifiable.jpg');
const original = readFileSync(sample);
const dir = mkdtempSync(join(tmpdir(), 'cg-attacks-'));
/** A photo saved by a browser as "…jpg_large": no type the browser knows from its name. */
const oddName = join(dir, 'wound.jpg_large');
/** A file name carrying a (synthetic) patient name and NHS number. */
const namedFile = join(dir, 'Jane-Smith-9990000018.jpg');
copyFileSync(sample, oddName);
copyFileSync(sample, namedFile);

const PICKERS = 'https://x.com/attacks/pickers.html';
const FRAMES = 'https://x.com/attacks/frames.html';
const PASTE = 'https://x.com/attacks/paste.html';
const OVERLAY = 'https://x.com/attacks/overlay.html';

beforeAll(() => server.start());
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  return server.stop();
});
beforeEach(() => server.reset());

interface PickCase {
  title: string;
  url: string;
  path: string;
  attach: (page: PageDriver) => Promise<unknown>;
  /** Set where a browser's automation cannot drive the case; the reason is printed. */
  skip?: Partial<Record<'chromium' | 'firefox', string>>;
}

/**
 * Puppeteer over WebDriver BiDi does not report a file chooser opened from a subframe in Firefox,
 * even on a frame the extension does not run in (checked with a plain cross-origin frame), so a
 * pick inside a frame cannot be driven there.
 */
const FIREFOX_SUBFRAME = 'WebDriver BiDi (puppeteer) in Firefox never reports a file chooser opened from a subframe, so the pick cannot be driven';
const inFrame = { firefox: FIREFOX_SUBFRAME };

const pick = (selector: string, frame?: string) => (page: PageDriver) => page.pickWithChooser(selector, [sample], frame);
/** frames.html marks each frame once it has loaded. */
const waitForFrame = (page: PageDriver, name: string) =>
  expect.poll(() => page.evaluate((n) => (document.querySelector(`iframe[name="${n}"]`) as HTMLIFrameElement | null)?.dataset.loaded, name)).toBe('yes');

const PICK_CASES: PickCase[] = [
  { title: 'control: an ordinary input the user clicks', url: PICKERS, path: '/upload/control', attach: pick('#control') },
  { title: '(a) input appended, click()ed and removed before the pick', url: PICKERS, path: '/upload/remove-before-pick', attach: pick('#remove-before-pick') },
  { title: "(b) another frame's click() on a hidden input", url: PICKERS, path: '/upload/foreign-click-connected', attach: pick('#foreign-click-connected') },
  { title: "(e) a detached label's click()", url: PICKERS, path: '/upload/detached-label', attach: pick('#detached-label') },
  {
    title: '(c) document.open() and write() after load, then an input in the new document',
    url: PICKERS,
    path: '/upload/reopen',
    attach: async (page) => {
      await page.click('#reopen');
      await expect.poll(() => page.evaluate(() => document.getElementById('f') !== null, undefined)).toBe(true);
      await page.pickWithChooser('#f', [sample]);
    },
  },
  {
    title: '(c) an about:blank frame rewritten with document.open()/write()',
    url: PICKERS,
    path: '/upload/blank-rewrite',
    skip: inFrame,
    attach: async (page) => {
      await page.click('#blank-rewrite');
      await expect.poll(() => page.evaluate(() => (document.getElementById('blank') as HTMLIFrameElement).contentDocument?.getElementById('f') != null, undefined)).toBe(true);
      await page.pickWithChooser('#f', [sample], 'name=blank');
    },
  },
  ...(['data-frame', 'blob-frame', 'sandboxed-frame', 'subdomain-frame'] as const).map(
    (name): PickCase => ({
      title: `(d) an input in a ${name.replace('-frame', '')} frame that posts the File to the page`,
      url: `${FRAMES}?only=${name}`,
      path: `/upload/${name}`,
      skip: inFrame,
      attach: async (page) => {
        await waitForFrame(page, name);
        await page.pickWithChooser('#f', [sample], `name=${name}`);
      },
    }),
  ),
  { title: '(leak) an image named "wound.jpg_large", recognised by its bytes', url: PICKERS, path: '/upload/control', attach: (page) => page.pickWithChooser('#control', [oddName]) },
];

/** A paste whose HTML carries the image inline, as a copy from a document or another page does. */
function pasteHtml(init: { base64: string; text: string }): void {
  const editor = document.getElementById('editor')!;
  editor.focus();
  const html = `<p>${init.text}</p><img alt="photo" src="data:image/jpeg;base64,${init.base64}">`;
  const transfer = new DataTransfer();
  transfer.setData('text/html', html);
  transfer.setData('text/plain', init.text);
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: transfer });
  // Firefox ignores ClipboardEventInit.clipboardData: the event's own DataTransfer is filled.
  if (event.clipboardData && event.clipboardData !== transfer && event.clipboardData.types.length === 0) {
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', init.text);
  }
  editor.dispatchEvent(event);
}

const hostCount = (page: PageDriver) => page.evaluate(() => document.querySelectorAll('consent-guard-dialog').length, undefined);

describe.each(['chromium', 'firefox'] as const)('%s: the page cannot take the file', (name) => {
  let browser: BrowserDriver;
  beforeAll(async () => {
    browser = await launch(name, server.proxyPort, { policy: EXACT_ORIGINALS });
  });
  afterAll(() => browser?.close());

  for (const c of PICK_CASES) {
    const reason = c.skip?.[name];
    if (reason) console.info(`[${name}] skipped "${c.title}": ${reason}`);
    it.skipIf(reason !== undefined)(`${c.title}: held; Cancel uploads nothing`, async () => {
      const page = await browser.open(c.url);
      await attachThenDecide(page, server, { attach: () => c.attach(page), choice: 'Cancel', path: c.path });
      // The page's own record: it never saw the file (in Chromium a File from a sandboxed frame, which runs in
      // its own process, cannot be uploaded by the page, so the upload alone would not show that it got one).
      expect(uploadsTo(server, c.path)).toHaveLength(0);
      expect(await pageSaw(page), 'files the page received').toBe(0);
      await page.close();
    });
  }

  if (name === 'firefox') console.info(`[firefox] skipped "(b) another frame's click() on a detached input": ${FIREFOX_SUBFRAME}`);
  it.skipIf(name === 'firefox')("(b) another frame's click() on a detached input: held in that 1×1 frame, where no decision can be taken, then ended with nothing", async () => {
    const page = await browser.open(PICKERS);
    await page.pickWithChooser('#foreign-click-detached', [sample]);
    // The hold is taken in the helper frame's realm; too small to see, it ends by itself (host-visibility.ts).
    await expect.poll(() => fixtureStatus(page), { timeout: 30_000 }).toBe('cancelled');
    await settle();
    expect(uploadsTo(server, '/upload/foreign-click-detached')).toHaveLength(0);
    await page.close();
  });

  it('control and leak: after Post original the page gets the original, byte for byte', async () => {
    const page = await browser.open(PICKERS);
    const parts = await attachThenDecide(page, server, { attach: () => page.pickWithChooser('#control', [oddName]), choice: 'Post original', path: '/upload/control' });
    expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(original)).toBe(true);
    await page.close();
  });

  // Firefox ESR exposes navigator.clipboard.read() to pages, but headless Firefox here keeps no image on its clipboard:
  // after write() of an image/png item, read() resolves to no items even without the extension (checked against the
  // unguarded build), so there is nothing to hold and the page gets nothing either way.
  const clipboardFirefox = 'headless Firefox keeps no image on the clipboard (read() after write() gives no items, with or without the extension), so the case cannot be driven';
  if (name === 'firefox') console.info(`[firefox] skipped "(e) navigator.clipboard.read()": ${clipboardFirefox}`);
  it.skipIf(name === 'firefox')("(e) navigator.clipboard.read() gets the image only after the user's decision", async () => {
    await browser.context?.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const page = await browser.open(PASTE);
    const png = readFileSync(writeTestPng('clipboard.png')).toString('base64');
    const written = await page.evaluate(async (b64) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      return navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]).then(() => 'ok', (e: Error) => e.message);
    }, png);
    expect(written).toBe('ok');
    await attachThenDecide(page, server, { attach: () => page.click('#clipboard-read'), choice: 'Cancel', path: '/upload/clipboard-read' });
    // After Cancel the page's read resolves without the image.
    await expect.poll(() => fixtureStatus(page)).toBe('nothing');
    const parts = await attachThenDecide(page, server, { attach: () => page.click('#clipboard-read'), choice: 'Post original', path: '/upload/clipboard-read' });
    expect(parts).toHaveLength(1);
    await page.close();
  });

  it('(leak) a redacted copy is posted under a neutral name, not the one carrying the patient', async () => {
    const page = await browser.open(PICKERS);
    const parts = await attachThenDecide(page, server, { attach: () => page.pickWithChooser('#control', [namedFile]), choice: 'Redact and continue', path: '/upload/control' });
    expect(parts, 'the sample offers Redact').not.toBe('no-redact');
    const [part] = parts as { name: string; bytes: Buffer }[];
    expect(part!.name).toMatch(/^image-1\.(jpg|png|webp)$/);
    expect(part!.bytes.equals(original)).toBe(false);
    await page.close();
  });

  it('(leak) a paste whose HTML carries the image is held, and Cancel leaves no image markup', async () => {
    const page = await browser.open(PASTE);
    const init = { base64: original.toString('base64'), text: 'Healing well' };
    await attachThenDecide(page, server, { attach: () => page.evaluate(pasteHtml, init), choice: 'Cancel', path: '/upload/html-paste' });
    await expect.poll(() => page.evaluate(() => document.getElementById('editor')!.textContent, undefined)).toContain('Healing well');
    const seen = await page.evaluate(() => ({ html: (window as unknown as { __fixture: { pastedHtml: string[] } }).__fixture.pastedHtml, editor: document.getElementById('editor')!.innerHTML }), undefined);
    expect(seen.html.join('')).not.toMatch(/<img|data:image/i);
    expect(seen.editor).not.toMatch(/<img|data:image/i);
    await page.close();
  });

  // Known gap in Firefox: the redacted copy does not reach the page's paste handler (the page gets
  // nothing, so nothing leaks); only the leak is asserted there.
  if (name === 'firefox') console.info('[firefox] "(leak) after Redact": only the absence of the original is asserted; the redacted copy does not reach the page in Firefox yet');
  it('(leak) after Redact the pasted HTML carries only the redacted copy', async () => {
    const page = await browser.open(PASTE);
    await page.evaluate(pasteHtml, { base64: original.toString('base64'), text: 'Healing well' });
    const dialog = await page.dialog();
    await settle();
    expect(uploadsTo(server, '/upload/html-paste'), 'nothing uploads while the dialog is open').toHaveLength(0);
    expect(await offers(dialog, 'Redact and continue'), 'the sample offers Redact').toBe(true);
    await decide(dialog, 'Redact and continue');
    if (name === 'chromium') await waitForUploads(server, '/upload/html-paste', 1);
    else await settle(3000);
    for (const upload of uploadsTo(server, '/upload/html-paste')) {
      for (const part of fileParts(upload.contentType, upload.body)) expect(part.bytes.equals(original)).toBe(false);
    }
    const html = await page.evaluate(() => (window as unknown as { __fixture: { pastedHtml: string[] } }).__fixture.pastedHtml.join(''), undefined);
    expect(html).not.toContain(original.toString('base64'));
    if (name === 'chromium') expect(html).toMatch(/<img[^>]+src="data:image\//);
    await page.close();
  });

  it('(lock) 25 synthetic pastes show one dialog, and after Cancel none uploads', async () => {
    const page = await browser.open(PASTE);
    const file = pageFile(sample);
    for (let i = 0; i < 25; i++) await page.evaluate(dispatchSynthetic, { kind: 'paste', selector: '#editor', files: [file] });
    const dialog = await page.dialog();
    await settle();
    expect(await hostCount(page)).toBe(1);
    await decide(dialog, 'Cancel');
    await expect.poll(() => hostCount(page)).toBe(0);
    await settle();
    expect(await hostCount(page)).toBe(0);
    expect(uploadsTo(server, '/upload/html-paste')).toHaveLength(0);
    expect(await fixtureStatus(page)).toBe('idle');
    await page.close();
  });

  it('(click) page CSS that fades the dialog to 2% under a decoy changes nothing: it stays opaque and on top', async () => {
    const page = await browser.open(`${OVERLAY}?attack=fade`);
    const parts = await attachThenDecide(page, server, {
      attach: async () => {
        await page.pickWithChooser('#control', [sample]);
        await page.dialog();
        const seen = await page.evaluate(() => {
          const host = document.querySelector('consent-guard-dialog')!;
          const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
          return { opacity: getComputedStyle(host).opacity, onTop: hit === host };
        }, undefined);
        expect(seen).toEqual({ opacity: '1', onTop: true });
      },
      choice: 'Post original',
      path: '/upload/overlay',
    });
    expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(original)).toBe(true);
    await page.close();
  });

  it("(lock) a composer that is the page's own modal <dialog> does not make ours inert", async () => {
    const page = await browser.open(`${OVERLAY}?attack=modal`);
    // Real clicks (Playwright and WebDriver BiDi) land only on what is hit-testable: an inert dialog times out.
    const parts = await attachThenDecide(page, server, { attach: () => pick('#control')(page), choice: 'Post original', path: '/upload/overlay' });
    expect((parts as { bytes: Buffer }[])[0]!.bytes.equals(original)).toBe(true);
    await page.close();
  });

  it('(lock) display:none from the page stylesheet does not hide the dialog', async () => {
    const page = await browser.open(`${OVERLAY}?attack=hide`);
    await attachThenDecide(page, server, {
      attach: async () => {
        await page.pickWithChooser('#control', [sample]);
        await page.dialog();
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('consent-guard-dialog')!).display, undefined)).toBe('block');
      },
      choice: 'Cancel',
      path: '/upload/overlay',
    });
    await page.close();
  });

  it('(lock) a page that keeps re-hiding the dialog gets nothing, and is not left blocked', async () => {
    const page = await browser.open(`${OVERLAY}?attack=fight`);
    await page.pickWithChooser('#control', [sample]);
    // The hold ends with nothing attached rather than stay invisible.
    await expect.poll(() => fixtureStatus(page), { timeout: 30_000 }).toBe('cancelled');
    await expect.poll(() => hostCount(page)).toBe(0);
    await settle();
    expect(uploadsTo(server, '/upload/overlay')).toHaveLength(0);
    // The page takes clicks again: a new pick opens a picker.
    await page.pickWithChooser('#control', [sample]);
    await settle();
    expect(uploadsTo(server, '/upload/overlay')).toHaveLength(0);
    await page.close();
  });

  it('(lock) a reload with the dialog open lifts the upload block in that tab', async () => {
    const page = await browser.open(OVERLAY);
    const post = () =>
      page.evaluate(
        () =>
          fetch('https://upload.x.com/i/media/upload', { method: 'POST', mode: 'no-cors', body: 'probe' }).then(
            () => 'reached',
            () => 'blocked',
          ),
        undefined,
      );
    await page.pickWithChooser('#control', [sample]);
    await page.dialog();
    await expect.poll(post).toBe('blocked');
    await page.evaluate(() => location.reload(), undefined).catch(() => undefined);
    await expect.poll(() => page.evaluate(() => document.readyState, undefined).catch(() => 'loading')).toBe('complete');
    await expect.poll(post).toBe('reached');
    expect(uploadsTo(server, '/upload/overlay')).toHaveLength(0);
    await page.close();
  });

  const noFixedAddress = 'Firefox names extension pages by a random per-install UUID that a page cannot know';
  if (name === 'firefox') console.info(`[firefox] skipped "the dialog page cannot be fetched": ${noFixedAddress}`);
  it.skipIf(name === 'firefox')('(click) the dialog page cannot be fetched or framed by its fixed address (Chromium: use_dynamic_url)', async () => {
    const page = await browser.open(OVERLAY);
    const fetched = await page.evaluate(
      (url) => fetch(url).then((r) => `status ${r.status}`, () => 'refused'),
      `chrome-extension://${CHROME_EXTENSION_ID}/dialog.html`,
    );
    expect(fetched).toBe('refused');
    await page.close();
  });
});
