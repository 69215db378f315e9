import { recordDecision } from '../../audit/recorder';
import { fail, ok } from '../../messaging/result';
import { dialogPolicyFrom } from '../../settings/dialog-policy';
import { checkOptionsFrom, redactOptionsFrom } from '../../settings/engine-options';
import { getSettingsState } from '../../settings/store';
import { finaliseDecision } from '../decide';
import { callEngine } from '../engine-client';
import { isOwnDialog } from '../senders';
import { getSession, updateSession, type HoldSession } from '../sessions';
import { filesOf } from '../session-files';
import { forgetSession, liftBackstopAfter } from '../session-end';
import { tracked } from '../session-work';
import { withheldCheck } from '../withheld';
import { sendToFrame } from '../to-content';
import type { HandlerMap, Sender } from './types';

const ENDED = 'This check has ended';
const HIDDEN =
  'The page was hiding or covering this window, so your choice was not taken. Make sure you can see all of Consent Guard, then choose again.';

/** A session may be read and decided only by our dialog, in the tab that holds the files. */
async function dialogSession(sessionId: unknown, sender: Sender): Promise<HoldSession | undefined> {
  if (typeof sessionId !== 'string' || !isOwnDialog(sender)) return undefined;
  const session = await getSession(sessionId);
  if (!session) return undefined;
  if (sender.tab?.id !== undefined && sender.tab.id !== session.tabId) return undefined;
  return session;
}

/**
 * dialog → background. Every step can be repeated after the worker restarts: the session is read
 * from storage, its bytes from the content script that holds them, and a decision that was logged
 * but not delivered is delivered again without a second log entry.
 */
export const sessionHandlers: HandlerMap<'session/get' | 'session/decide' | 'session/check' | 'session/redact' | 'session/cancel'> = {
  'session/get': async (req, sender) => {
    const session = await dialogSession(req.sessionId, sender);
    if (!session) return fail('not-found', ENDED);
    const files = await filesOf(session);
    if (!files.ok) return fail('not-found', ENDED);
    const { id, site, pageOrigin, composerText } = session;
    const { settings, locked } = await getSettingsState();
    return ok({ sessionId: id, site, pageOrigin, files: files.value, composerText, settings, policy: dialogPolicyFrom(settings, locked) });
  },

  'session/check': async (req, sender) => {
    const session = await dialogSession(req.sessionId, sender);
    const files = session ? await filesOf(session) : undefined;
    const file = files?.ok ? files.value[req.fileIndex] : undefined;
    if (!session || !file) return fail('not-found', ENDED);
    const withheld = withheldCheck(file);
    if (withheld) return withheld;
    const { settings } = await getSettingsState();
    // Where the engine host sends progress (Firefox addresses the dialog frame).
    const replyTo = sender.tab?.id !== undefined ? { tabId: sender.tab.id, frameId: sender.frameId ?? 0 } : undefined;
    const report = await tracked(session.id, req.requestId, () =>
      callEngine('engine/check', { requestId: req.requestId, file, options: checkOptionsFrom(settings), ...(replyTo && { replyTo }) }),
    );
    if (report.ok) {
      await updateSession(session.id, (s) => {
        const reports = [...s.reports];
        reports[req.fileIndex] = report.value;
        return { ...s, reports };
      });
    }
    return report;
  },

  'session/redact': async (req, sender) => {
    const session = await dialogSession(req.sessionId, sender);
    if (!session) return fail('not-found', ENDED);
    const { settings } = await getSettingsState();
    const options = redactOptionsFrom(settings);
    return tracked(session.id, req.requestId, () =>
      callEngine('engine/redact', { requestId: req.requestId, file: req.file, boxes: req.boxes, options }),
    );
  },

  'session/cancel': async (req, sender) =>
    isOwnDialog(sender) ? callEngine('engine/cancel', { requestId: req.requestId }) : fail('forbidden', 'Not ours'),

  'session/decide': async (req, sender) => {
    const session = await dialogSession(req.sessionId, sender);
    if (!session) return fail('not-found', ENDED);
    // A page that hides, fades or covers the dialog could borrow the user's clicks: only Cancel is taken then.
    if (req.decision?.action !== 'cancel') {
      const seen = await sendToFrame(session, 'hold/visible', { sessionId: session.id });
      if (seen.ok && !seen.value.visible) return fail('hidden', HIDDEN);
    }
    const files = await filesOf(session);
    // The mode's rules are checked again here, and an original loses its metadata when the settings say so.
    const decision = await finaliseDecision({ files: files.ok ? files.value : undefined, reports: session.reports }, req.decision, (await getSettingsState()).settings);
    if (!decision.ok) return decision;
    if (!session.loggedAt) {
      if (files.ok) await recordDecision({ ...session, files: files.value }, decision.value);
      await updateSession(session.id, (s) => ({ ...s, loggedAt: Date.now() }));
    }
    // The block lifts before the page gets the files, or its upload would be refused.
    await liftBackstopAfter(session);
    const told = await sendToFrame(session, 'hold/decided', { sessionId: session.id, decision: decision.value });
    await forgetSession(session.id);
    return told.ok ? ok(null) : fail('not-found', 'The page that held the image has gone');
  },
};
