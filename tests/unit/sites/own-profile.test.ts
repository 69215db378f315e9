// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteById, SITES } from '../../../lib/sites/registry';
import { profileHasConsentStatement, readOwnProfileText } from '../../../lib/sites/profile-statement';
import type { SiteId } from '../../../lib/sites/types';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function read(site: SiteId, fixture: string, path: string): string | undefined {
  document.body.innerHTML = readFileSync(join(FIXTURES, fixture), 'utf8');
  return readOwnProfileText(siteById(site).ownProfile!, document, path);
}

describe('reading the user\'s own profile text, per site, on fixtures', () => {
  it.each([
    ['x', 'x-own-profile.html', '/dr_example', true, 'Clinical images shared only with patient consent'],
    ['x', 'x-settings-profile.html', '/settings/profile', false, 'Consultant. Views my own.'],
    ['linkedin', 'linkedin-own-profile.html', '/in/a-example/', true, 'fully anonymised or shared with the patient\'s written consent'],
    ['mastodon', 'mastodon-own-profile.html', '/@dr_example', false, 'Dermatologist. Views my own.'],
    ['mastodon', 'mastodon-settings-profile.html', '/settings/profile', true, '#ConsentObtained'],
    ['bluesky', 'bluesky-own-profile.html', '/profile/dr-example.bsky.social', true, 'patient consent where anyone could be identified'],
    ['instagram', 'instagram-edit-profile.html', '/accounts/edit/', true, 'shared with written patient consent'],
  ] as const)('%s: %s at %s → statement %s', (site, fixture, path, hasStatement, excerpt) => {
    const text = read(site, fixture, path);
    expect(text).toContain(excerpt);
    expect(profileHasConsentStatement(text!)).toBe(hasStatement);
  });

  it.each([
    ['x', 'x-other-profile.html', '/another'],
    ['linkedin', 'linkedin-other-profile.html', '/in/another/'],
    ['bluesky', 'bluesky-other-profile.html', '/profile/another.bsky.social'],
  ] as const)("%s: reads nothing from someone else's profile (%s)", (site, fixture, path) => {
    expect(read(site, fixture, path)).toBeUndefined();
  });

  it('reads nothing on a page that is not a profile, even with the markers present', () => {
    expect(read('x', 'x-own-profile.html', '/home/timeline/extra')).toBeUndefined();
    expect(read('mastodon', 'mastodon-settings-profile.html', '/settings/preferences')).toBeUndefined();
  });

  it('says which sites it cannot read, so the dialog can tell the user to check', () => {
    expect(SITES.filter((s) => !s.ownProfile).map((s) => s.id).sort()).toEqual(['facebook', 'reddit', 'threads']);
  });
});
