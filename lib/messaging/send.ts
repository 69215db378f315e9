import { browser } from 'wxt/browser';
import type { ContentToBackground } from './content-channel';
import type { DialogToBackground } from './dialog-channel';
import type { AnswerOf, Channel, RequestOf } from './envelope';
import type { PageToBackground } from './page-channel';
import { fail, failWith, type Result } from './result';

/**
 * No answer within this long counts as a lost connection. A background that is stopped while it
 * owes an answer (Firefox suspending its event page) may otherwise leave the promise pending for ever.
 */
const ANSWER_DEADLINE_MS = 120_000;

async function send(type: string, req: unknown): Promise<Result<unknown>> {
  const envelope = { to: 'background', type, req };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Result<unknown>>((resolve) => {
    timer = setTimeout(() => resolve(fail('internal', 'Consent Guard did not answer in time')), ANSWER_DEADLINE_MS);
  });
  try {
    const response = (await Promise.race([browser.runtime.sendMessage(envelope), deadline])) as Result<unknown> | undefined;
    return response ?? fail('internal', 'Consent Guard did not answer');
  } catch (error) {
    return failWith('internal', error);
  } finally {
    clearTimeout(timer);
  }
}

/** A typed sender for one channel to the background; a lost connection comes back as a failed Result. */
function senderOn<M extends Channel<M>>() {
  return <T extends keyof M & string>(type: T, req: RequestOf<M, T>) => send(type, req) as Promise<AnswerOf<M, T>>;
}

/** From a content script. */
export const sendFromContent = senderOn<ContentToBackground>();
/** From the dialog. */
export const sendFromDialog = senderOn<DialogToBackground>();
/** From the options page or the popup. */
export const sendFromPage = senderOn<PageToBackground>();
