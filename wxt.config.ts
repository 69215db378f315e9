import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { addUntypedKeys, browserManifestKeys, browserPermissions } from './lib/platform/manifest';
import { STATIC_SITE_MATCHES } from './lib/sites/registry';
import { packageFile } from './lib/engine/runtime/node-files';
import { engineAssets } from './scripts/engine-assets';
import { dropKeyWhileZipping, restoreKeyAfterZipping } from './scripts/store-manifest';
import { OUTPUT_DIR, UNGUARDED_BUILD, UNGUARDED_ENTRYPOINTS } from './scripts/unguarded-build';

/** For the tests and scripts that name the Firefox add-on. */
export { GECKO_ID } from './lib/platform/manifest';

export default defineConfig({
  manifestVersion: 3,
  imports: false,
  outDir: OUTPUT_DIR,
  // Only for scripts/check-attacks-fail-unguarded.sh: the extension without its gate (scripts/unguarded-build.ts).
  ...(UNGUARDED_BUILD ? { filterEntrypoints: UNGUARDED_ENTRYPOINTS } : {}),
  vite: () => ({
    plugins: [preact()],
    // The engine worker is an ES module (it imports ORT's glue at run time).
    worker: { format: 'es' },
    resolve: {
      // ORT without its glue embedded: it imports /ort/ort-wasm-simd-threaded.mjs (engineAssets), which
      // can start its own threads; the bundled build would also ship the 14 MB binary a second time.
      alias: { 'onnxruntime-web/wasm': packageFile('onnxruntime-web', 'ort.wasm.min.mjs', 'ort-wasm-simd-threaded.mjs') },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: '/icon/16.png', 32: '/icon/32.png' } },
    permissions: ['storage', 'declarativeNetRequest', 'scripting', ...browserPermissions(browser)],
    host_permissions: [...STATIC_SITE_MATCHES],
    optional_host_permissions: ['https://*/*'],
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    web_accessible_resources: [{ resources: ['dialog.html'], matches: ['https://*/*'], ...(browser === 'firefox' || UNGUARDED_BUILD ? {} : { use_dynamic_url: true }) }],
    storage: { managed_schema: 'managed-schema.json' },
    // Everything else that differs between Chrome/Edge and Firefox (lib/platform/manifest.ts).
    ...browserManifestKeys(browser, process.env),
  }),
  hooks: {
    'build:publicAssets': (wxt, assets) => {
      assets.push(...engineAssets(wxt.config.root));
    },
    'build:manifestGenerated': (wxt, manifest) => addUntypedKeys(wxt.config.browser, manifest as Record<string, unknown>),
    // Store zips carry no `key`; .output/<browser>-mv3 keeps it (scripts/store-manifest.ts).
    'zip:extension:start': (wxt) => dropKeyWhileZipping(wxt.config.outDir),
    'zip:extension:done': (wxt) => restoreKeyAfterZipping(wxt.config.outDir),
  },
});
