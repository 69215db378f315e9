import { browser } from 'wxt/browser';
import { isArrayBuffer } from '../messaging/bytes';
import { isEnvelope, type MessageType } from '../messaging/protocol';
import { fail, failWith, ok, type Result } from '../messaging/result';
import { isSiteEnabled } from '../settings/sites';
import { getSettingsState } from '../settings/store';
import { callEngine } from './engine-client';
import { holdHandlers } from './handlers/hold';
import { postHandlers } from './handlers/post';
import { sessionHandlers } from './handlers/session';
import type { Handler, Sender } from './handlers/types';
import { settingsHandlers } from './settings-handlers';
import { addMastodonInstance } from './mastodon-instances';
import { profileHandlers } from './profile-handlers';
import { isOwnContentScript, isOwnDialog, isOwnExtensionPage } from './senders';
import { recentStarts } from './started';

type Handlers = { [T in MessageType]?: Handler<T> };

const handlers: Handlers = {
  ...settingsHandlers,
  ...holdHandlers,
  ...sessionHandlers,
  ...profileHandlers,
  ...postHandlers,

  'sites/add-mastodon': async (req, sender) =>
    isOwnExtensionPage(sender) && !isOwnDialog(sender)
      ? addMastodonInstance(String(req.origin ?? ''), { askUser: false })
      : fail('forbidden', 'Only the options page may add servers'),

  'probe/bytes': async (req, sender) =>
    isOwnContentScript(sender) ? ok({ structuredClone: isArrayBuffer(req.buffer) }) : fail('forbidden', 'Not ours'),

  'engine/warm': async (_req, sender) => {
    if (!isOwnContentScript(sender)) return fail('forbidden', 'Not ours');
    const { settings } = await getSettingsState();
    if (!isSiteEnabled(sender.url, settings)) return ok(null);
    const warmed = await callEngine('engine/warm', {});
    return warmed.ok ? ok(null) : warmed;
  },

  keepalive: async (_req, sender) => {
    if (!isOwnExtensionPage(sender)) return fail('forbidden', 'Not ours');
    // A message alone does not reset Firefox's idle timer for a running event page; a call into
    // the parent process does (reason "parentApiCall"). Chrome counts it as activity too.
    await browser.runtime.getPlatformInfo().catch(() => undefined);
    return ok(null);
  },

  'diagnostics/get': async (_req, sender) => (isOwnExtensionPage(sender) ? ok({ starts: await recentStarts() }) : fail('forbidden', 'Not ours')),
};

/** Answers background-bound messages; never throws across the boundary. */
export function handleBackgroundMessage(message: unknown, sender: Sender): Promise<Result<unknown>> | undefined {
  if (!isEnvelope(message) || message.to !== 'background') return undefined;
  // Own keys only: a type such as "toString" must not reach Object.prototype.
  const handler = Object.hasOwn(handlers, message.type) ? (handlers[message.type] as Handler<MessageType>) : undefined;
  if (!handler) return Promise.resolve(fail('bad-request', `Unknown message ${message.type}`));
  return handler(message.req, sender).catch((error: unknown) => failWith('bad-request', error));
}
