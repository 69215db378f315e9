import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { profileHandlers } = await import('../../../lib/background/handlers/profile');
const { readProfileState, setProfileOfferHidden } = await import('../../../lib/settings/profile-status');
const { invalidateSettings } = await import('../../../lib/settings/store');

const sender = (url: string, frameId = 0) => ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId, url });
const seen = profileHandlers['profile/seen'];

beforeEach(() => {
  fakeBrowser.reset();
  invalidateSettings();
});

describe('profile/seen', () => {
  it('records a yes/no for the site the sender is on, never trusting the page for the site', async () => {
    expect((await seen({ hasStatement: true }, sender('https://x.com/dr_example'))).ok).toBe(true);
    expect((await seen({ hasStatement: false }, sender('https://bsky.app/profile/a'))).ok).toBe(true);
    const { statuses } = await readProfileState();
    expect(statuses.x?.hasStatement).toBe(true);
    expect(statuses.bluesky?.hasStatement).toBe(false);
    expect(JSON.stringify(statuses)).not.toMatch(/dr_example/);
  });

  it('refuses subframes, other extensions, sites it cannot read and malformed requests', async () => {
    expect((await seen({ hasStatement: true }, sender('https://x.com/a', 3))).ok).toBe(false);
    expect((await seen({ hasStatement: true }, { ...sender('https://x.com/a'), id: 'someone-else' })).ok).toBe(false);
    expect((await seen({ hasStatement: true }, sender('https://www.facebook.com/me'))).ok).toBe(false);
    expect((await seen({ hasStatement: 'yes' as never }, sender('https://x.com/a'))).ok).toBe(false);
    expect((await readProfileState()).statuses).toEqual({});
  });
});

describe('hiding the profile offer', () => {
  it('applies to one site only, and can be undone', async () => {
    await setProfileOfferHidden('x', true);
    await setProfileOfferHidden('linkedin', true);
    await setProfileOfferHidden('x', false);
    expect((await readProfileState()).hidden).toEqual(['linkedin']);
  });
});
