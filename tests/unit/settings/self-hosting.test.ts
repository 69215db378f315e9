import { afterEach, describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = { update_url?: string; browser_specific_settings?: { gecko: { update_url?: string } } };
const manifest = (browser: string) => (config as unknown as { manifest(env: { browser: string }): Manifest }).manifest({ browser });

afterEach(() => {
  delete process.env.CG_CHROME_UPDATE_URL;
  delete process.env.CG_GECKO_UPDATE_URL;
});

describe('self-hosted packages (docs/admin.md)', () => {
  it('store builds carry no update_url of their own', () => {
    expect(manifest('chrome').update_url).toBeUndefined();
    expect(manifest('firefox').browser_specific_settings?.gecko.update_url).toBeUndefined();
  });

  it("a trust's build points Chrome/Edge and Firefox at the trust's own update manifests", () => {
    process.env.CG_CHROME_UPDATE_URL = 'https://intranet.example.nhs.uk/cg/updates.xml';
    process.env.CG_GECKO_UPDATE_URL = 'https://intranet.example.nhs.uk/cg/updates.json';
    expect(manifest('chrome').update_url).toBe('https://intranet.example.nhs.uk/cg/updates.xml');
    expect(manifest('firefox').browser_specific_settings?.gecko.update_url).toBe('https://intranet.example.nhs.uk/cg/updates.json');
  });

  it('ships sample update manifests that parse', async () => {
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(readFileSync('docs/admin/self-hosting/updates.json', 'utf8')) as { addons: Record<string, unknown> };
    expect(Object.keys(json.addons)).toEqual(['consent-guard@consentguard.nhs.uk']);
    expect(readFileSync('docs/admin/self-hosting/updates.xml', 'utf8')).toMatch(/<app appid='oppibolfhpiakehfpnenhlaenadajcee'>/);
  });
});
