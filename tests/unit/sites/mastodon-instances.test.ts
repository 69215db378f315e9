import { describe, expect, it } from 'vitest';
import {
  addMastodonInstance,
  instanceOrigin,
  removeMastodonInstance,
  syncMastodonScripts,
  type InstanceApi,
  type RegisteredScript,
} from '../../../lib/background/mastodon-instances';

/** An in-memory stand-in for permissions + scripting that behaves like the browser's. */
function fakeApi(opts: { grant?: boolean; held?: string[] } = {}) {
  const held = new Set(opts.held ?? []);
  const scripts = new Map<string, RegisteredScript>();
  const requested: string[] = [];
  const api: InstanceApi = {
    permissions: {
      request: async ({ origins }) => {
        requested.push(...origins);
        if (opts.grant === false) return false;
        origins.forEach((o) => held.add(o));
        return true;
      },
      contains: async ({ origins }) => origins.every((o) => held.has(o)),
      remove: async ({ origins }) => origins.map((o) => held.delete(o)).every(Boolean),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async (filter) => [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    },
  };
  return { api, held, scripts, requested };
}

describe('instanceOrigin', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social'],
    ['https://mastodon.nhs.uk/@someone', 'https://mastodon.nhs.uk'],
    ['  Mastodon.Example  ', 'https://mastodon.example'],
  ])('%s → %s', (input, origin) => expect(instanceOrigin(input)).toBe(origin));

  it.each(['http://mastodon.social', 'localhost', 'https://user:pw@mastodon.social', 'not a url', 'https://x.com'])('rejects %s', (input) =>
    expect(instanceOrigin(input)).toBeUndefined(),
  );
});

describe('addMastodonInstance', () => {
  it('asks for the host permission and registers the isolated and MAIN-world scripts at document_start', async () => {
    const { api, scripts, requested } = fakeApi();
    const result = await addMastodonInstance('mastodon.example', {}, api);
    expect(result).toEqual({ ok: true, value: { origins: ['https://mastodon.example'] } });
    expect(requested).toEqual(['https://mastodon.example/*']);
    const registered = [...scripts.values()];
    expect(registered.map((s) => [s.js[0], s.world ?? 'ISOLATED'])).toEqual([
      ['content-scripts/guard.js', 'ISOLATED'],
      ['content-scripts/page-hook.js', 'MAIN'],
    ]);
    for (const s of registered) {
      expect(s).toMatchObject({ matches: ['https://mastodon.example/*'], runAt: 'document_start', allFrames: true, persistAcrossSessions: true });
    }
  });

  it('is idempotent: adding twice registers once', async () => {
    const { api, scripts } = fakeApi();
    await addMastodonInstance('https://mastodon.example', {}, api);
    expect((await addMastodonInstance('mastodon.example/about', {}, api)).ok).toBe(true);
    expect(scripts.size).toBe(2);
  });

  it('registers nothing when the user refuses the permission', async () => {
    const { api, scripts } = fakeApi({ grant: false });
    const result = await addMastodonInstance('mastodon.example', {}, api);
    expect(result.ok).toBe(false);
    expect(scripts.size).toBe(0);
  });

  it('from the background (askUser: false) proceeds only if the permission is already held', async () => {
    const refused = fakeApi();
    expect((await addMastodonInstance('mastodon.example', { askUser: false }, refused.api)).ok).toBe(false);
    expect(refused.requested).toEqual([]);
    const allowed = fakeApi({ held: ['https://mastodon.example/*'] });
    expect((await addMastodonInstance('mastodon.example', { askUser: false }, allowed.api)).ok).toBe(true);
    expect(allowed.scripts.size).toBe(2);
  });

  it('refuses built-in sites and non-https addresses without asking', async () => {
    const { api, requested } = fakeApi();
    expect((await addMastodonInstance('https://x.com', {}, api)).ok).toBe(false);
    expect((await addMastodonInstance('http://mastodon.example', {}, api)).ok).toBe(false);
    expect(requested).toEqual([]);
  });
});

describe('removeMastodonInstance and syncMastodonScripts', () => {
  it('remove unregisters both scripts and gives the permission back', async () => {
    const { api, scripts, held } = fakeApi();
    await addMastodonInstance('mastodon.example', {}, api);
    expect(await removeMastodonInstance('mastodon.example', api)).toEqual({ ok: true, value: { origins: [] } });
    expect(scripts.size).toBe(0);
    expect(held.size).toBe(0);
  });

  it('sync registers permitted instances from settings and drops ones no longer listed', async () => {
    const { api } = fakeApi({ held: ['https://a.example/*', 'https://b.example/*'] });
    await addMastodonInstance('old.example', {}, api);
    const origins = await syncMastodonScripts(['https://a.example', 'https://b.example', 'https://unpermitted.example'], api);
    expect(origins.sort()).toEqual(['https://a.example', 'https://b.example']);
  });
});
