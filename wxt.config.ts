import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { STATIC_SITE_MATCHES } from './lib/sites/registry';
import { engineAssets } from './scripts/engine-assets';
import { dropKeyWhileZipping, restoreKeyAfterZipping } from './scripts/store-manifest';

/** Public key of the Chrome extension id oppibolfhpiakehfpnenhlaenadajcee, so enterprise policy can name it. */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnV/OtspIxaz4uT17XlGyBlS06kdBQ3vENmpxkF1BggTdfLTjD0t8g2lyXcHJJNIfeyFmcjEDDO0NQqJePGQHMxX3haFfIEbBbhrfFuhpU6AvR6LWBLY+OYTDUEwVcKnFbxzLQKxfgmpZqa2S3wE/WtbR9VCTTIzyUS3/pSPKz99OTbsGeKa+RoxaRyOBf6jK+V/fDmwRio36fNDD1+/WwkfDXWme4/lK+n+wdxeHAWr9wCExoC+st1Zaj1pDx+6depKb7waG25TlLYhFNrfHsjhrGpYi/Wr8/+QRPgWDwRw8st7pUxj4XkfR2UWH++urpZEcWqQJmlxPk8coG+2oJQIDAQAB';

/** Firefox add-on id; also the key of its managed storage in policies.json. */
export const GECKO_ID = 'consent-guard@consentguard.nhs.uk';

export default defineConfig({
  manifestVersion: 3,
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // The engine worker is an ES module (it imports ORT's glue at run time).
    worker: { format: 'es' },
    resolve: {
      // ORT without its glue embedded: it imports /ort/ort-wasm-simd-threaded.mjs (engineAssets), which
      // can start its own threads; the bundled build would also ship the 14 MB binary a second time.
      alias: { 'onnxruntime-web/wasm': resolve(import.meta.dirname, 'node_modules/onnxruntime-web/dist/ort.wasm.min.mjs') },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: '/icon/16.png', 32: '/icon/32.png' } },
    permissions: ['storage', 'declarativeNetRequest', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [...STATIC_SITE_MATCHES],
    optional_host_permissions: ['https://*/*'],
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    web_accessible_resources: [{ resources: ['dialog.html'], matches: ['https://*/*'] }],
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
              // A trust self-distributing its own signed XPI points Firefox at its own update manifest (docs/admin.md).
              ...(process.env.CG_GECKO_UPDATE_URL ? { update_url: process.env.CG_GECKO_UPDATE_URL } : {}),
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: CHROME_KEY,
          minimum_chrome_version: '120',
          // Cross-origin isolation gives extension pages (the offscreen document and its engine worker)
          // SharedArrayBuffer, so ORT can run on several threads. Firefox ignores these keys (bug 1673477).
          cross_origin_embedder_policy: { value: 'require-corp' },
          cross_origin_opener_policy: { value: 'same-origin' },
          // A trust hosting its own CRX points Chrome and Edge at its own update manifest (docs/admin.md).
          ...(process.env.CG_CHROME_UPDATE_URL ? { update_url: process.env.CG_CHROME_UPDATE_URL } : {}),
        }),
  }),
  hooks: {
    'build:publicAssets': (wxt, assets) => {
      assets.push(...engineAssets(wxt.config.root));
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Chrome 148+ carries ArrayBuffers between contexts only with this opt-in (WXT's types lack the key).
      if (wxt.config.browser !== 'firefox') (manifest as Record<string, unknown>).message_serialization = 'structured_clone';
    },
    // Store zips carry no `key`; .output/<browser>-mv3 keeps it (scripts/store-manifest.ts).
    'zip:extension:start': (wxt) => dropKeyWhileZipping(wxt.config.outDir),
    'zip:extension:done': (wxt) => restoreKeyAfterZipping(wxt.config.outDir),
  },
});
