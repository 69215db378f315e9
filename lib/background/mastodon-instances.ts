import { browser } from 'wxt/browser';
import { fail, failWith, ok, type Result } from '../messaging/result';
import { siteForUrl } from '../sites/registry';

/** The parts of the extension API this module uses; tests pass a fake. */
export interface InstanceApi {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
  };
}

/** One run-time content script registration (the subset of scripting.RegisteredContentScript we use). */
export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: boolean;
  /** about:, data:, blob: and sandboxed frames the instance's pages create. */
  matchOriginAsFallback: boolean;
  world?: 'MAIN' | 'ISOLATED';
}

/** Built content scripts, as WXT names them from entrypoints/guard.content.ts and page-hook.content.ts. */
const GUARD_JS = 'content-scripts/guard.js';
const HOOK_JS = 'content-scripts/page-hook.js';

const defaultApi = (): InstanceApi => browser as unknown as InstanceApi;

/**
 * The https origin of a Mastodon instance typed by the user ("mastodon.social",
 * "https://mastodon.social/@someone"), or undefined if it is not a plain https host.
 */
export function instanceOrigin(input: string): string | undefined {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return undefined;
  if (siteForUrl(url.origin)) return undefined; // already a built-in site
  return url.origin;
}

const scriptIds = (origin: string) => {
  const key = new URL(origin).host.replace(/[^a-z0-9.-]/gi, '_');
  return { guard: `cg-mastodon-guard-${key}`, hook: `cg-mastodon-hook-${key}` };
};

function scriptsFor(origin: string): RegisteredScript[] {
  const ids = scriptIds(origin);
  const base = { matches: [`${origin}/*`], runAt: 'document_start' as const, allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true };
  return [
    { ...base, id: ids.guard, js: [GUARD_JS] },
    { ...base, id: ids.hook, js: [HOOK_JS], world: 'MAIN' },
  ];
}

/** Origins that currently have our content scripts registered. */
export async function registeredMastodonOrigins(api: InstanceApi = defaultApi()): Promise<string[]> {
  const scripts = (await api.scripting.getRegisteredContentScripts()) as { id: string; matches?: string[] }[];
  return scripts.filter((s) => s.id.startsWith('cg-mastodon-guard-')).map((s) => (s.matches?.[0] ?? '').replace(/\/\*$/, ''));
}

/**
 * Starts protecting a Mastodon instance: asks for `https://instance/*` and registers the gate's
 * isolated and MAIN-world content scripts for it (persisting across sessions). Call it from a click
 * handler in an extension page, since browsers grant optional permissions only during a user
 * gesture; the background passes `askUser: false` and only proceeds if the permission is held.
 * The list of instances itself is the `mastodonInstances` setting. Never throws.
 */
export async function addMastodonInstance(input: string, opts: { askUser?: boolean } = {}, api: InstanceApi = defaultApi()): Promise<Result<{ origins: string[] }>> {
  const origin = instanceOrigin(input);
  if (!origin) return fail('bad-request', 'Enter the address of a Mastodon server, like mastodon.social');
  try {
    const origins = [`${origin}/*`];
    // The request comes before any other await, so it still runs inside the user's click.
    const granted = opts.askUser === false ? await api.permissions.contains({ origins }) : await api.permissions.request({ origins });
    if (!granted) return fail('forbidden', `Consent Guard needs permission to work on ${origin}`);
    await registerScripts(origin, api);
    return ok({ origins: await registeredMastodonOrigins(api) });
  } catch (error) {
    return failWith('internal', error);
  }
}

/** Stops protecting an instance: unregisters its scripts and gives back its host permission. Never throws. */
export async function removeMastodonInstance(input: string, api: InstanceApi = defaultApi()): Promise<Result<{ origins: string[] }>> {
  const origin = instanceOrigin(input);
  if (!origin) return fail('bad-request', 'Not a Mastodon server address');
  try {
    const { guard, hook } = scriptIds(origin);
    const present = await api.scripting.getRegisteredContentScripts({ ids: [guard, hook] });
    if (present.length) await api.scripting.unregisterContentScripts({ ids: present.map((s) => s.id) });
    await api.permissions.remove({ origins: [`${origin}/*`] });
    return ok({ origins: await registeredMastodonOrigins(api) });
  } catch (error) {
    return failWith('internal', error);
  }
}

/**
 * Makes the registrations match `wanted` (the effective `mastodonInstances` setting): registers
 * instances whose permission is held, unregisters the rest. Run at background start-up and
 * whenever settings change. Returns the origins protected afterwards.
 */
export async function syncMastodonScripts(wanted: readonly string[], api: InstanceApi = defaultApi()): Promise<string[]> {
  const keep = new Set(wanted.map(instanceOrigin).filter((o): o is string => !!o));
  for (const origin of await registeredMastodonOrigins(api)) {
    if (!keep.has(origin)) {
      const { guard, hook } = scriptIds(origin);
      await api.scripting.unregisterContentScripts({ ids: [guard, hook] }).catch(() => undefined);
    }
  }
  for (const origin of keep) {
    if (await api.permissions.contains({ origins: [`${origin}/*`] })) await registerScripts(origin, api).catch(() => undefined);
  }
  return registeredMastodonOrigins(api);
}

async function registerScripts(origin: string, api: InstanceApi): Promise<void> {
  const wanted = scriptsFor(origin);
  const present = new Set((await api.scripting.getRegisteredContentScripts({ ids: wanted.map((s) => s.id) })).map((s) => s.id));
  const missing = wanted.filter((s) => !present.has(s.id));
  if (missing.length) await api.scripting.registerContentScripts(missing);
}
