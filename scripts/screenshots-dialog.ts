/**
 * Screenshots of every dialog state, light and dark, at 880×640 and 1280×720, plus an axe-core scan of each and a
 * check that each decision fits one screen (verdict, findings and the main actions visible without scrolling).
 * Renders the components with real box editing over fake props (synthetic samples/ images; the endoscopy frame as
 * the real engine read it), so it needs no engine. Usage: npx tsx scripts/screenshots-dialog.ts [--commit]
 *   writes tmp/screenshots-dialog/*.png; with --commit also copies to docs/screenshots/.
 * Exits 1 if axe finds a serious or critical violation or a decision screen needs scrolling.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { scenes, SAMPLE_FILES, type Scene } from './screenshots-dialog.scenes';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'tmp/screenshots-dialog');
const SITE = join(OUT, 'site');
const DOCS = join(ROOT, 'docs/screenshots');
/** Shot at both sizes; the rest at 880×640 only. */
const WIDE = ['findings', 'paths', 'checklist', 'reviewer', 'reviewer-zoom', 'error'];
const VIEWPORTS = [
  { name: '880', width: 880, height: 640 },
  { name: '1280', width: 1280, height: 720 },
];
/** Screens that carry a decision: their verdict, findings and actions must fit without scrolling. */
const ONE_SCREEN = ['findings', 'findings-kept', 'review', 'error', 'error-covered', 'paths', 'checklist', 'false-alarm', 'mode-warn', 'mode-confirm', 'mode-block'];

const ENTRY = `
import { render } from 'preact';
import './components/dialog/dialog.css';
import { useCatalogue } from './lib/i18n';
import messages from './public/_locales/en_GB/messages.json';
import { props } from './tests/unit/dialog/fixtures';
import { StatefulDialog } from './tests/unit/dialog/harness';
useCatalogue(messages);
const scene = (window as any).CG_SCENES[new URLSearchParams(location.search).get('scene')!];
render(<StatefulDialog {...props(scene.props)} />, document.getElementById('app')!);
`;

async function buildSite(): Promise<Record<string, Scene>> {
  mkdirSync(SITE, { recursive: true });
  await build({
    stdin: { contents: ENTRY, loader: 'tsx', resolveDir: ROOT, sourcefile: 'preview.tsx' },
    bundle: true,
    outdir: SITE,
    entryNames: 'preview',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    format: 'esm',
    logLevel: 'warning',
  });
  for (const file of SAMPLE_FILES) copyFileSync(join(ROOT, 'samples', file), join(SITE, file));
  const all = await scenes(SITE);
  writeFileSync(join(SITE, 'scenes.js'), `window.CG_SCENES = ${JSON.stringify(all)};`);
  writeFileSync(
    join(SITE, 'index.html'),
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Consent Guard</title><link rel="stylesheet" href="preview.css"></head>` +
      `<body><main style="position:fixed;inset:0;padding:24px;font:16px sans-serif;color:#333;background:#e9eef2">A social site's composer behind the dialog</main>` +
      `<div id="app"></div><script src="scenes.js"></script><script type="module" src="preview.js"></script></body></html>`,
  );
  return all;
}

const openPaths = (page: Page) => page.getByRole('button', { name: 'Post original…' }).click();
const openReviewer = (page: Page) => page.getByRole('button', { name: /^Review at full size: / }).first().click();

