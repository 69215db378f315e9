import { bluesky } from './adapters/bluesky';
import { facebook } from './adapters/facebook';
import { instagram } from './adapters/instagram';
import { linkedin } from './adapters/linkedin';
import { mastodon } from './adapters/mastodon';
import { reddit } from './adapters/reddit';
import { threads } from './adapters/threads';
import { x } from './adapters/x';
import type { SiteAdapter, SiteId } from './types';

/** Every supported site, in the order the options page lists them. */
export const SITES: readonly SiteAdapter[] = [x, linkedin, facebook, instagram, threads, bluesky, reddit, mastodon];

/** Match patterns of all statically known sites (Mastodon instances are added at run time). */
export const STATIC_SITE_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);

export function siteById(id: SiteId): SiteAdapter {
  const site = SITES.find((s) => s.id === id);
  if (!site) throw new Error(`Unknown site ${id}`);
  return site;
}

/** The adapter whose match patterns cover this URL, or Mastodon when the origin is a user-added instance. */
export function siteForUrl(url: string, mastodonOrigins: readonly string[] = []): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const known = SITES.find((s) => s.matches.some((m) => matchesHost(m, parsed.host)));
  if (known) return known;
  return mastodonOrigins.includes(parsed.origin) ? mastodon : undefined;
}

/** Match-pattern host semantics: `*.example.com` is example.com and every subdomain of it. */
function matchesHost(pattern: string, host: string): boolean {
  const patternHost = pattern.replace(/^https:\/\//, '').replace(/\/.*$/, '');
  if (!patternHost.startsWith('*.')) return patternHost === host;
  const domain = patternHost.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}
