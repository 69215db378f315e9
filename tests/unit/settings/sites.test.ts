import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/settings/schema';
import { isOffByPolicy, isSiteEnabled, siteStatus } from '../../../lib/settings/sites';

describe('isSiteEnabled / siteStatus', () => {
  const settings = { ...defaultSettings(), enabledSites: ['x' as const, 'mastodon' as const], mastodonInstances: ['https://mastodon.example'] };

  it.each([
    ['https://x.com/compose/post', 'protected'],
    ['https://www.reddit.com/submit', 'site-off'],
    ['https://mastodon.example/home', 'protected'],
    ['https://other.social/home', 'unsupported'],
    ['http://x.com/', 'unsupported'],
    ['not a url', 'unsupported'],
  ])('%s → %s', (url, status) => {
    expect(siteStatus(url, settings)).toBe(status);
    expect(isSiteEnabled(url, settings)).toBe(status === 'protected');
  });

  it('checks afterwards, without holding, in audit mode', () => {
    expect(siteStatus('https://x.com/', { ...settings, enforcementMode: 'audit' })).toBe('audited');
    expect(isSiteEnabled('https://x.com/', { ...settings, enforcementMode: 'audit' })).toBe(true);
    expect(siteStatus('https://www.reddit.com/', { ...settings, enforcementMode: 'audit' })).toBe('site-off');
  });

  it('holds nothing anywhere when enforcement is off', () => {
    expect(isSiteEnabled('https://x.com/', { ...settings, enforcementMode: 'off' })).toBe(false);
    expect(siteStatus('https://x.com/', { ...settings, enforcementMode: 'off' })).toBe('mode-off');
  });

  it('says whether policy or the user turned a site off', () => {
    const state = { settings, locked: ['enabledSites' as const], managed: true, rejected: [], unknownPolicyKeys: [] };
    expect(isOffByPolicy('site-off', state)).toBe(true);
    expect(isOffByPolicy('site-off', { ...state, locked: [] })).toBe(false);
  });
});
