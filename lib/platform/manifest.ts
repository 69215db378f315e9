/**
 * What the manifest says differently for Chrome/Edge and Firefox; wxt.config.ts adds it to the
 * shared part. Build-time only (read by the config, never bundled into the extension).
 */

/** Public key of the Chrome extension id oppibolfhpiakehfpnenhlaenadajcee, so enterprise policy can name it. */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnV/OtspIxaz4uT17XlGyBlS06kdBQ3vENmpxkF1BggTdfLTjD0t8g2lyXcHJJNIfeyFmcjEDDO0NQqJePGQHMxX3haFfIEbBbhrfFuhpU6AvR6LWBLY+OYTDUEwVcKnFbxzLQKxfgmpZqa2S3wE/WtbR9VCTTIzyUS3/pSPKz99OTbsGeKa+RoxaRyOBf6jK+V/fDmwRio36fNDD1+/WwkfDXWme4/lK+n+wdxeHAWr9wCExoC+st1Zaj1pDx+6depKb7waG25TlLYhFNrfHsjhrGpYi/Wr8/+QRPgWDwRw8st7pUxj4XkfR2UWH++urpZEcWqQJmlxPk8coG+2oJQIDAQAB';

/** Firefox add-on id; also the key of its managed storage in policies.json. */
export const GECKO_ID = 'consent-guard@consentguard.nhs.uk';

/** Where a trust that hosts its own packages points the browser for updates (docs/admin.md). */
export interface SelfHostingEnv {
  CG_CHROME_UPDATE_URL?: string;
  CG_GECKO_UPDATE_URL?: string;
}

const isFirefox = (browser: string) => browser === 'firefox';

/** Permissions only one browser has: Chrome hosts the engine in an offscreen document (lib/platform/chromium.ts). */
export function browserPermissions(browser: string): string[] {
  return isFirefox(browser) ? [] : ['offscreen'];
}

/** Manifest keys only one browser reads. */
export function browserManifestKeys(browser: string, env: SelfHostingEnv): Record<string, unknown> {
  if (isFirefox(browser)) {
    return {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
          // A trust self-distributing its own signed XPI points Firefox at its own update manifest (docs/admin.md).
          ...(env.CG_GECKO_UPDATE_URL ? { update_url: env.CG_GECKO_UPDATE_URL } : {}),
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    };
  }
  return {
    key: CHROME_KEY,
    minimum_chrome_version: '120',
    // Cross-origin isolation gives extension pages (the offscreen document and its engine worker)
    // SharedArrayBuffer, so ORT can run on several threads. Firefox ignores these keys (bug 1673477).
    cross_origin_embedder_policy: { value: 'require-corp' },
    cross_origin_opener_policy: { value: 'same-origin' },
    // A trust hosting its own CRX points Chrome and Edge at its own update manifest (docs/admin.md).
    ...(env.CG_CHROME_UPDATE_URL ? { update_url: env.CG_CHROME_UPDATE_URL } : {}),
  };
}

/** Keys WXT's manifest types lack, added to the generated manifest. */
export function addUntypedKeys(browser: string, manifest: Record<string, unknown>): void {
  // Chrome 148+ carries ArrayBuffers between contexts only with this opt-in (lib/messaging/bytes.ts).
  if (!isFirefox(browser)) manifest.message_serialization = 'structured_clone';
}
