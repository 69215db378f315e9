import { forgetFiles } from './session-files';
import { cancelSessionWork } from './session-work';
import { closeSession, sessionsOfTab, type HoldSession } from './sessions';
import { disarmUploadBackstop } from './upload-backstop';

type Ending = Pick<HoldSession, 'id' | 'tabId'>;

/** Lifts the tab's upload block unless another session there is still held. */
export async function liftBackstopAfter(session: Ending): Promise<void> {
  const others = (await sessionsOfTab(session.tabId)).filter((s) => s.id !== session.id);
  if (others.length === 0) await disarmUploadBackstop(session.tabId).catch(() => undefined);
}

/** Forgets a session, its bytes and any engine work still running for it. */
export async function forgetSession(sessionId: string): Promise<void> {
  await closeSession(sessionId);
  forgetFiles(sessionId);
  void cancelSessionWork(sessionId);
}

/** Ends a session: lifts the tab's upload block once nothing else there is held, then forgets it. */
export async function endSession(session: Ending): Promise<void> {
  await liftBackstopAfter(session);
  await forgetSession(session.id);
}
