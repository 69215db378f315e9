import { fromWire } from '../../wire/bytes';
import { MAX_FILES_PER_ATTACH } from '../../messaging/limits';
import { fail, ok } from '../../messaging/result';
import { getSettingsState } from '../../settings/store';
import { attachActionFor } from '../../settings/modes';
import { isSiteEnabled } from '../../settings/sites';
import { checkSilently } from '../audit-mode';
import { siteForUrl } from '../../sites/registry';
import { isOwnContentScript, pageUrlOf } from '../senders';
import { endSession } from '../session-end';
import { rememberFiles } from '../session-files';
import { getSession, infoOf, openSession, sessionsOfTab } from '../sessions';
import { armUploadBackstop } from '../upload-backstop';
import type { HandlerMap } from './types';

// The content script tells the user first; this is the background's own check.
const MAX_FILES = MAX_FILES_PER_ATTACH;
/** Attachments one tab may hold at once (each frame holds one): a page cannot stack dialogs or fill memory. */
export const MAX_HOLDS_PER_TAB = 2;

/** content script → background: files are held, abandoned, or asked after. */
export const holdHandlers: HandlerMap<'hold/open' | 'hold/abandon' | 'hold/status'> = {
  'hold/open': async (req, sender) => {
    if (!isOwnContentScript(sender)) return fail('forbidden', 'Only the content script may hold files');
    if (!Array.isArray(req.files) || req.files.length === 0 || req.files.length > MAX_FILES) {
      return fail('bad-request', `Expected between 1 and ${MAX_FILES} files`);
    }
    for (const f of req.files) fromWire(f.bytes); // throws (→ bad-request) if bytes were lost in transit
    const pageUrl = pageUrlOf(sender)!;
    const { settings } = await getSettingsState();
    if (!isSiteEnabled(pageUrl, settings)) return ok({ pass: true as const });
    const site = siteForUrl(pageUrl, settings.mastodonInstances)?.id ?? 'other';
    if (attachActionFor(settings.enforcementMode) === 'audit') {
      // Audit mode never interrupts: the page gets the files now; the check and its record follow.
      void checkSilently({ site, pageOrigin: new URL(pageUrl).origin, files: req.files }, settings);
      return ok({ pass: true as const });
    }
    if ((await sessionsOfTab(sender.tab.id)).length >= MAX_HOLDS_PER_TAB) return fail('busy', 'Another image in this tab is waiting for you');
    const session = await openSession({
      tabId: sender.tab.id,
      frameId: sender.frameId ?? 0,
      site,
      pageOrigin: new URL(pageUrl).origin,
      channel: req.channel,
      files: req.files.map(infoOf),
      composerText: String(req.composerText ?? '').slice(0, 5000),
    });
    rememberFiles(session.id, req.files);
    await armUploadBackstop(session.tabId, site).catch(() => undefined);
    return ok({ sessionId: session.id });
  },

  'hold/abandon': async (req, sender) => {
    const session = await getSession(req.sessionId);
    if (!session || !isOwnContentScript(sender) || sender.tab.id !== session.tabId) return fail('not-found', 'No such session');
    await endSession(session);
    return ok(null);
  },

  'hold/status': async (req, sender) => {
    if (!isOwnContentScript(sender) || !Array.isArray(req.sessionIds)) return fail('forbidden', 'Not ours');
    const known: string[] = [];
    for (const id of req.sessionIds.slice(0, 50)) {
      const session = await getSession(id);
      if (session?.tabId === sender.tab.id && session.frameId === (sender.frameId ?? 0)) known.push(id);
    }
    return ok({ known });
  },
};
