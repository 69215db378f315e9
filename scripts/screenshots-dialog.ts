/**
 * Screenshots of every dialog state, light and dark, plus an axe-core scan of each.
 * Renders the pure components with fake props (synthetic samples/ images and their truth boxes),
 * so it needs no engine. Usage: npx tsx scripts/screenshots-dialog.ts [--commit]
 *   writes tmp/screenshots-dialog/*.png; with --commit also small copies of key states to docs/screenshots/.
 * Exits 1 if axe finds a serious or critical violation.
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { scenes, SAMPLE_FILES } from './screenshots-dialog.scenes';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'tmp/screenshots-dialog');
const SITE = join(OUT, 'site');
const DOCS = join(ROOT, 'docs/screenshots');
const KEY_STATES = ['checking', 'findings', 'checklist', 'error', 'clear', 'profile', 'mode-warn', 'mode-confirm', 'mode-block', 'false-alarm'];

const ENTRY = `
import { render } from 'preact';
import { ConsentDialog } from './components/dialog/ConsentDialog';
import './components/dialog/dialog.css';
import { useCatalogue } from './lib/i18n';
import messages from './public/_locales/en_GB/messages.json';
import { props } from './tests/unit/dialog/fixtures';
useCatalogue(messages);
const scene = (window as any).CG_SCENES[new URLSearchParams(location.search).get('scene')!];
render(<ConsentDialog {...props(scene)} />, document.getElementById('app')!);
`;

async function buildSite(): Promise<string[]> {
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
  return Object.keys(all);
}

/** Interactions that reach a state props alone can't show. */
const STEPS: Record<string, (page: Page) => Promise<void>> = {
  checklist: async (page) => {
    await page.getByRole('radio', { name: /gave written consent/ }).check();
    await page.getByRole('checkbox', { name: /covers social media/ }).check();
    await page.getByRole('checkbox', { name: /were told/ }).check();
    await page.locator('fieldset').scrollIntoViewIfNeeded();
  },
  'checklist-done': async (page) => {
    await page.getByRole('radio', { name: /gave written consent/ }).check();
    for (const box of await page.locator('fieldset input[type=checkbox]').all()) await box.check();
    await page.getByRole('button', { name: 'Post original' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  },
  'mode-warn': async (page) => {
    await page.getByText('attach the original with one click').scrollIntoViewIfNeeded();
  },
  'mode-confirm': async (page) => {
    await page.locator('fieldset').scrollIntoViewIfNeeded();
  },
  'mode-block': async (page) => {
    await page.getByText('allows only a redacted copy').scrollIntoViewIfNeeded();
  },
  'false-alarm': async (page) => {
    await page.getByRole('radio', { name: /false alarm/ }).check();
    await page.getByRole('checkbox', { name: /looked at every finding/ }).check();
    await page.locator('fieldset').scrollIntoViewIfNeeded();
  },
  profile: async (page) => {
    await page.getByText('Add a consent statement to your profile').click();
    await page.locator('.cg-profile').scrollIntoViewIfNeeded();
  },
};

async function axeScan(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
}

async function main(): Promise<void> {
  const names = await buildSite();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--allow-file-access-from-files'] });
  let serious = 0;
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
    for (const name of names) {
      await page.goto(`file://${SITE}/index.html?scene=${name}`);
      await page.getByRole('dialog', { name: /^Consent Guard/ }).waitFor();
      await page.waitForFunction(() => [...document.images].every((i) => i.complete));
      await STEPS[name]?.(page);
      const file = join(OUT, `dialog-${name}-${scheme}.png`);
      await page.screenshot({ path: file });
      const violations = await axeScan(page);
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      serious += bad.length;
      console.log(`${name} (${scheme}): axe ${violations.length === 0 ? 'no violations' : JSON.stringify(violations)}`);
      if (process.argv.includes('--commit') && KEY_STATES.includes(name)) {
        mkdirSync(DOCS, { recursive: true });
        await sharp(file).resize({ width: 880 }).png({ palette: true, quality: 80 }).toFile(join(DOCS, `dialog-${name}-${scheme}.png`));
      }
    }
    await page.close();
  }
  await browser.close();
  process.exitCode = serious > 0 ? 1 : 0;
}

await main();
