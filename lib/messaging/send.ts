import { browser } from 'wxt/browser';
import type { Envelope, MessageType, RequestOf, ResponseOf } from './protocol';
import { fail } from './result';

/** Sends a typed request to the background from a content script, the dialog or an extension page; a lost connection comes back as a failed Result. */
export async function sendToBackground<T extends MessageType>(type: T, req: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { to: 'background', type, req };
  try {
    const response = (await browser.runtime.sendMessage(envelope)) as ResponseOf<T> | undefined;
    return response ?? fail('internal', 'Consent Guard did not answer');
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
