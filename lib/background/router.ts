import { browser, type Browser } from 'wxt/browser';
import { fromWire } from '../messaging/bytes';
import { isEnvelope, type Envelope, type MessageType, type ProtocolMap, type RequestOf } from '../messaging/protocol';
import { fail, ok, type Result } from '../messaging/result';
import { siteForUrl } from '../sites/registry';
import { callEngine } from './engine-client';
import { addMastodonInstance } from './mastodon-instances';
import { isOwnContentScript, isOwnDialog, isOwnExtensionPage } from './senders';
import { closeSession, getSession, openSession, tabHasPendingSession } from './sessions';
import { armUploadBackstop, disarmUploadBackstop } from './upload-backstop';
import { recordDecision } from '../audit/recorder';
import { dialogPolicyFrom } from '../settings/dialog-policy';
import { settingsHandlers } from '../settings/handlers';
import { isSiteEnabled } from '../settings/sites';
import { checkOptionsFrom, redactOptionsFrom } from '../settings/engine-options';
import { getSettingsState } from '../settings/store';

type Sender = Browser.runtime.MessageSender;
type Handler<T extends MessageType> = (req: RequestOf<T>, sender: Sender) => Promise<Result<ProtocolMap[T]['res']>>;
type Handlers = { [T in MessageType]?: Handler<T> };

const MAX_FILES = 10;

const handlers: Handlers = {
  ...settingsHandlers,

  'sites/add-mastodon': async (req, sender) =>
    isOwnExtensionPage(sender) && !isOwnDialog(sender)
      ? addMastodonInstance(String(req.origin ?? ''), { askUser: false })
      : fail('forbidden', 'Only the options page may add servers'),

  'probe/bytes': async (req, sender) =>
    isOwnContentScript(sender) ? ok({ structuredClone: req.buffer instanceof ArrayBuffer }) : fail('forbidden', 'Not ours'),

  'engine/warm': async (_req, sender) => {
    if (!isOwnContentScript(sender)) return fail('forbidden', 'Not ours');
    const { settings } = await getSettingsState();
    if (!isSiteEnabled(sender.url, settings)) return ok(null);
    const warmed = await callEngine('engine/warm', {});
    return warmed.ok ? ok(null) : warmed;
  },

  'hold/open': async (req, sender) => {
    if (!isOwnContentScript(sender)) return fail('forbidden', 'Only the content script may hold files');
    if (!Array.isArray(req.files) || req.files.length === 0 || req.files.length > MAX_FILES) {
      return fail('bad-request', 'Expected between 1 and 10 files');
    }
    for (const f of req.files) fromWire(f.bytes); // throws (→ bad-request) if bytes were lost in transit
    const { settings } = await getSettingsState();
    if (!isSiteEnabled(sender.url, settings)) return ok({ pass: true as const });
    const site = siteForUrl(sender.url, settings.mastodonInstances)?.id ?? 'other';
    const session = openSession({
      tabId: sender.tab.id,
      frameId: sender.frameId ?? 0,
      site,
      pageOrigin: new URL(sender.url).origin,
      channel: req.channel,
      files: req.files,
      composerText: String(req.composerText ?? '').slice(0, 5000),
    });
    await armUploadBackstop(session.tabId, site).catch(() => undefined);
    return ok({ sessionId: session.id });
  },

  'hold/abandon': async (req, sender) => {
    const session = getSession(req.sessionId);
    if (!session || !isOwnContentScript(sender) || sender.tab.id !== session.tabId) return fail('not-found', 'No such session');
    closeSession(session.id);
    if (!tabHasPendingSession(session.tabId)) await disarmUploadBackstop(session.tabId).catch(() => undefined);
    return ok(null);
  },

  'session/get': async (req, sender) => {
    const session = dialogSession(req.sessionId, sender);
    if (!session) return fail('not-found', 'This check has ended');
    const { id, site, pageOrigin, files, composerText } = session;
    const { settings } = await getSettingsState();
    return ok({ sessionId: id, site, pageOrigin, files, composerText, settings, policy: dialogPolicyFrom(settings) });
  },

  'engine/check': async (req, sender) => {
    const session = dialogSession(req.sessionId, sender);
    const file = session?.files[req.fileIndex];
    if (!session || !file) return fail('not-found', 'This check has ended');
    const { settings } = await getSettingsState();
    const replyTo = sender.tab?.id !== undefined ? { tabId: sender.tab.id, frameId: sender.frameId ?? 0 } : undefined;
    const report = await callEngine('engine/check', { requestId: req.requestId, file, options: checkOptionsFrom(settings), ...(replyTo && { replyTo }) });
    if (report.ok) session.reports[req.fileIndex] = report.value;
    return report;
  },

  'engine/redact': async (req, sender) => {
    if (!dialogSession(req.sessionId, sender)) return fail('not-found', 'This check has ended');
    const { settings } = await getSettingsState();
    const options = redactOptionsFrom(settings);
    return callEngine('engine/redact', { requestId: req.requestId, file: req.file, boxes: req.boxes, options });
  },

  'engine/keepalive': async (_req, sender) => (isOwnDialog(sender) ? ok(null) : fail('forbidden', 'Not ours')),

  'engine/cancel': async (req, sender) =>
    isOwnDialog(sender) ? callEngine('engine/cancel', { requestId: req.requestId }) : fail('forbidden', 'Not ours'),

  'session/decide': async (req, sender) => {
    const session = dialogSession(req.sessionId, sender);
    if (!session) return fail('not-found', 'This check has ended');
    closeSession(session.id);
    await recordDecision(session, req.decision);
    if (!tabHasPendingSession(session.tabId)) await disarmUploadBackstop(session.tabId).catch(() => undefined);
    const envelope: Envelope<'hold/decided'> = { to: 'content', type: 'hold/decided', req: { sessionId: session.id, decision: req.decision } };
    await browser.tabs.sendMessage(session.tabId, envelope, { frameId: session.frameId });
    return ok(null);
  },
};

/** A session may be read and decided only by our dialog, in the tab that holds the files. */
function dialogSession(sessionId: unknown, sender: Sender) {
  if (typeof sessionId !== 'string' || !isOwnDialog(sender)) return undefined;
  const session = getSession(sessionId);
  if (!session) return undefined;
  if (sender.tab?.id !== undefined && sender.tab.id !== session.tabId) return undefined;
  return session;
}

/** Answers background-bound messages; never throws across the boundary. */
export function handleBackgroundMessage(message: unknown, sender: Sender): Promise<Result<unknown>> | undefined {
  if (!isEnvelope(message) || message.to !== 'background') return undefined;
  const handler = handlers[message.type] as Handler<MessageType> | undefined;
  if (!handler) return Promise.resolve(fail('bad-request', `Unknown message ${message.type}`));
  return handler(message.req, sender).catch((error: unknown) =>
    fail('bad-request', error instanceof Error ? error.message : String(error)),
  );
}
