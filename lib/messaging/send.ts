import { browser } from 'wxt/browser';
import type { Envelope, MessageType, RequestOf, ResponseOf } from './protocol';
import { fail, failWith } from './result';

/**
 * No answer within this long counts as a lost connection. A background that is stopped while it
 * owes an answer (Firefox suspending its event page) may otherwise leave the promise pending for ever.
 */
const ANSWER_DEADLINE_MS = 120_000;

/** Sends a typed request to the background from a content script, the dialog or an extension page; a lost connection comes back as a failed Result. */
export async function sendToBackground<T extends MessageType>(type: T, req: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { to: 'background', type, req };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<ResponseOf<T>>((resolve) => {
    timer = setTimeout(() => resolve(fail('internal', 'Consent Guard did not answer in time')), ANSWER_DEADLINE_MS);
  });
  try {
    const response = (await Promise.race([browser.runtime.sendMessage(envelope), deadline])) as ResponseOf<T> | undefined;
    return response ?? fail('internal', 'Consent Guard did not answer');
  } catch (error) {
    return failWith('internal', error);
  } finally {
    clearTimeout(timer);
  }
}