/** Interactions that reach a state props alone can't show. */
const STEPS: Record<string, (page: Page) => Promise<void>> = {
  paths: openPaths,
  checklist: async (page) => {
    await openPaths(page);
    await page.getByRole('radio', { name: /gave written consent/ }).check();
    for (const box of await page.locator('fieldset input[type=checkbox]').all()) await box.check();
  },
  'false-alarm': async (page) => {
    await openPaths(page);
    await page.getByRole('radio', { name: /false alarm/ }).check();
    await page.getByRole('checkbox', { name: /looked at every finding/ }).check();
  },
  reviewer: openReviewer,
  'reviewer-zoom': async (page) => {
    await openReviewer(page);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('.cg-rv-select').nth(1).click();
    await page.locator('.cg-rv-viewport').evaluate((el) => el.scrollTo(0, 0));
  },
  'reviewer-redacted': async (page) => {
    await openReviewer(page);
    await page.getByRole('button', { name: 'Redacted copy' }).click();
  },
  'reviewer-keyboard': async (page) => {
    await openReviewer(page);
    await page.getByRole('button', { name: 'Add area' }).click();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
  },
  'error-covered': async (page) => {
    await page.getByRole('button', { name: 'Cover areas by hand' }).click();
    await page.getByRole('button', { name: 'Add area' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
  },
  profile: async (page) => {
    await page.getByText('Add a consent statement to your profile').click();
    await page.locator('.cg-profile').scrollIntoViewIfNeeded();
  },
};

/** What of the decision screen is cut off (scrolled out of the dialog's body, or off the window); empty when it all shows. */
async function cutOff(page: Page): Promise<string[]> {
  // tsx names inner arrow functions with a helper the page does not have.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  return page.evaluate(() => {
    const body = document.querySelector('.cg-body')!.getBoundingClientRect();
    const inView = (el: Element | null) => {
      if (!el) return true;
      const r = el.getBoundingClientRect();
      return r.top >= Math.max(0, body.top) - 1 && r.bottom <= Math.min(innerHeight, body.bottom) + 1;
    };
    const onWindow = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    };
    const wanted: [string, Element | null][] = [
      ['verdict', document.querySelector('#cg-heading')],
      ['findings', document.querySelector('.cg-found')],
      ['thumbnail', document.querySelector('.cg-thumb')],
      ['checklist', document.querySelector('.cg-checklist')],
    ];
    const missing = wanted.filter(([name, el]) => (name === 'verdict' ? el && !onWindow(el) : !inView(el))).map(([name]) => name);
    for (const button of document.querySelectorAll('.cg-actionbar button')) if (!onWindow(button)) missing.push(button.textContent ?? '');
    return missing;
  });
}

async function axeScan(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
}

async function main(): Promise<void> {
  const all = await buildSite();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--allow-file-access-from-files'] });
  let failures = 0;
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, scene] of Object.entries(all)) {
      for (const viewport of VIEWPORTS.filter((v) => v.name === '880' || WIDE.includes(name))) {
        const page = await browser.newPage({ viewport, colorScheme: scheme, reducedMotion: scene.motion ? 'no-preference' : 'reduce' });
        await page.goto(`file://${SITE}/index.html?scene=${name}`);
        await page.getByRole('dialog', { name: /^Consent Guard/ }).waitFor();
        await page.waitForFunction(() => [...document.images].every((i) => i.complete));
        await STEPS[name]?.(page);
        await page.waitForFunction(() => [...document.images].every((i) => i.complete));
        const suffix = viewport.name === '880' ? scheme : `${scheme}-1280`;
        const file = join(OUT, `dialog-${name}-${suffix}.png`);
        await page.screenshot({ path: file });
        const violations = await axeScan(page);
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        const missing = ONE_SCREEN.includes(name) ? await cutOff(page) : [];
        failures += bad.length + missing.length;
        console.log(`${name} ${viewport.name} (${scheme}): axe ${violations.length === 0 ? 'no violations' : JSON.stringify(violations)}${missing.length ? `; needs scrolling for: ${missing.join(', ')}` : ONE_SCREEN.includes(name) ? '; one screen' : ''}`);
        if (process.argv.includes('--commit')) {
          mkdirSync(DOCS, { recursive: true });
          await sharp(file).png({ palette: true, quality: 85 }).toFile(join(DOCS, `dialog-${name}-${suffix}.png`));
        }
        await page.close();
      }
    }
  }
  await browser.close();
  process.exitCode = failures > 0 ? 1 : 0;
}

await main();
