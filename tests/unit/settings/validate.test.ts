import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTING_KEYS } from '../../../lib/settings/schema';
import { httpsOrigin, isValidPattern, sanitiseSettings } from '../../../lib/settings/validate';

describe('sanitiseSettings', () => {
  it('keeps every default as valid', () => {
    const { values, rejected } = sanitiseSettings(defaultSettings());
    expect(rejected).toEqual([]);
    expect(Object.keys(values)).toEqual(SETTING_KEYS);
  });

  it('drops unknown keys and non-objects without throwing', () => {
    expect(sanitiseSettings('nope').values).toEqual({});
    expect(sanitiseSettings(null).values).toEqual({});
    expect(sanitiseSettings({ telemetryUrl: 'https://evil.example' }).values).toEqual({});
  });

  it('accepts 0/1 for booleans and digit strings for days, as registry policy gives them', () => {
    expect(sanitiseSettings({ alwaysStripMetadata: 0, auditRetentionDays: '30' }).values).toEqual({ alwaysStripMetadata: false, auditRetentionDays: 30 });
  });

  it('keeps only known sites and https Mastodon origins', () => {
    const { values, rejected } = sanitiseSettings({ enabledSites: ['x', 'myspace'], mastodonInstances: ['mastodon.nhs.uk', 'http://insecure.example', 'https://a.social/about'] });
    expect(values.enabledSites).toEqual(['x']);
    expect(values.mastodonInstances).toEqual(['https://mastodon.nhs.uk', 'https://a.social']);
    expect(rejected).toEqual(['enabledSites', 'mastodonInstances']);
  });

  it('rejects a learn-more link that is not https', () => {
    expect(sanitiseSettings({ learnMoreUrl: 'javascript:alert(1)' }).values).toEqual({});
    expect(sanitiseSettings({ learnMoreUrl: 'https://intranet.example.nhs.uk/policy' }).values.learnMoreUrl).toBe('https://intranet.example.nhs.uk/policy');
  });

  it('validates hospital number patterns', () => {
    expect(isValidPattern('^RX\\d{7}$')).toBe(true);
    expect(isValidPattern('([')).toBe(false);
    expect(isValidPattern('')).toBe(false);
    expect(isValidPattern('a'.repeat(201))).toBe(false);
  });

  it('normalises server addresses to origins', () => {
    expect(httpsOrigin('mastodon.example/@me')).toBe('https://mastodon.example');
    expect(httpsOrigin('localhost')).toBeUndefined();
  });
});
