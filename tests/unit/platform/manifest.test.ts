import { describe, expect, it } from 'vitest';
import { addUntypedKeys, browserManifestKeys, browserPermissions, GECKO_ID } from '../../../lib/platform/manifest';

describe('the manifest per browser', () => {
  it('Chrome and Edge: the offscreen permission, the fixed-id key, cross-origin isolation and structured-clone messaging', () => {
    for (const browser of ['chrome', 'edge']) {
      expect(browserPermissions(browser)).toEqual(['offscreen']);
      const keys = browserManifestKeys(browser, {});
      expect(keys).toMatchObject({ minimum_chrome_version: '120', cross_origin_embedder_policy: { value: 'require-corp' }, cross_origin_opener_policy: { value: 'same-origin' } });
      expect(typeof keys.key).toBe('string');
      expect(keys).not.toHaveProperty('browser_specific_settings');
      const manifest: Record<string, unknown> = {};
      addUntypedKeys(browser, manifest);
      expect(manifest).toEqual({ message_serialization: 'structured_clone' });
    }
  });

  it('Firefox: its add-on id and minimum versions, and none of Chrome’s keys', () => {
    expect(browserPermissions('firefox')).toEqual([]);
    const keys = browserManifestKeys('firefox', {});
    expect(keys).toEqual({
      browser_specific_settings: {
        gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      },
    });
    const manifest: Record<string, unknown> = {};
    addUntypedKeys('firefox', manifest);
    expect(manifest).toEqual({});
  });

  it("points each browser at a trust's own update manifest only when the build is given one", () => {
    const env = { CG_CHROME_UPDATE_URL: 'https://intranet.example.nhs.uk/u.xml', CG_GECKO_UPDATE_URL: 'https://intranet.example.nhs.uk/u.json' };
    expect(browserManifestKeys('chrome', env).update_url).toBe(env.CG_CHROME_UPDATE_URL);
    expect(browserManifestKeys('firefox', env)).toMatchObject({ browser_specific_settings: { gecko: { update_url: env.CG_GECKO_UPDATE_URL } } });
    expect(browserManifestKeys('chrome', {})).not.toHaveProperty('update_url');
  });
});
