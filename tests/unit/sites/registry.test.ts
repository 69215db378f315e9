import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import guard from '../../../entrypoints/guard.content';
import pageHook from '../../../entrypoints/page-hook.content';
import { SITES, STATIC_SITE_MATCHES, siteForUrl } from '../../../lib/sites/registry';
import type { SiteId } from '../../../lib/sites/types';
import { FIXTURE_HOSTS } from '../../e2e/support/fixture-server';

const PAGES = resolve(import.meta.dirname, '../../e2e/pages');

/** The fixture page that stands in for each site in the e2e tests, and the host it is served under. */
const FIXTURES: Record<SiteId, { page: string; host: string }> = {
  x: { page: 'x-compose.html', host: 'x.com' },
  linkedin: { page: 'linkedin/pickers.html', host: 'www.linkedin.com' },
  facebook: { page: 'facebook/paste.html', host: 'www.facebook.com' },
  instagram: { page: 'instagram/dropzone.html', host: 'www.instagram.com' },
  threads: { page: 'threads/iframe.html', host: 'www.threads.net' },
  bluesky: { page: 'bluesky/compose.html', host: 'bsky.app' },
  reddit: { page: 'reddit/shadow.html', host: 'www.reddit.com' },
  mastodon: { page: 'mastodon/compose.html', host: 'mastodon.example' },
};

describe.each(SITES.map((s) => [s.id, s] as const))('site adapter %s', (id, site) => {
  const fixture = FIXTURES[id];

  it('has a fixture page served under a fixture host its patterns (or run-time registration) cover', () => {
    expect(existsSync(resolve(PAGES, fixture.page)), fixture.page).toBe(true);
    expect(FIXTURE_HOSTS).toContain(fixture.host);
    const url = `https://${fixture.host}/${fixture.page}`;
    expect(siteForUrl(url, id === 'mastodon' ? [`https://${fixture.host}`] : [])?.id).toBe(id);
  });

  it('has every match pattern in both content scripts and the host permissions list', () => {
    for (const pattern of site.matches) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
      expect(STATIC_SITE_MATCHES).toContain(pattern);
      expect(guard.matches).toContain(pattern);
      expect(pageHook.matches).toContain(pattern);
    }
  });

  it('covers the site\'s upload subdomains, where a page could put a file input', () => {
    expect(site.matches.length === 0 || site.matches.every((p) => p.startsWith('https://*.'))).toBe(true);
  });

  it('sends users to an https profile editor', () => {
    const url = new URL(site.profileEditorUrl('https://mastodon.example'));
    expect(url.protocol).toBe('https:');
  });

  it('names upload endpoints the backstop can block', () => {
    expect(site.uploadUrlFilters.length).toBeGreaterThan(0);
  });
});

describe('siteForUrl', () => {
  it('matches a site\'s subdomains but not a look-alike domain', () => {
    expect(siteForUrl('https://upload.x.com/i/media')?.id).toBe('x');
    expect(siteForUrl('https://x.com/compose')?.id).toBe('x');
    expect(siteForUrl('https://notx.com/compose')).toBeUndefined();
    expect(siteForUrl('https://x.com.evil.example/')).toBeUndefined();
  });
});

describe('content scripts', () => {
  it('run from document_start in all frames, the hook in the MAIN world', () => {
    expect(guard).toMatchObject({ runAt: 'document_start', allFrames: true, matchAboutBlank: true });
    expect(pageHook).toMatchObject({ runAt: 'document_start', allFrames: true, matchAboutBlank: true, world: 'MAIN' });
    // data:, blob: and sandboxed frames a page creates are matched by the creator's origin.
    expect(guard).toMatchObject({ matchOriginAsFallback: true });
    expect(pageHook).toMatchObject({ matchOriginAsFallback: true });
    expect((guard as { world?: string }).world).toBeUndefined();
  });
});
