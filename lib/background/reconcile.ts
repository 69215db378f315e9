import { endSession } from './session-end';
import { allSessions, sessionsOfTab, type HoldSession } from './sessions';
import { sendToFrame } from './to-content';
import { liftOrphanedBackstops } from './upload-backstop';

/** Ends the sessions whose frame no longer holds them (reloaded, navigated, closed). */
async function endIfGone(sessions: HoldSession[]): Promise<void> {
  await Promise.all(
    sessions.map(async (session) => {
      const ping = await sendToFrame(session, 'hold/ping', { sessionId: session.id });
      if (!ping.ok || !ping.value.held) await endSession(session);
    }),
  );
}

/**
 * Runs whenever the background starts (a stopped worker or suspended event page woke up): held
 * sessions whose page has gone are ended, and upload blocks no held session needs are lifted.
 */
export async function reconcileHolds(): Promise<void> {
  await endIfGone(await allSessions());
  await liftOrphanedBackstops(async () => new Set((await allSessions()).map((s) => s.tabId)));
}

/** After a tab loads a new document: its old frames' sessions may have gone with it. */
export async function reconcileTab(tabId: number): Promise<void> {
  const sessions = await sessionsOfTab(tabId);
  if (sessions.length) await endIfGone(sessions);
}
